"""vigil.crypto.age beyond the CCTV vectors: the writer, keys as text, and hostile input.

The vectors prove the reader; these prove that what the writer makes opens (and only with the
right key), that key strings are read as age reads them, and that damage anywhere in a file is
caught, at the layer where it is, without releasing unauthenticated bytes.
"""

from __future__ import annotations

import io
import os
import tracemalloc
from pathlib import Path

import pyrage
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigil.crypto import age, bech32
from vigil.crypto.age import format as age_format
from vigil.crypto.age import stream
from vigil.crypto.errors import BadArgument, IntegrityError, WrongKey

SIZES = [0, 1, stream.CHUNK - 1, stream.CHUNK, stream.CHUNK + 1, 2 * stream.CHUNK, 150_000]


@pytest.fixture(scope="module")
def x() -> age.X25519Identity:
    return age.X25519Identity.generate()


@pytest.fixture(scope="module")
def pq() -> age.HybridIdentity:
    return age.HybridIdentity.generate()


@pytest.mark.parametrize("size", SIZES)
def test_round_trip_x25519_and_hybrid(
    size: int, x: age.X25519Identity, pq: age.HybridIdentity
) -> None:
    data = os.urandom(size)
    for identity in (x, pq):
        sealed = age.encrypt(data, [identity.recipient])
        assert sealed.startswith(age_format.INTRO)
        # one chunk per 64 KiB, the last one possibly full, never an extra empty one
        chunks = max(1, -(-size // stream.CHUNK))
        header_len = sealed.index(b"\n---") + 49
        assert len(sealed) == header_len + 16 + size + 16 * chunks
        assert age.decrypt(sealed, [identity]) == data
        assert age.decrypt(sealed, [str(identity)]) == data


def test_several_recipients_each_open(pq: age.HybridIdentity) -> None:
    others = [age.HybridIdentity.generate() for _ in range(3)]
    sealed = age.encrypt(b"testimony", [pq.recipient, *(o.recipient for o in others)])
    assert sealed.count(b"\n-> mlkem768x25519 ") == 4
    for who in (pq, *others):
        assert age.decrypt(sealed, [who]) == b"testimony"


def test_passphrase_round_trip() -> None:
    sealed = age.encrypt(b"backup", [age.ScryptRecipient("correct horse", work_factor=10)])
    assert age.decrypt(sealed, [], ["correct horse"]) == b"backup"
    with pytest.raises(age.AgeNoMatch):
        age.decrypt(sealed, [], ["wrong horse"])


def test_armored_round_trip(pq: age.HybridIdentity) -> None:
    data = os.urandom(5000)
    sealed = age.encrypt(data, [str(pq.recipient)], armored=True)
    text = sealed.decode("ascii")
    assert text.startswith("-----BEGIN AGE ENCRYPTED FILE-----\n")
    assert text.endswith("-----END AGE ENCRYPTED FILE-----\n")
    assert max(len(line) for line in text.splitlines()) == 64
    assert age.decrypt(b"\n  \n" + sealed + b"\r\n \n", [pq]) == data


def test_a_stranger_does_not_open_it(x: age.X25519Identity, pq: age.HybridIdentity) -> None:
    sealed = age.encrypt(b"secret", [x.recipient])
    with pytest.raises(age.AgeNoMatch) as caught:
        age.decrypt(sealed, [age.X25519Identity.generate(), pq])
    assert isinstance(caught.value, WrongKey) and caught.value.exit_code == 3


def test_hybrid_and_x25519_recipients_are_not_mixed(
    x: age.X25519Identity, pq: age.HybridIdentity
) -> None:
    """A file to both would fall to whoever breaks X25519 alone: age 1.3 refuses, so do we."""
    with pytest.raises(age.AgeKeyError) as caught:
        age.encrypt(b"x", [x.recipient, pq.recipient])
    assert caught.value.exit_code == 2
    with pytest.raises(age.AgeKeyError):
        age.encrypt(b"x", [age.ScryptRecipient("a"), age.ScryptRecipient("b")])
    with pytest.raises(age.AgeKeyError):
        age.encrypt(b"x", [])


def test_key_strings(x: age.X25519Identity, pq: age.HybridIdentity) -> None:
    assert str(x).startswith("AGE-SECRET-KEY-1") and len(str(x)) == 74
    assert str(pq).startswith("AGE-SECRET-KEY-PQ-1")
    assert str(x.recipient).startswith("age1") and len(str(x.recipient)) == 62
    assert str(pq.recipient).startswith("age1pq1") and len(str(pq.recipient)) > 1900
    assert age.parse_identity(str(x)) == x and age.parse_identity(str(pq)) == pq
    assert age.parse_recipient(str(x.recipient)) == x.recipient
    assert age.parse_recipient(str(pq.recipient)) == pq.recipient
    assert age.parse_identity(str(pq)).recipient == pq.recipient


@pytest.mark.parametrize(
    "text",
    [
        "",
        "age1",
        "AGE-SECRET-KEY-1",
        "not a key",
        # mixed case, a bad checksum, the wrong kind of key in each place
        "Age1" + "q" * 58,
    ],
)
def test_malformed_keys_are_bad_arguments(text: str) -> None:
    for parse in (age.parse_identity, age.parse_recipient):
        with pytest.raises(age.AgeKeyError) as caught:
            parse(text)
        assert isinstance(caught.value, BadArgument)


@pytest.mark.parametrize("length", [31, 33])
def test_a_key_string_of_the_wrong_length_is_named_as_not_a_key(length: int) -> None:
    """A well-formed Bech32 string under the right prefix but of the wrong length is not an
    age key: it is refused while reading the text, with the kind of key it claims to be."""
    cases = [
        (age.X25519Recipient.from_string, bech32.encode("age", bytes(length)), "X25519 recipient"),
        (
            age.X25519Identity.from_string,
            bech32.encode("age-secret-key-", bytes(length)).upper(),
            "X25519 identity",
        ),
        (
            age.HybridIdentity.from_string,
            bech32.encode("age-secret-key-pq-", bytes(length)).upper(),
            "hybrid identity",
        ),
    ]
    for parse, text, what in cases:
        with pytest.raises(age.AgeKeyError) as caught:
            parse(text)
        assert str(caught.value) == f"This is not a valid age {what}."


def test_a_low_order_x25519_recipient_is_refused_before_anything_is_written() -> None:
    out = io.BytesIO()
    with pytest.raises(age.AgeKeyError, match="low-order point"):
        age.encrypt_io(io.BytesIO(b"secret"), out, [age.X25519Recipient(bytes(32))])
    assert out.getvalue() == b""


def test_keys_of_the_wrong_kind_or_checksum(x: age.X25519Identity) -> None:
    recipient = str(x.recipient)
    flipped = recipient[:-1] + ("q" if recipient[-1] != "q" else "p")
    for bad in (flipped, str(x), recipient.upper()):
        with pytest.raises(age.AgeKeyError):
            age.parse_recipient(bad)
    with pytest.raises(age.AgeKeyError):
        age.parse_identity(recipient)
    with pytest.raises(age.AgeKeyError):
        age.parse_identity(str(x).lower())  # age writes and reads identities upper-case
    # a hybrid recipient of the wrong length, or whose ML-KEM key fails FIPS 203's modulus
    # check (coefficients of 0xFFF are not below q), is refused before anything is encrypted
    with pytest.raises(age.AgeKeyError):
        age.HybridRecipient(bytes(100))
    with pytest.raises(age.AgeKeyError):
        age.HybridRecipient(b"\xff" * 1216)
    for make in (age.X25519Recipient, age.X25519Identity, age.HybridIdentity):
        with pytest.raises(age.AgeKeyError):
            make(bytes(31))
    with pytest.raises(ValueError):
        bech32.decode("age1" + "b" * 58)  # "b" is not in the Bech32 alphabet


def test_every_truncation_fails(x: age.X25519Identity) -> None:
    data = os.urandom(stream.CHUNK + 100)
    sealed = age.encrypt(data, [x.recipient])
    header_end = sealed.index(b"\n---") + 49
    for cut in [*range(0, header_end + 20), *range(len(sealed) - 40, len(sealed))]:
        out = io.BytesIO()
        with pytest.raises(IntegrityError):
            age.decrypt_io(io.BytesIO(sealed[:cut]), out, [x])
        # only whole authenticated chunks were released, each one a prefix of the data
        assert out.getvalue() in (b"", data[: stream.CHUNK])
    with pytest.raises(age.AgePayloadError):
        age.decrypt(sealed + b"\x00", [x])


def test_every_flipped_byte_fails(pq: age.HybridIdentity) -> None:
    sealed = age.encrypt(b"witness statement", [pq.recipient])
    for at in range(len(sealed)):
        damaged = bytearray(sealed)
        damaged[at] ^= 0x01
        # damage in a stanza makes it someone else's (no match); anywhere else, damage
        with pytest.raises((IntegrityError, age.AgeNoMatch)):
            age.decrypt(bytes(damaged), [pq])


def test_the_writer_is_canonical(pq: age.HybridIdentity) -> None:
    sealed = age.encrypt(b"x" * 10, [pq.recipient])
    header = age_format.parse_header(age_format.LineSource(io.BytesIO(sealed)))
    assert sealed.startswith(header.signed)
    (stanza,) = header.stanzas
    assert stanza.type == "mlkem768x25519" and len(stanza.body) == 32
    assert header.signed.endswith(b"\n---")


def test_a_huge_header_line_is_refused_without_reading_it_all() -> None:
    class Endless:
        served = 0

        def read(self, n: int) -> bytes:
            self.served += n
            return b"A" * n

    src = Endless()
    with pytest.raises(age.AgeArmorError, match="neither an age file"):
        age.decrypt_io(src, io.BytesIO(), [age.X25519Identity.generate()])  # type: ignore[arg-type]
    assert src.served <= 4 * 65536  # not even an age file: refused on its first line
    header = age_format.INTRO + b"-> X25519 " + b"A" * 100

    class Long(Endless):
        def read(self, n: int) -> bytes:
            first = header[self.served : self.served + n]
            self.served += n
            return first + b"A" * (n - len(first))

    src = Long()
    with pytest.raises(age.AgeHeaderError, match="larger than"):
        age.decrypt_io(src, io.BytesIO(), [age.X25519Identity.generate()])  # type: ignore[arg-type]
    assert src.served <= age_format.MAX_HEADER + 2 * 65536


def test_a_header_of_countless_tiny_stanzas_is_refused_quickly() -> None:
    """Half a million 6-byte stanzas fit in the 4 MiB header bound; reading them must neither
    copy the buffer per line nor try a key on each: refused at the stanza limit."""
    stanza = b"-> a\n\n"
    header = age_format.INTRO + stanza * 500_000 + b"--- " + b"A" * 43 + b"\n"
    src = io.BytesIO(header)
    with pytest.raises(age.AgeHeaderError, match="more recipients"):
        age.decrypt_io(src, io.BytesIO(), [age.X25519Identity.generate()])
    # stopped at the limit: not much more than the limit's stanzas (and one buffer) was read
    assert src.tell() <= len(age_format.INTRO) + len(stanza) * age_format.MAX_STANZAS + 2 * 65536
    at_limit = age_format.INTRO + stanza * age_format.MAX_STANZAS + b"--- " + b"A" * 43 + b"\n"
    with pytest.raises(age.AgeNoMatch):  # exactly the limit still parses
        age.decrypt(at_limit, [age.X25519Identity.generate()])


class _Zeros:
    def __init__(self, size: int) -> None:
        self.left = size

    def read(self, n: int) -> bytes:
        n = min(n, self.left)
        self.left -= n
        return bytes(n)


class _Counter:
    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)


def test_streaming_memory_is_flat(x: age.X25519Identity, tmp_path: Path) -> None:
    """32 MiB through the writer and the reader with well under 1 MiB held at any time."""
    size = 32 * 1024 * 1024
    path = tmp_path / "zeros.age"
    tracemalloc.start()
    try:
        with path.open("wb") as sealed:
            age.encrypt_io(_Zeros(size), sealed, [x.recipient])  # type: ignore[arg-type]
        _, enc_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        out = _Counter()
        with path.open("rb") as source:
            age.decrypt_io(source, out, [x])
        _, dec_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert out.size == size and path.stat().st_size > size
    assert enc_peak < 1024 * 1024
    assert dec_peak < 1024 * 1024


def test_messages_carry_no_plaintext_or_keys(x: age.X25519Identity) -> None:
    secret = b"Name of the witness: Asel"
    sealed = bytearray(age.encrypt(secret, [x.recipient]))
    sealed[-5] ^= 1
    with pytest.raises(age.AgePayloadError) as caught:
        age.decrypt(bytes(sealed), [x])
    text = str(caught.value) + repr(caught.value)
    assert "Asel" not in text and str(x) not in text and "\n" not in str(caught.value)
    assert str(x) not in repr(x) and "secret" not in repr(x).replace("secret=", "")


def test_a_hybrid_file_is_no_match_for_an_x25519_key_and_the_reverse(
    x: age.X25519Identity, pq: age.HybridIdentity
) -> None:
    """The two types never stand in for each other: each identity reads only its stanzas."""
    with pytest.raises(age.AgeNoMatch):
        age.decrypt(age.encrypt(b"a", [pq.recipient]), [x])
    with pytest.raises(age.AgeNoMatch):
        age.decrypt(age.encrypt(b"a", [x.recipient]), [pq])
    # both identities given: each file opens with its own
    assert age.decrypt(age.encrypt(b"a", [pq.recipient]), [x, pq]) == b"a"
    assert age.decrypt(age.encrypt(b"b", [x.recipient]), [pq, x]) == b"b"


def test_a_stanza_of_our_type_that_is_malformed_is_a_header_failure(
    x: age.X25519Identity,
) -> None:
    """Not "someone else's": a stanza of a known type with a short share is damage (CCTV's
    x25519_short_share), and the HMAC cannot be checked without the key it would give."""
    sealed = age.encrypt(b"a", [x.recipient])
    share = sealed.split(b"\n")[1].split(b" ")[2]
    damaged = sealed.replace(share, share[:-2], 1)
    with pytest.raises(age.AgeHeaderError):
        age.decrypt(damaged, [x])
    # a stranger's identity of another type never looks at it: no match, not damage
    with pytest.raises(age.AgeNoMatch):
        age.decrypt(damaged, [age.HybridIdentity.generate()])


@pytest.mark.parametrize("kind", ["X25519", "mlkem768x25519", "scrypt"])
@pytest.mark.parametrize("cut", [-1, 1])
def test_a_stanza_body_of_the_wrong_length_is_a_header_failure(kind: str, cut: int) -> None:
    """A body is exactly a wrapped file key (32 bytes): one byte short or long is damage,
    named as such, not a key that does not open (which would read as "not for you")."""
    identity: age.Identity
    if kind == "scrypt":
        recipient: age.Recipient = age.ScryptRecipient("pass", work_factor=2)
        identity = age.ScryptIdentity("pass")
    else:
        identity = age.X25519Identity.generate() if kind == "X25519" else _HYBRID
        recipient = identity.recipient  # type: ignore[attr-defined]
    stanza = recipient.wrap(os.urandom(16))
    assert stanza.type == kind and len(stanza.body) == 32
    assert identity.unwrap([stanza]) is not None
    body = stanza.body[:cut] if cut < 0 else stanza.body + b"\0"
    with pytest.raises(age.AgeHeaderError, match="does not hold a 16-byte file key"):
        identity.unwrap([age_format.Stanza(stanza.type, stanza.args, body)])


def test_a_passphrase_asking_more_than_ages_limit_is_refused_before_any_work() -> None:
    """age reads scrypt stanzas up to work factor 22 (4 GiB); above it, refused unworked."""
    stanza = age.ScryptRecipient("pass", work_factor=2).wrap(bytes(16))
    greedy = age_format.Stanza("scrypt", (stanza.args[0], "23"), stanza.body)
    with pytest.raises(age.AgeHeaderError) as caught:
        age.ScryptIdentity("pass").unwrap([greedy])
    assert str(caught.value) == (
        "An age scrypt stanza asks for work factor 23, above the 22 this reader accepts."
    )


def test_each_identity_looks_past_stanzas_of_other_types() -> None:
    """An identity ignores other types' stanzas wherever they stand, before or after its own."""
    file_key = os.urandom(16)
    x, pq = age.X25519Identity.generate(), age.HybridIdentity.generate()
    own = {
        "x": (x, x.recipient.wrap(file_key)),
        "pq": (pq, pq.recipient.wrap(file_key)),
        "scrypt": (age.ScryptIdentity("pass"), age.ScryptRecipient("pass", 2).wrap(file_key)),
    }
    other = age_format.Stanza("other", ("a",), bytes(32))
    for identity, stanza in own.values():
        assert identity.unwrap([other, stanza]) == file_key
        assert identity.unwrap([stanza, other]) == file_key


def test_a_passphrase_is_written_at_ages_own_work_factor() -> None:
    """age writes scrypt stanzas at work factor 18 (about a second, 256 MiB): fewer would make
    a backup's passphrase cheaper to guess than age's own files."""
    assert age.ScryptRecipient("pass").work_factor == 18


@pytest.mark.parametrize("opening", [b"->  share", b"-> X25519\xff share", b"-> \x01 share"])
def test_a_stanza_type_is_checked_like_its_arguments(opening: bytes) -> None:
    """The type is a stanza's first argument: empty or outside printable ASCII, the header is
    malformed (not someone else's stanza, nor a crash on decoding it)."""
    header = age_format.INTRO + opening + b"\n\n--- " + b"A" * 43 + b"\n"
    with pytest.raises(age.AgeHeaderError, match="opening line is malformed"):
        age_format.parse_header(age_format.LineSource(io.BytesIO(header)))


_SAMPLES: dict[str, tuple[bytes, bytes]] = {}


def _sample(kind: str) -> tuple[bytes, bytes]:
    """(file, plaintext), made once per kind: two chunks to a hybrid key, armoured X25519, and
    a passphrase at the lowest work factor."""
    if kind not in _SAMPLES:
        plain = os.urandom(stream.CHUNK + 10) if kind == "hybrid" else b"statement"
        recipient: age.Recipient = {
            "hybrid": _HYBRID.recipient,
            "armored": _X25519.recipient,
            "scrypt": age.ScryptRecipient("pass", work_factor=2),
        }[kind]
        _SAMPLES[kind] = (age.encrypt(plain, [recipient], armored=kind == "armored"), plain)
    return _SAMPLES[kind]


_X25519 = age.X25519Identity.generate()
_HYBRID = age.HybridIdentity.generate()


@settings(max_examples=300)
@given(
    kind=st.sampled_from(["hybrid", "armored", "scrypt"]),
    edits=st.lists(
        st.tuples(st.integers(0, 4000), st.sampled_from(["flip", "cut", "insert", "delete"]),
                  st.sampled_from(list(b" \n\r-=>A0+/\x00\xff"))),
        min_size=1, max_size=3,
    ),
)  # fmt: skip
def test_damage_anywhere_is_an_age_error_never_a_crash_or_wrong_bytes(
    kind: str, edits: list[tuple[int, str, int]]
) -> None:
    """Whatever is done to a file (bytes flipped, inserted, deleted, the file cut), decrypting
    either raises one of the age errors or gives back exactly the original plaintext."""
    sealed, plain = _sample(kind)
    data = bytearray(sealed)
    for at, how, byte in edits:
        at %= len(data) + 1
        if how == "flip" and at < len(data):
            data[at] ^= byte or 1
        elif how == "cut":
            del data[at:]
        elif how == "insert":
            data[at:at] = bytes([byte])
        else:
            del data[at : at + 1]
    try:
        opened = age.decrypt(bytes(data), [_X25519, _HYBRID], ["pass"])
    except age.AgeError:
        return
    assert opened == plain


class _Trickle:
    """A source that hands out at most 1,000 bytes a read, as a pipe or a socket may."""

    def __init__(self, data: bytes) -> None:
        self.data = memoryview(data)

    def read(self, n: int = -1) -> bytes:
        step = min(1000, len(self.data) if n < 0 else n)
        out, self.data = bytes(self.data[:step]), self.data[step:]
        return out


def test_short_reads_make_the_same_chunks(x: age.X25519Identity) -> None:
    """A source that returns less than asked is read until the chunk is full: the file has
    exactly the chunks of one read whole (a short read taken for the end would cut the file)."""
    data = os.urandom(2 * stream.CHUNK + 5)
    sealed = io.BytesIO()
    age.encrypt_io(_Trickle(data), sealed, [x.recipient])
    header_len = sealed.getvalue().index(b"\n---") + 49
    assert len(sealed.getvalue()) == header_len + 16 + len(data) + 3 * 16
    out = io.BytesIO()
    age.decrypt_io(_Trickle(sealed.getvalue()), out, [x])
    assert out.getvalue() == data
    assert pyrage.decrypt(sealed.getvalue(), [pyrage.x25519.Identity.from_str(str(x))]) == data


def test_payload_chunks_are_handed_on_without_a_copy_through_the_buffer() -> None:
    """Throughput of attachments (docs/evidence.md, "Speed"): past the header's read-ahead, a
    payload chunk is the very bytes the reader returned, not a join and a slice of them."""
    given: list[bytes] = []

    class Recording:
        def __init__(self, data: bytes) -> None:
            self.inner = io.BytesIO(data)

        def read(self, n: int) -> bytes:
            given.append(self.inner.read(n))
            return given[-1]

    data = b"header line\n" + os.urandom(3 * stream.SEALED_CHUNK + 100)
    src = age_format.LineSource(Recording(data))
    assert src.readline(64) == b"header line\n"
    first = src.read(stream.SEALED_CHUNK)  # partly from the read-ahead
    chunks = [src.read(stream.SEALED_CHUNK) for _ in range(2)]
    assert all(any(chunk is g for g in given) for chunk in chunks)
    assert src.read(stream.SEALED_CHUNK) + src.read(1) == data[12 + 3 * stream.SEALED_CHUNK :]
    assert first + b"".join(chunks) == data[12 : 12 + 3 * stream.SEALED_CHUNK]
    assert src.read(10) == b""


@pytest.mark.parametrize("chunk", [1, 2, 3])
def test_a_damaged_chunk_is_named_by_its_number(x: age.X25519Identity, chunk: int) -> None:
    data = os.urandom(2 * stream.CHUNK + 5)
    sealed = bytearray(age.encrypt(data, [x.recipient]))
    # The third chunk is the last 21 bytes (5 of data and the tag); each before it is sealed.
    sealed[-3 - (3 - chunk) * stream.SEALED_CHUNK] ^= 1
    out = io.BytesIO()
    with pytest.raises(age.AgePayloadError, match=f"at chunk {chunk}\\.$"):
        age.decrypt_io(io.BytesIO(bytes(sealed)), out, [x])
    assert out.getvalue() == data[: (chunk - 1) * stream.CHUNK]  # the good chunks before it


def test_a_source_whose_first_read_is_one_byte_makes_the_same_chunks(
    x: age.X25519Identity,
) -> None:
    """After a short first read only what is missing is asked for: a chunk never grows past
    64 KiB, which would make a file no age reader opens."""

    class OneByteFirst(io.BytesIO):
        first = True

        def read(self, n: int | None = -1, /) -> bytes:
            if self.first:
                self.first = False
                return super().read(1)
            return super().read(n)

    data = os.urandom(2 * stream.CHUNK + 5)
    sealed = io.BytesIO()
    age.encrypt_io(OneByteFirst(data), sealed, [x.recipient])
    header_len = sealed.getvalue().index(b"\n---") + 49
    assert len(sealed.getvalue()) == header_len + 16 + len(data) + 3 * 16
    assert pyrage.decrypt(sealed.getvalue(), [pyrage.x25519.Identity.from_str(str(x))]) == data


@pytest.mark.parametrize("size", [0, 1, 47, 48, 49, 96, 100, 1000])
def test_stanza_bodies_of_any_length_are_written_canonically(size: int) -> None:
    """age's own stanzas hold 32 bytes (one line); others (plugins, grease) span lines: 64
    columns each, then a short (possibly empty) line, and they read back to the same bytes."""
    body = os.urandom(size)
    encoded = age_format.Stanza("other", ("a", "b"), body).encode()
    lines = encoded.split(b"\n")[1:-1]
    assert all(len(line) == 64 for line in lines[:-1]) and len(lines[-1]) < 64
    assert b"".join(lines) == age_format.b64encode(body).encode()
    header = age_format.INTRO + encoded + b"--- " + b"A" * 43 + b"\n"
    parsed = age_format.parse_header(age_format.LineSource(io.BytesIO(header)))
    assert parsed.stanzas == (age_format.Stanza("other", ("a", "b"), body),)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty"),
        (b"age-encryption.org/v2\n-> a\n", "in an age version this reader does not know"),
        (b"age-encryption.org/", "in an age version this reader does not know"),
        (b"age", "not an age file: its first line is wrong"),
    ],
)
def test_a_file_that_is_not_age_v1_is_named_by_what_it_is(data: bytes, message: str) -> None:
    with pytest.raises(age.AgeHeaderError, match=message):
        age.decrypt(data, [age.X25519Identity.generate()])


@pytest.mark.parametrize(("count", "accepted"), [(10_000, True), (10_001, False)])
def test_a_header_holds_at_most_ten_thousand_stanzas(count: int, accepted: bool) -> None:
    """The documented limit by its number, not by the constant (which a change would move)."""
    data = age_format.INTRO + b"-> a\n\n" * count + b"--- " + b"A" * 43 + b"\n"
    if accepted:
        with pytest.raises(age.AgeNoMatch):  # parsed: no stanza is for this identity
            age.decrypt(data, [age.X25519Identity.generate()])
        return
    with pytest.raises(age.AgeHeaderError, match="more recipients"):
        age.decrypt(data, [age.X25519Identity.generate()])


@pytest.mark.parametrize(
    ("size", "accepted"), [(4 * 1024 * 1024, True), (4 * 1024 * 1024 + 1, False)]
)
def test_a_header_of_up_to_4_mib_is_read(size: int, accepted: bool) -> None:
    """The documented bound by its number: intro, one stanza whose body is 64,526 full lines
    and a short one sized to reach ``size``, and the closing line."""
    fixed = len(age_format.INTRO) + len(b"-> a\n") + 64_526 * 65 + len(b"--- " + b"A" * 43 + b"\n")
    short = size - fixed - 1  # the short line's characters, before its line end
    assert 0 < short < 64 and short % 4 != 1
    body = (b"A" * 64 + b"\n") * 64_526 + b"A" * short + b"\n"
    data = age_format.INTRO + b"-> a\n" + body + b"--- " + b"A" * 43 + b"\n"
    assert len(data) == size
    if accepted:
        with pytest.raises(age.AgeNoMatch):  # read whole: no stanza is for this identity
            age.decrypt(data, [age.X25519Identity.generate()])
        return
    with pytest.raises(age.AgeHeaderError, match="larger than any age file"):
        age.decrypt(data, [age.X25519Identity.generate()])


def _bech32_of_values(hrp: str, values: list[int]) -> str:
    """A Bech32 string with a valid checksum over any 5-bit values (padding bits included)."""
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    chk = 1
    for v in [*expanded, *values, 0, 0, 0, 0, 0, 0]:
        top, chk = chk >> 25, (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            chk ^= g if (top >> i) & 1 else 0
    checksum = [((chk ^ 1) >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(charset[d] for d in values + checksum)


def test_bech32_refuses_padding_bits_that_are_set_or_too_many() -> None:
    """32 bytes are 52 values with 4 padding bits; 9 values are 5 bytes and 5 bits too many."""
    key = bech32.encode("age", bytes(32))
    assert _bech32_of_values("age", [0] * 52) == key
    assert bech32.decode(key) == ("age", bytes(32))
    for values in ([0] * 51 + [1], [0] * 51 + [8], [0] * 9):
        with pytest.raises(ValueError, match="bad padding"):
            bech32.decode(_bech32_of_values("age", values))


@pytest.mark.parametrize("text", ["age1Qqqqqqq", "Age1qqqqqqq", "A\u00b51qqqqqq"])
def test_bech32_refuses_mixed_case(text: str) -> None:
    with pytest.raises(ValueError, match="mixed case"):
        bech32.decode(text)


@pytest.mark.parametrize(
    ("hrp", "accepted"), [("!", True), ("~", True), (" ", False), ("\x7f", False)]
)
def test_bech32_takes_a_readable_part_of_printable_ascii(hrp: str, accepted: bool) -> None:
    text = _bech32_of_values(hrp, [])
    if accepted:
        assert bech32.decode(text) == (hrp, b"")
        return
    with pytest.raises(ValueError, match="not Bech32"):
        bech32.decode(text)


def test_bech32_needs_a_readable_part_and_six_checksum_characters() -> None:
    with pytest.raises(ValueError, match="not Bech32"):
        bech32.decode(_bech32_of_values("", [0]))
    assert bech32.decode(_bech32_of_values("a", [])) == ("a", b"")  # six characters: no data
    with pytest.raises(ValueError, match="not Bech32"):
        bech32.decode(_bech32_of_values("a", [])[:-1])
