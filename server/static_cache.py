"""Cache headers for files whose URL names their content, so browsers keep them.

Streamlit's own bundle (``/static/js/*.<hash>.js``) is already sent ``immutable``; the map
frames' files were not: ``/app/static/`` (Streamlit's static serving, where ``maps.assets`` puts
Leaflet and jQuery) goes out with no ``Cache-Control``, and streamlit-folium's hashed bundle
(``/component/.../static/js/main.<hash>.js``) with a bare ``public``. Every map frame loads them,
and a page reloads its map frames on a rerun, so a browser may revalidate or refetch them per
frame. The vendor files sit under a folder named by their content's hash
(``maps.assets.ASSET_VERSION``) and the component's bundle carries its hash in its name: both
are marked ``public, max-age=31536000, immutable``. Anything else is left as it was.
"""

from __future__ import annotations

import re

IMMUTABLE = "public, max-age=31536000, immutable"
# streamlit-folium's build (create-react-app): main.521860b0.js, 453.2c9e5a37.chunk.js, ...css
_HASHED_COMPONENT_FILE = re.compile(r"^/component/[^/]+/static/(js|css|media)/[^/]+\.[0-9a-f]{8}"
                                    r"(\.chunk)?\.(js|css|woff2?|png|svg)$")


# maps.assets.STATIC_URL (not imported: it would load folium before the server answers)
_VERSIONED_VENDOR_FILE = re.compile(r"^/app/static/vendor/[0-9a-f]{12}/[^?#]+$")


def is_immutable(path: str) -> bool:
    """Whether the file at this URL path never changes under the same path."""
    return bool(_VERSIONED_VENDOR_FILE.match(path) or _HASHED_COMPONENT_FILE.match(path))


class ImmutableAssets:
    """ASGI middleware: the header above on successful GETs of those paths."""

    def __init__(self, app, base_path: str = ""):
        self.app = app
        self.base = base_path.rstrip("/")

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        if scope["type"] != "http" or scope.get("method") not in ("GET", "HEAD") \
                or not path.startswith(self.base) or not is_immutable(path[len(self.base):]):
            await self.app(scope, receive, send)
            return

        async def send_cached(message):
            if message["type"] == "http.response.start" and message.get("status") == 200:
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() != b"cache-control"]
                headers.append((b"cache-control", IMMUTABLE.encode("ascii")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_cached)


def middleware() -> list:
    from starlette.middleware import Middleware

    from server.auth_routes import _base_path

    return [Middleware(ImmutableAssets, base_path=_base_path())]
