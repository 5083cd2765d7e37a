"""Write the schematic tile map: one equal-size hexagon per kab/kota, geodata/tiles_kabupaten_kota.geojson.

The layout echoes the districts' real relative positions (Mahakam Ulu in the west, Berau in the
north-east, Paser in the south, the three cities on the coast) and sits over Kaltim's extent so
Leaflet can draw it. It is not a boundary map, and every map that draws it says so.

    python scripts/make_tiles.py
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain import regions  # noqa: E402

OUT = ROOT / "geodata" / "tiles_kabupaten_kota.geojson"

# (column, row) on a pointy-top hexagon grid, row 0 at the top; odd rows are shifted half a tile
# to the east, so column + 0.5 * (row % 2) is the east-west position.
LAYOUT = {
    "64.03": (3, 0),  # Berau, north-east
    "64.11": (0, 1),  # Mahakam Ulu, west
    "64.08": (2, 1),  # Kutai Timur
    "64.07": (1, 2),  # Kutai Barat
    "64.02": (2, 2),  # Kutai Kartanegara
    "64.74": (3, 2),  # Bontang, coast
    "64.09": (1, 3),  # Penajam Paser Utara
    "64.72": (2, 3),  # Samarinda, coast
    "64.01": (1, 4),  # Paser, south
    "64.71": (2, 4),  # Balikpapan, coast
}

RADIUS_DEG = 0.62  # centre to vertex, in degrees; near the equator a degree is ~111 km both ways
ORIGIN_LON, ORIGIN_LAT = 114.9, 1.9  # centre of tile (0, 0)


def hex_centre(column: int, row: int) -> tuple[float, float]:
    width = math.sqrt(3) * RADIUS_DEG
    lon = ORIGIN_LON + width * (column + 0.5 * (row % 2))
    lat = ORIGIN_LAT - 1.5 * RADIUS_DEG * row
    return lon, lat


def hexagon(lon: float, lat: float) -> list[list[float]]:
    ring = []
    for k in range(6):  # counter-clockwise from the east-south-east vertex (RFC 7946 order)
        angle = math.radians(-30 + 60 * k)
        ring.append([round(lon + RADIUS_DEG * math.cos(angle), 6),
                     round(lat + RADIUS_DEG * math.sin(angle), 6)])
    ring.append(ring[0])
    return ring


def main() -> None:
    features = []
    for code, (column, row) in LAYOUT.items():
        district = regions.get(code)
        lon, lat = hex_centre(column, row)
        features.append({
            "type": "Feature",
            "properties": {
                "kode": code,
                "nama": district.official_name,
                "nama_pendek": district.short_name,
                "singkatan": district.abbreviation,
                "skematis": True,
            },
            "geometry": {"type": "Polygon", "coordinates": [hexagon(lon, lat)]},
        })
    collection = {
        "type": "FeatureCollection",
        "name": "Peta petak skematis kabupaten/kota Kalimantan Timur (bukan batas wilayah resmi)",
        "features": features,
    }
    OUT.write_text(json.dumps(collection, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(features)} tiles")


if __name__ == "__main__":
    main()
