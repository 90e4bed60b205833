//! Bytes → `from_slice` as a message, a modal, a block and a view → validate.
//!
//! Whatever parses must validate without panicking, serialize, and parse back equal.

#![no_main]

use blockkit::{Block, Message, Modal, Validate, ValidationOptions, View};
use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;

fuzz_target!(|data: &[u8]| {
    check::<Message>(data);
    check::<Modal>(data);
    check::<Block>(data);
    check::<View>(data);
    check::<Vec<Block>>(data);
});

fn check<T>(data: &[u8])
where
    T: DeserializeOwned + Serialize + Validate + PartialEq + std::fmt::Debug,
{
    let Ok(value) = blockkit::from_slice::<T>(data) else {
        return;
    };
    let _ = value.validate();
    let _ = value.validate_with(&ValidationOptions::default().strict(true));
    let written = serde_json::to_vec(&value).expect("a parsed value serializes");
    let again: T = blockkit::from_slice(&written).expect("what was written parses back");
    assert_eq!(again, value, "round trip changed the value");
    let from_value: T = blockkit::from_value(serde_json::from_slice(&written).expect("JSON"))
        .expect("what was written converts from a Value");
    assert_eq!(from_value, value, "text and Value parsing differ");
}
