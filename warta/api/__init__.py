"""warta's REST API: read-only JSON over the store's queries (events, articles, search, map, timeline,
exports), and token-guarded ingest. `warta.web.app.create_app` serves it together with the dashboard."""

from warta.api.routes import router

__all__ = ["router"]
