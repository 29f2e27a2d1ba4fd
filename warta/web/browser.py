"""Headless Chromium for the dashboard's browser tests, its screenshots and its page-load bench.

Debian's `chromium` driven by Playwright for Python (never `playwright install`, which downloads a browser
build). Background networking is switched off: with nothing reachable, Chromium otherwise waits on refused
connections to its own services.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    """Debian's Chromium (or WARTA_CHROMIUM), or None when there is none."""
    given = os.environ.get("WARTA_CHROMIUM")
    if given:
        return given if Path(given).exists() else None
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def launch(playwright, user_data_dir: str | Path):
    """A fresh headless Chromium context (its own profile in `user_data_dir`)."""
    executable = chromium_path()
    if executable is None:
        raise RuntimeError("Chromium is not installed (apt-get install chromium; `make chromium` does it)")
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir), executable_path=executable, headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1400, "height": 900})
