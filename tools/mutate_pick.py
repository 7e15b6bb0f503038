#!/usr/bin/env python3
"""The test command of every mutant of make mutate: only the tests that run the mutated line.

Cosmic Ray has written one mutant into the copy's module and runs this script there. It finds
the lines that changed (against the module as it was when the run began), widens each to its
statement (a condition's whole header, a call over several lines) and runs, with ``-x``, only
the tests that ran one of those lines in the coverage baseline (tools/mutate_cover.py), in the
order they ran there. Exit 0 means the mutant survived.

* No test ran the lines: the mutant survives, marked "not covered" (counted apart).
* A line outside any function, or one run outside any test (at import): the whole test list.
* The first time a set of tests fails (up to the first failure, where -x stopped), it is run
  once on the unmutated module as well: if it fails there too (a test that needs an earlier
  one), the mutant gets the whole list instead.
  A mutant is never counted as killed by tests that fail without it.

    mutate_pick.py WORK_FOLDER
"""

from __future__ import annotations

import ast
import difflib
import hashlib
import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

NOT_COVERED = "mutate: not covered by any test"
UNCHANGED = "mutate: the mutant changed nothing"
TOOL_ERROR = "mutate: the test command itself failed; no verdict"
OPTIONS = ("-x", "-q", "-rfE", "-p", "no:cacheprovider", "-p", "no:randomly")


def changed_lines(original: list[str], mutated: list[str]) -> set[int]:
    """1-based lines of `original` that the mutant replaced or removed, or next to an insert."""
    lines: set[int] = set()
    matcher = difflib.SequenceMatcher(a=original, b=mutated, autojunk=False)
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            lines.update(range(i1 + 1, i2 + 1))
        elif tag == "insert":
            lines.add(max(i1, 1))
    return lines


def statement_lines(tree: ast.Module, line: int) -> tuple[set[int], bool]:
    """The lines of the innermost statement holding `line` (a compound statement's header
    only), and whether that statement is inside a function."""
    best: ast.stmt | None = None
    in_function = False
    stack: list[tuple[ast.AST, bool]] = [(tree, False)]
    while stack:
        node, inside = stack.pop()
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, ast.stmt):
                stack.append((child, inside))
                continue
            first = min([child.lineno] + [d.lineno for d in getattr(child, "decorator_list", [])])
            if not first <= line <= (child.end_lineno or child.lineno):
                continue
            best, in_function = child, inside
            function = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            stack.append((child, inside or function))
            break
    if best is None:
        return {line}, False
    end = best.end_lineno or best.lineno
    body = getattr(best, "body", None)
    if isinstance(body, list) and body and isinstance(body[0], ast.stmt) and body[0].lineno > line:
        end = body[0].lineno - 1  # a compound statement's header: its body has its own tests
    first = min([best.lineno] + [d.lineno for d in getattr(best, "decorator_list", [])])
    return set(range(first, end + 1)), in_function


def select(original: str, mutated: str, lines_map: dict) -> tuple[list[str] | None, str]:
    """The tests to run (in order) and why; None means the whole list."""
    changed = changed_lines(original.splitlines(), mutated.splitlines())
    if not changed:
        return [], UNCHANGED
    tree = ast.parse(original)
    by_line: dict[str, list[str]] = lines_map["lines"]
    wanted: set[str] = set()
    for line in sorted(changed):
        lines, in_function = statement_lines(tree, line)
        if not in_function:
            return None, f"line {line} runs at import: every test"
        for each in lines:
            names = by_line.get(str(each), [])
            if "" in names:
                return None, f"line {each} ran outside a test: every test"
            wanted.update(names)
    if not wanted:
        return [], f"{NOT_COVERED} (line {', '.join(map(str, sorted(changed)))})"
    return quickest_first(lines_map, wanted), f"{len(wanted)} of {len(lines_map['order'])} tests"


def quickest_first(lines_map: dict, wanted: set[str]) -> list[str]:
    """The tests in the order they ran within each file, the files that took least first: most
    mutants are killed, and -x stops at the first failure. A file stays whole, so its
    module-scoped fixtures start once."""
    files: dict[str, list[str]] = {}
    for test in lines_map["order"]:
        if test in wanted:
            files.setdefault(test.split("::")[0], []).append(test)
    took = {f: sum(lines_map["seconds"][t] for t in tests) for f, tests in files.items()}
    return [test for f in sorted(files, key=took.__getitem__) for test in files[f]]


def pytest(work: Path, tests: list[str]) -> tuple[int, str]:
    """Run the tests through the zygote (tools/mutate_zygote.py) if it runs, else directly:
    pytest's exit code and its output."""
    zygote = work / "zygote.sock"
    answer: tuple[int, str] | None = None
    if zygote.exists():
        from mutate_zygote import ask

        out = work / f"out.{os.getpid()}"
        try:
            code = ask(zygote, {"cwd": os.getcwd(), "args": [*OPTIONS, *tests], "out": str(out)})
            answer = code, out.read_text("utf-8", errors="replace")
        except OSError as exc:  # a dead zygote is no verdict on the mutant: run them here
            print(f"mutate: the zygote did not run the tests ({exc}); running them directly")
        finally:
            out.unlink(missing_ok=True)
    if answer is None:
        done = subprocess.run([sys.executable, "-m", "pytest", *OPTIONS, *tests],
                              capture_output=True, text=True)  # fmt: skip
        answer = done.returncode, done.stdout
    sys.stdout.write(answer[1][-4000:])
    return answer


def up_to_failure(tests: list[str], output: str) -> list[str]:
    """The tests that ran before -x stopped: up to the first one reported failing."""
    for line in output.splitlines():
        for kind in ("FAILED ", "ERROR "):
            if line.startswith(kind):
                named = [t for t in tests if (line + " ").startswith(f"{kind}{t} ")]
                if named:
                    return tests[: tests.index(named[0]) + 1]
    return tests


def passes_unmutated(work: Path, module: Path, original: str, tests: list[str]) -> bool:
    """Whether `tests` pass on the unmutated module (cached per set of tests)."""
    cache = work / "unmutated.json"
    known = json.loads(cache.read_text("utf-8")) if cache.exists() else {}
    key = hashlib.sha256("\n".join(tests).encode()).hexdigest()
    if key not in known:
        mutated = module.read_text("utf-8")
        module.write_text(original, "utf-8")
        try:
            print(f"mutate: the same {len(tests)} tests on the unmutated module:")
            known[key] = pytest(work, tests)[0] == 0
        finally:
            module.write_text(mutated, "utf-8")
        cache.write_text(json.dumps(known), "utf-8")
    return bool(known[key])


def main(argv: list[str]) -> int:
    work = Path(argv[1])
    settings = json.loads((work / "pick.json").read_text("utf-8"))
    module = Path(settings["module"])
    original = (work / "original.py").read_text("utf-8")
    lines_map = json.loads((work / "lines.json").read_text("utf-8"))
    tests, why = select(original, module.read_text("utf-8"), lines_map)
    print(why if why.startswith("mutate:") else f"mutate: {why}")
    if tests == []:
        return 0
    if tests is not None:
        code, output = pytest(work, tests)
        if code == 0:
            return 0
        if code == 1 and passes_unmutated(work, module, original, up_to_failure(tests, output)):
            return 1
        print(f"mutate: those tests gave {code} (or fail unmutated): every test instead")
    return pytest(work, list(settings["tests"]))[0]


def run(argv: list[str]) -> int:
    """main(), but a failure of this script is reported as such (Cosmic Ray would count its
    exit code as a kill): tools/mutate.py counts it apart, never as killed."""
    try:
        return main(argv)
    except Exception:
        print(TOOL_ERROR)
        traceback.print_exc(file=sys.stdout)
        return 1


if __name__ == "__main__":
    sys.exit(run(sys.argv))
