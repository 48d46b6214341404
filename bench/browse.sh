#!/usr/bin/env bash
# The browser on the 100,000-question deck: writes the deck (bench/gen_deck.py) and runs
# benches/browse_frame.rs, which reports the time to the first frame and keystroke-to-frame
# times (median, p99). Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_deck.py "${QUESTIONS:-100000}" > "$work/big.txt"
PYQA_BENCH_DECK="$work/big.txt" cargo bench --locked --bench browse_frame
