#!/usr/bin/env bash
# Writes .cargo/startup-order.txt: the functions that typical runs of pyqa execute, found exactly
# with valgrind's callgrind on the profiling build, by name without their hash. The linker
# script (.cargo/link-static-glibc) lays these functions out together at the front of the
# binary's code, so that a run touches a few pages of it instead of pages all over it. Rerun
# after large changes; a stale list only loses some of the effect. Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "bench: needs valgrind" >&2; exit 1; }
cargo build --profile profiling --locked --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_DATA_HOME=$work/data
runs=("--version" "search gil" "search memoizaton" "search --json gil" "show 64 --format md"
    "show 64" "related 64" "list" "topics" "random --format md")
for i in "${!runs[@]}"; do
    read -ra words <<<"${runs[$i]}"
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/run.$i" \
        target/profiling/pyqa "${words[@]}" >/dev/null 2>&1 || true
done
{
    echo "# Functions typical runs execute (bench/startup_order.sh), without their hash."
    cat "$work"/run.* | grep -o -E '^c?fn=\([0-9]+\) .*' | sed -E 's/^c?fn=\([0-9]+\) //' |
        sed -E -e "s/'[0-9]+$//" -e 's/17h[0-9a-f]{16}E$/E/' | grep -v -E '^(\(|0x)' | LC_ALL=C sort -u
} >.cargo/startup-order.txt
echo "$(($(wc -l <.cargo/startup-order.txt) - 1)) functions in .cargo/startup-order.txt"
