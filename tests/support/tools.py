"""The one rule for a tool the suite needs and cannot find (PostgreSQL, age, D-Bus, Xvfb...).

Under CI (any non-empty ``CI``) or as root, where ``make test`` installs every Debian package in
the Makefile's TEST_DEBS, a missing tool is an error: a green run must mean those tests ran.
On a developer's machine without the package it is a skip that names what to install. Every
fixture and test that needs an outside program goes through here (tests/test_suite_rules.py
holds the suite to that), so there is no second opinion about what CI means.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from typing import NoReturn

import pytest


def under_ci(environ: Mapping[str, str] | None = None) -> bool:
    """Any non-empty CI value, as CI services set it ("true", "1", "yes")."""
    return bool((os.environ if environ is None else environ).get("CI"))


def strict(environ: Mapping[str, str] | None = None, euid: int | None = None) -> bool:
    """True when a missing tool must fail the run: under CI or as root."""
    environ = os.environ if environ is None else environ
    if euid is None:
        geteuid = getattr(os, "geteuid", None)  # not on Windows
        euid = geteuid() if geteuid is not None else -1
    return under_ci(environ) or euid == 0


def missing_tool(
    what: str, debs: str, *, environ: Mapping[str, str] | None = None, euid: int | None = None
) -> NoReturn:
    """Fail (CI, root) or skip (a developer's machine) because ``what`` is not there."""
    message = f"{what} is not available (Debian packages: {debs})"
    if strict(environ, euid):
        pytest.fail(f"{message}; under CI or as root every tool the suite needs must be there")
    pytest.skip(message)


def need_tools(*names: str, debs: str) -> dict[str, str]:
    """The paths of the named programs; a missing one goes through ``missing_tool``."""
    found = {name: shutil.which(name) for name in names}
    missing = [name for name, path in found.items() if path is None]
    if missing:
        missing_tool(", ".join(missing), debs)
    return {name: path for name, path in found.items() if path is not None}
