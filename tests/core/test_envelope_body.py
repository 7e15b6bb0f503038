"""Sealing serialises the payload once and builds the body around it (Revision.body_json): the
signed text must be byte for byte the canonical JSON of the whole body, whatever the payload,
or revision ids and signatures would change with the way they were computed."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.crypto import envelope, keys, signed_note
from vigil.crypto.envelope import Revision, canonical_json

IDENTITY = keys.Identity.generate()

_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**63), 2**63), st.text(max_size=40),
    st.floats(allow_nan=False, allow_infinity=False),
)  # fmt: skip
_json = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
_hex32 = st.binary(min_size=16, max_size=16).map(bytes.hex)
_hex64 = st.binary(min_size=32, max_size=32).map(bytes.hex)


def revision(
    payload: dict[str, Any], case: str | None, parents: list[str], **more: Any
) -> Revision:
    return Revision(
        kind=more.get("kind", "note"), item="ab" * 16, case=case, parents=tuple(parents),
        device=bytes(range(16)), author_key=IDENTITY.verify_key_bytes, seq=more.get("seq", 7),
        prev=more.get("prev", ""), time="2026-12-08T00:43:35.763679Z",
        deleted=more.get("deleted", False), payload=payload,
    )  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    payload=st.dictionaries(st.text(max_size=12), _json, max_size=6),
    case=st.one_of(st.none(), _hex32),
    parents=st.lists(_hex64, max_size=3),
    prev=st.one_of(st.just(""), _hex64),
    seq=st.integers(1, 2**40),
    deleted=st.booleans(),
)
def test_the_body_is_the_canonical_json_of_the_whole(
    payload: dict[str, Any], case: str | None, parents: list[str], prev: str, seq: int,
    deleted: bool,
) -> None:  # fmt: skip
    rev = revision(payload, case, parents, prev=prev, seq=seq, deleted=deleted)
    text, inner = rev.body_json()
    assert text == canonical_json(rev.body())
    assert inner == canonical_json(payload)
    assert json.loads(text)["payload"] == json.loads(inner)


def documented(value: Any) -> bytes:
    """The canonical form as docs/formats.md states it, built without envelope.py's code."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


# Text that looks like the body's own keys: the body is cut where "payload" sorts, before the
# first ``,"prev":``; no value may fool that cut.
_tricky = st.one_of(
    st.text(max_size=20),
    st.sampled_from(['","prev":"', ',"prev":', '"prev":1,"', "\\", '\\",', "ё\u2028\x00"]),
)


@settings(max_examples=150, deadline=None)
@given(value=_json)
def test_canonical_json_is_the_documented_form(value: Any) -> None:
    from vigil_server import wire

    assert canonical_json(value) == documented(value) == wire.canonical_json(value)


@settings(max_examples=150, deadline=None)
@given(
    payload=st.dictionaries(_tricky, _json, max_size=4),
    kind=_tricky, item=_tricky, time=_tricky, prev=_tricky,
    case=st.one_of(st.none(), _tricky), parents=st.lists(_tricky, max_size=3),
)  # fmt: skip
def test_the_body_cut_holds_whatever_the_text(
    payload: dict[str, Any], kind: str, item: str, time: str, prev: str, case: str | None,
    parents: list[str],
) -> None:  # fmt: skip
    rev = dataclasses.replace(
        revision(payload, case, parents), kind=kind, item=item, time=time, prev=prev
    )
    text, inner = rev.body_json()
    assert text == documented(rev.body())
    assert inner == documented(payload)


def test_a_sealed_revision_opens_to_what_was_saved() -> None:
    payload = {"title": "Қамауға алынды", "text": "Задержан \"у\" подъезда\n", "z": [1, {}]}
    rev = revision(payload, "cd" * 16, [])
    sealed = envelope.seal(rev, IDENTITY, [IDENTITY.own_recipient([])])
    opened = envelope.open_envelope(sealed.envelope, IDENTITY.age_identities)
    assert opened.id == sealed.id == keys.sha256(sealed.envelope).hex()
    assert opened.body() == rev.body()
    assert sealed.payload_json == canonical_json(payload)
    text, _ = signed_note.split(sealed.note)
    assert text == canonical_json(rev.body()) + b"\n"


def test_sealed_carries_every_field() -> None:
    # Built field by field for speed: a field added to Revision and forgotten there fails here.
    values = {f.name: f"value of {f.name}" for f in dataclasses.fields(Revision)}
    rev = Revision(**values)  # type: ignore[arg-type]
    done = rev.sealed("the id", b"the envelope", b"the note", b"the payload")
    assert done == dataclasses.replace(
        rev, id="the id", envelope=b"the envelope", note=b"the note", payload_json=b"the payload"
    )
    assert (done.id, done.envelope, done.note, done.payload_json) == (
        "the id", b"the envelope", b"the note", b"the payload"
    )  # fmt: skip
    assert all(
        getattr(done, f.name) == getattr(rev, f.name)
        for f in dataclasses.fields(Revision)
        if f.name not in ("id", "envelope", "note", "payload_json")
    )
