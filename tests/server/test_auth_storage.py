"""storage/auth.py called directly on a migrated SQLite database: the rules of challenges and
tokens at their edges (an expiry second, the day of a sign-in, the sweep's grace, a revoked
device's one final session), which the HTTP tests in test_auth.py and test_wipe_orders.py can
only reach with the clock of a running server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, select, text

from vigil_server.errors import ApiError
from vigil_server.storage import auth
from vigil_server.storage.database import Database
from vigil_server.storage.tables import challenges, devices, tokens
from vigil_server.wire import DAY, sha256_hex

NOW = 1_900_000_123  # not a whole day: NOW % DAY == 64_123
ORDER_EXPIRES = 1_900_096_400  # 2030-03-18T20:33:20Z, a day and a bit after NOW
ORDER = b"vigil-wipe/v1\nexpires 2030-03-18T20:33:20Z\n"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('auth') / 'db.sqlite'}", pool_size=1)
    db.migrate()
    with db.write() as conn:
        conn.execute(text("INSERT INTO organisations (id, name, created_at, log_head) "
                          "VALUES ('o', 'o', 0, 0)"))  # fmt: skip
    yield db
    db.engine.dispose()


@pytest.fixture
def conn(database: Database) -> Iterator[Connection]:
    """A write transaction that is rolled back: each test starts from the same rows."""
    with database.engine.connect() as connection:
        transaction = connection.begin()
        yield connection
        transaction.rollback()


def add_device(
    conn: Connection,
    name: str,
    *,
    role: str = "field",
    status: str = "active",
    order: bytes | None = None,
    push_first: bool = False,
    final_until: int | None = None,
    last_seen: int | None = None,
) -> str:
    conn.execute(
        devices.insert().values(
            id=name, org_id="o", role=role, device_key=name.encode().ljust(32, b"\0"),
            age_recipient="age1x", status=status, wipe=order is not None, created_at=0,
            wipe_order=order, wipe_push_first=push_first, final_until=final_until,
            last_seen=last_seen,
        )
    )  # fmt: skip
    return name


def runtime(word: str) -> str:
    """``word`` as a request's JSON gives it: an equal string, not the interned literal (so
    that ``is`` in place of ``==`` shows)."""
    return "".join(list(word))


def error_of(call: object, *args: object) -> tuple[int, str]:
    with pytest.raises(ApiError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.status, caught.value.code


def column(conn: Connection, name: str, device_id: str) -> object:
    return conn.execute(select(devices.c[name]).where(devices.c.id == device_id)).scalar_one()


# The wipe order's expiry ------------------------------------------------------------------


def test_the_order_expiry_is_read_from_its_own_line_only() -> None:
    assert auth.order_expiry(ORDER) == ORDER_EXPIRES
    assert auth.order_expiry(b"a\nexpires 2030-03-18T20:33:20Z\nb") == ORDER_EXPIRES
    assert auth.order_expiry(None) is None
    assert auth.order_expiry(b"") is None
    # Not at a line's start or end, or a date that does not exist: no expiry the server holds.
    assert auth.order_expiry(b"not expires 2030-03-18T20:33:20Z") is None
    assert auth.order_expiry(b"expires 2030-03-18T20:33:20Z+1") is None
    assert auth.order_expiry(b"expires 2030-02-30T17:46:40Z") is None


# Who may authenticate ----------------------------------------------------------------------


def test_an_active_device_may_sync_and_a_stranger_or_revoked_one_may_not(conn: Connection) -> None:
    add_device(conn, "ok")
    add_device(conn, "gone", status="revoked")
    assert auth.active_device(conn, "ok", "sync", NOW).id == "ok"
    assert auth.active_device(conn, "ok").id == "ok"
    assert error_of(auth.active_device, conn, "nobody", "sync", NOW) == (404, "unknown_device")
    assert error_of(auth.active_device, conn, "gone", "sync", NOW) == (403, "device_revoked")
    # An active device may not ask for the revoked device's final session.
    assert error_of(auth.active_device, conn, "ok", "final", NOW) == (403, "wrong_action")


def test_only_a_device_told_to_push_first_gets_a_final_session(conn: Connection) -> None:
    add_device(conn, "plain", status="revoked")
    add_device(conn, "no-push", status="revoked", order=ORDER)
    add_device(conn, "push", status="revoked", order=ORDER, push_first=True)
    add_device(conn, "spent", status="revoked", order=ORDER, push_first=True, final_until=NOW)
    for name in ("plain", "no-push"):
        assert error_of(auth.active_device, conn, name, "final", NOW) == (403, "device_revoked")
    assert auth.active_device(conn, "push", runtime("final"), NOW).id == "push"
    assert error_of(auth.active_device, conn, "spent", runtime("final"), NOW) == (
        403, "final_spent",
    )  # fmt: skip
    # "sync" stays refused for the device that may push first.
    assert error_of(auth.active_device, conn, "push", "sync", NOW) == (403, "device_revoked")


def test_a_final_session_ends_with_the_orders_expiry_to_the_second(conn: Connection) -> None:
    add_device(conn, "push", status="revoked", order=ORDER, push_first=True)
    assert auth.active_device(conn, "push", "final", ORDER_EXPIRES - 1).id == "push"
    for late in (ORDER_EXPIRES, ORDER_EXPIRES + 1):
        assert error_of(auth.active_device, conn, "push", "final", late) == (403, "device_revoked")
    # Without a clock (now=None) the expiry is not held against it.
    assert auth.active_device(conn, "push", "final").id == "push"


def test_an_admin_challenge_is_for_an_hq_desk_only(conn: Connection) -> None:
    add_device(conn, "desk", role="hq")
    add_device(conn, "field")
    assert error_of(auth.new_challenge, conn, "field", "h", runtime("admin"), NOW + 60, NOW) == (
        403, "hq_only",
    )  # fmt: skip
    nonce = auth.new_challenge(conn, "desk", "vigil.test:443", "admin", NOW + 60, NOW)
    row = conn.execute(
        select(challenges).where(challenges.c.nonce_hash == sha256_hex(nonce.encode()))
    ).mappings().one()  # fmt: skip
    assert (row["device_id"], row["host"], row["action"], row["expires_at"]) == (
        "desk", "vigil.test:443", "admin", NOW + 60,
    )  # fmt: skip
    field_nonce = auth.new_challenge(conn, "field", "h", "sync", NOW + 60, NOW)
    assert field_nonce != nonce
    revoked = add_device(conn, "revoked", status="revoked")
    assert error_of(auth.new_challenge, conn, revoked, "h", "sync", NOW + 60, NOW) == (
        403, "device_revoked",
    )  # fmt: skip


def test_a_challenge_is_spent_once_for_its_device_and_action(conn: Connection) -> None:
    add_device(conn, "a")
    add_device(conn, "b")
    nonce = auth.new_challenge(conn, "a", "vigil.test:443", "sync", NOW + 60, NOW)
    assert error_of(auth.spend_challenge, conn, "a", "sync", "other", NOW) == (
        401, "invalid_challenge",
    )  # fmt: skip
    assert error_of(auth.spend_challenge, conn, "b", "sync", nonce, NOW) == (
        401, "challenge_mismatch",
    )  # fmt: skip
    with pytest.raises(ApiError) as caught:
        auth.spend_challenge(conn, "a", "admin", nonce, NOW)
    assert caught.value.code == "challenge_mismatch"
    assert "'sync', not 'admin'" in caught.value.message
    # None of the refusals above spent it.
    assert auth.spend_challenge(conn, "a", "sync", nonce, NOW) == "vigil.test:443"
    assert error_of(auth.spend_challenge, conn, "a", "sync", nonce, NOW) == (401, "challenge_used")


def test_a_challenge_expires_at_its_second(conn: Connection) -> None:
    add_device(conn, "a")
    nonce = auth.new_challenge(conn, "a", "h", "sync", NOW + 60, NOW)
    assert error_of(auth.spend_challenge, conn, "a", "sync", nonce, NOW + 60) == (
        401, "challenge_expired",
    )  # fmt: skip
    nonce = auth.new_challenge(conn, "a", "h", "sync", NOW + 60, NOW)
    assert auth.spend_challenge(conn, "a", "sync", nonce, NOW + 59) == "h"


# Tokens -----------------------------------------------------------------------------------


def token_row(conn: Connection, token: str) -> dict[str, object]:
    row = conn.execute(
        select(tokens).where(tokens.c.token_hash == sha256_hex(token.encode()))
    ).mappings().one()  # fmt: skip
    return dict(row)


def test_a_token_is_stored_as_its_hash_and_lasts_its_ttl(conn: Connection) -> None:
    add_device(conn, "a")
    token, expires = auth.issue_token(conn, "a", "sync", NOW, 600)
    assert expires == NOW + 600
    assert token.startswith("vgt_") and len(token) == 4 + 43
    row = token_row(conn, token)
    assert (row["device_id"], row["action"], row["expires_at"]) == ("a", "sync", NOW + 600)
    assert token not in {str(v) for v in row.values()}
    other, _ = auth.issue_token(conn, "a", "sync", NOW, 600)
    assert other != token
    # Valid to its last second, expired at its expiry.
    device, action = auth.check_token(conn, token, NOW + 599)
    assert (device.id, action) == ("a", "sync")
    assert error_of(auth.check_token, conn, token, NOW + 600) == (401, "token_expired")
    assert error_of(auth.check_token, conn, "vgt_" + "A" * 43, NOW) == (401, "invalid_token")
    # Found by its hash alone: not by one that sorts after (or before) a real token's.
    high = next(f"vgt_{i}" for i in range(10_000) if sha256_hex(f"vgt_{i}".encode()) > "ff")
    low = next(f"vgt_{i}" for i in range(10_000) if sha256_hex(f"vgt_{i}".encode()) < "01")
    for junk in (high, low):
        assert error_of(auth.check_token, conn, junk, NOW) == (401, "invalid_token")
    assert column(conn, "final_until", "a") is None  # a sync token starts no final session


def test_an_admin_token_is_not_a_final_session(conn: Connection) -> None:
    add_device(conn, "desk", role="hq")
    token, expires = auth.issue_token(conn, "desk", runtime("admin"), NOW, 600)
    assert expires == NOW + 600 and token_row(conn, token)["expires_at"] == NOW + 600
    assert column(conn, "final_until", "desk") is None
    assert auth.check_token(conn, token, NOW)[1] == "admin"


def test_a_revoked_devices_token_is_refused_before_its_expiry(conn: Connection) -> None:
    add_device(conn, "a")
    token, _ = auth.issue_token(conn, "a", "sync", NOW, 600)
    conn.execute(devices.update().where(devices.c.id == "a").values(status="revoked"))
    assert error_of(auth.check_token, conn, token, NOW) == (403, "device_revoked")
    # Expired and revoked: the revocation is what the device is told.
    assert error_of(auth.check_token, conn, token, NOW + 700) == (403, "device_revoked")


def test_the_final_session_lasts_an_hour_or_to_the_orders_expiry(conn: Connection) -> None:
    add_device(conn, "long", status="revoked", order=ORDER, push_first=True)
    token, expires = auth.issue_token(conn, "long", "final", NOW, 600)
    assert expires == NOW + auth.FINAL_SESSION == NOW + 3600
    assert column(conn, "final_until", "long") == NOW + 3600
    assert token_row(conn, token)["expires_at"] == NOW + 3600
    device, action = auth.check_token(conn, token, NOW + 3599)
    assert (device.id, action) == ("long", "final")
    assert error_of(auth.check_token, conn, token, NOW + 3600) == (401, "token_expired")
    # One final session: the second is refused, and the deadline stays.
    assert error_of(auth.issue_token, conn, "long", "final", NOW + 1, 600) == (403, "final_spent")
    assert column(conn, "final_until", "long") == NOW + 3600

    # The order expires in 30 minutes: the session ends then, not an hour from now.
    add_device(conn, "short", status="revoked", order=ORDER, push_first=True)
    start = ORDER_EXPIRES - 1800
    _, expires = auth.issue_token(conn, "short", "final", start, 600)
    assert expires == ORDER_EXPIRES
    assert column(conn, "final_until", "short") == ORDER_EXPIRES


def test_a_final_token_is_refused_once_the_device_may_no_longer_push(conn: Connection) -> None:
    add_device(conn, "push", status="revoked", order=ORDER, push_first=True)
    token, _ = auth.issue_token(conn, "push", "final", NOW, 600)
    conn.execute(devices.update().where(devices.c.id == "push").values(wipe_push_first=False))
    assert error_of(auth.check_token, conn, token, NOW) == (403, "device_revoked")


def test_a_final_session_started_elsewhere_meanwhile_is_spent(
    conn: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two token requests at once both pass active_device; the row's update lets one win."""
    add_device(conn, "push", status="revoked", order=ORDER, push_first=True)
    real = auth.active_device

    def racing(*args: object) -> object:
        device = real(*args)  # type: ignore[arg-type]
        conn.execute(devices.update().where(devices.c.id == "push").values(final_until=NOW))
        return device

    monkeypatch.setattr(auth, "active_device", racing)
    assert error_of(auth.issue_token, conn, "push", "final", NOW, 600) == (403, "final_spent")
    assert conn.execute(select(tokens).where(tokens.c.device_id == "push")).first() is None


# The day of a sign-in, and the sweep ------------------------------------------------------


def test_a_sign_in_records_its_day_once(conn: Connection) -> None:
    day = NOW - NOW % DAY
    add_device(conn, "new")
    auth.issue_token(conn, "new", "sync", NOW, 600)
    assert column(conn, "last_seen", "new") == day
    # Written once a day, not at every sign-in: a second one that day changes no row.
    raw = conn.connection.driver_connection
    before = raw.total_changes  # type: ignore[union-attr]
    auth.seen(conn, "new", NOW + 60)
    assert raw.total_changes == before  # type: ignore[union-attr]
    add_device(conn, "yesterday", last_seen=day - DAY)
    auth.seen(conn, "yesterday", NOW)
    assert column(conn, "last_seen", "yesterday") == day
    # A clock that went back never moves the day back.
    add_device(conn, "later", last_seen=day + DAY)
    auth.seen(conn, "later", NOW)
    assert column(conn, "last_seen", "later") == day + DAY
    # Only the device that signed in, not those whose ids sort before or after it.
    add_device(conn, "a-before", last_seen=day)
    auth.seen(conn, "new", NOW + DAY)
    assert column(conn, "last_seen", "new") == day + DAY
    assert column(conn, "last_seen", "yesterday") == day
    assert column(conn, "last_seen", "a-before") == day


def test_the_sweep_keeps_what_expired_within_its_grace(conn: Connection) -> None:
    add_device(conn, "a")
    kept, _ = auth.issue_token(conn, "a", "sync", NOW, 600)
    gone, _ = auth.issue_token(conn, "a", "sync", NOW - 1, 600)
    kept_nonce = sha256_hex(auth.new_challenge(conn, "a", "h", "sync", NOW + 60, NOW).encode())
    auth.new_challenge(conn, "a", "h", "sync", NOW + 59, NOW)  # swept first

    def nonces() -> set[str]:
        return set(conn.execute(select(challenges.c.nonce_hash)).scalars())

    assert auth.SWEEP_GRACE == 60
    auth.sweep(conn, NOW + 60 + 60)
    assert nonces() == {kept_nonce}  # expired a minute ago: kept; a second longer: swept
    auth.sweep(conn, NOW + 600 + 60)
    assert nonces() == set()
    # A token expired less than the grace ago is still named "expired" rather than unknown.
    assert error_of(auth.check_token, conn, kept, NOW + 600 + 60) == (401, "token_expired")
    assert error_of(auth.check_token, conn, gone, NOW + 600 + 60) == (401, "invalid_token")
