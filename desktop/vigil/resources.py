"""Where the bundled resources are: inside the installed package, or beside a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    installed = _PACKAGE / "resources"
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parents[1] / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("Vigil's resources are missing from this installation.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
