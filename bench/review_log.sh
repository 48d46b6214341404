#!/usr/bin/env bash
# Loading the review log: `pyqa quiz --stats` with a log of REVIEWS lines (100,000 by default,
# over 2,000 cards) against the same command with an empty log, in one hyperfine run; the
# difference of the medians is the time to read the log. Needs hyperfine, GNU time and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_needs_tools
cargo build --release --locked --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
install -m 755 target/release/pyqa "$work/pyqa"
reviews=${REVIEWS:-100000}
mkdir -p "$work/full/data/pyqa" "$work/empty/data/pyqa"
python3 - "$reviews" > "$work/full/data/pyqa/reviews.log" <<'PY'
import random, sys
rng = random.Random(7)
n = int(sys.argv[1])
for i in range(n):
    card = f"python:{rng.randrange(2000):016x}"
    t = 1_700_000_000 + i * 60
    title = f"what is question {card[-6:]} about, and why does it matter?"
    print(f"3\t{t}\t{card}\tgood\t{rng.uniform(0.2, 300):.4f}\t{rng.uniform(1, 10):.4f}\t{t + 86400}"
          f"\t{i % 20 + 1}\t{i % 3}\t{title}\t{rng.getrandbits(64):016x}")
PY
run() { echo "env XDG_DATA_HOME=$work/$1/data XDG_CONFIG_HOME=$work/$1/config XDG_CACHE_HOME=$work/$1/cache $work/pyqa quiz --stats"; }
hyperfine -N --output=pipe --warmup 5 --runs "${RUNS:-100}" --export-json "$work/times.json" \
    "$(run empty)" "$(run full)" >/dev/null
python3 - "$work/times.json" "$reviews" <<'PY'
import json, sys
empty, full = json.load(open(sys.argv[1]))["results"]
print(f"quiz --stats: empty log {empty['median']*1000:.2f} ms, {int(sys.argv[2]):,} reviews "
      f"{full['median']*1000:.2f} ms: reading the log takes {(full['median'] - empty['median'])*1000:.1f} ms")
PY
