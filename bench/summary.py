"""Prints, for each command timed by bench_rounds (bench/lib.sh), the median of its medians, the
median and range of the rounds' ratios to the first command (grep), its peak RSS, and the targets
where the command has one; then `pyqa search gil` against the peer, tealdeer, when it was timed.

Usage: python3 bench/summary.py WORK ROUNDS PEAK_KIB...
"""
import json
import os
import statistics
import sys

# Targets by command (as named below): the ratio to grep, and the peak RSS in MiB.
TIME_TARGETS = {"pyqa search gil": 0.95, "pyqa show 64 --format md": 0.85}
RSS_TARGETS = {}
# The ratio of `pyqa search gil` to tealdeer rendering a page, in the same rounds.
PEER_TARGET = 0.95


def name_of(command):
    """A command line with its paths shortened to their file names."""
    return " ".join(os.path.basename(word) for word in command.split())


def verdict(ok):
    """How every bench script says whether a target is met."""
    return "met" if ok else "NOT met"


def target(value, limit, unit):
    """`≤ limit` with a mark of whether `value` meets it, or a dash without a target."""
    if limit is None:
        return "—"
    return f"≤ {limit}{unit} {verdict(value <= limit)}"


def load(work, rounds):
    """The results of every round: one list of hyperfine results per round."""
    return [json.load(open(f"{work}/round-{r}.json"))["results"] for r in range(1, rounds + 1)]


def main():
    work, rounds, peaks = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    results = load(work, rounds)
    print(f"{'command':<34} {'median':>9} {'vs grep':>8} {'range':>12} {'peak RSS':>9}  targets")
    for i, kib in enumerate(peaks):
        ratios = [r[i]["median"] / r[0]["median"] for r in results]
        ratio = statistics.median(ratios)
        median = statistics.median(r[i]["median"] for r in results)
        name = name_of(results[0][i]["command"])
        mib = int(kib) / 1024
        targets = [target(ratio, TIME_TARGETS.get(name), "x")]
        if name in RSS_TARGETS:
            targets.append(target(mib, RSS_TARGETS[name], " MiB"))
        print(f"{name:<34} {median * 1000:>7.3f}ms {ratio:>7.3f}x "
              f"{min(ratios):>5.2f}–{max(ratios):.2f} {mib:>6.1f}MiB  {'; '.join(targets)}")
    names = [name_of(c["command"]) for c in results[0]]
    peer = next((i for i, n in enumerate(names) if n.startswith("tldr ")), None)
    if peer is not None and "pyqa search gil" in names:
        pyqa = names.index("pyqa search gil")
        ratios = [r[pyqa]["median"] / r[peer]["median"] for r in results]
        ratio = statistics.median(ratios)
        print(f"pyqa search gil vs tealdeer: {ratio:.3f}x ({min(ratios):.2f}–{max(ratios):.2f}); "
              f"{target(ratio, PEER_TARGET, 'x')}")


if __name__ == "__main__":
    main()
