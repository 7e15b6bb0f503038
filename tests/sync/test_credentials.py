"""The device credential in the real Secret Service (gnome-keyring on a private bus), and the
refusals: no insecure backend, no silent fallback, no secret in a message or a log line."""

from __future__ import annotations

import base64
import json
import logging
import secrets
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import keyring
import pytest
import secretstorage
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer, fail, null

from tests.support.secret_service import SecretServiceSession
from vigil.crypto.errors import IntegrityError, VigilError
from vigil.sync import credentials
from vigil.sync.credentials import (
    DAMAGED,
    LOCKED,
    NEWER,
    NO_ANSWER,
    NO_KEYRING,
    SERVICE,
    CredentialDamaged,
    DeviceCredential,
    KeyringStore,
    KeyringUnavailable,
    MemoryStore,
    new_device_key,
)

PIN = "sha256/" + base64.b64encode(bytes(range(32))).decode()


def make_credential(vault_id: str | None = None, role: str = "field") -> DeviceCredential:
    return DeviceCredential(
        vault_id=vault_id or secrets.token_hex(16),
        device_id=secrets.token_hex(16),
        device_key=new_device_key(),
        url="https://hq.example.org:8443",
        pin=PIN,
        role=role,
        org="Правозащитный центр",
    )


def secret_markers(cred: DeviceCredential) -> list[bytes]:
    """What must never be found in plaintext: the key in every spelling, and the device id."""
    key = cred.device_key
    return [base64.b64encode(key), key, key.hex().encode(), cred.device_id.encode()]


@contextmanager
def active_backend(backend: KeyringBackend) -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def store(secret_service: SecretServiceSession) -> KeyringStore:
    assert isinstance(keyring.get_keyring(), SecretService.Keyring)
    return KeyringStore()


@pytest.fixture(autouse=True)
def _all_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)


def items_for(vault_id: str) -> list[secretstorage.Item]:
    with closing(secretstorage.dbus_init()) as conn:
        collection = secretstorage.get_default_collection(conn)
        found = collection.search_items({"service": SERVICE, "username": f"device:{vault_id}"})
        return list(found)


# The real Secret Service


def test_round_trip(store: KeyringStore) -> None:
    cred = make_credential()
    store.save(cred)
    assert store.load(cred.vault_id) == cred
    assert store.delete(cred.vault_id) is True
    assert store.load(cred.vault_id) is None
    assert store.delete(cred.vault_id) is False


def test_vaults_are_independent(store: KeyringStore) -> None:
    first, second = make_credential(), make_credential(role="hq")
    store.save(first)
    store.save(second)
    assert store.load(first.vault_id) == first
    assert store.load(second.vault_id) == second
    assert store.delete(first.vault_id)
    assert store.load(first.vault_id) is None
    assert store.load(second.vault_id) == second
    store.delete(second.vault_id)


def test_save_replaces(store: KeyringStore) -> None:
    old = make_credential()
    new = make_credential(old.vault_id, role="hq")
    store.save(old)
    store.save(new)
    assert store.load(old.vault_id) == new
    assert len(items_for(old.vault_id)) == 1
    store.delete(old.vault_id)


def test_missing_is_none(store: KeyringStore) -> None:
    assert store.load(secrets.token_hex(16)) is None


def test_delete_removes_duplicates(
    store: KeyringStore, secret_service: SecretServiceSession
) -> None:
    cred = make_credential()
    store.save(cred)
    # Another client stores a second item with the same attributes (and one more).
    subprocess.run(
        ["secret-tool", "store", "--label=stray", "service", SERVICE,
         "username", f"device:{cred.vault_id}", "other", "client"],
        input=cred.to_json(), text=True, env=secret_service.env, check=True, timeout=30,
    )  # fmt: skip
    assert len(items_for(cred.vault_id)) == 2
    assert store.delete(cred.vault_id) is True
    assert items_for(cred.vault_id) == []


def _damaged_texts(vault_id: str) -> list[str]:
    good = json.loads(make_credential(vault_id).to_json())
    return [
        "garbage: not json at all",
        "",
        "[1, 2, 3]",
        "{}",
        json.dumps({**good, "v": True}),
        json.dumps({**good, "v": 0}),
        json.dumps({**good, "device_key": base64.b64encode(b"short").decode()}),
        json.dumps({**good, "device_key": "!!!not base64!!!"}),
        json.dumps({**good, "device_id": "XYZ"}),
        json.dumps({**good, "url": "http://hq.example.org"}),
        json.dumps({**good, "pin": "md5/abc"}),
        json.dumps({**good, "role": "admin"}),
        json.dumps({**good, "extra": "field"}),
        json.dumps({k: v for k, v in good.items() if k != "org"}),
        json.dumps({**good, "vault_id": secrets.token_hex(16)}),  # another vault's credential
        "[" * 100_000,
    ]


def test_damaged_secret(store: KeyringStore, caplog: pytest.LogCaptureFixture) -> None:
    vault_id = secrets.token_hex(16)
    username = f"device:{vault_id}"
    for text in _damaged_texts(vault_id):
        keyring.set_password(SERVICE, username, text)
        caplog.clear()
        with pytest.raises(CredentialDamaged) as caught:
            store.load(vault_id)
        assert str(caught.value) == DAMAGED
        assert isinstance(caught.value, IntegrityError)
        assert caught.value.__cause__ is None and caught.value.__context__ is None
        if len(text) > 8:
            assert text[:40] not in caplog.text
    assert store.delete(vault_id)


def test_newer_version(store: KeyringStore) -> None:
    cred = make_credential()
    body = json.loads(cred.to_json())
    keyring.set_password(SERVICE, f"device:{cred.vault_id}", json.dumps({**body, "v": 2}))
    with pytest.raises(CredentialDamaged, match="newer Vigil") as caught:
        store.load(cred.vault_id)
    assert str(caught.value) == NEWER
    store.delete(cred.vault_id)


def _files(root: Path) -> Iterator[Path]:
    return (p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def test_secret_is_in_the_secret_service_only(
    store: KeyringStore, secret_service: SecretServiceSession, caplog: pytest.LogCaptureFixture
) -> None:
    cred = make_credential()
    keyring_file = secret_service.home / ".local" / "share" / "keyrings" / "login.keyring"
    before = keyring_file.read_bytes()
    store.save(cred)

    # Another client (libsecret's secret-tool) reads it back from the Secret Service.
    found = subprocess.run(
        ["secret-tool", "lookup", "service", SERVICE, "username", f"device:{cred.vault_id}"],
        capture_output=True, text=True, env=secret_service.env, check=True, timeout=30,
    )  # fmt: skip
    assert found.stdout == cred.to_json()
    stored = json.loads(found.stdout)
    assert stored["v"] == 1
    assert base64.b64decode(stored["device_key"]) == cred.device_key

    # gnome-keyring wrote the item to its (encrypted) file, and no file holds it in plaintext.
    assert keyring_file.read_bytes() != before
    scanned = {path: path.read_bytes() for path in _files(secret_service.home)}
    assert keyring_file in scanned
    leaks = [(str(p), m) for p, data in scanned.items() for m in secret_markers(cred) if m in data]
    assert leaks == []
    assert all(m.decode("latin-1") not in caplog.text for m in secret_markers(cred)[::2])
    store.delete(cred.vault_id)


def test_locked_keyring_refused(store: KeyringStore, secret_service: SecretServiceSession) -> None:
    """The person does not unlock the keyring (here: no prompter can even be shown)."""
    cred = make_credential()
    store.save(cred)
    with closing(secretstorage.dbus_init()) as conn:
        collection = secretstorage.get_default_collection(conn)
        collection.lock()
        try:
            for call in (lambda: store.load(cred.vault_id), lambda: store.save(cred),
                         lambda: store.delete(cred.vault_id)):  # fmt: skip
                with pytest.raises(KeyringUnavailable) as caught:
                    call()
                assert str(caught.value) == LOCKED
                assert caught.value.__context__ is None
        finally:
            secret_service.unlock(conn, collection)
            assert not collection.is_locked()
    assert store.load(cred.vault_id) == cred
    store.delete(cred.vault_id)


def test_no_session_bus(
    store: KeyringStore, secret_service: SecretServiceSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={secret_service.base}/no-bus")
    with pytest.raises(KeyringUnavailable) as caught:
        store.load(secrets.token_hex(16))
    assert str(caught.value) == NO_KEYRING


# Refused backends: never a silent plaintext fallback


class PlaintextLike(KeyringBackend):
    """Stands in for keyrings.alt's PlaintextKeyring (priority 0.5): must never be used."""

    priority = 0.5
    calls: list[str] = []  # noqa: RUF012

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")


# keyring registers every backend class it sees; this one must not take part in detection.
KeyringBackend._classes.discard(PlaintextLike)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextLike()],
                         ids=["fail", "null", "plaintext"])  # fmt: skip
def test_insecure_backend_refused(
    backend: KeyringBackend, caplog: pytest.LogCaptureFixture
) -> None:
    cred = make_credential()
    with active_backend(backend):
        for call in (lambda: KeyringStore().save(cred), lambda: KeyringStore().load(cred.vault_id),
                     lambda: KeyringStore().delete(cred.vault_id)):  # fmt: skip
            with pytest.raises(KeyringUnavailable) as caught:
                call()
            assert str(caught.value) == NO_KEYRING
            assert isinstance(caught.value, VigilError)
    assert PlaintextLike.calls == []
    assert base64.b64encode(cred.device_key).decode() not in caplog.text


class Broken(KeyringBackend):
    """A secure-looking backend whose every call fails with the secret in its message."""

    priority = 5

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("D-Bus said no")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"could not store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise OSError("D-Bus said no")


KeyringBackend._classes.discard(Broken)


def test_backend_failure_hides_the_secret(caplog: pytest.LogCaptureFixture) -> None:
    cred = make_credential()
    store = KeyringStore(Broken())
    for call in (lambda: store.save(cred), lambda: store.load(cred.vault_id),
                 lambda: store.delete(cred.vault_id)):  # fmt: skip
        with pytest.raises(KeyringUnavailable) as caught:
            call()
        assert str(caught.value) == NO_ANSWER
        assert caught.value.__cause__ is None and caught.value.__context__ is None
    assert "RuntimeError at" in caplog.text
    assert base64.b64encode(cred.device_key).decode() not in caplog.text
    assert "D-Bus said no" not in caplog.text


def test_explicit_backend_is_checked_too() -> None:
    with pytest.raises(KeyringUnavailable, match="No secure keyring"):
        KeyringStore(PlaintextLike()).load(secrets.token_hex(16))


def test_chain_uses_its_first_member_only(
    secret_service: SecretServiceSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keyring picks a chain when, say, keyrings.alt is installed beside the Secret Service:
    the Secret Service is used, and the plaintext member is never read or written."""
    secure = SecretService.Keyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [secure, PlaintextLike()])
    cred = make_credential()
    with active_backend(chainer.ChainerBackend()):
        assert KeyringStore().load(cred.vault_id) is None
        KeyringStore().save(cred)
        assert KeyringStore().load(cred.vault_id) == cred
        assert KeyringStore().delete(cred.vault_id)
        assert KeyringStore().delete(cred.vault_id) is False
    assert PlaintextLike.calls == []
    for members in ([PlaintextLike(), secure], []):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", members)
        with active_backend(chainer.ChainerBackend()), pytest.raises(KeyringUnavailable):
            KeyringStore().save(cred)
    assert PlaintextLike.calls == []


# The credential itself


def test_json_format() -> None:
    cred = make_credential()
    body = json.loads(cred.to_json())
    assert body == {
        "v": 1, "vault_id": cred.vault_id, "device_id": cred.device_id,
        "device_key": base64.b64encode(cred.device_key).decode(), "url": cred.url,
        "pin": cred.pin, "role": "field", "org": cred.org,
    }  # fmt: skip
    assert DeviceCredential.from_json(cred.to_json()) == cred
    with pytest.raises(CredentialDamaged) as caught:
        DeviceCredential.from_json("{" + cred.to_json())
    assert str(caught.value) == DAMAGED and caught.value.__context__ is None


def test_key_not_in_repr() -> None:
    cred = make_credential()
    text = repr(cred) + str(cred)
    assert cred.device_id in text
    assert all(m.decode("latin-1") not in text for m in secret_markers(cred)[:3:2])
    assert "device_key" not in text


def test_new_device_key_is_random() -> None:
    keys = {new_device_key() for _ in range(64)}
    assert len(keys) == 64 and all(len(k) == 32 for k in keys)


@pytest.mark.parametrize(
    "change",
    [{"vault_id": "A" * 32}, {"vault_id": "a" * 31}, {"device_id": "g" * 32},
     {"device_key": b"\0" * 31}, {"device_key": bytearray(32)}, {"url": "http://hq"},
     {"url": "https://hq/path"}, {"url": "https://user@hq"}, {"url": "https://hq:99999"},
     {"pin": "sha256/abc"}, {"role": "admin"}, {"org": None}],
)  # fmt: skip
def test_invalid_fields(change: dict[str, object]) -> None:
    fields = {**make_credential().__dict__, **change}
    with pytest.raises(ValueError):
        DeviceCredential(**fields)


def test_vault_id_checked_before_the_keyring() -> None:
    with pytest.raises(ValueError):
        KeyringStore(fail.Keyring()).load("../../etc")


# MemoryStore: a fake that never loads outside the tests


def test_memory_store_refuses_without_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(credentials.ALLOW_FAKES_ENV, raising=False)
    with pytest.raises(RuntimeError, match="test fake"):
        MemoryStore()
    monkeypatch.setenv(credentials.ALLOW_FAKES_ENV, "true")
    with pytest.raises(RuntimeError):
        MemoryStore()


def test_memory_store_refuses_in_a_frozen_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(credentials.ALLOW_FAKES_ENV, "1")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(RuntimeError):
        MemoryStore()


def test_memory_store_works_with_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(credentials.ALLOW_FAKES_ENV, "1")
    store: credentials.CredentialStore = MemoryStore()
    first, second = make_credential(), make_credential()
    store.save(first)
    store.save(second)
    assert store.load(first.vault_id) == first
    assert store.load(secrets.token_hex(16)) is None
    assert store.delete(first.vault_id) is True
    assert store.delete(first.vault_id) is False
    assert store.load(first.vault_id) is None
    assert store.load(second.vault_id) == second
