"""The baseline run of make mutate, under coverage: which tests run each line of the module.

One run of the module's tests, in the copy of the tree, with coverage measuring the module in
the test process and in every Python process the tests start (coverage's subprocess support:
the ``a1_coverage.pth`` it installs starts it wherever ``COVERAGE_PROCESS_CONFIG`` is set).
tools/mutate_contexts.py names each line's context after the test that was running. The result,
``lines.json`` in the module's work folder, maps each line to the tests that ran it, in the
order they ran; tools/mutate_pick.py reads it for every mutant.

The run is also the baseline: it must pass, or no mutant is judged.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TESTS = ("-x", "-q", "-p", "no:cacheprovider", "-p", "no:randomly")
"""pytest options of every run: stop at the first failure, in the order of the files."""


def write_rc(work: Path, tree: Path, source: Path) -> Path:
    rc = work / "coveragerc"
    rc.write_text(
        "[run]\n"
        f"data_file = {work / 'coverage' / 'data'}\n"
        "parallel = true\n"
        f"include = {tree / source}\n"
        "plugins = mutate_contexts\n"
        "sigterm = true\n"
        "patch =\n    subprocess\n    _exit\n",
        "utf-8",
    )
    return rc


def baseline(
    work: Path, tree: Path, source: Path, tests: tuple[str, ...], env: dict[str, str]
) -> str | None:
    """Run the tests under coverage and write lines.json; the failure's output, or None."""
    (work / "coverage").mkdir(parents=True, exist_ok=True)
    for old in (work / "coverage").iterdir():
        old.unlink()
    rc = write_rc(work, tree, source)
    contexts, order = work / "context", work / "order"
    contexts.write_text("", "utf-8")
    order.write_text("", "utf-8")
    run_env = dict(env)
    run_env["PYTHONPATH"] += f":{tree / 'tools'}"
    run_env["MUTATE_CONTEXT_FILE"] = str(contexts)
    run_env["MUTATE_ORDER_FILE"] = str(order)
    run_env["MUTATE_PRELOAD_FILE"] = str(work / "preload")
    command = [sys.executable, "-m", "coverage", "run", f"--rcfile={rc}", "-m", "pytest",
               *TESTS, "-p", "mutate_contexts", *tests]  # fmt: skip
    done = subprocess.run(command, cwd=tree, env=run_env, capture_output=True, text=True)
    if done.returncode != 0:
        return done.stdout[-3000:] + done.stderr[-2000:]
    combine = [sys.executable, "-m", "coverage", "combine", f"--rcfile={rc}", "-q"]
    del run_env["MUTATE_CONTEXT_FILE"]  # the plugin must import, but has nothing to follow
    subprocess.run(combine, cwd=tree, env=run_env, check=True, capture_output=True)
    write_lines(work, tree / source, order.read_text("utf-8").splitlines())
    return None


def write_lines(work: Path, measured: Path, order: list[str]) -> None:
    """lines.json: the tests in the order they ran, how long each took, and each line's tests
    ("" for a line run outside any test)."""
    from coverage import CoverageData

    seconds = {}
    for line in order:
        took, test = line.split(" ", 1)
        seconds[test] = float(took)

    data = CoverageData(str(work / "coverage" / "data"))
    data.read()
    data.set_query_contexts(None)
    by_line = {
        line: sorted(set(names)) for line, names in data.contexts_by_lineno(str(measured)).items()
    }
    (work / "lines.json").write_text(
        json.dumps({"order": list(seconds), "seconds": seconds, "lines": by_line}), "utf-8"
    )
