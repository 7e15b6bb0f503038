"""How long the whole computer has been idle, and whether its screen is locked, on Windows and
macOS; Qt-free, through ctypes. The app's lock guard (ui/lock_guard.py) polls a probe when
one works, and otherwise falls back to its own idle timer (Qt input events in Vigil's windows).

- Windows: ``GetLastInputInfo`` (user32) against ``GetTickCount`` for idle time; the screen is
  taken as locked when ``OpenInputDesktop`` fails (the input desktop is then the secure
  Winlogon desktop, which a normal process cannot open). ``WTSRegisterSessionNotification``
  would push the lock as a window message instead, but needs a native event filter on a real
  window; polling every few seconds is simpler and fast enough.
- macOS: ``CGEventSourceSecondsSinceLastEventType`` (CoreGraphics) for idle time, and the
  ``CGSSessionScreenIsLocked`` entry of ``CGSessionCopyCurrentDictionary`` for the lock.
- Linux: no probe here; the guard keeps its D-Bus screen-lock signals and its own timer.

Neither platform probe has run in this project's test machines (Linux); their selection and
the fallback are what the tests cover. A probe that fails once is dropped for the fallback.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from collections.abc import Callable, Mapping
from typing import Any, Protocol

log = logging.getLogger(__name__)


class IdleProbe(Protocol):
    name: str

    def seconds_idle(self) -> float:
        """Seconds since the last keyboard or mouse input anywhere on the computer."""

    def screen_locked(self) -> bool:
        """True while the session's screen is locked."""


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]


class WindowsProbe:
    name = "windows"

    def __init__(self) -> None:
        windll: Any = getattr(ctypes, "windll")  # noqa: B009 (absent off Windows: AttributeError)
        self._user32 = windll.user32
        self._kernel32 = windll.kernel32
        self._kernel32.GetTickCount.restype = ctypes.c_uint
        self._user32.OpenInputDesktop.restype = ctypes.c_void_p

    def seconds_idle(self) -> float:
        info = _LastInputInfo()
        info.cbSize = ctypes.sizeof(info)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            raise OSError("GetLastInputInfo failed")
        # Both are 32-bit millisecond tick counts; the subtraction wraps like theirs does.
        return float((self._kernel32.GetTickCount() - info.dwTime) & 0xFFFFFFFF) / 1000.0

    def screen_locked(self) -> bool:
        desktop = self._user32.OpenInputDesktop(0, False, 0x0100)  # DESKTOP_SWITCHDESKTOP
        if not desktop:
            return True
        self._user32.CloseDesktop(ctypes.c_void_p(desktop))
        return False


class MacProbe:
    name = "macos"
    _ANY_INPUT = 0xFFFFFFFF  # kCGAnyInputEventType
    _HID_STATE = 1  # kCGEventSourceStateHIDSystemState
    _UTF8 = 0x08000100  # kCFStringEncodingUTF8

    def __init__(self) -> None:
        graphics = ctypes.util.find_library("CoreGraphics")
        foundation = ctypes.util.find_library("CoreFoundation")
        if not graphics or not foundation:
            raise OSError("CoreGraphics or CoreFoundation not found")
        self._cg = ctypes.CDLL(graphics)
        self._cf = ctypes.CDLL(foundation)
        self._cg.CGEventSourceSecondsSinceLastEventType.restype = ctypes.c_double
        self._cg.CGEventSourceSecondsSinceLastEventType.argtypes = [ctypes.c_int, ctypes.c_uint]
        self._cg.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
        self._cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        self._cf.CFStringCreateWithCString.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.c_uint,
        ]
        self._cf.CFDictionaryGetValue.restype = ctypes.c_void_p
        self._cf.CFDictionaryGetValue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self._cf.CFBooleanGetValue.restype = ctypes.c_bool
        self._cf.CFBooleanGetValue.argtypes = [ctypes.c_void_p]
        self._cf.CFRelease.argtypes = [ctypes.c_void_p]
        self._key = self._cf.CFStringCreateWithCString(
            None, b"CGSSessionScreenIsLocked", self._UTF8
        )

    def seconds_idle(self) -> float:
        return float(
            self._cg.CGEventSourceSecondsSinceLastEventType(self._HID_STATE, self._ANY_INPUT)
        )

    def screen_locked(self) -> bool:
        session = self._cg.CGSessionCopyCurrentDictionary()
        if not session:
            return False  # no window-server session (e.g. over SSH): nothing to lock
        try:
            value = self._cf.CFDictionaryGetValue(session, self._key)
            return bool(value) and bool(self._cf.CFBooleanGetValue(value))
        finally:
            self._cf.CFRelease(session)


FACTORIES: Mapping[str, Callable[[], IdleProbe]] = {"win32": WindowsProbe, "darwin": MacProbe}


def select(
    platform: str | None = None,
    factories: Mapping[str, Callable[[], IdleProbe]] = FACTORIES,
) -> IdleProbe | None:
    """The working probe for this platform, or None for the app's own idle timer.

    A probe counts as working only if it loads and answers once, with a sane value."""
    platform = platform or sys.platform
    factory = factories.get(platform)
    if factory is None:
        return None
    try:
        probe = factory()
        idle = probe.seconds_idle()
        probe.screen_locked()
    except Exception as exc:  # a missing library or symbol, a refused call: use the fallback
        log.warning("idle probe for %s unavailable (%s)", platform, type(exc).__name__)
        return None
    if not 0 <= idle < 10 * 365 * 86400:
        log.warning("idle probe for %s answered nonsense; using the app's timer", platform)
        return None
    return probe
