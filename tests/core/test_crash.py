"""kill -9 at random points while a vault is being written.

A worker process opens one vault and saves in a loop: a note, an imported document, an
attachment. It prints ``ACK <item id> <kind> ...`` only after each call returned. The parent
kills it with SIGKILL after a random delay, reopens the vault and checks that it opens, that
``verify_vault`` finds nothing wrong, that every acknowledged item is there with the content
it was saved with, that no import landed half-way, and that no stray attachment file is left.

The seed is printed (visible with ``-s`` or in a failure report); set ``VIGIL_CRASH_SEED``
to replay a run.
"""

from __future__ import annotations

import hashlib
import io
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.cases import model
from vigil.vault.store import BLOB_DIR, Vault
from vigil.vault.verify import verify_vault

KILLS = 55
STARTUP_TIMEOUT = 60.0
# Most kills land at a random moment of the save loop; some during unlock and the sweep.
EARLY_KILL_SHARE = 0.2
# A late kill waits for the worker to begin its first, second or third save, then a random
# moment inside it: counted in saves, not seconds, so that a slow, loaded machine still
# lands kills inside saves of every kind.
MAX_SAVES_BEFORE_KILL = 3
MAX_DELAY = 0.03
MAX_EARLY_DELAY = 0.45

# The worker imports everything, says LOADED, and waits for "go" before it opens the vault,
# so that the next worker's start-up overlaps the parent's checks of the previous round.
WORKER = r"""
import hashlib
import random
import sys
from pathlib import Path

from vigil.cases.transfer import import_document
from vigil.vault.store import Vault

vault_dir, secret_file, scratch_dir, case_id, seed = sys.argv[1:6]
rng = random.Random(int(seed))
scratch = Path(scratch_dir)
print("LOADED", flush=True)
if sys.stdin.readline() != "go\n":
    sys.exit(0)
vault = Vault.open(Path(vault_dir), Path(secret_file).read_bytes())
print("READY", flush=True)
count = 0
while True:
    count += 1
    token = f"{seed}x{count}"
    kind = rng.choice(("note", "note", "import", "attachment"))
    print("BEGIN", kind, token, flush=True)
    if kind == "note":
        text = f"crash note {token} " + rng.randbytes(rng.randrange(10, 4000)).hex()
        rev = vault.save("note", {"text": text}, case_id=case_id)
        digest = hashlib.sha256(text.encode()).hexdigest()
        print("ACK", rev.item, "note", digest, flush=True)
    elif kind == "import":
        document = {
            "format": "vigil-cases",
            "version": 1,
            "cases": [{
                "title": f"crash import {token}",
                "country": "KZ",
                "people": [{"ref": "p", "names": [
                    {"text": f"Person {token}", "script": "Latn"},
                    {"text": f"Персона {token}", "script": "Cyrl"},
                ]}],
                "notes": [{"text": f"imported note {token}"}],
            }],
        }
        (new_case,) = import_document(vault, document)
        print("ACK", new_case, "import", token, flush=True)
    else:
        data = rng.randbytes(rng.randrange(100_000, 300_000))
        source = scratch / f"evidence-{token}.bin"
        source.write_bytes(data)
        rev = vault.add_attachment(case_id, source)
        source.unlink()
        print("ACK", rev.item, "attachment", hashlib.sha256(data).hexdigest(), len(data),
              flush=True)
"""


@dataclass(frozen=True)
class Ack:
    item: str
    kind: str
    detail: tuple[str, ...]


@dataclass
class Round:
    acks: list[Ack]
    interrupted: str | None  # the kind of save the kill landed in, if any
    during_open: bool  # killed after "go" but before the vault was unlocked and swept


class Worker:
    """One worker process and a thread collecting its stdout lines."""

    def __init__(self, argv: list[str], stderr_path: Path) -> None:
        with open(stderr_path, "ab") as stderr:
            self.proc = subprocess.Popen(
                argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True
            )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, word: str) -> None:
        while True:
            line = self.lines.get(timeout=STARTUP_TIMEOUT)
            assert line is not None, f"the worker died before {word}; see its stderr"
            self.seen.append(line)
            if line.split(maxsplit=1)[:1] == [word]:
                return

    def go(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        assert self.proc.poll() is None, f"the worker exited by itself ({self.proc.returncode})"
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        assert self.proc.returncode == -signal.SIGKILL
        while (line := self.lines.get(timeout=30)) is not None:
            self.seen.append(line)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)


def run_round(worker: Worker, rng: random.Random) -> Round:
    """Let a loaded worker go, SIGKILL it at a random moment, return what it acknowledged."""
    early = rng.random() < EARLY_KILL_SHARE
    delay = rng.uniform(0, MAX_EARLY_DELAY if early else MAX_DELAY)
    saves = rng.randint(1, MAX_SAVES_BEFORE_KILL)
    try:
        worker.wait_for("LOADED")
        worker.go()
        if not early:
            worker.wait_for("READY")
            for _ in range(saves):
                worker.wait_for("BEGIN")
        time.sleep(delay)  # the random kill point: this is what the test is about
        worker.kill()
    finally:
        worker.stop()
    acks: list[Ack] = []
    pending: str | None = None
    for line in worker.seen:
        if not line.endswith("\n"):
            continue  # cut off mid-line by the kill: it acknowledged nothing
        words = line.split()
        if words[0] == "BEGIN":
            pending = words[1]
        elif words[0] == "ACK":
            acks.append(Ack(words[1], words[2], tuple(words[3:])))
            pending = None
    return Round(acks, pending, "READY\n" not in worker.seen)


def check_vault(vault: Vault, acked: dict[str, Ack], fresh: list[Ack]) -> None:
    problems = verify_vault(vault)
    assert problems == [], problems
    for ack in acked.values():
        item = vault.get(ack.item)
        assert item is not None, f"acknowledged {ack.kind} {ack.item} is missing"
        if ack.kind == "note":
            assert item.kind == "note"
            assert hashlib.sha256(item.payload["text"].encode()).hexdigest() == ack.detail[0]
        elif ack.kind == "import":
            assert item.kind == "case" and item.payload["title"] == f"crash import {ack.detail[0]}"
        else:
            assert item.kind == "attachment"
            assert item.payload["sha256"] == ack.detail[0]
            assert item.payload["size"] == int(ack.detail[1])
    # Content, not only metadata, for what this round acknowledged (verify decrypted the rest).
    for ack in fresh:
        if ack.kind == "attachment":
            out = io.BytesIO()
            vault.read_attachment(ack.item, out)
            assert hashlib.sha256(out.getvalue()).hexdigest() == ack.detail[0]
    # An import is one transaction: every imported case is whole, acknowledged or not.
    for case in vault.items("case"):
        if not case.payload["title"].startswith("crash import "):
            continue
        token = case.payload["title"].removeprefix("crash import ")
        children = {kind: [i.payload for i in vault.items(kind, case.id)] for kind in model.KINDS}
        assert children["note"] == [{"text": f"imported note {token}", "format": "markdown"}]
        assert [n["text"] for n in children["person"][0]["names"]] == [
            f"Person {token}",
            f"Персона {token}",
        ]
        # The import is in the case's custody log from the same transaction on.
        assert [c["action"] for c in children["custody"]] == ["imported"]
        assert sum(map(len, children.values())) == 3, (case.id, children)
    # The sweep on open removed every file of an interrupted attachment save.
    on_disk = sorted(p.name for p in (vault.path / BLOB_DIR).iterdir())
    assert on_disk == vault.blob_files()


@pytest.mark.slow
def test_kill_9_at_random_points(tmp_path: Path) -> None:
    seed = int(os.environ.get("VIGIL_CRASH_SEED") or random.SystemRandom().randrange(2**32))
    print(f"crash test seed: {seed} (replay with VIGIL_CRASH_SEED={seed})")
    rng = random.Random(seed)
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, FAST_KDF)
    with vault:
        case_id = vault.save("case", {"title": "crash target"}).item
    secret = tmp_path / "passphrase"
    secret.write_bytes(PASSPHRASE)
    worker_py = tmp_path / "worker.py"
    worker_py.write_text(WORKER, "utf-8")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    stderr_path = tmp_path / "worker-stderr.txt"

    acked: dict[str, Ack] = {}
    interrupted: dict[str, int] = {}
    kills_during_open = 0

    def spawn() -> Worker:
        argv = [sys.executable, str(worker_py), str(path), str(secret), str(scratch), case_id,
                str(rng.randrange(2**31))]  # fmt: skip
        return Worker(argv, stderr_path)

    upcoming = spawn()
    try:
        for number in range(KILLS):
            current = upcoming
            round_ = run_round(current, rng)
            upcoming = spawn()  # it starts up while this round is checked
            kills_during_open += round_.during_open
            if round_.interrupted:
                interrupted[round_.interrupted] = interrupted.get(round_.interrupted, 0) + 1
            for ack in round_.acks:
                assert ack.item not in acked
                acked[ack.item] = ack
            try:
                with Vault.open(path, PASSPHRASE) as reopened:
                    check_vault(reopened, acked, round_.acks)
            except Exception as exc:
                tail = stderr_path.read_text("utf-8", "replace")[-2000:]
                raise AssertionError(
                    f"seed {seed}, kill {number} (interrupted {round_.interrupted}): {exc!r}\n"
                    f"worker stderr tail:\n{tail}"
                ) from exc
    finally:
        upcoming.stop()

    kinds = {ack.kind for ack in acked.values()}
    print(f"acknowledged {len(acked)} items; kills inside a save: {interrupted}; "
          f"kills during unlock: {kills_during_open}")  # fmt: skip
    # Not vacuous: the kills really landed inside saves of every kind, and work was done.
    assert kinds == {"note", "import", "attachment"}
    assert sum(interrupted.values()) >= KILLS // 2, interrupted
