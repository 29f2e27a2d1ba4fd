"""`warta serve`: binds 127.0.0.1 by default, serves the dashboard and the API, refuses a missing store."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from conftest import free_port
from typer.testing import CliRunner

from warta.cli import app


def test_serve_refuses_a_store_that_does_not_exist(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "no such store" in " ".join(result.output.split())


def test_serve_binds_the_loopback_address_and_is_read_only_by_default(store_path):
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if k not in ("WARTA_API_TOKEN", "WARTA_TILE_URL")}
    warta = Path(sys.executable).parent / "warta"  # the console script pip installed beside this Python
    server = subprocess.Popen([str(warta), "serve", "--db", str(store_path),
                               "--port", str(port)], env=environment,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "warta serve did not start"
                time.sleep(0.2)
        assert stats.status_code == 200 and stats.json()["writable"] is False
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
        assert httpx.post(f"http://127.0.0.1:{port}/api/articles", json={"text": "x"}).status_code == 403
        listening = subprocess.run(["ss", "-Hltn", f"sport = :{port}"], check=False, capture_output=True,
                                   text=True).stdout.split()
        if listening:  # iproute2 is there: the socket is bound to the loopback address only
            assert listening[3] == f"127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)
