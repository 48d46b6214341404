"""Runs the Python examples of Markdown files and checks what they print.

Usage: python3 run.py FILE.md...

Every fenced block says its language; one in Python (`python`, `py`, `pycon`) is checked:
- a block with `>>>` lines is a doctest session: each statement's output must be the text under it;
- any other block is run as a script in an empty folder; where it says what it prints, with
  `# Output: text` comments (one printed line each, in order) or a `# Output:` line followed by
  `# line` comments, its standard output must be exactly those lines;
- a block whose info string also says `compile-only` (it needs a server, the network or a package
  from outside the standard library) is compiled, not run.
A table cell written as lines of inline code (`` `x = 1`<br>`print(x)  # 1` ``) is a script too,
whose `print(…)  # text` lines say what it prints.
Prints one line per failure, `FILE:LINE: why`, and exits 1 when any block fails.
"""

import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
LANGUAGES = {"python", "py", "pycon", "python3"}
TIMEOUT_SECONDS = 20

DOCTEST_HARNESS = """
import doctest, sys
source = sys.stdin.read()
test = doctest.DocTestParser().get_doctest(source, {"__name__": "__main__"}, "example", "example", 0)
runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
runner.run(test)
sys.exit(1 if runner.failures else 0)
"""


CELL_CODE = re.compile(r"^`[^`]+`(<br>`[^`]+`)+$")


def blocks(path):
    """Yields (line, flags, code) for every Python block of the Markdown file at `path`; a fence
    that names no language comes with the flag `unlabelled`."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            if lines[i].startswith("|"):
                for cell in lines[i].strip().strip("|").split(" | "):
                    if CELL_CODE.match(cell.strip()):
                        code = "\n".join(c[1:-1] for c in cell.strip().split("<br>"))
                        yield i + 1, {"cell"}, code + "\n"
            i += 1
            continue
        fence, indent = m["fence"], len(m["indent"])
        words = m["info"].split()
        start = i + 1
        i += 1
        body = []
        while i < len(lines):
            stripped = lines[i].lstrip(" ")
            if stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0]).strip():
                break
            body.append(lines[i][indent:] if lines[i][:indent].strip() == "" else lines[i])
            i += 1
        i += 1
        if not words:
            yield start, {"unlabelled"}, ""
        elif words[0].lower() in LANGUAGES:
            yield start, set(words[1:]), "\n".join(body) + "\n"


def expected_output(code, flags):
    """The lines a script block says it prints, or None when it says nothing."""
    if "cell" in flags:
        said = [re.search(r"^print\(.*\)\s*#\s*(.*)$", l) for l in code.split("\n")]
        return [m[1].strip() for m in said if m] or None
    expected = None
    lines = code.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.search(r"#\s*Output:(.*)$", line)
        if m:
            expected = expected or []
            rest = m[1].strip()
            if rest:
                expected.append(rest)
            elif line.strip().startswith("#"):
                i += 1
                while i < len(lines) and lines[i].strip().startswith("#"):
                    expected.append(lines[i].strip()[1:].strip())
                    i += 1
                continue
        i += 1
    return expected


def check(python, path, line, flags, code):
    """Checks one block; returns why it failed, or None."""
    where = f"{path}:{line}"
    if "unlabelled" in flags:
        return f"{where}: a code block that names no language (```python, ```text …)"
    if "compile-only" in flags:
        result = subprocess.run(
            [python, "-c", "import ast, sys; ast.parse(sys.stdin.read())"],
            input=code, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
        )
        return None if result.returncode == 0 else f"{where}: does not compile: {last_line(result.stderr)}"
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
        try:
            if any(l.lstrip().startswith(">>>") for l in code.split("\n")):
                result = subprocess.run(
                    [python, "-c", DOCTEST_HARNESS], input=code, capture_output=True,
                    text=True, timeout=TIMEOUT_SECONDS, cwd=folder, env=env,
                )
                if result.returncode != 0:
                    return f"{where}: doctest failed:\n{indent(result.stdout + result.stderr)}"
                return None
            script = os.path.join(folder, "example.py")
            with open(script, "w", encoding="utf-8") as f:
                f.write(code)
            result = subprocess.run(
                [python, script], capture_output=True, text=True,
                timeout=TIMEOUT_SECONDS, cwd=folder, env=env,
            )
        except subprocess.TimeoutExpired:
            return f"{where}: ran longer than {TIMEOUT_SECONDS} s"
    if result.returncode != 0:
        return f"{where}: exited with {result.returncode}: {last_line(result.stderr)}"
    expected = expected_output(code, flags)
    printed = [l.rstrip() for l in result.stdout.rstrip("\n").split("\n")] if result.stdout else []
    if expected is not None and printed != expected:
        return f"{where}: printed {printed!r}, the answer says {expected!r}"
    return None


def last_line(text):
    lines = [l for l in text.strip().split("\n") if l.strip()]
    return lines[-1] if lines else "(nothing on stderr)"


def indent(text):
    return "\n".join("    " + l for l in text.rstrip().split("\n"))


def main(paths):
    python = os.environ.get("PYQA_PYTHON") or sys.executable
    jobs = [(path, *block) for path in paths for block in blocks(path)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        failures = [f for f in pool.map(lambda job: check(python, *job), jobs) if f]
    for failure in failures:
        print(failure)
    print(f"{len(jobs) - len(failures)} of {len(jobs)} Python blocks hold", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
