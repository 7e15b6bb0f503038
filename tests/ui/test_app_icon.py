"""The window icon is the same candle the Linux icons are rendered from, and it draws."""

from __future__ import annotations

from typing import Any


def test_the_app_shows_the_packaged_icon(qapp: Any) -> None:
    from vigil.resources import resource
    from vigil.ui.app import app_icon

    assert resource("icons", "org.vigil.Vigil.svg").is_file()
    pixmap = app_icon().pixmap(64, 64)
    assert not pixmap.isNull() and pixmap.width() == 64
    image = pixmap.toImage()
    colours = {image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)}
    assert len(colours) > 3  # drawn, not a blank square
