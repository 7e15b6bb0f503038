"""Per-test CPU, of the test process and of the processes it started and waited for.

Wall-clock durations (``--durations``) on a shared machine say more about the load than about
the test; CPU seconds do not. Opt in with ``-p tests.support.cputime`` (and ``PYTHONPATH=.``:
a plugin named with ``-p`` loads before pytest puts the project on the path). The report lists
each module's CPU and the slowest tests, set-up and teardown included (module-scoped fixtures
count where they are set up or torn down). Children count once waited for: commands run as
processes do; the servers, children of the fork server (tests/support/server_fork.py), count
in the whole run's CPU only (``/usr/bin/time``). With ``CPUTIME_CSV=path`` every test is
written as a line ``nodeid,self,children`` too, to compare two runs.
"""

from __future__ import annotations

import os
import resource
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

_cpu: dict[str, list[float]] = {}


def _now() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    before = _now()
    yield
    after = _now()
    _cpu[item.nodeid] = [after[0] - before[0], after[1] - before[1]]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _cpu:
        return
    out = os.environ.get("CPUTIME_CSV")
    if out:
        Path(out).write_text(
            "".join(f"{k},{s:.3f},{c:.3f}\n" for k, (s, c) in _cpu.items()), encoding="utf-8"
        )
    per_file: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for nodeid, (own, kids) in _cpu.items():
        row = per_file[nodeid.split("::")[0]]
        row[0] += own
        row[1] += kids
        row[2] += 1
    write = terminalreporter.write_line
    terminalreporter.section("CPU seconds (this process + its children)")
    total = sum(s + c for s, c in _cpu.values())
    write(f"total {total:.1f} s over {len(_cpu)} tests")
    for name, (own, kids, n) in sorted(per_file.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
        write(f"{own + kids:7.2f} {own:7.2f} {kids:7.2f} {int(n):4d}  {name}")
    write("slowest tests:")
    ranked = sorted(_cpu.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))[:25]
    for nodeid, (own, kids) in ranked:
        write(f"{own + kids:7.2f} {own:7.2f} {kids:7.2f}  {nodeid}")
