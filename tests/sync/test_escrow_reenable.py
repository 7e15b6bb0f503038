"""Turning escrow on again while it is on (as after HQ's move to a hybrid key) when the upload
fails: HQ's copy on the server must still open the vault, whichever copy that is. A proxy in
front of the real server drops ``PUT /v1/escrow`` before the server sees it, or lets the server
store it and loses the answer; a crash is stopped between the steps of ``enable``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli, enrolled_field, make_cli
from tests.support.escrow import NEW_PASSPHRASE
from tests.support.server import ServerProcess
from tests.support.sync import (
    Device,
    HttpsProxy,
    Reply,
    Request,
    behind_proxy,
    make_field,
    make_hq,
)
from vigil.crypto.errors import VigilError
from vigil.sync import escrow
from vigil.sync.client import SyncClient
from vigil.vault.store import Vault

pytestmark = pytest.mark.e2e  # whole devices against a real server


class EscrowFault(HttpsProxy):
    """Forwards everything; ``PUT /v1/escrow`` fails as ``mode`` says."""

    mode: str | None = None

    def handle(self, request: Request, conn: Any) -> None:
        if self.mode is None or (request.method, request.route) != ("PUT", "/v1/escrow"):
            conn.write(self.forward(request))
        elif self.mode == "drop_before":  # the server never saw it
            conn.hang_up()
        else:  # "lost_answer": the server stored the new copy, the device hears a failure
            self.forward(request)
            conn.write(Reply(502, b"<html>Bad gateway</html>", "text/html"))


@pytest.fixture(scope="module")
def net(
    secret_service: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Cli, EscrowFault]]:
    root = tmp_path_factory.mktemp("reenable")
    with behind_proxy(root / "server", EscrowFault) as (server, proxy):
        desk = make_cli(root, "hq")
        desk("hq", "init", server.admin_code)
        yield desk, proxy
        proxy.mode = None


def opens(field: Cli, code: str) -> bool:
    """Whether ``code`` opens the vault by escrow (on a copy: recovery uses the code up)."""
    import shutil

    copy = field.vault.parent / f"copy-{len(list(field.vault.parent.iterdir()))}"
    shutil.copytree(field.vault, copy)
    try:
        escrow.recover(copy, code, NEW_PASSPHRASE)
    except VigilError:
        return False
    Vault.open(copy, NEW_PASSPHRASE).close()
    return True


def hq_code(desk: Cli, device_id: str) -> str:
    return desk("hq", "escrow", "recover", device_id).last_line


def test_a_failed_upload_before_the_server_leaves_hqs_old_code_working(
    net: tuple[Cli, EscrowFault], tmp_path: Path
) -> None:
    desk, proxy = net
    field, device_id, _ = enrolled_field(tmp_path, desk, "dropped")
    field("escrow", "enable")
    old = hq_code(desk, device_id)
    proxy.mode = "drop_before"
    try:
        failed = field("escrow", "enable", check=False)
    finally:
        proxy.mode = None
    assert failed.returncode != 0
    assert hq_code(desk, device_id) == old  # the server still holds the old copy
    assert field("escrow", "status").last_line == "on"
    assert opens(field, old)
    # the next enable that reaches the server leaves only its code working
    field("escrow", "enable")
    new = hq_code(desk, device_id)
    assert new != old and opens(field, new) and not opens(field, old)


def test_a_lost_answer_after_the_server_stored_the_copy_leaves_its_code_working(
    net: tuple[Cli, EscrowFault], tmp_path: Path
) -> None:
    desk, proxy = net
    field, device_id, _ = enrolled_field(tmp_path, desk, "lost")
    field("escrow", "enable")
    old = hq_code(desk, device_id)
    proxy.mode = "lost_answer"
    try:
        failed = field("escrow", "enable", check=False)
    finally:
        proxy.mode = None
    assert failed.returncode != 0
    stored = hq_code(desk, device_id)
    assert stored != old  # the server took the new copy
    assert opens(field, stored)
    # a third attempt that fails before the server must not drop the copy the server holds
    proxy.mode = "drop_before"
    try:
        assert field("escrow", "enable", check=False).returncode != 0
    finally:
        proxy.mode = None
    assert hq_code(desk, device_id) == stored and opens(field, stored)


def test_a_first_enable_that_fails_leaves_escrow_off(
    net: tuple[Cli, EscrowFault], tmp_path: Path
) -> None:
    desk, proxy = net
    field, _device_id, _ = enrolled_field(tmp_path, desk, "first")
    proxy.mode = "drop_before"
    try:
        assert field("escrow", "enable", check=False).returncode != 0
    finally:
        proxy.mode = None
    assert field("escrow", "status").last_line == "off"
    assert not (field.vault / escrow.WRAP_FILE).exists()


class Crash(BaseException):
    """The process dies here (a BaseException, as a kill would not be caught either)."""


@pytest.fixture(scope="module")
def desk(
    server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory
) -> Device:
    return make_hq(tmp_path_factory.mktemp("crash-desk"), server.admin_code)


@pytest.mark.parametrize("point", ["after_local_write", "after_upload"])
def test_a_crash_between_the_steps_leaves_the_servers_copy_working(
    desk: Device, tmp_path: Path, point: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    field = make_field(tmp_path, desk, "crash")
    escrow.enable(field.vault, field.store)
    device_id = field.cred.device_id
    old = escrow.hq_code(desk.vault, desk.store, device_id)
    writes: list[Path] = []
    real_write = escrow.atomic_write
    real_put = SyncClient.put_escrow

    def write(path: Path, data: bytes) -> None:
        if point == "after_upload" and writes:
            raise Crash  # uploaded, the old wrap not yet dropped
        writes.append(path)
        real_write(path, data)

    def put(client: SyncClient, envelope: bytes) -> Any:
        if point == "after_local_write":
            raise Crash  # the new wrap is written, nothing sent
        return real_put(client, envelope)

    monkeypatch.setattr(escrow, "atomic_write", write)
    monkeypatch.setattr(SyncClient, "put_escrow", put)
    with pytest.raises(Crash):
        escrow.enable(field.vault, field.store)
    monkeypatch.undo()
    held = escrow.hq_code(desk.vault, desk.store, device_id)
    assert (held == old) is (point == "after_local_write")
    field.vault.close()
    assert escrow.is_enabled(field.vault.path)
    escrow.recover(field.vault.path, held, NEW_PASSPHRASE)
    Vault.open(field.vault.path, NEW_PASSPHRASE).close()


def test_a_first_enable_whose_answer_was_lost_leaves_hq_no_useless_code(
    net: tuple[Cli, EscrowFault], tmp_path: Path
) -> None:
    """The server stored the first copy, the device heard a failure and kept escrow off: the
    copy is taken back, so HQ is not handed a code that opens nothing."""
    desk, proxy = net
    field, device_id, _ = enrolled_field(tmp_path, desk, "first-lost")
    proxy.mode = "lost_answer"
    try:
        assert field("escrow", "enable", check=False).returncode != 0
    finally:
        proxy.mode = None
    assert field("escrow", "status").last_line == "off"
    gone = desk("hq", "escrow", "recover", device_id, check=False)
    assert gone.returncode == 1 and "no escrow envelope" in gone.stderr
