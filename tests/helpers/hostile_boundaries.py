"""Hostile boundary files and what watches them, shared by tests/unit/test_hostile_boundaries.py
(in process) and tests/e2e/test_boundaries_hostile_browser.py (uploaded through the page): a local
HTTP server that counts every request, a GeoJSON feature collection with a linked CRS, a
GeoPackage whose layer is an endless recursive view, and whether a reader process still runs."""

from __future__ import annotations

import http.server
import json
import os
import sqlite3
import threading
from pathlib import Path

import geopandas as gpd


class CountingServer:
    def __init__(self):
        self.paths: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the http.server API
                server.paths.append(self.path)
                body = (b'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,'
                        b'298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]')
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def count(self) -> int:
        return len(self.paths)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def square(x=117.15, y=-0.45, size=0.05) -> list:
    return [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]


def feature_collection(geometry: dict | None = None, kode="64.72", **members) -> dict:
    return {"type": "FeatureCollection", **members, "features": [{
        "type": "Feature", "properties": {"kode": kode, "nama": "Kota Samarinda"},
        "geometry": geometry or {"type": "Polygon", "coordinates": square()}}]}


def write_json(path: Path, content: dict | str) -> Path:
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return path


def kab_gpkg(tmp: Path, shared: Path, name="kab.gpkg") -> Path:
    frame = gpd.read_file(shared / "geodata" / "kaltim_kabupaten_kota.geojson")
    path = tmp / name
    frame[["kode", "nama", "geometry"]].to_file(path, layer="kab", driver="GPKG")
    return path


RECURSIVE = ("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
             "SELECT k.* FROM kab_data k, r")


def gpkg_recursive_view(tmp, shared, server):
    path = kab_gpkg(tmp, shared)
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE kab RENAME TO kab_data")
        conn.execute(f"CREATE VIEW kab AS {RECURSIVE}")  # gpkg_contents still names "kab"
    return path


def geojson_linked_crs(tmp, shared, server):
    return write_json(tmp / "link.geojson", feature_collection(crs={
        "type": "link", "properties": {"href": f"{server.url}/crs.wkt", "type": "ogcwkt"}}))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by its parent) is not running
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False
