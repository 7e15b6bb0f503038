"""The HQ root key file and the root's sizes at their edges (crypto/hq_root.py): the file is
one line of text, read up to 4 KiB and refused beyond, from a path or from standard input;
the seed is 32 bytes and the public keys 32 and 1,952. Written after make mutate found these
edges untested (docs/testing.md)."""

from __future__ import annotations

import dataclasses
import io
import sys
from pathlib import Path

import pytest

from vigil.crypto import hq_root
from vigil.crypto.errors import BadArgument

SEED = bytes(range(32))
LIMIT = 4096  # docs: a root key file holds one line of text; anything above 4 KiB is not one


def padded(size: int) -> str:
    """The seed's line, then spaces (which the reader ignores) up to ``size`` characters."""
    line = hq_root.RootKey(SEED).text() + "\n"
    return line + " " * (size - len(line))


@pytest.mark.parametrize(("size", "accepted"), [(LIMIT, True), (LIMIT + 1, False)])
def test_a_root_key_file_is_read_up_to_4_kib(tmp_path: Path, size: int, accepted: bool) -> None:
    path = tmp_path / "root.key"
    path.write_text(padded(size), "ascii")
    if accepted:
        assert hq_root.read_file(str(path)).seed == SEED
        return
    with pytest.raises(hq_root.RootSeedInvalid) as caught:
        hq_root.read_file(str(path))
    assert str(caught.value) == "That file is not an HQ root key file (it is far too long)."


@pytest.mark.parametrize(("size", "accepted"), [(LIMIT, True), (LIMIT + 1, False)])
def test_the_seed_typed_on_standard_input_is_read_up_to_4_kib(
    monkeypatch: pytest.MonkeyPatch, size: int, accepted: bool
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(padded(size)))
    if accepted:
        assert hq_root.read_file("-").seed == SEED
        return
    with pytest.raises(hq_root.RootSeedInvalid, match="far too long"):
        hq_root.read_file("-")


def test_a_file_named_like_a_word_before_the_dash_is_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only "-" itself means standard input."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO("not a seed\n"))
    for name in ("+root.key", ",", "*"):
        Path(name).write_text(padded(100), "ascii")
        assert hq_root.read_file(name).seed == SEED


def test_an_unreadable_root_key_file_is_named_without_its_path(tmp_path: Path) -> None:
    with pytest.raises(BadArgument) as caught:
        hq_root.read_file(str(tmp_path / "missing.key"))
    assert str(caught.value) == "The root key file cannot be read: No such file or directory."
    assert caught.value.exit_code == 2


@pytest.mark.parametrize("size", [31, 33])
def test_a_seed_is_exactly_32_bytes(size: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        hq_root.RootKey(bytes(size))


def test_a_root_key_cannot_be_changed_in_place() -> None:
    root = hq_root.RootKey(SEED)
    with pytest.raises(dataclasses.FrozenInstanceError):
        root.seed = bytes(32)  # type: ignore[misc]


@pytest.mark.parametrize(("ed", "ml"), [(31, 1952), (33, 1952), (32, 1951), (32, 1953)])
def test_a_fingerprint_needs_keys_of_their_exact_sizes(ed: int, ml: int) -> None:
    root = hq_root.RootKey(SEED)
    assert len(root.fingerprint) == 64
    with pytest.raises(ValueError, match="wrong size"):
        hq_root.fingerprint(bytes(ed), bytes(ml))
