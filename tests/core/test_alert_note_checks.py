"""What a device checks on an alert note (alerts/note.py), called directly and without a server:
the signature lines (check_signature), the audience, dates and sequence (check_fields), the
remembered marks (SeqState), the strict parser and what make() refuses to sign. The end-to-end
tests reach these through the inbox; here each rule is tried at its edge."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.alerts import note
from vigil.crypto import signed_note
from vigil.crypto.errors import VigilError

AT = datetime(2026, 5, 1, 12, 0, 0, tzinfo=UTC)
ME = "ab" * 16
OTHER = "cd" * 16


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


def signed(key: Ed25519PrivateKey, seq: int = 5, audience: object = "all", **kw: object) -> bytes:
    kw.setdefault("issued", AT)
    return note.make(
        key, note.HQ_SIGNER, str(kw.pop("kind", "alert")), seq, audience,  # type: ignore[arg-type]
        note.canonical({"v": 1, "text": "hi"}), **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def reason(call: object, *args: object, **kw: object) -> str:
    with pytest.raises(note.NoteRejected) as caught:
        call(*args, **kw)  # type: ignore[operator]
    return caught.value.reason


# check_signature ---------------------------------------------------------------------------


def test_the_signature_of_a_trusted_key_gives_the_text_and_its_key_id(
    key: Ed25519PrivateKey,
) -> None:
    data = signed(key)
    text, kid = note.check_signature(data, note.HQ_SIGNER, [public(key)])
    assert text == signed_note.split(data)[0]
    assert (
        kid
        == signed_note.key_id(note.HQ_SIGNER, public(key)).hex()
        == note.key_id_hex(note.HQ_SIGNER, public(key))
    )
    assert len(kid) == 8


def test_unknown_retired_and_forged_signatures_are_told_apart(key: Ed25519PrivateKey) -> None:
    data = signed(key)
    stranger = public(Ed25519PrivateKey.generate())
    assert reason(note.check_signature, data, note.HQ_SIGNER, [stranger]) == "unknown_key"
    assert reason(note.check_signature, data, note.HQ_SIGNER, []) == "unknown_key"
    assert (
        reason(note.check_signature, data, note.HQ_SIGNER, [stranger], [public(key)])
        == "retired_key"
    )
    # A key of the wrong length is neither trusted nor retired.
    assert reason(note.check_signature, data, note.HQ_SIGNER, [public(key) + b"\0"]) == (
        "unknown_key"
    )
    assert reason(note.check_signature, data, note.HQ_SIGNER, [], [public(key)[:31]]) == (
        "unknown_key"
    )
    # Another signer's name: the same key under the field name is not the HQ signature.
    assert reason(note.check_signature, data, note.FIELD_SIGNER, [public(key)]) == "unknown_key"
    text = signed_note.split(data)[0]
    forged = text.replace(b"kind alert", b"kind closure")
    assert reason(note.check_signature, forged + data[len(text) :], note.HQ_SIGNER,
                  [public(key)]) == "forged"  # fmt: skip


def test_a_pinned_key_of_the_wrong_length_is_never_used_even_when_a_signature_names_it(
    key: Ed25519PrivateKey,
) -> None:
    """A key id is four bytes anyone can write into a signature line: one that names a
    33-byte "key" must not reach the Ed25519 check (a ValueError there, not a refusal)."""
    text = signed_note.split(signed(key))[0]
    for odd in (public(key) + b"\0", public(key)[:31]):
        line = base64.b64encode(signed_note.key_id(note.HQ_SIGNER, odd) + bytes(64)).decode()
        data = text + f"\n\u2014 {note.HQ_SIGNER} {line}\n".encode()
        assert reason(note.check_signature, data, note.HQ_SIGNER, [odd]) == "unknown_key"
        assert reason(note.check_signature, data, note.HQ_SIGNER, [], [odd]) == "unknown_key"


@pytest.mark.parametrize("name", [note.FIELD_SIGNER, "vigil-hqz", "vigil-h"])
def test_a_genuine_signature_under_another_signers_name_is_not_taken(
    key: Ed25519PrivateKey, name: str
) -> None:
    """The name is part of what a signature line claims: HQ's own signature, copied onto a
    line of another name, is not HQ's signature."""
    data = signed(key)
    renamed = data.replace(f"\u2014 {note.HQ_SIGNER} ".encode(), f"\u2014 {name} ".encode())
    assert renamed != data
    assert reason(note.check_signature, renamed, note.HQ_SIGNER, [public(key)]) == "unknown_key"


def test_a_trusted_signature_after_unknown_and_retired_ones_is_found(
    key: Ed25519PrivateKey,
) -> None:
    data = signed(key)
    text = signed_note.split(data)[0]
    old, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    lines = b"".join(
        signed_note.sign(text, name, k)[len(text) + 1 :]
        for name, k in ((note.HQ_SIGNER, old), (note.FIELD_SIGNER, key), (note.HQ_SIGNER, other))
    )
    several = text + b"\n" + lines + data[len(text) + 1 :]
    got, kid = note.check_signature(several, note.HQ_SIGNER, [public(other), public(key)],
                                    [public(old)])  # fmt: skip
    assert got == text and kid == note.key_id_hex(note.HQ_SIGNER, public(other))
    # Only the retired one known: it is named as retired, even after an unknown one.
    unknown_first = text + b"\n" + signed_note.sign(text, note.HQ_SIGNER, other)[len(text) + 1 :]
    unknown_first += signed_note.sign(text, note.HQ_SIGNER, old)[len(text) + 1 :]
    assert reason(note.check_signature, unknown_first, note.HQ_SIGNER, [], [public(old)]) == (
        "retired_key"
    )


def test_the_size_limit_is_checked_before_anything_else(key: Ed25519PrivateKey) -> None:
    data = signed(key)
    padded = b"x" * (note.MAX_NOTE - len(data)) + data
    assert len(padded) == note.MAX_NOTE
    # At the limit: read (and refused for what it is, not for its size).
    assert reason(note.check_signature, padded, note.HQ_SIGNER, [public(key)]) == "forged"
    assert reason(note.check_signature, b"x" + padded, note.HQ_SIGNER, [public(key)]) == (
        "too_large"
    )
    assert reason(note.check_signature, b"no signature\n", note.HQ_SIGNER, [public(key)]) == (
        "malformed"
    )


# check_fields ------------------------------------------------------------------------------


def parsed(
    key: Ed25519PrivateKey, seq: int = 5, audience: object = "all", **kw: object
) -> note.Note:
    text = signed_note.split(signed(key, seq, audience, **kw))[0]
    return note._with(note.parse_text(text), key_id="k1", note_id=note.note_id(text))


def test_a_field_device_takes_notes_to_all_and_to_it_only(key: Ed25519PrivateKey) -> None:
    state = note.SeqState()
    assert note.check_fields(parsed(key), ME, state, AT).seq == 5
    both = note.check_fields(parsed(key, audience=[OTHER, ME]), ME, state, AT)
    assert both.audience == (ME, OTHER)  # sorted: "abab..." before "cdcd..."
    assert reason(note.check_fields, parsed(key, audience=[OTHER]), ME, state, AT) == (
        "misaddressed"
    )
    assert reason(note.check_fields, parsed(key, audience="hq"), ME, state, AT) == "misaddressed"
    # The HQ desk takes notes to "hq" only: not to all, nor to a device list.
    assert note.check_fields(parsed(key, audience="hq"), "hq", state, AT).audience == "hq"
    assert reason(note.check_fields, parsed(key), "hq", state, AT) == "misaddressed"
    assert reason(note.check_fields, parsed(key, audience=[ME]), "hq", state, AT) == (
        "misaddressed"
    )


def test_only_the_kinds_asked_for_are_taken(key: Ed25519PrivateKey) -> None:
    state = note.SeqState()
    n = parsed(key, kind="closure")
    assert note.check_fields(n, ME, state, AT, kinds=("closure", "alert")).kind == "closure"
    assert reason(note.check_fields, n, ME, state, AT, kinds=("alert",)) == "wrong_kind"
    assert note.check_fields(n, ME, state, AT, kinds=()).kind == "closure"


def test_the_validity_period_and_the_clock_are_checked_at_their_edges(
    key: Ed25519PrivateKey,
) -> None:
    state = note.SeqState()
    n = parsed(key)
    zero = note._with(n, expires=n.issued)
    assert reason(note.check_fields, zero, ME, state, AT) == "malformed"
    backwards = note._with(n, expires=n.issued - timedelta(seconds=1))
    assert reason(note.check_fields, backwards, ME, state, AT) == "malformed"
    longest = note._with(n, expires=n.issued + timedelta(days=note.MAX_DAYS))
    assert note.check_fields(longest, ME, state, AT) == longest
    too_long = note._with(n, expires=n.issued + timedelta(days=note.MAX_DAYS, seconds=1))
    assert reason(note.check_fields, too_long, ME, state, AT) == "malformed"
    # Issued up to a day ahead of this clock: taken; a second more: "future".
    assert note.check_fields(n, ME, state, AT - timedelta(days=1)) == n
    assert reason(note.check_fields, n, ME, state, AT - timedelta(days=1, seconds=1)) == "future"
    assert timedelta(days=1) == note.CLOCK_SKEW


def test_a_note_expires_at_its_second_and_is_still_counted(key: Ed25519PrivateKey) -> None:
    state = note.SeqState()
    n = parsed(key, days=1)
    assert note.check_fields(n, ME, state, n.expires - timedelta(seconds=1)) == n
    with pytest.raises(note.NoteExpired) as caught:
        note.check_fields(n, ME, state, n.expires)
    assert caught.value.reason == "expired" and caught.value.note == n
    assert caught.value.exit_code == 4


def test_without_a_clock_the_note_is_checked_against_now(key: Ed25519PrivateKey) -> None:
    now = datetime.now(UTC)
    fresh = parsed(key, issued=now)
    assert note.check_fields(fresh, ME, note.SeqState()) == fresh
    old = parsed(key, issued=now - timedelta(days=3), days=2)
    with pytest.raises(note.NoteExpired):
        note.check_fields(old, ME, note.SeqState())
    ahead = parsed(key, issued=now + timedelta(days=2))
    assert reason(note.check_fields, ahead, ME, note.SeqState()) == "future"


def test_replayed_bundled_and_reordered_notes_are_refused(key: Ed25519PrivateKey) -> None:
    state = note.SeqState()
    first = note.check_fields(parsed(key, seq=5), ME, state, AT)
    state.accept(first)
    assert reason(note.check_fields, first, ME, state, AT) == "replayed"
    state.bundled.append(first.note_id)
    assert reason(note.check_fields, first, ME, state, AT) == "duplicate"
    with pytest.raises(note.NoteRejected) as caught:
        note.check_fields(parsed(key, seq=5), ME, state, AT)
    assert caught.value.reason == "reordered"
    assert "(5) is not above the last one accepted from its key (5)" in str(caught.value)
    assert reason(note.check_fields, parsed(key, seq=4), ME, state, AT) == "reordered"
    assert note.check_fields(parsed(key, seq=6), ME, state, AT).seq == 6
    # Marks are per key: another key's notes start from nothing.
    other = note._with(parsed(key, seq=1), key_id="k2")
    assert note.check_fields(other, ME, state, AT).seq == 1


def test_a_gap_is_a_note_to_everyone_that_never_arrived(key: Ed25519PrivateKey) -> None:
    state = note.SeqState()
    # Nothing to everyone remembered yet: no gap, whatever prev-all says.
    assert not note.check_fields(parsed(key, seq=9, prev_all=7), ME, state, AT).gap
    state.accept(note.check_fields(parsed(key, seq=3), ME, state, AT))
    state.accept(note._with(parsed(key, seq=2), note_id="two"))
    assert state.all_seqs["k1"] == [3, 2]
    assert not note.check_fields(parsed(key, seq=9, prev_all=3), ME, state, AT).gap
    assert not note.check_fields(parsed(key, seq=9, prev_all=2), ME, state, AT).gap
    assert note.check_fields(parsed(key, seq=9, prev_all=4), ME, state, AT).gap
    late = parsed(key, seq=9, prev_all=4, issued=AT - timedelta(days=2), days=1)
    with pytest.raises(note.NoteExpired) as caught:
        note.check_fields(late, ME, state, AT)
    assert caught.value.note.gap


def test_a_checked_note_cannot_be_changed_afterwards(key: Ed25519PrivateKey) -> None:
    import dataclasses

    checked = note.check_fields(parsed(key), ME, note.SeqState(), AT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        checked.audience = (ME,)  # type: ignore[misc]


def test_verify_checks_the_signature_then_the_text_then_the_fields(
    key: Ed25519PrivateKey,
) -> None:
    data = signed(key, audience=[ME])
    got = note.verify(data, note.HQ_SIGNER, [public(key)], ME, note.SeqState(), at=AT)
    assert got.key_id == note.key_id_hex(note.HQ_SIGNER, public(key))
    assert got.note_id == note.id_of(data) == note.note_id(signed_note.split(data)[0])
    assert got.audience == (ME,) and got.payload() == {"v": 1, "text": "hi"}
    assert reason(note.verify, data, note.HQ_SIGNER, [public(key)], OTHER, note.SeqState(),
                  at=AT) == "misaddressed"  # fmt: skip
    assert reason(note.verify, data, note.HQ_SIGNER, [public(key)], ME, note.SeqState(), at=AT,
                  kinds=("closure",)) == "wrong_kind"  # fmt: skip
    assert reason(note.verify, data, note.HQ_SIGNER, [], ME, note.SeqState(),
                  retired=[public(key)], at=AT) == "retired_key"  # fmt: skip


# SeqState ----------------------------------------------------------------------------------


def marked(seq: int, key_id: str = "k", audience: object = "all", nid: str = "") -> note.Note:
    return note.Note("alert", "hq", seq, AT, AT + timedelta(days=1), audience, "n" * 22,  # type: ignore[arg-type]
                     0, False, b"{}", key_id=key_id, note_id=nid or f"{key_id}-{seq}")  # fmt: skip


def test_accept_keeps_the_highest_mark_and_the_last_notes_to_everyone() -> None:
    state = note.SeqState()
    state.accept(marked(7))
    state.accept(marked(3))  # an expired note counted late never lowers the mark
    state.accept(marked(9, audience=(ME,)))
    assert state.highest == {"k": 9}
    assert state.all_seqs == {"k": [7, 3]}  # only the notes to everyone
    assert state.seen == ["k-7", "k-3", "k-9"]
    for seq in range(10, 70):
        state.accept(marked(seq))
    assert state.all_seqs["k"] == list(range(20, 70))  # the last 50
    small = note.SeqState()
    small.MAX_SEEN = 3  # type: ignore[misc]
    for seq in range(1, 6):
        small.accept(marked(seq))
    assert small.seen == ["k-3", "k-4", "k-5"]
    assert note.SeqState.MAX_SEEN == 2000


def test_merge_takes_the_higher_marks_and_says_when_the_other_was_behind() -> None:
    mine = note.SeqState(highest={"a": 5, "b": 2}, all_seqs={"a": [1, 5]}, seen=["x", "y"],
                         bundled=["p"])  # fmt: skip
    theirs = note.SeqState(highest={"a": 5, "b": 3, "c": 1}, all_seqs={"a": [2, 5], "c": [1]},
                           seen=["y", "z"], bundled=["p", "q"])  # fmt: skip
    assert mine.merge(theirs) is False  # theirs is nowhere behind
    assert mine.highest == {"a": 5, "b": 3, "c": 1}
    assert mine.all_seqs == {"a": [1, 2, 5], "c": [1]}
    assert mine.seen == ["x", "y", "z"] and mine.bundled == ["p", "q"]
    assert theirs.highest == {"a": 5, "b": 3, "c": 1}  # the other is only read

    behind = note.SeqState(highest={"a": 4, "b": 9})
    assert mine.merge(behind) is True
    assert mine.highest == {"a": 5, "b": 9, "c": 1}
    missing = note.SeqState(highest={"a": 5, "b": 9})  # knows nothing of "c"
    assert mine.merge(missing) is True
    assert mine.merge(note.SeqState(highest={"a": 5, "b": 9, "c": 1})) is False


def test_merge_keeps_the_last_fifty_and_the_last_of_seen() -> None:
    mine = note.SeqState(all_seqs={"a": list(range(0, 60, 2))})
    mine.MAX_SEEN = 4  # type: ignore[misc]
    mine.seen, mine.bundled = ["1", "2", "3"], ["b1", "b2", "b3"]
    theirs = note.SeqState(all_seqs={"a": list(range(1, 60, 2))}, seen=["3", "4", "5"],
                           bundled=["b4", "b5"])  # fmt: skip
    mine.merge(theirs)
    assert mine.all_seqs["a"] == list(range(10, 60))
    assert mine.seen == ["2", "3", "4", "5"]
    assert mine.bundled == ["b2", "b3", "b4", "b5"]


def test_the_state_goes_to_json_and_back_and_ignores_what_it_did_not_write() -> None:
    state = note.SeqState(highest={"a": 5}, all_seqs={"a": [1, 5]}, seen=["x"], bundled=["p"])
    raw = state.to_json()
    assert raw == {"highest": {"a": 5}, "all_seqs": {"a": [1, 5]}, "seen": ["x"],
                   "bundled": ["p"]}  # fmt: skip
    assert note.SeqState.from_json(raw) == state
    state.MAX_SEEN = 2  # type: ignore[misc]
    state.bundled = ["1", "2", "3"]
    assert state.to_json()["bundled"] == ["2", "3"]
    for junk in (None, [], "x", 5):
        assert note.SeqState.from_json(junk) == note.SeqState()
    mixed = note.SeqState.from_json({
        "highest": {"a": 5, "b": "6", 7: 8}, "all_seqs": {"a": [1, "2", 3], "b": "no"},
        "seen": ["x", 1, None], "bundled": ["p", 2],
    })  # fmt: skip
    assert mixed == note.SeqState(highest={"a": 5, "7": 8}, all_seqs={"a": [1, 3]},
                                  seen=["x"], bundled=["p"])  # fmt: skip
    wrong_shapes = note.SeqState.from_json(
        {"highest": [1], "all_seqs": [1], "seen": {"x": 1}, "bundled": "p"}
    )
    assert wrong_shapes == note.SeqState()


# The parser --------------------------------------------------------------------------------


def text_lines(key: Ed25519PrivateKey, **kw: object) -> list[bytes]:
    return signed_note.split(signed(key, **kw))[0].split(b"\n")


def with_line(key: Ed25519PrivateKey, index: int, line: bytes) -> bytes:
    lines = text_lines(key)
    lines[index] = line
    return b"\n".join(lines)


def test_the_parser_reads_every_field(key: Ed25519PrivateKey) -> None:
    text = signed_note.split(signed(key, seq=12, audience=[OTHER, ME], prev_all=4,
                                    encrypted=True, days=2))[0]  # fmt: skip
    got = note.parse_text(text)
    assert (got.kind, got.sender, got.seq, got.prev_all, got.encrypted) == (
        "alert", "hq", 12, 4, True,
    )  # fmt: skip
    assert got.issued == AT and got.expires == AT + timedelta(days=2)
    assert got.audience == tuple(sorted((ME, OTHER)))
    assert len(got.nonce) == 22 and got.body == note.canonical({"v": 1, "text": "hi"})
    assert (got.key_id, got.note_id, got.gap) == ("", "", False)
    field_text = signed_note.split(note.make(
        key, note.FIELD_SIGNER, "counts", 2, "hq", b"{}", sender=ME, issued=AT))[0]  # fmt: skip
    assert note.parse_text(field_text).sender == ME
    assert not note.parse_text(field_text).encrypted


@pytest.mark.parametrize(
    ("index", "line", "why"),
    [
        (0, b"vigil-note/v2", "unknown_format"),
        (0, b"vigil-notes/v1", "malformed"),
        (1, b"kind shout", "unknown_kind"),
        (1, b"kinds alert", "malformed"),
        (1, b"kind ", "malformed"),
        (1, b"kind", "malformed"),
        (2, b"from HQ", "malformed"),
        (2, b"from zz", "malformed"),
        (2, b"fro hq", "malformed"),
        (1, b"a alert", "malformed"),
        (2, b"from " + b"AB" * 16, "malformed"),
        (3, b"seq 05", "malformed"),
        (3, b"seq +5", "malformed"),
        (3, b"seq 0", "malformed"),
        (3, b"seq 9007199254740992", "malformed"),
        (3, b"seq 9007199254740993", "malformed"),
        (3, b"seq 9999999999999999", "malformed"),
        (3, b"seq 12345678901234567", "malformed"),
        (3, b"seq 1", "malformed"),  # prev-all 0 is fine, but the test's note says prev-all 0 ...
        (4, b"issued 2026-05-01 12:00:00Z", "malformed"),
        (5, b"expires 2026-13-01T12:00:00Z", "malformed"),
        (6, b"audience " + OTHER.encode() + b"," + ME.encode(), "malformed"),
        (6, b"audience " + ME.encode() + b"," + ME.encode(), "malformed"),
        (6, b"audience " + ME.encode() + b",", "malformed"),
        (6, b"audience everyone", "malformed"),
        (7, b"id short", "malformed"),
        (7, b"id " + b"A" * 23, "malformed"),
        (8, b"prev-all 5", "malformed"),
        (8, b"prev-all 6", "malformed"),
        (8, b"prev-all -1", "malformed"),
        (9, b"encrypted yes", "malformed"),
        (10, b"body eyJ2IjoxfQ", "malformed"),
        (10, b"body eyJ2Ijox fQ==", "malformed"),
    ],
)
def test_the_parser_is_strict(key: Ed25519PrivateKey, index: int, line: bytes, why: str) -> None:
    text = with_line(key, index, line)
    if line == b"seq 1":  # ... here with prev-all 1: not below its own seq
        text = text.replace(b"prev-all 0", b"prev-all 1")
    assert reason(note.parse_text, text) == why


def test_the_parser_takes_the_edges_of_its_ranges(key: Ed25519PrivateKey) -> None:
    biggest = with_line(key, 3, b"seq 9007199254740991")
    assert note.parse_text(biggest).seq == note.MAX_SEQ - 1
    just_below = with_line(key, 8, b"prev-all 4")
    assert note.parse_text(just_below).prev_all == 4
    assert note.parse_text(with_line(key, 6, b"audience " + ME.encode())).audience == (ME,)


def test_a_text_that_is_not_a_note_is_malformed_with_its_reason(key: Ed25519PrivateKey) -> None:
    with pytest.raises(note.NoteRejected, match="not UTF-8"):
        note.parse_text(b"vigil-note/v1\n\xff\n")
    with pytest.raises(note.NoteRejected, match="not a Vigil note") as caught:
        note.parse_text(b"")
    assert caught.value.reason == "malformed"
    good = b"\n".join(text_lines(key))
    assert reason(note.parse_text, good + b"x") == "malformed"  # no final newline
    assert reason(note.parse_text, good[:-1] + b" \n") == "malformed"
    with pytest.raises(note.NoteRejected, match="expected 'from'"):
        note.parse_text(with_line(key, 2, b"sender hq"))
    with pytest.raises(note.NoteRejected, match="'prev-all' is not a number"):
        note.parse_text(with_line(key, 8, b"prev-all x"))
    with pytest.raises(note.NoteRejected, match="body is not base64"):
        note.parse_text(with_line(key, 10, b"body !!!!"))
    with pytest.raises(note.NoteRejected, match="a time is unreadable"):
        note.parse_text(with_line(key, 4, b"issued yesterday"))


def test_the_payload_is_a_version_1_json_object() -> None:
    assert note.parse_payload(b'{"a":[1],"v":1}') == {"a": [1], "v": 1}
    for bad in (b'{"v":2}', b"[1]", b'{"a":1}', b"{", b'{"v":1,"v":1}'):
        assert reason(note.parse_payload, bad) == "malformed"
    assert note.canonical({"b": "é", "a": [1, 2]}) == '{"a":[1,2],"b":"é"}'.encode()


# make() ------------------------------------------------------------------------------------


def test_make_writes_the_lines_in_order(key: Ed25519PrivateKey) -> None:
    lines = text_lines(key, seq=12, prev_all=4, audience=[OTHER, ME, ME], days=1.5)
    assert lines[0] == b"vigil-note/v1" and lines[-1] == b""
    assert lines[1:7] == [
        b"kind alert", b"from hq", b"seq 12", b"issued 2026-05-01T12:00:00Z",
        b"expires 2026-05-03T00:00:00Z",
        b"audience " + ",".join(sorted((ME, OTHER))).encode(),
    ]  # fmt: skip
    assert lines[8:10] == [b"prev-all 4", b"encrypted no"]
    assert base64.b64decode(lines[10][5:]) == note.canonical({"v": 1, "text": "hi"})
    # The issued time is cut to the second.
    late = text_lines(key, issued=AT.replace(microsecond=999_999))
    assert late[4] == b"issued 2026-05-01T12:00:00Z"
    assert late[5] == b"expires 2026-05-31T12:00:00Z"  # 30 days by default
    # The period counts from the whole second written, not from the instant given.
    short = text_lines(key, issued=AT.replace(microsecond=999_999), days=1.999_999 / 86_400)
    assert short[5] == b"expires 2026-05-01T12:00:01Z"
    assert text_lines(key, audience=ME)[6] == b"audience " + ME.encode()
    assert text_lines(key, audience="hq")[6] == b"audience hq"
    ids = {text_lines(key)[7] for _ in range(3)}
    assert len(ids) == 3 and all(len(i) == 3 + 22 for i in ids)


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"kind": "shout"}, ValueError),
        ({"seq": 0}, ValueError),
        ({"seq": note.MAX_SEQ}, ValueError),
        ({"seq": note.MAX_SEQ + 1}, ValueError),
        ({"seq": 3, "prev_all": 3}, ValueError),
        ({"seq": 3, "prev_all": 4}, ValueError),
        ({"seq": 3, "prev_all": -1}, ValueError),
        ({"days": 0.0}, VigilError),
        ({"days": note.MAX_DAYS + 0.001}, VigilError),
        ({"days": 0.5 / 86_400}, VigilError),
        ({"audience": []}, VigilError),
        ({"audience": ["AB" * 16]}, VigilError),
        ({"audience": [ME, "x"]}, VigilError),
        ({"audience": "everyone"}, VigilError),
        ({"audience": "AB" * 16}, VigilError),
    ],
)
def test_make_refuses_what_no_device_would_take(
    key: Ed25519PrivateKey, changes: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        signed(key, **changes)  # type: ignore[arg-type]
    assert not isinstance(caught.value, note.NoteRejected)


@pytest.mark.parametrize("days", [0, 0.0, -1, -0.5, note.MAX_DAYS + 0.001])
def test_make_names_the_range_of_days(key: Ed25519PrivateKey, days: float) -> None:
    with pytest.raises(VigilError, match="more than 0 and at most 400 days"):
        signed(key, days=days)


def test_make_takes_the_edges_of_its_ranges(key: Ed25519PrivateKey) -> None:
    assert note.parse_text(text_lines_joined(key, seq=note.MAX_SEQ - 1)).seq == note.MAX_SEQ - 1
    assert note.parse_text(text_lines_joined(key, seq=1, prev_all=0)).seq == 1
    longest = note.parse_text(text_lines_joined(key, days=note.MAX_DAYS))
    assert longest.expires - longest.issued == timedelta(days=note.MAX_DAYS)
    second = note.parse_text(text_lines_joined(key, days=1 / 86_400))
    assert second.expires - second.issued == timedelta(seconds=1)
    assert note.parse_text(text_lines_joined(key, audience="a" * 32 + "," + "b" * 32)).audience == (
        "a" * 32, "b" * 32,
    )  # fmt: skip


def text_lines_joined(key: Ed25519PrivateKey, **kw: object) -> bytes:
    return b"\n".join(text_lines(key, **kw))


def test_make_signs_a_note_up_to_its_size_limit_to_the_byte(key: Ed25519PrivateKey) -> None:
    limit = note.MAX_NOTE - 200

    def text(seq: int, body: bytes) -> bytes:
        made = note.make(key, note.HQ_SIGNER, "alert", seq, "all", body, issued=AT)
        return signed_note.split(made)[0]

    # The body's base64 grows 4 characters at a time: pick the sequence number whose digits
    # let the text end exactly at the limit.
    seq = next(s for s in (2, 20, 200, 2000) if (limit - len(text(s, b""))) % 4 == 0)
    body = b"x" * ((limit - len(text(seq, b""))) // 4 * 3)
    assert len(text(seq, body)) == limit
    with pytest.raises(VigilError, match="larger than"):
        text(seq, body + b"xxx")


def test_the_next_sequence_only_grows() -> None:
    now_ms = int(datetime.now(UTC).timestamp() * 1000)
    assert now_ms <= note.next_seq(0) <= now_ms + 60_000
    assert note.next_seq(10**15) == 10**15 + 1
    assert note.next_seq(10**15 + 1) == 10**15 + 2  # odd: + 1, not | 1 or ^ 1
