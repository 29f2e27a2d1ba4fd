"""Fixtures of the store's tests: every store test runs on SQLite and on a real PostgreSQL server.

PostgreSQL comes from Debian's packages (`make test` installs them when missing). The fixture starts a
throw-away cluster in a temp dir on a free local port; PostgreSQL refuses to run as root, so as root the
cluster runs as the `postgres` system user (created by the package). Set WARTA_TEST_POSTGRES_URL to use a
server of your own instead. Where no server can start, the PostgreSQL cases are skipped with the reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.store import Store


def _postgres_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_cluster_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A base URL (without database) of a running PostgreSQL server, or a skip saying why there is none."""
    given = os.environ.get("WARTA_TEST_POSTGRES_URL")
    if given:
        yield given.rstrip("/")
        return
    bin_dir = _postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (no pg_ctl on PATH or in /usr/lib/postgresql/*/bin); "
                    "`make test` installs it with apt-get")
    if os.geteuid() == 0 and subprocess.run(["id", "postgres"], check=False, capture_output=True).returncode != 0:
        pytest.skip("running as root and there is no `postgres` user to run the server as")
    workdir = Path(tempfile.mkdtemp(prefix="warta-pg-"))
    data_dir = workdir / "data"
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres")
    port = _free_port()
    log = workdir / "server.log"
    try:
        subprocess.run(_as_cluster_user([str(bin_dir / "initdb"), "-D", str(data_dir), "-U", "postgres",
                                         "--auth=trust", "-E", "UTF8", "--no-sync"]),
                       check=True, capture_output=True, timeout=120)
        subprocess.run(_as_cluster_user([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-l", str(log), "-w",
                                         "-o", f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -F",
                                         "start"]), check=True, capture_output=True, timeout=120)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as error:
        detail = getattr(error, "stderr", b"") or b""
        shutil.rmtree(workdir, ignore_errors=True)
        pytest.skip(f"PostgreSQL could not start: {error}: {detail.decode(errors='replace')[-400:]}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_cluster_user([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-m", "immediate", "stop"]),
                       check=False, capture_output=True, timeout=60)
        shutil.rmtree(workdir, ignore_errors=True)


def fresh_postgres_database(server: str) -> str:
    """A new empty database on the server; returns its URL."""
    import psycopg

    name = "warta_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')  # a generated identifier: cannot be a bound parameter
    return f"{server}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """The URL of an empty database, once per backend."""
    if request.param == "sqlite":
        return str(tmp_path / "warta.db")
    return fresh_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def store(db_url) -> Iterator[Store]:
    opened = Store(db_url)
    yield opened
    opened.close()
