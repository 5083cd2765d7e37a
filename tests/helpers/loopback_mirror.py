"""A loopback HTTP server serving a directory (a mirror of cahyadsn/wilayah_boundaries in
../shared, or a tampered copy of it), for the boundary download tests."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

from storage import boundary_layers, boundary_store

SNAPSHOT = Path("geodata") / "wilayah_boundaries_3c5a796"  # under ../shared


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output clean
        pass


class Servers:
    """``start(directory)`` -> base URL; ``stop()`` shuts every server down."""

    def __init__(self) -> None:
        self.servers: list[http.server.ThreadingHTTPServer] = []
        self.requests: list[str] = []

    def start(self, directory: Path) -> str:
        requests = self.requests

        class Handler(_QuietHandler):
            def do_GET(self):  # noqa: N802 - the http.server name
                requests.append(self.path)
                super().do_GET()

        handler = functools.partial(Handler, directory=str(directory))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()


def stored_versions() -> dict[str, list[int]]:
    """The stored version numbers of each boundary level."""
    return {level: [v.version for v in boundary_store.layer_versions(level)]
            for level in boundary_layers.LEVELS}
