#!/usr/bin/env bash
# Compares two pyqa binaries (e.g. before and after a change) in one alternating run: installed
# copies of both, and `grep -i gil` on the same data file as the baseline, timed by hyperfine in
# ROUNDS rounds; reports each command's median of the rounds' ratios to grep, the ratio of AFTER to
# BEFORE, peak RSS (/usr/bin/time -f %M) and the binaries' sizes.
# Usage: bench/compare.sh BEFORE AFTER. Needs hyperfine, GNU time and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/compare.sh BEFORE AFTER" >&2; exit 2; }
source bench/lib.sh
bench_needs_tools
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
install -m 755 "$1" "$work/before"
install -m 755 "$2" "$work/after"
data=data/python.txt
runs=${RUNS:-200}
rounds=${ROUNDS:-9}

commands=("grep -i gil $data")
for args in "search gil" "show 64 --format md"; do
    commands+=("$work/before $args" "$work/after $args")
done
bench_rounds "$work" "$rounds" "$runs" "${commands[@]}"

mapfile -t peaks < <(bench_peak_rss "${commands[@]}")

echo "before: $(stat -c %s "$work/before") bytes; after: $(stat -c %s "$work/after") bytes"
echo "$rounds rounds of $runs runs per command"
python3 - "$work" "$rounds" "${peaks[@]}" <<'PY'
import json, statistics, sys
work, rounds, peaks = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
results = [json.load(open(f"{work}/round-{r}.json"))["results"] for r in range(1, rounds + 1)]
print(f"{'command':<32} {'median':>9} {'vs grep':>8} {'range':>12} {'peak RSS':>9}")
for i, kib in enumerate(peaks):
    ratios = [r[i]["median"] / r[0]["median"] for r in results]
    median = statistics.median(r[i]["median"] for r in results)
    name = results[0][i]["command"].split("/")[-1]
    print(f"{name:<32} {median * 1000:>7.3f}ms {statistics.median(ratios):>7.3f}x "
          f"{min(ratios):>5.2f}–{max(ratios):.2f} {int(kib) / 1024:>6.1f}MiB")
for i in range(1, len(peaks), 2):
    ratios = [r[i + 1]["median"] / r[i]["median"] for r in results]
    name = results[0][i]["command"].split("/")[-1].split(" ", 1)[1]
    print(f"after / before, {name}: median {statistics.median(ratios):.3f} "
          f"(range {min(ratios):.3f}–{max(ratios):.3f})")
PY
