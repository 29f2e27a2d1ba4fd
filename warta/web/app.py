"""The server `warta serve` runs: the REST API (warta.api) and the dashboard's pages (warta.web.pages) over one
store, with the static files (all vendored), security headers on every response, and errors as JSON under
/api and as pages elsewhere."""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import warta
from warta.api import router as api_router
from warta.api.security import MAX_BODY_BYTES, SECURITY_HEADERS, content_security_policy
from warta.store import Store

STATIC = Path(__file__).parent / "static"


@dataclass
class ServerSettings:
    store: Store
    token: str | None = None  # writes are enabled only when this is set
    tile_url: str | None = None  # a Leaflet URL template, e.g. https://tile.example.org/{z}/{x}/{y}.png
    tile_attribution: str | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)


def create_app(db: str | Path | Store, *, token: str | None = None, tile_url: str | None = None,
               tile_attribution: str | None = None) -> FastAPI:
    """The application over the store `db` (a path, a URL or an open Store, which the caller then closes).

    `token`, `tile_url` and `tile_attribution` default to WARTA_API_TOKEN, WARTA_TILE_URL and
    WARTA_TILE_ATTRIBUTION; an empty token means read-only."""
    from warta.web.pages import router as pages_router

    owns_store = not isinstance(db, Store)
    store = Store(db) if owns_store else db
    settings = ServerSettings(
        store=store,
        token=(token if token is not None else os.environ.get("WARTA_API_TOKEN")) or None,
        tile_url=(tile_url if tile_url is not None else os.environ.get("WARTA_TILE_URL")) or None,
        tile_attribution=tile_attribution if tile_attribution is not None
        else os.environ.get("WARTA_TILE_ATTRIBUTION"),
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owns_store:
            store.close()

    app = FastAPI(
        title="warta",
        version=warta.__version__,
        description="Events and claims from conflict news, each with who says so. Read-only unless the server "
                    "has a token; then POST /api/articles with `Authorization: Bearer <token>` ingests articles.",
        # FastAPI's interactive docs load their scripts from a CDN; the OpenAPI document itself is served.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    policy = content_security_policy(settings.tile_url)

    @app.middleware("http")
    async def guard(request: Request, call_next) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            response: Response = JSONResponse({"detail": f"the body is over {MAX_BODY_BYTES} bytes"}, 413)
        else:
            response = await call_next(request)
        response.headers["Content-Security-Policy"] = policy
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if _wants_page(request):
            from warta.web.pages import error_page

            return error_page(request, error.status_code, str(error.detail))
        return await http_exception_handler(request, error)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        if _wants_page(request):
            from warta.web.pages import error_page

            problems = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in error.errors())
            return error_page(request, 422, problems)
        return await request_validation_exception_handler(request, error)

    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _wants_page(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith(("/api", "/static")) or path.endswith(".json"))
