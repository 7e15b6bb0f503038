"""The HQ desk asks the RFC 3161 authority HQ configured by itself, in each sync round
(docs/evidence.md, "Time from outside the organisation"): tokens over the revisions it
received from field devices, kept with the case, a few per round, the rest (and whatever the
authority could not answer) asked for in a later round, and a round never failed for it.

A real server on loopback TLS, real devices, and a real ``openssl ts`` authority."""

from __future__ import annotations

import contextlib
import hashlib
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.support import tsa as tsa_support
from tests.support.server import FAST_LIMITS, ServerProcess
from tests.support.snapshots import Snapshot, restore
from tests.support.sync import Device
from vigil.evidence import custody, desk_stamps, package, timestamps, verifier
from vigil.sync import round as sync_round


@pytest.fixture
def desk(
    tmp_path: Path, desk_field_snapshot: Snapshot
) -> Iterator[tuple[ServerProcess, Device, Device, tsa_support.Tsa]]:
    """A server of its own, its HQ desk and a field device, enrolled (a copy of the worker's
    snapshot, tests/support/snapshots.py), and a real authority."""
    server, (hq, field) = restore(desk_field_snapshot, tmp_path)
    server.start(*FAST_LIMITS)
    tsa = tsa_support.start(tmp_path / "tsa")
    try:
        yield server, hq, field, tsa
    finally:
        tsa.stop()
        field.close()
        hq.close()
        server.stop()


def _round(device: Device) -> sync_round.RoundResult:
    done = sync_round.run(device.vault.path, device.store, vault=device.vault)
    assert not done.report.error, done.report.error
    return done


def _received(hq: Device, field: Device) -> set[str]:
    return hq.revisions(field.chain_device)


def test_the_desk_stamps_what_it_received_in_its_round(
    desk: tuple[ServerProcess, Device, Device, tsa_support.Tsa], tmp_path: Path
) -> None:
    _, hq, field, tsa = desk
    case_id = field.new_case("Stamped at HQ")
    field.add_note(case_id, "Hearing moved to Monday.")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 not really a photo " * 500)
    field.vault.add_attachment(case_id, photo)
    _round(field)
    # Without an authority configured the desk asks nobody.
    assert _round(hq).stamped == 0 and tsa.requests == 0
    timestamps.configure(hq.vault, tsa.url, tsa.ca.read_bytes())
    done = _round(hq)
    received = _received(hq, field)
    # One token per revision received, and one over the photo's own plaintext SHA-256.
    assert len(received) >= 3 and done.stamped == len(received) + 1 and not done.stamp_error
    tokens = timestamps.tokens(hq.vault, sorted(received))
    assert set(tokens) == received
    assert timestamps.tokens(hq.vault, sorted(hq.own_revisions() - received)) == {}
    photo_sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert set(timestamps.tokens(hq.vault, [photo_sha])) == {photo_sha}
    # Each token is a real RFC 3161 answer over the revision id, as openssl checks it, and
    # the photo's over the photo file itself.
    rev_id, token = next(iter(tokens.items()))
    (tmp_path / "t.tsr").write_bytes(token)
    (tmp_path / "p.tsr").write_bytes(timestamps.tokens(hq.vault, [photo_sha])[photo_sha])
    for what, tsr in ((["-digest", rev_id], "t.tsr"), (["-data", str(photo)], "p.tsr")):
        checked = subprocess.run(
            ["openssl", "ts", "-verify", *what, "-in", str(tmp_path / tsr), "-CAfile", str(tsa.ca)],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert checked.returncode == 0 and "Verification: OK" in checked.stdout, checked.stderr
    # The stamping is in HQ's own custody chain of the case, and the package carries it all.
    mine = [r for r in custody.case_revisions(hq.vault, case_id)
            if r.kind == custody.KIND and r.device == hq.vault.device]  # fmt: skip
    assert [r.payload["action"] for r in mine] == ["timestamped"]
    assert tsa.url in mine[0].payload["detail"]
    out = tmp_path / "hq.zip"
    package.export(hq.vault, case_id, out, [])
    report = verifier.verify_package(str(out))
    assert report.ok, report.failures
    assert any(f"{len(received)} revisions existed by the times" in p for p in report.proves)
    assert any(p.startswith("attachments/") and "existed by" in p for p in report.proves)
    # Asked once: the next round asks for nothing (HQ's own entries are not "received").
    before = tsa.requests
    assert _round(hq).stamped == 0 and tsa.requests == before


def test_an_authority_out_of_service_costs_a_round_nothing_and_is_asked_again(
    desk: tuple[ServerProcess, Device, Device, tsa_support.Tsa], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, hq, field, tsa = desk
    timestamps.configure(hq.vault, tsa.url, tsa.ca.read_bytes())
    case_id = field.new_case("While the TSA was down")
    for n in range(4):
        field.add_note(case_id, f"note {n}")
    _round(field)
    tsa.down = True
    done = _round(hq)  # no error: the round merged, only the stamping waits
    received = _received(hq, field)
    assert len(received) == 5 and hq.vault.get(case_id) is not None
    assert done.stamped == 0 and "503" in done.stamp_error
    assert tsa.requests == 1  # it stopped at the first failure, not once per revision
    assert timestamps.tokens(hq.vault, sorted(received)) == {}
    assert custody.case_revisions(hq.vault, case_id)[-1].kind != custody.KIND
    # kept for the app and 'vigil evidence tsa' to show: nothing added, and why
    last = timestamps.last_result(hq.vault)
    assert last is not None and last[1] == 0 and "503" in last[2]

    # Back in service, a few per round: nothing is skipped, nothing asked twice.
    tsa.down = False
    monkeypatch.setattr(desk_stamps, "BATCH", 2)
    counts = [_round(hq).stamped for _ in range(4)]
    assert counts == [2, 2, 1, 0]
    last = timestamps.last_result(hq.vault)
    assert last is not None and last[1:] == (1, "")  # the last round that asked added one
    assert set(timestamps.tokens(hq.vault, sorted(received))) == received
    assert tsa.requests == 1 + 5


def test_a_round_asks_for_at_most_batch_tokens_attachments_included_and_none_is_missed(
    desk: tuple[ServerProcess, Device, Device, tsa_support.Tsa],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Attachments count against the round's limit with the revisions; those received
    before the desk stamped attachments (its cursor already past them) are asked for too."""
    _, hq, field, tsa = desk
    case_id = field.new_case("Three photos")
    photos = []
    for n in range(3):
        photo = tmp_path / f"photo{n}.jpg"
        photo.write_bytes(f"photo {n} ".encode() * 1000)
        field.vault.add_attachment(case_id, photo)
        photos.append(hashlib.sha256(photo.read_bytes()).hexdigest())
        if n == 0:  # an attachment recorded with no hash (a device may): nothing to stamp
            field.vault.save("attachment", {"name": "no-hash.bin"}, case_id=case_id)
    _round(field)
    _round(hq)
    received = _received(hq, field)
    # As a desk that stamped revisions only would stand: every revision dealt with.
    last = hq.vault.query("SELECT max(rowid) FROM revisions")[0][0]
    hq.vault.set_meta(desk_stamps.CURSOR, str(last))
    timestamps.configure(hq.vault, tsa.url, tsa.ca.read_bytes())
    monkeypatch.setattr(desk_stamps, "BATCH", 2)
    asked = []
    for _ in range(3):
        before = tsa.requests
        done = _round(hq)
        asked.append(done.stamped)
        assert tsa.requests - before <= 2 and not done.stamp_error
    assert asked == [2, 1, 0]
    assert set(timestamps.tokens(hq.vault, photos)) == set(photos)
    assert timestamps.tokens(hq.vault, sorted(received)) == {}  # the cursor was past them
    # Fresh arrivals: revisions and the attachment's hash share the limit, in arrival order.
    extra = tmp_path / "extra.jpg"
    extra.write_bytes(b"one more " * 999)
    field.vault.add_attachment(case_id, extra)
    field.add_note(case_id, "after the photos")
    _round(field)
    counts = [_round(hq).stamped for _ in range(3)]
    assert counts == [2, 1, 0]
    fresh = _received(hq, field) - received
    extra_sha = hashlib.sha256(extra.read_bytes()).hexdigest()
    assert set(timestamps.tokens(hq.vault, [*sorted(fresh), extra_sha])) == {*fresh, extra_sha}


def test_a_field_device_never_asks_an_authority(
    desk: tuple[ServerProcess, Device, Device, tsa_support.Tsa],
) -> None:
    _, hq, field, tsa = desk
    hq.new_case("From HQ")
    _round(hq)
    timestamps.configure(field.vault, tsa.url, tsa.ca.read_bytes())
    assert _round(field).stamped == 0 and tsa.requests == 0


class _Endless(BaseHTTPRequestHandler):
    """An 'authority' that answers 200 and never stops sending."""

    sent = 0

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(1 << 40))
        self.end_headers()
        chunk = b"\x30" * 65536
        with contextlib.suppress(OSError):
            for _ in range(16_384):  # 1 GiB at most, should the client never stop reading
                self.wfile.write(chunk)
                type(self).sent += len(chunk)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_an_answer_without_end_or_an_authority_that_never_answers_is_cut_short(
    desk: tuple[ServerProcess, Device, Device, tsa_support.Tsa], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, hq, field, tsa = desk
    field.add_note(field.new_case("Hostile authority"), "a note")
    _round(field)
    endless = ThreadingHTTPServer(("127.0.0.1", 0), _Endless)
    threading.Thread(target=endless.serve_forever, args=(0.02,), daemon=True).start()
    silent = socket.create_server(("127.0.0.1", 0))  # takes the connection, says nothing
    try:
        timestamps.configure(hq.vault, f"http://127.0.0.1:{endless.server_address[1]}/",
                             tsa.ca.read_bytes())  # fmt: skip
        done = _round(hq)
        assert done.stamped == 0 and "over" in done.stamp_error
        assert _Endless.sent < 64 * 65536  # it stopped reading near MAX_REPLY, not at the end

        monkeypatch.setattr(desk_stamps, "REQUEST_TIMEOUT", 1.0)
        timestamps.configure(hq.vault, f"http://127.0.0.1:{silent.getsockname()[1]}/",
                             tsa.ca.read_bytes())  # fmt: skip
        started = time.monotonic()
        done = _round(hq)
        assert time.monotonic() - started < 15
        assert done.stamped == 0 and "cannot be reached" in done.stamp_error
    finally:
        endless.shutdown()
        endless.server_close()
        silent.close()
    # What was not stamped is still asked for once a real authority answers.
    timestamps.configure(hq.vault, tsa.url, tsa.ca.read_bytes())
    assert _round(hq).stamped == len(_received(hq, field))
