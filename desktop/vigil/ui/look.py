"""The app's look: toolbar icons drawn from SVG, and the light or dark palette.

Icons are SVG files in resources/icons drawn with ``currentColor``; they are rendered at the
size asked for (sharp at any scale) in the palette's text colour, so the same file serves the
light and the dark theme. The theme follows the desktop through Qt's style hints
(QStyleHints.colorScheme); where the platform cannot switch the scheme itself (a plain X11
session, the Fusion style) the palette is set here, from one list of colours, never a style
sheet per widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from vigil.resources import resource

TOOLBAR_ICONS = ("new-case", "search", "sync", "lock")


class _SvgEngine(QIconEngine):
    """Draws one SVG at the size asked for, in the current palette's text colour."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        colour = QGuiApplication.palette().color(group, QPalette.ColorRole.ButtonText)
        return QSvgRenderer(self._svg.replace(b"currentColor", colour.name().encode()))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._svg)


def svg_icon(name: str) -> QIcon:
    """One of the toolbar's icons (resources/icons/NAME.svg)."""
    return QIcon(_SvgEngine(resource("icons", f"{name}.svg").read_bytes()))


# -- the theme ----------------------------------------------------------------------------------

_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
# One dark palette, close to what KDE and GNOME ship: text contrast above 7:1 on the window
# and the input fields, and a highlight that white text reads on.
_DARK = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282c",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.Button: "#35373c",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#35373c",
    QPalette.ColorRole.ToolTipText: "#e8e8ea",
    QPalette.ColorRole.PlaceholderText: "#9a9ca3",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.Light: "#45474d",
    QPalette.ColorRole.Midlight: "#3b3d42",
    QPalette.ColorRole.Mid: "#2f3135",
    QPalette.ColorRole.Dark: "#18191b",
    QPalette.ColorRole.Shadow: "#000000",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7d7f86",
    QPalette.ColorRole.Text: "#7d7f86",
    QPalette.ColorRole.ButtonText: "#7d7f86",
    QPalette.ColorRole.HighlightedText: "#b0b2b8",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class Theme(QObject):
    """Keeps the app's palette as the ``theme`` setting says: light, dark, or the desktop's
    ("system"), following the desktop when it switches while the app runs. A QObject with an
    owner, so that its connection to the style hints ends with the owner."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setting = "system"
        self._light = QPalette(app.palette())  # what the style gave before any change
        app.styleHints().colorSchemeChanged.connect(self._desktop_changed)

    def apply(self, setting: str) -> None:
        self.setting = setting
        hints = self.app.styleHints()
        # Ask the platform first (Windows 11, macOS, GNOME and KDE switch their own styles);
        # Unknown hands the choice back to the desktop.
        hints.setColorScheme(_SCHEMES.get(setting, Qt.ColorScheme.Unknown))
        self._set_palette()

    def wants_dark(self) -> bool:
        if self.setting in _SCHEMES:
            return self.setting == "dark"
        return self.app.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def _set_palette(self) -> None:
        dark = self.wants_dark()
        if dark == is_dark(self.app.palette()):
            return  # the platform did it already, or nothing changes
        light = self._light
        if is_dark(light):  # the desktop started dark and cannot be asked for light
            light = self.app.style().standardPalette()
        self.app.setPalette(dark_palette() if dark else light)

    def _desktop_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.setting not in _SCHEMES:
            self._set_palette()
