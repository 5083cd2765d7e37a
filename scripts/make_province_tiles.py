"""Write a province's schematic tile map, geodata/tiles/<code>_kabupaten_kota.geojson: one equal
hexagon per kab/kota, placed by domain/hexgrid.py from the districts' centroids (the exact
assignment of least total displacement onto a hex grid that fills the province), in the format of
geodata/tiles_kabupaten_kota.geojson (scripts/make_tiles.py, the hand-made Kaltim layout).

    python scripts/make_province_tiles.py 33                      # Jawa Tengah
    python scripts/make_province_tiles.py 64 --output /tmp/64.geojson
    python scripts/make_province_tiles.py 65 --check              # exit 1 if the file differs
    python scripts/make_province_tiles.py --all [--check]         # every province but Kaltim

Sources, read in place: the kab/kota file of the province in
../shared/geodata/wilayah_boundaries_3c5a796/db/kab/ (cahyadsn/wilayah_boundaries at commit
3c5a796, MIT; its sha256 must be the one in SHA256SUMS-upstream there) for the geometry, and the
province's table in geodata/registry/provinces/ (scripts/make_registry.py; Kaltim's by hand in
geodata/registry/) for the names.
The two must list the same codes.

The centroid is the area-weighted centre of each kab/kota's polygons (computed in an equal-area
projection, EPSG:6933), not the source's lat/lng columns. The grid's cells are those whose centre
lies within half a tile of the province (the union of its kab/kota); grids with 10, 25 and 50 %
more such cells than districts, each moved by nine offsets, are tried, each assigned exactly, and
the one that keeps the most pairs of districts sharing a boundary (within 1 km) as neighbouring
tiles is written (domain.hexgrid.layout). The script prints that count beside the file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import geopandas as gpd  # noqa: E402
import shapely  # noqa: E402

from domain import hexgrid  # noqa: E402
from loaders.boundaries_download import parse_sql  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared"
SNAPSHOT = Path("geodata/wilayah_boundaries_3c5a796")
REGISTRY_DIR = ROOT / "geodata" / "registry"
TILES_DIR = ROOT / "geodata" / "tiles"
HAND_MADE = "64"  # geodata/tiles_kabupaten_kota.geojson, laid out by hand
NEIGHBOUR_KM = 1.0  # two kab/kota this close share a boundary (the layers are simplified)


class SourceError(Exception):
    """A source file this script cannot use as it is."""


def kab_file(shared: Path, province: str) -> Path:
    """The province's kab/kota file, checked against the snapshot's pinned sums."""
    relative = f"db/kab/wilayah_boundaries_kab_{province}.sql"
    path = shared / SNAPSHOT / relative
    sums = (shared / SNAPSHOT / "SHA256SUMS-upstream").read_text(encoding="utf-8")
    pinned = dict(reversed(line.split()) for line in sums.splitlines() if line.strip())
    expected = pinned.get("./" + relative)
    if expected is None:
        raise SourceError(f"{relative} is not in SHA256SUMS-upstream: no province {province}?")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != expected:
        raise SourceError(f"{path} has sha256 {digest}, SHA256SUMS-upstream says {expected}")
    return path


def registry_rows(province: str) -> tuple[str, list[dict[str, str]]]:
    """(province name, the kab/kota rows of its table: geodata/registry/ (by hand, Kaltim) first,
    else geodata/registry/provinces/ (scripts/make_registry.py))."""
    import csv

    tables = [p for folder in (REGISTRY_DIR, REGISTRY_DIR / "provinces")
              for p in sorted(folder.glob(f"{province}_*.csv"))
              if not p.stem.endswith(("_kecamatan", "_desa"))]
    if not tables:
        known = sorted({p.name[:2] for p in REGISTRY_DIR.glob("**/[0-9][0-9]_*.csv")})
        raise SourceError(f"no province {province} in {REGISTRY_DIR} (run make_registry.py); "
                          f"the provinces there: {', '.join(known)}")
    with open(tables[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return rows[0]["province_name"], rows


def districts(shared: Path, province: str) -> gpd.GeoDataFrame:
    path = kab_file(shared, province)
    frame = parse_sql(path.read_text(encoding="utf-8"), path.name)
    frame["geometry"] = frame.geometry.make_valid()
    return frame.sort_values("kode").reset_index(drop=True)


def centroids(frame: gpd.GeoDataFrame) -> dict[str, tuple[float, float]]:
    points = frame.to_crs(6933).geometry.centroid.to_crs(4326)
    return {code: (round(p.x, 9), round(p.y, 9)) for code, p in zip(frame["kode"], points)}


def boundary_pairs(frame: gpd.GeoDataFrame) -> list[tuple[str, str]]:
    """Pairs of kab/kota within NEIGHBOUR_KM of each other (sharing a boundary), codes in order."""
    metric = frame.to_crs(6933)  # metres (equal-area; near the equator distances are close)
    geometries = dict(zip(metric["kode"], metric.geometry))
    codes = sorted(geometries)
    return [(a, b) for i, a in enumerate(codes) for b in codes[i + 1:]
            if geometries[a].distance(geometries[b]) <= NEIGHBOUR_KM * 1000]


def make_inside(frame: gpd.GeoDataFrame) -> hexgrid.Inside:
    area = shapely.union_all(frame.geometry.values)
    shapely.prepare(area)

    def inside(points, radius):
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        return list(shapely.dwithin(area, shapely.points(xs, ys), radius * 0.5))
    return inside


def build(shared: Path, province: str) -> tuple[dict, hexgrid.Layout, list[tuple[str, str]]]:
    """(the GeoJSON collection, the layout, the pairs of kab/kota that share a boundary)."""
    name, rows = registry_rows(province)
    frame = districts(shared, province)
    if sorted(frame["kode"]) != sorted(r["kemendagri_code"] for r in rows):
        raise SourceError(f"the boundary file lists {sorted(frame['kode'])}, the registry "
                          f"{sorted(r['kemendagri_code'] for r in rows)}")
    pairs = boundary_pairs(frame)
    layout = hexgrid.layout(centroids(frame), make_inside(frame), bounds=tuple(frame.total_bounds),
                            pairs=pairs)
    features = [{
        "type": "Feature",
        "properties": {
            "kode": row["kemendagri_code"],
            "nama": row["official_name"],
            "nama_pendek": row["short_name"],
            "singkatan": row["abbreviation"],
            "skematis": True,
        },
        "geometry": {"type": "Polygon", "coordinates": [
            hexgrid.hexagon(layout.centre(row["kemendagri_code"]), layout.radius)]},
    } for row in sorted(rows, key=lambda r: r["kemendagri_code"])]
    collection = {
        "type": "FeatureCollection",
        "name": f"Peta petak skematis kabupaten/kota {name} (bukan batas wilayah resmi)",
        "features": features,
    }
    return collection, layout, pairs


def render(collection: dict) -> bytes:
    return (json.dumps(collection, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _one(shared: Path, province: str, output: Path, check: bool) -> int:
    try:
        collection, layout, neighbour_pairs = build(shared, province)
    except (SourceError, OSError, ValueError) as error:
        print(f"make_province_tiles: {error}", file=sys.stderr)
        return 2
    kept, pairs = hexgrid.kept_pairs(neighbour_pairs, layout.cells)
    print(f"{collection['name']}: {len(layout.cells)} tiles, radius {layout.radius:.4f} deg, "
          f"total displacement {layout.displacement:.3f} deg; {kept} of {pairs} pairs that share "
          f"a boundary are neighbouring tiles ({kept / max(pairs, 1):.0%})")
    data = render(collection)
    if check:
        same = output.exists() and output.read_bytes() == data
        print("up to date" if same else f"out of date: {output}")
        return 0 if same else 1
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    print(f"wrote {output}")
    return 0


def all_provinces() -> list[str]:
    """Every province with a registry table but Kalimantan Timur, whose map is made by hand
    (scripts/make_tiles.py)."""
    tables = (REGISTRY_DIR / "provinces").glob("[0-9][0-9]_*.csv")
    return sorted({p.name[:2] for p in tables} - {HAND_MADE})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("province", nargs="?", help="two-digit Kemendagri code (33, 65, ...)")
    parser.add_argument("--all", action="store_true",
                        help=f"every province but {HAND_MADE}, into geodata/tiles/")
    parser.add_argument("--output", type=Path, help="default: geodata/tiles/<code>_kabupaten_kota.geojson")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the reference folder (default: ../shared beside the project)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if the output file differs")
    args = parser.parse_args(argv)
    if args.all == bool(args.province) or (args.all and args.output):
        parser.error("give one province code, or --all (without --output)")
    if args.province and not re.fullmatch(r"\d{2}", args.province):
        parser.error(f"{args.province!r} is not a two-digit province code")
    provinces = all_provinces() if args.all else [args.province]
    results = [_one(args.shared, p, args.output or TILES_DIR / f"{p}_kabupaten_kota.geojson",
                    args.check) for p in provinces]
    return max(results)


if __name__ == "__main__":
    sys.exit(main())
