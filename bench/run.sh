#!/usr/bin/env bash
# Times `pyqa` against `grep -i` on the same data file, in one hyperfine run, and reports ratios
# of median wall times plus peak RSS (/usr/bin/time -f %M). Needs hyperfine, GNU time, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install hyperfine time)" >&2; exit 1; }
done

cargo build --release --locked --quiet
bin=target/release/pyqa
data=data/python.txt
runs=${RUNS:-300}
json=$(mktemp)
trap 'rm -f "$json"' EXIT

baseline="grep -i gil $data"
commands=("$baseline" "$bin search gil" "$bin search memoizaton" "$bin show 64 --format md")
# --output=pipe: with /dev/null as its output, GNU grep stops at the first match.
hyperfine -N --output=pipe --warmup 10 --runs "$runs" --export-json "$json" "${commands[@]}" >/dev/null

rss() { # peak RSS in KiB over 20 runs
    local peak=0 kib
    for _ in $(seq 20); do
        kib=$( /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 )
        (( kib > peak )) && peak=$kib
    done
    echo "$peak"
}

echo "binary: $(stat -c %s "$bin") bytes"
peaks=()
for command in "${commands[@]}"; do
    read -ra words <<<"$command"
    peaks+=("$(rss "${words[@]}")")
done
python3 - "$json" "${peaks[@]}" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
rss = sys.argv[2:]
base = results[0]["median"]
print(f"{'command':<44} {'median':>10} {'vs grep':>8} {'peak RSS':>10}")
for r, kib in zip(results, rss):
    print(f"{r['command']:<44} {r['median']*1000:>8.2f}ms {r['median']/base:>7.2f}x {int(kib)/1024:>7.1f}MiB")
PY
