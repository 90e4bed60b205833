#!/usr/bin/env bash
# blockkit against the other Rust libraries (issue 9): allocations per operation, then the
# criterion benches, short measurement times. Extra arguments go to criterion (e.g. a filter:
# `scripts/bench.sh "typical message"`). Reports: target/compare/criterion/report/index.html.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
manifest="$root/blockkit/benches/compare/Cargo.toml"
target="$root/target/compare"
cargo bench --manifest-path "$manifest" --target-dir "$target" --bench allocations
cargo bench --manifest-path "$manifest" --target-dir "$target" --bench libraries -- \
    --warm-up-time 1 --measurement-time 3 "$@"
