"""age's ASCII armour (vigil.crypto.age.armor) at its edges, with the message each refusal gives.

The CCTV vectors check that a bad armoured file fails as an armour failure; these check the
documented limits at their exact edge (1 KiB of whitespace before and after, 64 columns) and
that each refusal names what is wrong, so that a person handed a damaged file is told why.
"""

from __future__ import annotations

import io

import pytest

from vigil.crypto import age

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"


@pytest.fixture(scope="module")
def key() -> age.X25519Identity:
    return age.X25519Identity.generate()


@pytest.fixture(scope="module")
def lines(key: age.X25519Identity) -> list[bytes]:
    """The base64 lines of an armoured file: 48 * 5 + 20 bytes, so the last line is short."""
    sealed = age.encrypt(bytes(range(200)) * 3, [key.recipient], armored=True)
    body = sealed.splitlines()
    assert body[0] == BEGIN and body[-1] == END
    assert len(body[-2]) < 64 and all(len(line) == 64 for line in body[1:-2])
    return body[1:-1]


def armoured(lines: list[bytes], before: bytes = b"", after: bytes = b"") -> bytes:
    return before + b"\n".join([BEGIN, *lines, END]) + b"\n" + after


def refused(key: age.X25519Identity, data: bytes) -> str:
    with pytest.raises(age.AgeArmorError) as caught:
        age.decrypt(data, [key])
    return str(caught.value)


def test_up_to_1_kib_of_whitespace_lines_may_come_before_the_begin_line(
    key: age.X25519Identity, lines: list[bytes]
) -> None:
    # Each empty line counts its line end: 1,024 of them are exactly the 1 KiB allowed.
    assert age.decrypt(armoured(lines, before=b"\n" * 1024), [key]) == bytes(range(200)) * 3
    assert age.decrypt(armoured(lines, before=b" " * 1000 + b"\n"), [key])
    assert age.decrypt(armoured(lines, before=b" " * 1023 + b"\n"), [key])  # one line of 1 KiB
    message = refused(key, armoured(lines, before=b"\n" * 1025))
    assert message == "The armoured age file starts with too much whitespace."
    message = refused(key, armoured(lines, before=b"\t" * 1000 + b"\n" + b" " * 30 + b"\n"))
    assert message == "The armoured age file starts with too much whitespace."
    # lines of odd length: 512 + 512 + 1 bytes with their line ends
    message = refused(key, armoured(lines, before=(b" " * 511 + b"\n") * 2 + b"\n"))
    assert message == "The armoured age file starts with too much whitespace."
    assert age.decrypt(armoured(lines, before=(b" " * 511 + b"\n") * 2), [key])


def test_up_to_1_kib_of_whitespace_may_follow_the_end_line(
    key: age.X25519Identity, lines: list[bytes]
) -> None:
    assert age.decrypt(armoured(lines, after=b" " * 1023), [key]) == bytes(range(200)) * 3
    message = refused(key, armoured(lines, after=b" " * 1024))
    assert message == "The armoured age file ends with too much whitespace."
    message = refused(key, armoured(lines, after=b"\n" * 1000 + b"x"))
    assert message == "The armoured age file has data after its END line."


def test_a_full_last_line_is_read_and_so_is_crlf(key: age.X25519Identity) -> None:
    data = bytes(range(256)) * 4
    for size in range(150, 200):  # some of these end with a line of exactly 64 columns
        sealed = age.encrypt(data[:size], [key.recipient], armored=True)
        assert age.decrypt(sealed, [key]) == data[:size]
        assert age.decrypt(sealed.replace(b"\n", b"\r\n"), [key]) == data[:size]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda ls: [ls[0] + b"A", *ls[1:]], " has a line longer than 64 columns"),
        (lambda ls: [ls[0] + b"A" * 2000, *ls[1:]], " has a line that is far too long"),
        (lambda ls: [ls[0], b"", *ls[1:]], " has an empty line inside it"),
        (lambda ls: [ls[0][:-1] + b"!", *ls[1:]], " has a line that is not base64"),
        # a lax decoder would drop the four and find the rest well padded
        (lambda ls: [ls[0][:-4] + b"!!!!", *ls[1:]], " has a line that is not base64"),
        (lambda ls: [*ls[:-1], ls[-1][:-4] + b"QR=="], "'s base64 is not canonical"),
        (lambda ls: [ls[0], ls[-1], *ls[1:-1]], "'s short line is not its last"),
        (lambda ls: [ls[0], ls[1]], " ends before its END line"),
    ],
)
def test_each_broken_armour_is_named(
    key: age.X25519Identity, lines: list[bytes], change: object, message: str
) -> None:
    assert callable(change)
    if message == " ends before its END line":
        data = b"\n".join([BEGIN, *change(lines)]) + b"\n"
    else:
        data = armoured(change(lines))
    assert refused(key, data) == f"The armoured age file{message}."


def test_a_first_line_that_is_neither_age_nor_armour(key: age.X25519Identity) -> None:
    expected = "The file is neither an age file nor an armoured one: its first line is wrong."
    assert refused(key, b"hello\n") == expected
    assert refused(key, b"x" * 5000 + b"\n") == expected  # not read to its end
    assert refused(key, b"\n\n" + BEGIN + b"X\n") == expected


def test_an_armoured_file_streams_like_a_binary_one(key: age.X25519Identity) -> None:
    """The armour hands out one line (48 bytes) however little was asked for: the reader must
    take that and go on, not read on to the end of the file before its first chunk."""
    data = bytes(range(256)) * 4096  # 1 MiB: 16 chunks
    src = io.BytesIO(age.encrypt(data, [key.recipient], armored=True))
    read_when_written: list[int] = []

    class Sink(io.BytesIO):
        def write(self, chunk: object) -> int:
            read_when_written.append(src.tell())
            return super().write(chunk)  # type: ignore[call-overload,no-any-return]

    out = Sink()
    age.decrypt_io(src, out, [key])
    assert out.getvalue() == data
    assert len(read_when_written) == 16
    assert read_when_written[0] < 200_000, read_when_written[0]  # of 1.4 MB armoured


@pytest.mark.parametrize("length", [1023, 1024])
def test_a_body_line_of_a_kib_is_far_too_long_and_one_byte_less_is_too_long(
    key: age.X25519Identity, lines: list[bytes], length: int
) -> None:
    """The reader reads at most 1,024 bytes of a line: a line that fills them without its line
    end is named far too long, one that ends within them is over the 64 columns."""
    message = refused(key, armoured([b"A" * length, *lines]))
    if length == 1024:
        assert message == "The armoured age file has a line that is far too long."
    else:
        assert message == "The armoured age file has a line longer than 64 columns."
