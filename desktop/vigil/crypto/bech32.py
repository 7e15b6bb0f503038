"""Bech32 (BIP 173) encoding, as age uses it for identities and recipients.

The age implementation (vigil.crypto.age) writes and reads every key string through here,
including those of keys Vigil derives itself (the recovery key's age identity).
"""

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= _GEN[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data: bytes, frombits: int, tobits: int) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode bytes under a lower-case human-readable part; age upper-cases secret keys."""
    values = _convertbits(data, 8, 5)
    polymod = _polymod([*_hrp_expand(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in values + checksum)


def decode(text: str) -> tuple[str, bytes]:
    """The human-readable part (in the case it was written) and the bytes of a Bech32 string.

    As age reads it: no length limit (a hybrid recipient is some 1,950 characters), one case
    throughout, a valid checksum, and zero padding bits. Raises ValueError otherwise."""
    if text.lower() != text and text.upper() != text:
        raise ValueError("mixed case")
    hrp, sep, data = text.lower().rpartition("1")
    if not sep or not hrp or len(data) < 6 or not all(33 <= ord(c) <= 126 for c in hrp):
        raise ValueError("not Bech32")
    if any(c not in _CHARSET for c in data):
        raise ValueError("not Bech32")
    values = [_CHARSET.index(c) for c in data]
    if _polymod([*_hrp_expand(hrp), *values]) != 1:
        raise ValueError("bad checksum")
    acc = bits = 0
    out = bytearray()
    for v in values[:-6]:
        acc = (acc << 5 | v) & 0xFFF
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    if bits >= 5 or acc & ((1 << bits) - 1):
        raise ValueError("bad padding")
    hrp_written = text[: len(hrp)]
    return hrp_written, bytes(out)
