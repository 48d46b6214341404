#!/usr/bin/env bash
# Scale: a generated deck of 100,000 questions (about 55 MB). Times building its cache (three
# cold runs) and a search with the cache warm against `grep -c` on the same file, in one
# hyperfine run, plus peak RSS. Needs hyperfine, GNU time and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_needs_tools
cargo build --release --locked --quiet
bin=$PWD/target/release/pyqa
questions=${QUESTIONS:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_deck.py "$questions" > "$work/big.txt"
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_DATA_HOME=$work/data
echo "deck: $questions questions, $(stat -c %s "$work/big.txt") bytes"

for run in 1 2 3; do
    rm -rf "$work/cache"
    /usr/bin/time -f "%e %M" -o "$work/build.$run" "$bin" --deck "$work/big.txt" search term1234 -q >/dev/null
done
python3 - "$questions" "$work"/build.* <<'PY'
import sys
sys.path.insert(0, "bench")
from summary import verdict
n = int(sys.argv[1])
runs = [tuple(map(float, open(p).read().split())) for p in sys.argv[2:]]
for seconds, kib in runs:
    rate, mib = n / seconds, kib / 1024
    print(f"cache build: {seconds:.2f} s = {rate:,.0f} questions/s (target ≥ 40,000: {verdict(rate >= 40000)}), "
          f"peak RSS {mib:.0f} MiB (target ≤ 150: {verdict(mib <= 150)})")
PY

json=$work/hyperfine.json
# --output=pipe: with /dev/null as its output, GNU grep stops at the first match.
hyperfine -N --output=pipe --warmup 3 --runs "${RUNS:-50}" --export-json "$json" \
    "grep -c term1234 $work/big.txt" "$bin --deck $work/big.txt search term1234" >/dev/null
peak=0
for _ in $(seq 10); do
    kib=$( /usr/bin/time -f %M "$bin" --deck "$work/big.txt" search term1234 2>&1 >/dev/null | tail -1 )
    (( kib > peak )) && peak=$kib
done
index_kib=$(du -sk "$work/cache" | cut -f1)
python3 - "$json" "$peak" "$index_kib" <<'PY'
import json, sys
sys.path.insert(0, "bench")
from summary import verdict
grep, pyqa = json.load(open(sys.argv[1]))["results"]
ratio = pyqa['median'] / grep['median']
print(f"warm search: median {pyqa['median']*1000:.1f} ms, grep -c {grep['median']*1000:.1f} ms: "
      f"{ratio:.3f}x grep (target ≤ 0.1: {verdict(ratio <= 0.1)})")
print(f"warm search peak RSS: {int(sys.argv[2]) / 1024:.1f} MiB (the index on disk: {int(sys.argv[3]) / 1024:.0f} MiB)")
PY
