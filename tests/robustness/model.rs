//! Properties of generated model values: every block, element and surface type, with arbitrary
//! strings (huge and non-ASCII ones included), parses, writes back the JSON it came from,
//! round-trips through text to an equal value, and validates without panicking. Values built
//! with the builders do too.

use blockkit::mrkdwn::{bold, link};
use blockkit::{
    Block, Button, ContextBlock, Element, HeaderBlock, HomeTab, ImageBlock, InputBlock, Message,
    Modal, MrkdwnText, PlainTextInput, SectionBlock, Text, Validate, ValidationOptions, View,
};
use proptest::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::generate::{any_string, blocks, elements, fill, source, surface};

/// Parses `json` (which must fit the model), checks that it is written back unchanged, that
/// the text form parses back equal, and validates it with both option sets.
fn check<T>(json: &Value) -> Result<T, TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug + Validate,
{
    let value: T = blockkit::from_value(json.clone())
        .map_err(|e| TestCaseError::fail(format!("{e} in {}", short(json))))?;
    let written = serde_json::to_value(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(
        written == *json,
        "not written back unchanged: {}",
        short(json)
    );
    round_trip(&value)?;
    Ok(value)
}

/// Serializes `value` to text and bytes, parses both back, and validates.
fn round_trip<T>(value: &T) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug + Validate,
{
    let text = serde_json::to_string(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let from_text: T = blockkit::from_str(&text)
        .map_err(|e| TestCaseError::fail(format!("{e} in {}", short(&text))))?;
    prop_assert!(
        from_text == *value,
        "text parses back different: {}",
        short(&text)
    );
    let from_bytes: T = blockkit::from_slice(text.as_bytes())
        .map_err(|e| TestCaseError::fail(format!("{e} in {}", short(&text))))?;
    prop_assert!(from_bytes == *value);
    let report = value.validate();
    let strict = value.validate_with(&ValidationOptions::default().strict(true));
    prop_assert!(strict.violations().len() >= report.errors().count());
    Ok(())
}

/// The start of a payload, for messages.
fn short(json: &impl std::fmt::Display) -> String {
    json.to_string().chars().take(600).collect()
}

proptest! {
    #![proptest_config(super::config())]

    #[test]
    fn every_block_type_round_trips_and_validates(mut source in source()) {
        for template in blocks() {
            let json = fill(&template, &mut source, 2);
            let block: Block = check(&json)?;
            prop_assert_eq!(Some(block.type_name()), json["type"].as_str());
            prop_assert!(!matches!(block, Block::Unknown(_)), "{} kept as unknown", block.type_name());
        }
    }

    #[test]
    fn every_element_type_round_trips_and_validates(mut source in source()) {
        for template in elements() {
            let json = fill(&template, &mut source, 1);
            let element: Element = check(&json)?;
            prop_assert!(!matches!(element, Element::Unknown(_)), "{} kept as unknown", json["type"]);
        }
    }

    #[test]
    fn surfaces_round_trip_and_validate(mut source in source()) {
        let message = surface(0, &mut source);
        check::<Message>(&message)?;
        let modal = surface(1, &mut source);
        check::<Modal>(&modal)?;
        check::<View>(&modal)?;
        let home = surface(2, &mut source);
        check::<HomeTab>(&home)?;
        check::<View>(&home)?;
        let blocks = message["blocks"].clone();
        check::<Vec<Block>>(&blocks)?;
    }

    #[test]
    fn built_values_round_trip_and_validate(
        a in any_string(),
        b in any_string(),
        c in any_string(),
        flag in any::<bool>(),
    ) {
        let message = Message::new()
            .text(a.as_str())
            .block(HeaderBlock::new(a.as_str()).block_id(b.as_str()))
            .block(
                SectionBlock::new()
                    .text(MrkdwnText::escaped(&a))
                    .field(Text::plain(b.as_str()))
                    .field(bold(c.as_str()))
                    .expand(flag)
                    .accessory(Button::new(c.as_str()).value(a.as_str()).url(b.as_str())),
            )
            .block(ContextBlock::new().element(Text::from(link(b.as_str(), a.as_str()))))
            .block(ImageBlock::new(a.as_str(), b.as_str()))
            .block(InputBlock::new(c.as_str(), PlainTextInput::new().initial_value(a.as_str())));
        round_trip(&message)?;
        let json = serde_json::to_value(&message).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(json["blocks"][0]["text"]["text"].as_str(), Some(a.as_str()));
        let escaped = blockkit::escape(&a);
        prop_assert_eq!(json["blocks"][1]["text"]["text"].as_str(), Some(&*escaped));

        let modal = Modal::new(a.as_str())
            .submit(b.as_str())
            .private_metadata(c.as_str())
            .blocks(message.blocks.clone());
        round_trip(&modal)?;
        let home = HomeTab::new().blocks(message.blocks);
        round_trip(&home)?;
    }
}
