#!/usr/bin/env bash
# Reading speed: the cache-build rate of a generated deck (bench/gen_deck.py, 100,000 questions by
# default) in pyqa's text format and as `## Q.` Markdown, for two binaries (e.g. before and after
# a change to the reader), alternated in ROUNDS rounds from a cold cache; reports each case's
# median questions/s and its ratio to BEFORE on the same deck. Peak RSS from /usr/bin/time.
# Usage: bench/read_rate.sh BEFORE AFTER. Needs python3 and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/read_rate.sh BEFORE AFTER" >&2; exit 2; }
source bench/lib.sh
bench_needs_tools
questions=${QUESTIONS:-100000}
rounds=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
install -m 755 "$1" "$work/before"
install -m 755 "$2" "$work/after"
python3 bench/gen_deck.py "$questions" > "$work/big.txt"
python3 bench/gen_deck.py "$questions" --markdown > "$work/big.md"
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
cases=("before big.txt" "after big.txt" "before big.md" "after big.md")
for round in $(seq "$rounds"); do
    for case in "${cases[@]}"; do
        read -r bin deck <<<"$case"
        export XDG_CACHE_HOME=$work/cache
        rm -rf "$work/cache"
        /usr/bin/time -f "%e %M" -o "$work/$bin-$deck.$round" \
            "$work/$bin" --deck "$work/$deck" search term1234 -q >/dev/null
    done
done
python3 - "$questions" "$work" "$rounds" "${cases[@]}" <<'PY'
import statistics, sys
n, work, rounds, cases = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4:]
rates = {}
for case in cases:
    binary, deck = case.split()
    runs = [tuple(map(float, open(f"{work}/{binary}-{deck}.{r}").read().split()))
            for r in range(1, rounds + 1)]
    rates[case] = (statistics.median(n / s for s, _ in runs), max(k for _, k in runs))
for case, (rate, kib) in rates.items():
    base = rates["before " + case.split()[1]][0]
    print(f"{case:<16} {rate:>9,.0f} questions/s  {rate / base:.2f}x  peak RSS {kib / 1024:.0f} MiB")
PY
