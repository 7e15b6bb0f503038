"""Enrolment code size: HQ keys by fingerprint (version 2) against the keys written out (v1).

Not a timed test: it prints the length of a device code naming two hybrid (mlkem768x25519)
HQ recipients and one Ed25519 key, as the server makes it (version 2, SHA-256 fingerprints),
and of the same code written the version 1 way (the keys themselves), and their ratio. With
``--check`` it exits 1 unless the version 2 code is under 1,000 characters (a code is copied,
pasted, sometimes read over a phone line).

    uv run python benchmarks/enrol_code_size.py
"""

from __future__ import annotations

import argparse
import base64
import json
import sys

from vigil.crypto import age
from vigil.crypto.keys import Identity
from vigil_server import codes


def sizes() -> tuple[int, int]:
    hybrids = [str(age.HybridIdentity.generate().recipient) for _ in range(2)]
    ed = Identity.generate().verify_key_bytes
    new = codes.make(
        "https://hq.example.org:8443", "sha256/" + "A" * 43 + "=", "Headquarters",
        (hybrids, [ed]), codes.new_secret(), "device", "field", "2026-12-09T09:30:00Z",
        "ab" * 32, "cd" * 32,
    )  # fmt: skip
    rest = new.partition(":")[2]
    body = json.loads(base64.urlsafe_b64decode(rest + "=" * (-len(rest) % 4)))
    del body["hq_age"], body["hq_ed25519"]
    body["v"] = 1
    body["hq_keys"] = [{"age": h, "ed25519": base64.b64encode(ed).decode()} for h in hybrids]
    old = codes.DEVICE_PREFIX + codes.b64url(codes.canonical_json(body))
    return len(old), len(new)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    old, new = sizes()
    print(f"device code, two hybrid HQ recipients, keys written out (v1): {old:6d} characters")
    print(f"device code, two hybrid HQ recipients, fingerprints (v2):     {new:6d} characters")
    print(f"ratio v2 / v1: {new / old:.3f}")
    return 1 if args.check and new >= 1000 else 0


if __name__ == "__main__":
    sys.exit(main())
