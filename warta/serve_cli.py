"""`warta serve`: the REST API and the web dashboard over one store (uvicorn), registered on the CLI app by
`register(app)`. It binds 127.0.0.1 unless told otherwise and is read-only unless a token is given."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from warta.store import DEFAULT_DB

console = Console(stderr=True, soft_wrap=True)


def serve(
    db: Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL", envvar="WARTA_DB")] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="address to bind; 0.0.0.0 exposes the server to the network")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    token: Annotated[str | None, typer.Option(
        help="enable POST /api/articles for requests bearing this token", envvar="WARTA_API_TOKEN")] = None,
    tile_url: Annotated[str | None, typer.Option(
        help="map tile URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png (default: no tiles)",
        envvar="WARTA_TILE_URL")] = None,
    tile_attribution: Annotated[str | None, typer.Option(
        help="the tile server's attribution line", envvar="WARTA_TILE_ATTRIBUTION")] = None,
) -> None:
    """Serve the REST API (/api, /openapi.json) and the web dashboard (/) over the store."""
    import uvicorn

    from warta.web.app import create_app

    if "://" not in db and not Path(db).expanduser().exists() and not token:
        console.print(f"{db}: no such store; run `warta ingest ... --db {db}` first "
                      "(or give --token to start an empty store that accepts posted articles)", style="red")
        raise typer.Exit(2)
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(f"binding {host}: the dashboard is reachable from other machines", style="yellow")
    app = create_app(db, token=token or "", tile_url=tile_url or "", tile_attribution=tile_attribution or "")
    mode = "writes need the token" if token else "read-only"
    console.print(f"warta: http://{host}:{port}/ ({mode})", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    app.command()(serve)
