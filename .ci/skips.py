#!/usr/bin/env python3
"""Fail a CI run whose JUnit report shows a skipped (or expected-to-fail) test that is not on
the short allow-list below.

A skip is how a missing tool hides a whole group of tests behind a green run, so under CI the
suite makes a missing tool an error (tests/support/tools.py) and this script checks the result.
The only skips allowed are the platform probes that cannot run on Linux, named here by test
module and reason. Usage: skips.py REPORT.xml; exit 0 when clean, 1 when a skip is not allowed,
2 when the report is missing or unreadable.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

# (test module as JUnit's classname starts, skip reason): the Windows and macOS idle probes.
ALLOWED = (
    ("tests.ui.test_idle_probe", "the real probe may work there"),
    ("tests.ui.test_idle_probe", "a real probe replaces the timer"),
)


def allowed(classname: str, message: str) -> bool:
    return any(
        classname.startswith(module) and reason in message for module, reason in ALLOWED
    )


def offenders(report: str) -> list[str]:
    root = ET.parse(report).getroot()  # noqa: S314
    found = []
    for case in root.iter("testcase"):
        for skipped in case.findall("skipped"):
            classname = case.get("classname", "")
            message = skipped.get("message", "") or (skipped.text or "")
            if not allowed(classname, message):
                found.append(f"{classname}::{case.get('name', '?')}: {message.strip()}")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: skips.py REPORT.xml", file=sys.stderr)
        return 2
    try:
        found = offenders(argv[0])
    except (OSError, ET.ParseError) as exc:
        print(f"ci: cannot read the test report {argv[0]}: {exc}", file=sys.stderr)
        return 2
    if found:
        print(f"ci: {len(found)} test(s) skipped that must run:", file=sys.stderr)
        for line in found:
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
