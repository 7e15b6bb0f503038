"""Strict JSON benchmark: the bounded reader against plain ``json.loads`` on the same text.

Not a timed test: it prints a table. With ``--check`` it exits 1 when a target fails.

    uv run python benchmarks/strict_json.py            # the documents below, 200 rounds each
    uv run python benchmarks/strict_json.py --rounds 20

Target: ``vigil.crypto.strict_json.loads`` reads each document at >= 0.25x the speed of
``json.loads`` measured in the same run (ratio = plain time / strict time; 1.0 is as fast).
The documents are what Vigil reads from outside: one revision body (canonical JSON, raw
UTF-8), a 2 MB case import (indented, Cyrillic), the same import written with ``\\u``
escapes and emoji surrogate pairs (the slow path of the surrogate check), and a backup
manifest trusting 500 devices.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from vigil.crypto.strict_json import loads

TARGET = 0.25  # the import written with escapes pays for the surrogate check (about 0.3)


def _import_doc(cases: int) -> dict[str, Any]:
    return {
        "format": "vigil-cases",
        "version": 1,
        "cases": [
            {
                "title": f"Задержание активиста {i} 😀",
                "country": "KZ",
                "people": [
                    {"ref": f"p{i}", "names": [{"name": "Айгүл Сейітова", "script": "Cyrl"}]}
                ],
                "events": [{"title": "Арест", "people": [f"p{i}"], "date": "2026-01-02"}],
                "notes": [{"text": "Позвонили адвокату. " * 40}],
            }
            for i in range(cases)
        ],
    }


def documents() -> dict[str, str]:
    """What Vigil reads from outside, written as its writers (or a third party) write it."""
    body = {
        "v": 1,
        "type": "revision",
        "kind": "note",
        "item": "a" * 32,
        "case": "b" * 32,
        "parents": ["c" * 64],
        "device": "d" * 32,
        "author_key": "e" * 64,
        "seq": 18,
        "prev": "f" * 64,
        "time": "2026-11-27T00:33:30.808353Z",
        "deleted": False,
        "payload": {"format": "markdown", "text": "Позвонили адвокату. " * 20},
    }
    doc = _import_doc(2000)
    manifest = {
        "format": "vigil-backup",
        "version": 2,
        "devices": {f"{i:032x}": "ab" * 32 for i in range(500)},
    }
    return {
        "revision body": json.dumps(
            body, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ),
        "case import 2 MB": json.dumps(doc, indent=2, ensure_ascii=False),
        "import, \\u escapes": json.dumps(doc, indent=2),
        "backup manifest": json.dumps(manifest, indent=1),
    }


def best(fn: Callable[[], Any], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target fails")
    args = parser.parse_args()
    failed = False
    print(f"{'document':<22} {'size':>10} {'json.loads':>12} {'strict':>12} {'ratio':>7}")
    for name, doc in documents().items():
        text = doc.encode()  # callers read bytes from a file, an envelope or a tar member
        rounds = max(3, args.rounds // max(1, len(text) // 100_000))
        assert loads(text) == json.loads(text)
        plain = best(lambda: json.loads(text), rounds)  # noqa: B023
        strict = best(lambda: loads(text), rounds)  # noqa: B023
        ratio = plain / strict
        failed |= ratio < TARGET
        print(
            f"{name:<22} {len(text):>10} {plain * 1e3:>10.3f}ms {strict * 1e3:>10.3f}ms"
            f" {ratio:>6.2f}x"
        )
    print(f"target: ratio >= {TARGET} for every document: {'FAIL' if failed else 'ok'}")
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
