"""Property: whatever a valid age envelope to the vault's key holds, the vault still opens
and nothing already stored changes.

The insides are random and adversarial: arbitrary bytes, deep nesting, huge numbers, lone
surrogates, duplicate keys, fields of the wrong type, missing and extra fields, and valid
signatures by a key the vault trusts over bodies of the wrong kind or a bad payload.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.hostile.helpers import (
    INBOX_QUARANTINE,
    body,
    drop,
    encrypt_to,
    enrol_offline,
    signed,
    stored,
    unsigned_note,
)
from tests.support.examples import examples
from tests.support.vaults import PASSPHRASE
from vigil.cases.model import KINDS
from vigil.sync.unlocked import merge_inbox, prepare
from vigil.vault.store import Vault
from vigil.vault.verify import verify_vault

FIELDS = ("v", "type", "kind", "item", "case", "parents", "device", "author_key", "seq",
          "prev", "time", "deleted", "payload")  # fmt: skip

texts = st.text(max_size=20) | st.text(
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**30, max_value=10**60)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)


def dumps(value: Any, ascii_only: bool) -> bytes:
    # ensure_ascii writes a lone surrogate as its \u escape: the way one reaches a parser.
    return json.dumps(value, ensure_ascii=ascii_only, sort_keys=True).encode(
        "utf-8", "surrogatepass"
    )


@st.composite
def mutated_text(draw: st.DrawFn, vault: Vault) -> tuple[bytes, str]:
    """A revision body text with one or more adversarial changes; and its device."""
    value = body(vault)
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(["set", "drop", "kind", "payload", "extra"]))
        if how == "set":
            value[draw(st.sampled_from(FIELDS))] = draw(values)
        elif how == "drop":
            value.pop(draw(st.sampled_from(FIELDS)), None)
        elif how == "kind":
            value["kind"] = draw(st.sampled_from([*KINDS, "script", ""]))
            value["case"] = draw(st.none() | st.just(value.get("item")))
        elif how == "payload":
            value["payload"] = draw(st.dictionaries(texts, values, max_size=4) | values)
        else:
            value[draw(texts)] = draw(values)
    device = value.get("device") if isinstance(value.get("device"), str) else "00" * 16
    text = dumps(value, draw(st.booleans()))
    tail = draw(st.sampled_from(["", "dup", "nan", "deep", "bignum"]))
    if tail and text.startswith(b"{"):
        extra = {
            "dup": b'"kind":"case","kind":"note",',
            "nan": b'"seq":NaN,',
            "deep": b'"x":' + b"[" * 2000 + b"]" * 2000 + b",",
            "bignum": b'"seq":' + b"9" * 5000 + b",",
        }[tail]
        text = b"{" + extra + text[1:]
    return text.replace(b"\n", b" ") + b"\n", device if len(device) == 32 else "00" * 16


@st.composite
def hostile_envelope(draw: st.DrawFn, vault: Vault) -> bytes:
    shape = draw(st.sampled_from(["bytes", "deep", "body", "body", "body"]))
    if shape == "bytes":
        return encrypt_to(vault, draw(st.binary(max_size=200)))
    if shape == "deep":
        n = draw(st.integers(min_value=30, max_value=100_000))
        opener = draw(st.sampled_from([b"[", b"{", b'{"a":[']))
        return encrypt_to(vault, unsigned_note(opener * n + b"\n"))
    text, device = draw(mutated_text(vault))
    try:
        bytes.fromhex(device)
    except ValueError:
        device = "00" * 16
    if draw(st.booleans()):  # signed by a key the vault trusts (its own, another device)
        return signed(vault, text, device)
    return encrypt_to(vault, unsigned_note(text))


def test_vault_always_opens_and_keeps_what_it_had(vault: Vault) -> None:
    vault.save("case", {"title": "Detained journalist"})
    case = vault.items("case")[0]
    vault.save("note", {"text": "Called the lawyer."}, case_id=case.id)
    enrol_offline(vault)
    before = stored(vault)
    counter = iter(range(1, 10**6))

    @settings(
        max_examples=examples(60),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(st.lists(hostile_envelope(vault), min_size=1, max_size=3))
    def one_round(envelopes: list[bytes]) -> None:
        for data in envelopes:
            drop(vault.path, data, next(counter))
        merge_inbox(vault)  # never raises, whatever the inbox holds
        now = stored(vault)
        assert all(row in now for row in before), "something already stored changed"
        assert not list((vault.path / "inbox").iterdir())

    one_round()
    kept = list((vault.path / INBOX_QUARANTINE).iterdir())
    assert kept, "the refused envelopes are kept"
    vault.close()
    with Vault.open(vault.path, PASSPHRASE) as again:
        prepare(again)
        assert verify_vault(again) == []
        assert again.get(case.id) is not None
