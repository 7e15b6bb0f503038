"""What the vault stores and hands out: items, changes to make, and their rules."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from vigil.cases import model
from vigil.crypto.errors import VigilError


class ValidationError(VigilError):
    exit_code = 2

    def __init__(self, problems: model.Problems) -> None:
        self.problems = problems
        where, what = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{where} {what}{more}")


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    case_id: str | None
    head: str
    deleted: bool
    payload: Mapping[str, Any]
    created: str
    updated: str

    @property
    def title(self) -> str:
        return model.display_title(self.kind, self.payload)


@dataclass(frozen=True)
class Change:
    """One save to make: the unit of ``Vault.save_many``."""

    kind: str
    payload: Mapping[str, Any]
    item_id: str | None = None
    case_id: str | None = None
    deleted: bool = False
    # The caller made item_id with new_id() just now: no need to look for an existing item.
    fresh: bool = False
    # Parents other than the current head: a conflict's resolution names every sibling.
    parents: tuple[str, ...] | None = None


def new_id() -> str:
    return uuid.uuid4().hex


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Batch:
    """The device's chain state inside one save transaction: read once, written once."""

    seq: int
    prev: str
    cases: set[str] = field(default_factory=set)
