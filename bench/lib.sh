# Shared by the bench scripts (sourced): tool checks, timing rounds and peak memory.

# Exits with a message unless hyperfine, python3 and GNU time are installed.
bench_needs_tools() {
    for tool in hyperfine python3 /usr/bin/time; do
        command -v "$tool" >/dev/null || {
            echo "bench: needs $tool (apt-get install hyperfine time)" >&2
            exit 1
        }
    done
}

# bench_rounds WORK ROUNDS RUNS COMMAND...: times all commands in one hyperfine run, ROUNDS times,
# into WORK/round-N.json.
bench_rounds() {
    local work=$1 rounds=$2 runs=$3 round
    shift 3
    for round in $(seq "$rounds"); do
        # --output=pipe: with /dev/null as its output, GNU grep stops at the first match.
        hyperfine -N --output=pipe --warmup 10 --runs "$runs" --export-json "$work/round-$round.json" \
            "$@" >/dev/null 2>&1
    done
}

# bench_peak_rss COMMAND...: the peak RSS in KiB over 20 runs of each command, one a line.
bench_peak_rss() {
    local command peak kib words
    for command in "$@"; do
        read -ra words <<<"$command"
        peak=0
        for _ in $(seq 20); do
            kib=$( /usr/bin/time -f %M "${words[@]}" 2>&1 >/dev/null | tail -1 )
            (( kib > peak )) && peak=$kib
        done
        echo "$peak"
    done
}
