"""What the vault stores and hands out: items, changes to make, and their rules."""

from __future__ import annotations

import time
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

    def with_payload(self, payload: Mapping[str, Any]) -> Change:
        """This change with another payload (``dataclasses.replace`` cost a large save more
        than its SQL; tests/core/test_save_batch.py checks that every field is carried)."""
        return Change(self.kind, payload, self.item_id, self.case_id, self.deleted, self.fresh,
                      self.parents)  # fmt: skip


def new_id() -> str:
    return uuid.uuid4().hex


_second: tuple[int, str] = (-1, "")


def now() -> str:
    """The UTC time to the microsecond, as revisions carry it ("…T12:34:56.789012Z"). The
    seconds are formatted once a second, not once a call: a save of 1,500 revisions spent
    more time formatting the same second than encrypting a tenth of them."""
    global _second
    second, micro = divmod(time.time_ns() // 1000, 1_000_000)
    if _second[0] != second:
        _second = (second, datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%dT%H:%M:%S"))
    return f"{_second[1]}.{micro:06d}Z"


@dataclass
class Batch:
    """The device's chain state inside one save transaction: read once, written once."""

    seq: int
    prev: str
    cases: set[str] = field(default_factory=set)
