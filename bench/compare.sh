#!/usr/bin/env bash
# Compares two pyqa binaries (e.g. before and after a change) in one alternating run: installed
# copies of both, and `grep -i gil` on the same data file as the baseline, timed by hyperfine in
# ROUNDS rounds over search, show, and show of a deck answer with highlighted code; reports each
# command's median of the rounds' ratios to grep, the ratio of AFTER to BEFORE, peak RSS
# (/usr/bin/time -f %M) and the binaries' sizes.
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

# Deck readings are cached per layout, so both binaries keep a warm cache of their own here.
export XDG_CACHE_HOME=$work/cache
deck=tests/fixtures/shapes/headings.md

commands=("grep -i gil $data")
for args in "search gil" "show 64 --format md" "--deck $deck show headings:1 --color always"; do
    commands+=("$work/before $args" "$work/after $args")
done
bench_rounds "$work" "$rounds" "$runs" "${commands[@]}"

mapfile -t peaks < <(bench_peak_rss "${commands[@]}")

echo "before: $(stat -c %s "$work/before") bytes; after: $(stat -c %s "$work/after") bytes"
echo "$rounds rounds of $runs runs per command"
python3 bench/summary.py "$work" "$rounds" "${peaks[@]}"
python3 - "$work" "$rounds" <<'PY'
import statistics, sys
sys.path.insert(0, "bench")
from summary import load
results = load(sys.argv[1], int(sys.argv[2]))
for i in range(1, len(results[0]), 2):
    ratios = [r[i + 1]["median"] / r[i]["median"] for r in results]
    name = results[0][i]["command"].split("/")[-1].split(" ", 1)[1]
    print(f"after / before, {name}: median {statistics.median(ratios):.3f} "
          f"(range {min(ratios):.3f}–{max(ratios):.3f})")
PY
