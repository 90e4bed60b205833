//! The model's string enums document exactly the values of the one table
//! (`blockkit_limits::values`) that the `blocks!` macro checks literals against.

use blockkit::{
    AlertLevel, BroadcastRange, ButtonStyle, ColumnAlign, ConfirmStyle, ContainerWidth,
    ConversationKind, ListStyle, TaskStatus, TriggerAction,
};
use blockkit_limits::values;

#[test]
fn model_enums_match_the_table_the_macro_reads() {
    let model: [(&str, &[&str]); 10] = [
        ("AlertLevel", AlertLevel::KNOWN),
        ("BroadcastRange", BroadcastRange::KNOWN),
        ("ButtonStyle", ButtonStyle::KNOWN),
        ("ColumnAlign", ColumnAlign::KNOWN),
        ("ConfirmStyle", ConfirmStyle::KNOWN),
        ("ContainerWidth", ContainerWidth::KNOWN),
        ("ConversationKind", ConversationKind::KNOWN),
        ("ListStyle", ListStyle::KNOWN),
        ("TaskStatus", TaskStatus::KNOWN),
        ("TriggerAction", TriggerAction::KNOWN),
    ];
    assert_eq!(
        model.len(),
        values::ALL.len(),
        "every enum of the table is checked here"
    );
    for table in values::ALL {
        let (_, known) = model
            .iter()
            .find(|(name, _)| *name == table.name)
            .unwrap_or_else(|| panic!("{} is not checked here", table.name));
        assert_eq!(*known, table.values, "{}", table.name);
    }
}

/// The variant `blocks!` writes for each value (`TaskStatus::InProgress` for `"in_progress"`) is
/// the model's variant for it: `Debug` of the parsed value names the variant.
#[test]
fn macro_variant_names_are_the_model_variants() {
    macro_rules! debug_of {
        ($($ty:ident),+) => {
            |name: &str, value: &str| -> Option<String> {
                match name {
                    $(stringify!($ty) => Some(format!("{:?}", $ty::from(value))),)+
                    _ => None,
                }
            }
        };
    }
    let debug = debug_of!(
        AlertLevel,
        BroadcastRange,
        ButtonStyle,
        ColumnAlign,
        ConfirmStyle,
        ContainerWidth,
        ConversationKind,
        ListStyle,
        TaskStatus,
        TriggerAction
    );
    for table in values::ALL {
        for value in table.values {
            assert_eq!(
                debug(table.name, value),
                Some(table.variant_name(value)),
                "{}: {value}",
                table.name
            );
        }
    }
}
