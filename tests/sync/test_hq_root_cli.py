"""The root's commands as a person runs them (docs/hq-keys.md §4), on a real server over
loopback TLS with credentials in the real Secret Service: the desk writes its request, a clean
machine (no vault) makes the root, the desk adopts it, a field device pins it at its next
sync, and the desk's next code names it. Then a whole rotation by commands: the new desk
enrols with the set, and the field device's next sync takes it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import _cli_at, enrolled_field, make_cli
from tests.support.server import ServerProcess
from vigil.crypto import hq_keyset
from vigil.sync import codes

pytestmark = pytest.mark.e2e


@pytest.mark.slow  # two desks and a field device through the command line: about a minute
def test_adopt_and_rotate_by_commands(
    server: ServerProcess, secret_service: Any, tmp_path: Path
) -> None:
    desk = make_cli(tmp_path, "desk")
    desk("hq", "init", server.admin_code)
    field, field_id, _recovery = enrolled_field(tmp_path, desk, "field")
    field("sync", "now")
    field("sync", "now")
    desk("sync", "now")
    clean = _cli_at(tmp_path, "clean")
    request, first, seed = (tmp_path / n for n in ("desk.txt", "ks1.txt", "root.txt"))

    shown = desk("hq", "root", "request", "--out", str(request)).stdout
    short = shown.strip().splitlines()[-1].split(": ", 1)[1]
    made = clean("hq", "root", "init", "--desk-keys", str(request), "--out", str(first),
                 "--root-key-file", str(seed), passphrase=False).stdout  # fmt: skip
    assert short in made  # the person compares the same digest on both machines
    fingerprint = hq_keyset.parse(first.read_bytes()).root_fingerprint
    checked = clean("hq", "root", "check", str(seed), passphrase=False).stdout
    assert fingerprint in checked
    again = clean("hq", "root", "init", "--desk-keys", str(request), "--out", str(first),
                  passphrase=False, check=False)  # fmt: skip
    assert again.returncode == 2 and "exists" in again.stderr  # never over the last key set

    desk("hq", "root", "adopt", str(first))
    field("sync", "now")
    kinds = [row["kind"] for row in json.loads(field("alert", "list", "--json").stdout)]
    assert "hq-root" in kinds
    status = json.loads(field("sync", "status", "--json").stdout)
    assert status["hq_root"] == fingerprint
    assert status["hq_keyset"] == hq_keyset.parse(first.read_bytes()).serial
    assert f"HQ root: {fingerprint[:16]}" in field("sync", "status").stdout
    code = desk("hq", "enrol-code").last_line
    assert codes.parse(code).hq_root == fingerprint

    # The rotation, by commands: a new desk, the root on the clean machine, an admin code.
    new = make_cli(tmp_path, "new-desk")
    org = codes.parse(code).org
    request2, second = tmp_path / "new.txt", tmp_path / "ks2.txt"
    new("hq", "root", "request", "--org", org, "--out", str(request2))
    clean("hq", "rotate", "--root-key-file", str(seed), "--desk-keys", str(request2),
          "--after", str(first), "--out", str(second), passphrase=False)  # fmt: skip
    admin = server.cli("admin-code").stdout.strip().splitlines()[-1]
    taken = new("hq", "init", "--keyset", str(second), admin).stdout
    assert "named by the root's key set" in taken
    field("sync", "now")
    new("hq", "alert", "--severity", "info", "--text", "the new desk", "--expires", "7d")
    field("sync", "now")
    rows = json.loads(field("alert", "list", "--json").stdout)
    texts = [row["payload"].get("text") for row in rows]
    assert "the new desk" in texts
    refused = desk("hq", "alert", "--severity", "info", "--text", "old", "--expires", "7d",
                   check=False)  # fmt: skip
    assert refused.returncode != 0  # its device was revoked by the rotation
    assert field_id
