#!/usr/bin/env bash
# Times `pyqa` against `grep -i gil` on the same data file and reports, for each command, the ratio
# of its median wall time to grep's: hyperfine runs all commands in one go, ROUNDS times, and the
# median of the rounds' ratios is reported with their range. Peak RSS from /usr/bin/time -f %M.
# Needs hyperfine, GNU time and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_needs_tools

cargo build --release --locked --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Measure an installed copy, as `cargo install` leaves it: the file the linker has just written
# loads measurably slower from the page cache (about 0.15 ms per run here) than a copy of it.
bin=$work/pyqa
install -m 755 target/release/pyqa "$bin"
data=data/python.txt
runs=${RUNS:-200}
rounds=${ROUNDS:-5}

commands=("grep -i gil $data" "$bin search gil" "$bin search memoizaton" "$bin show 64 --format md")
bench_rounds "$work" "$rounds" "$runs" "${commands[@]}"

mapfile -t peaks < <(bench_peak_rss "${commands[@]}")

echo "binary: $(stat -c %s "$bin") bytes; $rounds rounds of $runs runs per command"
python3 bench/summary.py "$work" "$rounds" "${peaks[@]}"
