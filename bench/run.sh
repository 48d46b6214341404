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
python3 - "$work" "$rounds" "${peaks[@]}" <<'PY'
import json, statistics, sys
work, rounds, peaks = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
results = [json.load(open(f"{work}/round-{r}.json"))["results"] for r in range(1, rounds + 1)]
print(f"{'command':<32} {'median':>9} {'vs grep (median of rounds)':>27} {'range':>12} {'peak RSS':>9}")
for i, kib in enumerate(peaks):
    ratios = [round_[i]["median"] / round_[0]["median"] for round_ in results]
    median = statistics.median(r[i]["median"] for r in results)
    name = results[0][i]["command"].split("/")[-1]
    print(f"{name:<32} {median * 1000:>7.2f}ms {statistics.median(ratios):>26.2f}x "
          f"{min(ratios):>5.2f}–{max(ratios):.2f} {int(kib) / 1024:>6.1f}MiB")
PY
