"""Prints, for each command timed by bench_rounds (bench/lib.sh), the median of its medians, the
median and range of the rounds' ratios to the first command (grep), and its peak RSS.

Usage: python3 bench/summary.py WORK ROUNDS PEAK_KIB...
"""
import json
import statistics
import sys


def load(work, rounds):
    """The results of every round: one list of hyperfine results per round."""
    return [json.load(open(f"{work}/round-{r}.json"))["results"] for r in range(1, rounds + 1)]


def main():
    work, rounds, peaks = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    results = load(work, rounds)
    print(f"{'command':<32} {'median':>9} {'vs grep':>8} {'range':>12} {'peak RSS':>9}")
    for i, kib in enumerate(peaks):
        ratios = [r[i]["median"] / r[0]["median"] for r in results]
        median = statistics.median(r[i]["median"] for r in results)
        name = results[0][i]["command"].split("/")[-1]
        print(f"{name:<32} {median * 1000:>7.3f}ms {statistics.median(ratios):>7.3f}x "
              f"{min(ratios):>5.2f}–{max(ratios):.2f} {int(kib) / 1024:>6.1f}MiB")


if __name__ == "__main__":
    main()
