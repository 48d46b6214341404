#!/usr/bin/env bash
# Writes .cargo/startup-order.txt: the functions that typical runs of pyqa execute, found exactly
# with valgrind's callgrind on a copy of the release build that keeps its symbols. The linker
# script (.cargo/link-static-glibc) lays these functions out together at the front of the
# binary's code, so that a run touches a few pages of it instead of pages all over it. Rerun
# after large changes; a stale list only loses some of the effect. Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "bench: needs valgrind" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The linker script writes the copy with symbols when it links pyqa: make it link again.
touch src/main.rs
PYQA_UNSTRIPPED_COPY=$work/pyqa cargo build --release --locked --quiet
bin=$work/pyqa
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_DATA_HOME=$work/data
runs=("--version" "search gil" "search memoizaton" "search --json gil" "show 64 --format md"
    "show 64" "related 64" "list" "topics" "random --format md")
for i in "${!runs[@]}"; do
    read -ra words <<<"${runs[$i]}"
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/run.$i" \
        "$bin" "${words[@]}" >/dev/null 2>&1 || true
done
{
    echo "# Functions typical runs execute (bench/startup_order.sh); those that more of the runs"
    echo "# execute first."
    for run in "$work"/run.*; do
        grep -o -E '^c?fn=\([0-9]+\) .*' "$run" | sed -E 's/^c?fn=\([0-9]+\) //' |
            sed -E -e "s/'[0-9]+$//" -e 's/\.[0-9]+$//' | grep -v -E '^(\(|0x)' |
            LC_ALL=C sort -u
    done | LC_ALL=C sort | uniq -c | LC_ALL=C sort -k1,1nr -k2,2 | awk '{ print $2 }'
} >"$work/list"
# glibc picks each string function's variant for the processor it runs on (valgrind's lacks
# AVX-512): every variant of those the runs used goes first, with strcmp's, which glibc's
# start-up uses to look up the vDSO's functions. valgrind gives a program no vDSO, so that
# look-up (the functions after the list) never shows in its runs.
{
    grep -o -E '^__(mem|str|stp|wmem|wcs|rawmem)[a-z]*_' "$work/list"
    echo __strcmp_
} | LC_ALL=C sort -u >"$work/bases"
{
    grep '^#' "$work/list"
    printf '%s\n' _dl_new_object _dl_setup_hash _dl_add_to_namespace_list _dl_lookup_symbol_x \
        do_lookup_x check_match _dl_name_match_p strcmp
    nm "$bin" | awk 'NR == FNR { base[$0] = 1; next }
        NF == 3 { for (b in base) if (index($3, b) == 1) { print $3; break } }' \
        "$work/bases" - | LC_ALL=C sort -u
    grep -v '^#' "$work/list"
} | awk '!seen[$0]++' >.cargo/startup-order.txt
echo "$(grep -c -v '^#' .cargo/startup-order.txt) functions in .cargo/startup-order.txt"
# cargo does not know the list: link again so that the release build follows it.
touch src/main.rs
cargo build --release --locked --quiet
