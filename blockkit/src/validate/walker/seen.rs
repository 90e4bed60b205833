//! Finding strings used twice (block ids, action ids, option values) without paying much when
//! there is none. Up to `FEW` strings are kept without allocating much: by [`Seen`] in a small
//! table on the stack, cheaply hashed; by [`FirstUses`], which lives in the walker, in a list.
//! More go to a standard hash map, whose hasher resists chosen collisions.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

/// How many strings the table on the stack takes.
const FEW: usize = 32;
/// Its slots: twice as many, so that a string rarely has to look past its own slot.
const SLOTS: usize = 2 * FEW;

/// Strings seen so far.
pub(crate) struct Seen<'v> {
    /// The first `FEW` strings: each is in the slot its hash chooses, or in the next free one.
    slots: [Option<&'v str>; SLOTS],
    len: usize,
    /// Every string, once there are (or are expected to be) more than `FEW`.
    many: HashSet<&'v str>,
}

impl<'v> Seen<'v> {
    /// Room for `count` strings.
    #[inline]
    pub(crate) fn with_capacity(count: usize) -> Self {
        let many = if count > FEW {
            HashSet::with_capacity(count)
        } else {
            HashSet::new()
        };
        Self {
            slots: [None; SLOTS],
            len: 0,
            many,
        }
    }

    /// Records `value`; `false` when it was recorded before.
    #[inline]
    pub(crate) fn insert(&mut self, value: &'v str) -> bool {
        if self.many.capacity() > 0 {
            return self.many.insert(value);
        }
        let mut slot = slot_of(value);
        while let Some(seen) = self.slots[slot] {
            if seen == value {
                return false;
            }
            slot = (slot + 1) % SLOTS;
        }
        if self.len < FEW {
            self.slots[slot] = Some(value);
            self.len += 1;
            return true;
        }
        // The table is full: the map takes every string from now on.
        self.many.reserve(2 * FEW);
        self.many.extend(self.slots.iter().flatten());
        self.many.insert(value)
    }
}

/// Strings seen so far, each with where it was first used: a list while there are few, a hash
/// map beyond. Unlike [`Seen`], it is small, to live in the walker.
pub(crate) struct FirstUses<'v, T> {
    few: Vec<(&'v str, T)>,
    many: HashMap<&'v str, T>,
}

impl<'v, T: Copy> FirstUses<'v, T> {
    pub(crate) fn new() -> Self {
        Self {
            few: Vec::new(),
            many: HashMap::new(),
        }
    }

    /// Makes room for `count` more strings, when they will not fit in the list.
    pub(crate) fn reserve(&mut self, count: usize) {
        if self.many.capacity() > 0 {
            self.many.reserve(count);
        } else if self.few.len() + count > FEW {
            self.many.reserve(self.few.len() + count);
            self.many.extend(self.few.drain(..));
        }
    }

    /// Records `value`, used at `here()`; when it was seen before, returns where it was first
    /// used instead.
    #[inline]
    pub(crate) fn first_use(&mut self, value: &'v str, here: impl FnOnce() -> T) -> Option<T> {
        if self.many.capacity() > 0 {
            return match self.many.entry(value) {
                Entry::Occupied(first) => Some(*first.get()),
                Entry::Vacant(entry) => {
                    entry.insert(here());
                    None
                }
            };
        }
        if let Some(&(_, first)) = self.few.iter().find(|(seen, _)| *seen == value) {
            return Some(first);
        }
        self.few.push((value, here()));
        if self.few.len() > FEW {
            self.reserve(FEW);
        }
        None
    }
}

/// The slot of the table where `value` goes first: an `FxHash` of its bytes (rustc's hash: one
/// rotation, xor and multiplication per 8 bytes, far cheaper than `SipHash` on short strings).
/// It resists no chosen collisions, but the table holds few strings; the maps beyond use the
/// standard library's hasher.
fn slot_of(value: &str) -> usize {
    let mut hash = 0_u64;
    let mut add = |word: u64| {
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    };
    let mut chunks = value.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0_u8; 8];
        word.copy_from_slice(chunk);
        add(u64::from_le_bytes(word));
    }
    // The last 1 to 7 bytes as one word: two overlapping halves, or the bytes one by one.
    let rest = chunks.remainder();
    let n = rest.len();
    if n >= 4 {
        let low = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let high = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        add(u64::from(low) | u64::from(high) << 32);
    } else if n > 0 {
        add(rest
            .iter()
            .fold(0, |word, &byte| word << 8 | u64::from(byte)));
    }
    // The multiplication leaves its best bits at the top.
    usize::from(hash.to_be_bytes()[0]) % SLOTS
}

#[cfg(test)]
mod tests {
    use super::{FEW, FirstUses, Seen};

    fn strings(count: usize) -> Vec<String> {
        (0..count).map(|i| format!("value-{i}")).collect()
    }

    #[test]
    fn seen_finds_duplicates_in_the_table_and_in_the_map() {
        let values = strings(3 * FEW);
        for capacity in [0, values.len()] {
            let mut seen = Seen::with_capacity(capacity);
            for value in &values {
                assert!(seen.insert(value));
            }
            for value in &values {
                assert!(!seen.insert(value), "{value} is seen");
            }
            assert!(seen.insert(""));
            assert!(!seen.insert(""));
        }
    }

    #[test]
    fn first_uses_are_kept_in_the_list_and_in_the_map() {
        let values = strings(3 * FEW);
        for capacity in [0, values.len()] {
            let mut uses = FirstUses::new();
            uses.reserve(capacity);
            for (i, value) in values.iter().enumerate() {
                assert_eq!(uses.first_use(value, || i), None);
            }
            for (i, value) in values.iter().enumerate() {
                assert_eq!(uses.first_use(value, || 0), Some(i));
            }
        }
    }
}
