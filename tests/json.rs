//! `blockkit::to_string` writes exactly the bytes `serde_json::to_string` writes: for every corpus
//! file and fixture (as `serde_json::Value`s and as model types), hand-picked strings (every
//! control character, a special byte at every offset of the word scan), numbers, every shape of
//! serde's data model, map keys (and the errors for the keys `serde_json` refuses), and arbitrary
//! strings and values (proptest).

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use blockkit::{
    Attachment, Block, ConfirmDialog, Element, HomeTab, InlineElement, Message, OptionObject,
    RichTextElement, Text, View,
};
use proptest::prelude::*;
use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use serde_json::{Map, Value, json};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");

/// Panics unless both writers give the same bytes for `value`, or the same error.
#[track_caller]
fn same<T: ?Sized + Serialize>(value: &T) -> String {
    let ours = blockkit::to_string(value);
    let theirs = serde_json::to_string(value);
    match (ours, theirs) {
        (Ok(ours), Ok(theirs)) => {
            assert_eq!(ours, theirs, "blockkit::to_string differs from serde_json");
            assert_eq!(blockkit::to_vec(value).unwrap(), theirs.as_bytes());
            let mut written = Vec::new();
            blockkit::to_writer(&mut written, value).unwrap();
            assert_eq!(written, theirs.as_bytes());
            ours
        }
        (Err(ours), Err(theirs)) => {
            assert_eq!(ours.to_string(), theirs.to_string());
            assert_eq!(ours.classify(), theirs.classify(), "{ours}");
            String::new()
        }
        (ours, theirs) => panic!("blockkit: {ours:?}, serde_json: {theirs:?}"),
    }
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_json(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "json") {
            out.push(path);
        }
    }
}

/// Writes `text` parsed as `T`, if it parses; returns whether it did.
fn as_model<T: serde::de::DeserializeOwned + Serialize>(text: &str) -> bool {
    blockkit::from_str::<T>(text)
        .map(|parsed| same(&parsed))
        .is_ok()
}

/// Every `.json` file under `root`, as a `Value` and as every model type it parses into; returns
/// (files, model values written).
fn check_tree(root: &Path) -> (usize, usize) {
    let mut files = Vec::new();
    collect_json(root, &mut files);
    let mut models = 0;
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        same(&value);
        let parses = [
            as_model::<Block>(&text),
            as_model::<Vec<Block>>(&text),
            as_model::<Element>(&text),
            as_model::<RichTextElement>(&text),
            as_model::<InlineElement>(&text),
            as_model::<Message>(&text),
            as_model::<View>(&text),
            as_model::<HomeTab>(&text),
            as_model::<Attachment>(&text),
            as_model::<Text>(&text),
            as_model::<OptionObject>(&text),
            as_model::<ConfirmDialog>(&text),
        ];
        models += parses.iter().filter(|parsed| **parsed).count();
    }
    (files.len(), models)
}

#[test]
fn corpus_files_are_written_as_serde_json_writes_them() {
    let root = Path::new(CORPUS);
    if !root.is_dir() {
        println!("NOTHING CHECKED: no shared corpus at {}", root.display());
        return;
    }
    let (files, models) = check_tree(root);
    println!("{files} corpus files, {models} model values");
    assert!(files >= 100, "only {files} corpus files");
    assert!(
        models >= files,
        "only {models} model values for {files} files"
    );
}

#[test]
fn fixtures_are_written_as_serde_json_writes_them() {
    let (files, models) = check_tree(Path::new(FIXTURES));
    assert!(files >= 7, "only {files} fixtures");
    assert!(
        models >= files,
        "only {models} model values for {files} files"
    );
}

/// `text` as a string, a `Value`, an object key, and inside an array.
fn same_string(text: &str) {
    same(text);
    same(&json!({ text: text, "k": [text, text] }));
    let mut map = BTreeMap::new();
    map.insert(text, text.len());
    same(&map);
}

#[test]
fn every_control_character_and_the_other_escapes() {
    for byte in 0..=0x7f_u8 {
        let c = char::from(byte);
        same(&c);
        same_string(&c.to_string());
        same_string(&format!("ab{c}cd"));
    }
    for text in [
        "",
        "\"",
        "\\",
        "/",
        "\\\"",
        "\u{2028}\u{2029}",
        "\u{7f}",
        "\u{80}",
        "\u{ff}",
        "é",
        "😀🚀✅",
        "a\u{0}b",
        "\r\n\t\u{8}\u{c}\u{b}\u{1f}",
        "</script>",
        "\u{fffd}",
        "\u{10ffff}",
    ] {
        same_string(text);
    }
    assert_eq!(
        blockkit::to_string("\u{0}\u{1f}\"\\/").unwrap(),
        r#""\u0000\u001f\"\\/""#
    );
}

#[test]
fn a_special_byte_at_every_offset_of_every_length() {
    let specials: Vec<char> = (0..0x20_u8).map(char::from).chain(['"', '\\']).collect();
    for special in specials {
        for before in 0..17 {
            for after in [0, 1, 2, 3, 5, 7, 8, 9, 15, 16, 17] {
                for fill in ["a", "é", "😀"] {
                    let text = format!("{}{special}{}", fill.repeat(before), "z".repeat(after));
                    same_string(&text);
                    let twice = format!("{text}{special}{text}");
                    same_string(&twice);
                }
            }
        }
    }
    // Runs of specials, and long clean runs (several words, growing the buffer).
    same_string(&"\n".repeat(40));
    same_string(&"\"\\".repeat(40));
    same_string(&"x".repeat(5000));
    same_string(&format!("{}\u{1}{}", "é".repeat(3000), "y".repeat(3000)));
}

#[test]
fn numbers_are_serde_jsons() {
    same(&[i64::MIN, -1, 0, 1, i64::MAX]);
    same(&[u64::MAX, 0]);
    same(&(i8::MIN, i16::MIN, i32::MIN, u8::MAX, u16::MAX, u32::MAX));
    same(&[i128::MIN, i128::MAX]);
    same(&[u128::MAX, 0]);
    let floats = [
        0.0,
        -0.0,
        1.0,
        -1.5,
        0.1,
        1e21,
        1e22,
        1e-7,
        123_456.789,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        5e-324,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::EPSILON,
    ];
    same(&floats);
    for float in floats {
        same(&float);
        same(&json!({ "f": float }));
    }
    same(&[
        0.1_f32,
        1e10,
        f32::MAX,
        f32::MIN_POSITIVE,
        16_777_217.0,
        f32::NAN,
        f32::INFINITY,
    ]);
    for text in [
        "0",
        "-0",
        "1.5",
        "-1e300",
        "18446744073709551615",
        "-9223372036854775808",
    ] {
        same(&serde_json::from_str::<Value>(text).unwrap());
    }
}

#[derive(Serialize)]
struct Unit;

#[derive(Serialize)]
struct Newtype(&'static str);

#[derive(Serialize)]
struct Tuple(u8, &'static str, Option<bool>);

#[derive(Serialize)]
struct Empty {}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Variants {
    Unit,
    Newtype(Vec<u8>),
    Tuple(i32, String),
    EmptyTuple(),
    Struct {
        a: u8,
        #[serde(rename = "b\"\n")]
        b: char,
    },
    EmptyStruct {},
}

#[derive(Serialize)]
struct Flattened {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    absent: Option<u8>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

/// `serialize_bytes`.
struct Bytes(&'static [u8]);

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0)
    }
}

/// `collect_str`, as a value and as a key.
struct Shown(&'static str);

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{}|\"{}\">\n!", self.0, self.0.len())
    }
}

impl Serialize for Shown {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A sequence and a map that declare no items, then write some anyway.
struct Liar;

impl Serialize for Liar {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(0))?;
        seq.serialize_element(&1)?;
        seq.serialize_element(&2)?;
        seq.end()
    }
}

#[test]
fn every_shape_of_the_data_model() {
    same(&());
    same(&Unit);
    same(&Newtype("n\"t"));
    same(&Tuple(7, "t", None));
    same(&Empty {});
    same(&Variants::Unit);
    same(&Variants::Newtype(vec![1, 2]));
    same(&Variants::Tuple(-3, "x\ty".to_owned()));
    same(&Variants::EmptyTuple());
    same(&Variants::Struct { a: 1, b: '\u{1}' });
    same(&Variants::EmptyStruct {});
    same(&Some(Some(3)));
    same(&None::<u8>);
    same(&(true, false, 'x', '"', "s"));
    same(&Bytes(&[0, 1, 255]));
    same(&Bytes(&[]));
    same(&Shown("a\u{1}b"));
    same(&Liar);
    same(&Vec::<Value>::new());
    same(&Map::new());
    same(&json!([[], {}, [[]], {"a": {}}, null]));
    let mut extra = Map::new();
    extra.insert("x\"".to_owned(), json!([1, {"y": null}]));
    same(&Flattened {
        kind: "k",
        absent: None,
        extra: extra.clone(),
    });
    same(&Flattened {
        kind: "k",
        absent: Some(1),
        extra: Map::new(),
    });
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
enum KeyVariant {
    Alpha,
    Beta,
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct KeyNewtype(u32);

/// A map with one entry, whatever the key's type.
struct OneKey<K>(K);

impl<K: Serialize> Serialize for OneKey<K> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_key(&self.0)?;
        map.serialize_value("v")?;
        map.end()
    }
}

#[test]
fn map_keys_serde_json_takes_and_the_errors_for_those_it_refuses() {
    same(&BTreeMap::from([(-5_i32, 1), (7, 2)]));
    same(&BTreeMap::from([(u64::MAX, 1)]));
    same(&BTreeMap::from([(i128::MIN, 1)]));
    same(&BTreeMap::from([(true, 1), (false, 2)]));
    same(&BTreeMap::from([('"', 1), ('\n', 2), ('é', 3)]));
    same(&BTreeMap::from([
        (KeyVariant::Alpha, 1),
        (KeyVariant::Beta, 2),
    ]));
    same(&BTreeMap::from([(KeyNewtype(3), 1)]));
    same(&BTreeMap::from([(Some("k"), 1)]));
    same(&OneKey(1.5_f64));
    same(&OneKey(-0.0_f32));
    same(&OneKey(Shown("key")));
    // Refused: serde_json's errors, message and category.
    assert_eq!(same(&OneKey(())), "");
    same(&OneKey(None::<&str>));
    same(&OneKey(Unit));
    same(&OneKey(vec![1]));
    same(&OneKey((1, 2)));
    same(&OneKey(Bytes(b"k")));
    same(&OneKey(Tuple(1, "t", None)));
    same(&OneKey(Variants::Newtype(vec![])));
    same(&OneKey(Variants::Struct { a: 1, b: 'b' }));
    same(&OneKey(BTreeMap::from([(1, 2)])));
    same(&OneKey(f64::NAN));
    same(&OneKey(f32::NEG_INFINITY));
    let error = blockkit::to_string(&OneKey(())).unwrap_err();
    assert_eq!(error.to_string(), "key must be a string");
}

/// A struct that fails to serialize its second field.
struct Failing;

impl Serialize for Failing {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Failing", 2)?;
        state.serialize_field("a", &1)?;
        Err(serde::ser::Error::custom("nope"))
    }
}

#[test]
fn errors_are_serde_json_errors() {
    struct Broken;
    impl std::io::Write for Broken {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    same(&Failing);
    let error = blockkit::to_writer(Broken, &json!({"a": 1})).unwrap_err();
    assert!(error.is_io());
    assert_eq!(error.io_error_kind(), Some(std::io::ErrorKind::Other));
}

/// A struct shaped like `serde_json`'s private number and raw value tokens (what a `Number` becomes
/// with `arbitrary_precision`, and a `RawValue` with `raw_value`).
struct Token(&'static str, &'static str);

impl Serialize for Token {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct(self.0, 1)?;
        state.serialize_field(self.0, self.1)?;
        state.end()
    }
}

#[test]
fn serde_json_private_tokens_are_written_as_serde_json_writes_them() {
    // Without the features (this workspace) serde_json writes these as plain structs; with them,
    // the text as is. Either way the bytes must agree.
    for name in [
        "$serde_json::private::Number",
        "$serde_json::private::RawValue",
    ] {
        let ours = same(&Token(name, "1.50"));
        same(&json!([Token(name, "1.50")
            .serialize(serde_json::value::Serializer)
            .unwrap()]));
        same(&vec![Token(name, "-0"), Token(name, "1e400")]);
        assert!(
            ours == "1.50" || ours == format!("{{\"{name}\":\"1.50\"}}"),
            "{ours}"
        );
    }
    same(&Token("$other", "1"));
}

#[test]
fn the_serializer_appends_to_its_buffer() {
    let mut serializer = blockkit::json::Serializer::new("[".to_owned());
    json!({"a": "b\n"}).serialize(&mut serializer).unwrap();
    assert_eq!(serializer.into_inner(), "[{\"a\":\"b\\n\"}");
    // A small value after a large one is not left holding the large one's buffer.
    let large = blockkit::to_string(&"x".repeat(100_000)).unwrap();
    assert_eq!(large.len(), 100_002);
    let small = blockkit::to_string(&1).unwrap();
    assert!(small.capacity() <= 2048, "{}", small.capacity());
}

/// Strings rich in what JSON escapes.
fn tricky_string() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\x00-\\x1f\"\\\\/a-z\u{e9}\u{2028}\u{1f600}]{0,40}",
        prop::collection::vec(
            prop_oneof![Just('"'), Just('\\'), any::<char>(), Just('a')],
            0..70
        )
        .prop_map(|chars| chars.into_iter().collect()),
    ]
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        tricky_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((tricky_string(), inner), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_strings_are_written_as_serde_json_writes_them(text in tricky_string()) {
        let ours = blockkit::to_string(&text).unwrap();
        prop_assert_eq!(&ours, &serde_json::to_string(&text).unwrap());
        prop_assert_eq!(serde_json::from_str::<String>(&ours).unwrap(), text);
    }

    #[test]
    fn arbitrary_values_are_written_as_serde_json_writes_them(value in any_value()) {
        prop_assert_eq!(
            blockkit::to_string(&value).unwrap(),
            serde_json::to_string(&value).unwrap()
        );
    }
}
