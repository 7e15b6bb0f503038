"""An enrolled organisation made once per worker and copied for each test that needs a fresh one.

Most sync tests start from the same place: a real server initialised for a new organisation,
its HQ desk enrolled with the one-time admin code and, often, one field device enrolled with an
HQ-made code. Making it costs a server's ``init`` (TLS key, database migrations), a server start
and stop, two vaults and their enrolments: about 3 s of CPU per test. Here it is made once and
copied: the server's data folder, its SQLite database and the vault folders are files, and the
keyring entries are copied from the template's credential store. Each test still gets a server
process of its own (started on the copy of the data) and vaults nobody else writes to.

What a copy shares with the template and the other copies: the organisation's and devices' ids
and keys, and the server's port and certificate (devices pin the URL and the certificate at
enrolment, so the copy must listen where the template did). Within a worker the tests run one
after the other, so no two copies run at once; a socket bound to the port (never listening)
keeps the OS from giving it to another server of the worker in between.
"""

from __future__ import annotations

import dataclasses
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path

from tests.support.server import FAST_LIMITS, ServerProcess, launch
from tests.support.sync import Device, make_field, make_hq, memory_store
from tests.support.vaults import PASSPHRASE
from vigil.sync import blobs, outbox
from vigil.sync.credentials import DeviceCredential
from vigil.vault.keyring_id import keyring_id
from vigil.vault.store import Vault
from vigil_server.config import ServerConfig


@dataclass
class Snapshot:
    """An organisation at rest: the server stopped, the vaults closed."""

    root: Path  # server/ and one vault folder per device, named as the device
    server: ServerProcess
    devices: tuple[str, ...]  # "hq" first, then the field devices
    credentials: dict[str, DeviceCredential]  # the keyring entry of each device
    reservation: socket.socket

    def close(self) -> None:
        self.reservation.close()


def take(root: Path, *fields: str) -> Snapshot:
    """A new organisation under ``root``: a server, its HQ desk and the field devices named."""
    server = launch(root / "server", None, *FAST_LIMITS)
    devices = [make_hq(root, server.admin_code)]
    devices += [make_field(root, devices[0], name) for name in fields]
    credentials = {}
    for device in devices:
        cred = device.store.load(keyring_id(device.vault.path, device.vault.header.vault_id))
        assert cred is not None, device.name
        credentials[device.name] = cred
        device.close()
    server.stop()
    reservation = socket.socket()
    reservation.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    reservation.bind(("127.0.0.1", server.port))
    return Snapshot(root, server, tuple(d.name for d in devices), credentials, reservation)


def restore(snapshot: Snapshot, tmp: Path) -> tuple[ServerProcess, list[Device]]:
    """A copy of ``snapshot`` under ``tmp`` (``tmp/server``, ``tmp/hq``, ``tmp/NAME``, as
    ``take`` and ``tests.support.sync`` lay them out): the server not started, the vaults
    open as enrolment left them, with credential stores of their own."""
    template = snapshot.server
    shutil.copytree(snapshot.root / "server", tmp / "server", symlinks=True)
    data = tmp / "server" / template.data.relative_to(snapshot.root / "server")
    config = ServerConfig.load(data)
    assert config.key is not None
    inside = template.data.resolve()
    dataclasses.replace(
        config, data=data, cert=data / config.cert.relative_to(inside),
        key=data / config.key.relative_to(inside),
    ).save()  # fmt: skip
    server = dataclasses.replace(
        template, data=data, log=tmp / "server" / template.log.name,
        home=tmp / "server" / template.home.name, proc=None, _apis=[],
    )  # fmt: skip
    devices = []
    for name in snapshot.devices:
        shutil.copytree(snapshot.root / name, tmp / name, symlinks=True)
        store = memory_store()
        store.save(snapshot.credentials[name])
        vault = Vault.open(tmp / name, PASSPHRASE)
        # The save hooks enrolment left on the device: every save from now on is queued for
        # HQ. Not an unlock's whole preparation: a field device's unlock also sends notes
        # (its counts), which a device that was just enrolled has not sent.
        outbox.attach(vault)
        blobs.attach(vault)
        devices.append(Device(name, vault, store))
    return server, devices
