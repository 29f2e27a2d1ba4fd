"""Who may write, and the headers every response carries.

The server is read-only unless a token is configured (`warta serve --token` or WARTA_API_TOKEN); then every
write must carry `Authorization: Bearer <token>`, compared in constant time so that response timing does not
reveal how much of a guess was right.
"""

from __future__ import annotations

import hmac
from urllib.parse import urlsplit

from fastapi import HTTPException, Request, status

MAX_BODY_BYTES = 50 * 1024 * 1024  # a batch of posted articles; each article's own limit is ingest's


def check_write_token(request: Request) -> None:
    """A FastAPI dependency of every write route: 403 when writes are disabled, 401 without the right token."""
    expected: str | None = request.app.state.settings.token
    if not expected:
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            "this server is read-only: start it with --token (or WARTA_API_TOKEN) to allow writes")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid 'Authorization: Bearer <token>' is required",
                            headers={"WWW-Authenticate": "Bearer"})


def tile_source(tile_url: str | None) -> str | None:
    """The CSP source that lets the map load tiles from `tile_url` ('https://*.tile.example.org' for a
    template with a {s} subdomain), or None when there is no (usable) tile server."""
    if not tile_url:
        return None
    parts = urlsplit(tile_url.replace("{s}", "subdomain"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.netloc.replace("subdomain", "*")
    return f"{parts.scheme}://{host}"


def content_security_policy(tile_url: str | None) -> str:
    """No inline script or style, nothing from elsewhere but map tiles: defence in depth behind escaping."""
    images = " ".join(filter(None, ["'self'", "data:", tile_source(tile_url)]))
    return ("default-src 'none'; script-src 'self'; style-src 'self'; "
            f"img-src {images}; connect-src 'self'; font-src 'self'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
