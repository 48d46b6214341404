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

commands=("grep -i gil $data" "$bin --version" "$bin search gil" "$bin search memoizaton"
    "$bin show 64 --format md")
# The floor: a static Rust "hello world", as fast as a process can start here.
echo 'fn main() { println!("hello"); }' > "$work/hello.rs"
if rustc -O -C target-feature=+crt-static -o "$work/hello" "$work/hello.rs" 2>/dev/null; then
    commands+=("$work/hello")
fi
# The peer: tealdeer rendering one tldr page offline (`cargo install tealdeer`, without --locked).
if command -v tldr >/dev/null && tldr --version 2>/dev/null | grep -q tealdeer; then
    commands+=("$(command -v tldr) --render bench/tldr-pyqa.md")
    peer=$(command -v tldr)
else
    echo "bench: tealdeer not installed (cargo install tealdeer): the peer is left out" >&2
fi
bench_rounds "$work" "$rounds" "$runs" "${commands[@]}"

mapfile -t peaks < <(bench_peak_rss "${commands[@]}")

size=$(stat -c %s "$bin")
verdict=$(python3 -c "import sys; sys.path.insert(0, 'bench'); from summary import verdict; print(verdict($size <= 7_000_000))")
echo "binary: $size bytes (target ≤ 7,000,000: $verdict)${peer:+; tealdeer: $(stat -c %s "$peer") bytes}"
echo "$rounds rounds of $runs runs per command; $(nproc) cores"
python3 bench/summary.py "$work" "$rounds" "${peaks[@]}"
