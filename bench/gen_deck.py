#!/usr/bin/env python3
"""Writes a generated deck of N questions (default 100,000, about 50 MB) in pyqa's text format.

The words come from a fixed vocabulary and a fixed seed, so every run writes the same file.
"""
import random
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
rng = random.Random(1234)
words = [
    "python", "thread", "process", "async", "await", "generator", "iterator", "decorator", "closure",
    "module", "package", "import", "class", "instance", "method", "property", "descriptor", "metaclass",
    "memory", "garbage", "reference", "cycle", "buffer", "socket", "server", "client", "request",
    "response", "database", "query", "index", "cache", "queue", "worker", "scheduler", "retry",
    "timeout", "exception", "context", "manager", "pattern", "testing", "fixture", "mock", "patch",
    "coverage", "profile", "benchmark", "vector", "matrix", "string", "bytes", "encoding", "unicode",
    "dictionary", "list", "tuple", "set", "frozenset", "slice", "lambda", "comprehension", "typing",
    "protocol", "dataclass", "enum", "logging", "config", "environment", "virtualenv", "wheel",
] + [f"term{i}" for i in range(3000)]


def sentence(n):
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


out = sys.stdout
for i in range(1, N + 1):
    if i % 1000 == 1:
        out.write(f"# Topic {i // 1000 + 1}\n\n")
    out.write(f"{i}. What is {rng.choice(words)} {rng.choice(words)} in {rng.choice(words)}?\n")
    out.write(sentence(14) + "\n" + sentence(12) + "\n\n")
    for _ in range(3):
        out.write("> " + sentence(9) + "\n")
    out.write(f"value_{i} = compute({rng.choice(words)}, {rng.randint(1, 99)})\n\n")
