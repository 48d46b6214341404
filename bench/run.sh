#!/usr/bin/env bash
# Times `pyqa` against `grep -i gil` on the same data file and reports, for each command, the ratio
# of its median wall time to grep's: hyperfine runs all commands in one go, ROUNDS times, and the
# median of the rounds' ratios is reported with their range. Peak RSS from /usr/bin/time -f %M.
# Needs hyperfine, GNU time and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install hyperfine time)" >&2; exit 1; }
done

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
for round in $(seq "$rounds"); do
    # --output=pipe: with /dev/null as its output, GNU grep stops at the first match.
    hyperfine -N --output=pipe --warmup 10 --runs "$runs" --export-json "$work/round-$round.json" \
        "${commands[@]}" >/dev/null 2>&1
done

rss() { # peak RSS in KiB over 20 runs
    local peak=0 kib
    for _ in $(seq 20); do
        kib=$( /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 )
        (( kib > peak )) && peak=$kib
    done
    echo "$peak"
}
peaks=()
for command in "${commands[@]}"; do
    read -ra words <<<"$command"
    peaks+=("$(rss "${words[@]}")")
done

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
