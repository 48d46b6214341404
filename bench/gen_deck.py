#!/usr/bin/env python3
"""Writes a generated deck of N questions (default 100,000, about 50 MB) in pyqa's text format,
or with --markdown as Markdown: `## Q. …` headings under `# Topic` headings, answers with a
paragraph, a bullet list and fenced code.

The words come from a fixed vocabulary and a fixed seed, so every run writes the same questions.
"""
import random
import sys

args = [a for a in sys.argv[1:] if a != "--markdown"]
MARKDOWN = "--markdown" in sys.argv[1:]
N = int(args[0]) if args else 100_000
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
    title = f"What is {rng.choice(words)} {rng.choice(words)} in {rng.choice(words)}?"
    out.write(f"## Q. {title}\n\n" if MARKDOWN else f"{i}. {title}\n")
    out.write(sentence(14) + "\n" + sentence(12) + "\n\n")
    for _ in range(3):
        out.write(("- " if MARKDOWN else "> ") + sentence(9) + "\n")
    code = f"value_{i} = compute({rng.choice(words)}, {rng.randint(1, 99)})"
    out.write(f"\n```python\n{code}\n```\n\n" if MARKDOWN else f"{code}\n\n")
