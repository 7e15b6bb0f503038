"""The demo: a vault with the sample case, enrolled with an HQ server of its own on loopback.

Everything lives in one folder (``$VIGIL_DEMO_DIR``, or ``demo`` in the platform's data
folder), never beside or inside a real vault, and everything in it is public:

    VIGIL-DEMO.txt    says what the folder is (and lets --reset recognise it)
    demo.json         the demo's state: the server's port and key pin, the two vault ids
    vault/            the field worker's vault, the one the app opens
    hq/               the HQ desk's vault (its identity is the demo organisation's HQ keys)
    server/           the vigil-server data folder: SQLite, self-signed TLS key and certificate
    credentials/      the two vaults' sync credentials (demo only: see demo_server.py)
    config/, logs/    the app's settings and logs while it runs the demo
    server.log        what the server printed

Both vaults use the public passphrase and the KDF floor, so they open quickly. The server
gets a free port the first time; the port is kept and reused, and when another program has
taken it the demo moves to a new one (``_rehome``): enrolment pinned the server's key, not
its port, so only the recorded address changes.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from vigil.cases.transfer import import_document, load_import_file
from vigil.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams
from vigil.demo_server import (
    DemoCredentialStore,
    DemoError,
    DemoServer,
    free_port,
    init_server,
    port_is_free,
    server_available,
    stop_stale,
    url_for,
)
from vigil.resources import resource
from vigil.settings import Settings
from vigil.vault.files import atomic_write, default_vault_dir, safe_mkdir
from vigil.vault.folder import vault_exists
from vigil.vault.store import Vault

DEMO_PASSPHRASE = "vigil demo passphrase"  # noqa: S105 - public by design, shown on screen
SAMPLE_CASE = ("samples", "sample-case.json")
SAMPLE_UA = ("samples", "urgent-action.json")
KDF = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)
STATE_VERSION = 1
MARKER_TEXT = (
    "This folder is Vigil's demo: a vault holding a public sample case, an HQ desk vault and\n"
    f"a local HQ server, all behind the public passphrase '{DEMO_PASSPHRASE}'.\n"
    "Nothing here is secret. 'vigil demo --reset' deletes everything in this folder.\n"
    "Never keep real case notes here.\n"
)
# What the demo folder held before it had an HQ side: still recognised as a demo folder.
OLD_DEMO_NAMES = frozenset({"vault", "passphrase.txt"})


def demo_dir() -> Path:
    env = os.environ.get("VIGIL_DEMO_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir("vigil", appauthor=False)) / "demo"


@dataclass(frozen=True)
class DemoPaths:
    base: Path

    @property
    def vault(self) -> Path:
        return self.base / "vault"

    @property
    def hq(self) -> Path:
        return self.base / "hq"

    @property
    def server(self) -> Path:
        return self.base / "server"

    @property
    def credentials(self) -> Path:
        return self.base / "credentials"

    @property
    def state(self) -> Path:
        return self.base / "demo.json"

    @property
    def marker(self) -> Path:
        return self.base / "VIGIL-DEMO.txt"

    @property
    def log(self) -> Path:
        return self.base / "server.log"

    @property
    def config(self) -> Path:
        return self.base / "config"

    @property
    def logs(self) -> Path:
        return self.base / "logs"


@dataclass
class DemoState:
    port: int  # 0: no HQ side (this installation cannot run the server)
    pin: str
    field_vault_id: str
    hq_vault_id: str
    rehoming: bool = False  # set while the port is being changed, so a crash redoes it

    def save(self, path: Path) -> None:
        atomic_write(path, json.dumps({"v": STATE_VERSION, **asdict(self)}, indent=1).encode())

    @classmethod
    def load(cls, path: Path) -> DemoState | None:
        """The state of a finished demo, or None (missing, unfinished or unreadable)."""
        try:
            raw: Any = json.loads(path.read_text("utf-8"))
            if raw.pop("v") != STATE_VERSION:
                return None
            return cls(**raw)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None


def own_settings() -> Settings:
    """The person's own settings (read only; the demo never writes them). Read them before
    demo_environment is applied, which points the settings folder into the demo."""
    from vigil.settings import load as load_settings

    return load_settings()


def real_vault_dirs(settings: Settings) -> list[Path]:
    """Where a real vault may be: the default (or $VIGIL_VAULT) and the settings' choice."""
    found = [default_vault_dir()]
    if settings.vault_dir:
        found.append(Path(settings.vault_dir))
    return found


def check_separate(base: Path, settings: Settings) -> None:
    """Refuse a demo folder that is, holds or sits inside a real vault's folder: --reset
    deletes the demo folder, and it must never take a real vault with it."""
    demo = base.expanduser().resolve()
    for real in real_vault_dirs(settings):
        real = real.expanduser().resolve()
        if demo == real or demo in real.parents or real in demo.parents:
            raise DemoError(
                f"The demo folder {demo} overlaps the real vault's folder {real}; set "
                "VIGIL_DEMO_DIR to a folder of its own."
            )


def seed(vault: Vault) -> None:
    """Everything the demo vault holds: what a new user sees. Called once, on a new vault,
    after enrolment, so every item goes to the demo HQ at the first sync."""
    import_document(vault, load_import_file(resource(*SAMPLE_CASE)))
    from vigil.appeals.store import SENDER_CITY, SENDER_NAME, AppealStore

    AppealStore(vault).import_bytes(resource(*SAMPLE_UA).read_bytes(), SAMPLE_UA[-1])
    # Letters need a signer: the demo signs as an invented campaigner, changeable in the app.
    vault.set_meta(SENDER_NAME, "Demo Campaigner")
    vault.set_meta(SENDER_CITY, "Almaty")


@dataclass
class Demo:
    """A prepared demo and its running server (None when this installation has none).
    ``stop`` stops the server and lets another ``vigil demo`` start; it is idempotent."""

    paths: DemoPaths
    state: DemoState
    store: DemoCredentialStore
    server: DemoServer | None
    made: bool
    _lock: int | None = field(default=None, repr=False)

    @property
    def vault(self) -> Path:
        return self.paths.vault

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
        if self._lock is not None:
            os.close(self._lock)  # releases the flock
            self._lock = None

    def __enter__(self) -> Demo:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_demo(
    reset: bool = False,
    serve: bool = True,
    base: Path | None = None,
    settings: Settings | None = None,
) -> Demo:
    """Make the demo if it is missing, unfinished or ``reset``, then start its server
    (unless ``serve`` is False). The caller stops it (``Demo.stop``); atexit does too.
    ``settings``: the person's own (own_settings()), for the real vault's place and the
    language."""
    paths = DemoPaths(base or demo_dir())
    settings = settings or own_settings()
    claim(paths, settings)
    lock = _lock(paths.base)
    try:
        stop_stale(paths.server / "demo-server.pid")
        state = None if reset else DemoState.load(paths.state)
        if state is not None and not vault_exists(paths.vault):
            state = None
        made = state is None
        server = None
        if state is None:
            _clear(paths)
            state, server = _create(paths, settings.language)
        store = DemoCredentialStore(paths.credentials, (state.field_vault_id, state.hq_vault_id))
        demo = Demo(paths, state, store, server, made, lock)
    except BaseException:
        os.close(lock)
        raise
    atexit.register(demo.stop)
    try:
        if server is not None and not serve:
            server.stop()
        elif server is None and serve and state.port and server_available():
            demo.server = _serve(paths, state, store)
    except BaseException:
        demo.stop()
        raise
    return demo


def _lock(base: Path) -> int:
    """An exclusive lock on the demo folder for as long as the demo runs: a second demo
    would take the same port and vaults (and --reset would pull them from under it)."""
    fd = os.open(base / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        import fcntl
    except ImportError:  # Windows: one demo at a time is left to the person
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise DemoError(
            "The demo is already running (another 'vigil demo'); close it first."
        ) from None
    return fd


def claim(paths: DemoPaths, settings: Settings) -> None:
    """Make sure the demo folder is the demo's (or new, or empty) and mark it as such, before
    anything is written there: a VIGIL_DEMO_DIR pointing at a folder of real files is refused,
    and --reset can later tell the folder is one it may empty."""
    check_separate(paths.base, settings)
    if paths.base.is_dir():
        names = {p.name for p in paths.base.iterdir()} - {".lock"}
        if names and not paths.marker.exists() and not names <= OLD_DEMO_NAMES:
            raise DemoError(
                f"{paths.base} holds files that are not Vigil's demo; nothing was changed. "
                "Set VIGIL_DEMO_DIR to an empty folder or one the demo made."
            )
    safe_mkdir(paths.base)
    if not paths.marker.exists():
        atomic_write(paths.marker, MARKER_TEXT.encode())


def _clear(paths: DemoPaths) -> None:
    """Empty the demo folder (claimed already), keeping the lock, the marker and the logs
    (the log file may be open already; it holds ids and counts, never case text)."""
    for child in paths.base.iterdir():
        if child.name in (".lock", paths.marker.name, paths.logs.name):
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def _write_settings(paths: DemoPaths, language: str) -> None:
    """The app's settings for the demo: the person's own language, and a short sync interval
    so that what HQ sends shows up while they look around."""
    from vigil.settings import save

    save(Settings(language=language, sync_minutes=1), paths.config / "settings.json")


def _create(paths: DemoPaths, language: str) -> tuple[DemoState, DemoServer | None]:
    """A new demo. Its state file is written last: a demo interrupted half-way has none and
    is made again from scratch next time."""
    atomic_write(paths.base / "passphrase.txt", DEMO_PASSPHRASE.encode() + b"\n")
    _write_settings(paths, language)
    field_vault, _recovery = Vault.create(paths.vault, DEMO_PASSPHRASE.encode(), KDF)
    with field_vault:
        field_id = field_vault.header.vault_id.hex()
        if not server_available():
            seed(field_vault)
            state = DemoState(0, "", field_id, "")
            state.save(paths.state)
            return state, None
        hq_vault, _recovery = Vault.create(paths.hq, DEMO_PASSPHRASE.encode(), KDF)
        with hq_vault:
            hq_id = hq_vault.header.vault_id.hex()
            state, server = _enrol(paths, field_vault, hq_vault, field_id, hq_id)
    state.save(paths.state)
    return state, server


def _enrol(
    paths: DemoPaths, field_vault: Vault, hq_vault: Vault, field_id: str, hq_id: str
) -> tuple[DemoState, DemoServer]:
    """Set up the server, enrol the HQ desk and the field vault, seed, and sync once both
    ways, exactly as an organisation would (docs/sync.md, Enrolment)."""
    from vigil.sync import codes, session
    from vigil.sync import round as sync_round

    store = DemoCredentialStore(paths.credentials, (field_id, hq_id))
    port = free_port()
    admin_code = init_server(paths.server, port, paths.log)
    pin = codes.parse(admin_code).pin
    server = DemoServer(paths.server, port, pin, paths.log)
    server.start()
    try:
        session.hq_init(hq_vault, admin_code, store)
        session.enrol_field(field_vault, session.hq_enrol_code(hq_vault, store, 3600), store)
        seed(field_vault)
        for vault in (field_vault, hq_vault):  # the field pushes; the HQ desk fetches
            report = sync_round.run(vault.path, store, vault=vault).report
            if report.error:
                raise DemoError(f"The demo's first sync failed: {report.error}")
    except BaseException:
        server.stop()
        raise
    return DemoState(port, pin, field_id, hq_id), server


def _serve(paths: DemoPaths, state: DemoState, store: DemoCredentialStore) -> DemoServer:
    """Start the demo's server on its port, or on a new one when the old one is taken."""
    attempts = 3
    for attempt in range(attempts):
        if state.rehoming or not port_is_free(state.port):
            _rehome(paths, state, store, free_port())
        server = DemoServer(paths.server, state.port, state.pin, paths.log)
        try:
            server.start()
            return server
        except DemoError:
            # Another program may have taken the port between the check and the bind.
            if attempt == attempts - 1 or port_is_free(state.port):
                raise
    raise AssertionError("unreachable")


def _rehome(paths: DemoPaths, state: DemoState, store: DemoCredentialStore, port: int) -> None:
    """Move the demo to another port: the server's announced URL (its auth challenges are
    bound to it), both credentials, and the URL each vault pinned at enrolment. The pins stay:
    it is the same server with the same key. Demo only; a real enrolment never moves."""
    from vigil.sync import enrolment
    from vigil_server.config import ServerConfig

    state.port, state.rehoming = port, True
    state.save(paths.state)  # first: an interrupted move is finished at the next start
    url = url_for(port)
    config = ServerConfig.load(paths.server)
    replace(config, url=url).save()
    for vault_id, folder in ((state.field_vault_id, paths.vault), (state.hq_vault_id, paths.hq)):
        cred = store.load(vault_id)
        if cred is not None:
            store.save(replace(cred, url=url))
        with Vault.open(folder, DEMO_PASSPHRASE.encode()) as vault:
            pinned = enrolment.config(vault)
            if pinned is not None:
                # the same JSON that vigil.sync.enrolment.config reads back
                enrolment.store_config(vault, replace(pinned, url=url))
    state.rehoming = False
    state.save(paths.state)


def demo_environment(paths: DemoPaths) -> dict[str, str]:
    """What the app runs the demo with: settings and logs inside the demo folder, so that the
    demo neither reads nor writes the person's own (and a panic wipe in the demo removes
    the demo's settings and logs, not theirs)."""
    return {"VIGIL_CONFIG_DIR": str(paths.config), "VIGIL_LOG_DIR": str(paths.logs)}
