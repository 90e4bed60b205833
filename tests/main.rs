//! The workspace's one test binary.

mod machinery;
