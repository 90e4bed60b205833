//! Shared helpers for the workspace tests (the tests themselves live in `main.rs`).
