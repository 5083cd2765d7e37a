"""Is a field report's position inside the kab/kota it names? Against the imported official
kab/kota boundary when there is one (with a margin of about a kilometre for a phone's error),
else against the registry's bounding box (``domain.field_reports.district_bounds``)."""

from __future__ import annotations

from shapely.geometry import Point, mapping

from domain import field_reports
from loaders import areas

MARGIN_DEGREES = 0.01  # about 1.1 km


def _official(code: str):
    layer = areas.imported_areas("kabupaten")
    if layer is None:
        return None
    rows = layer.frame[layer.frame["kode"] == code]
    return None if rows.empty else rows.geometry.iloc[0]


def inside_district(lat: float, lon: float, code: str) -> bool:
    shape = _official(code)
    if shape is None:
        return field_reports.inside_bounds(lat, lon, code)
    return bool(shape.buffer(MARGIN_DEGREES).contains(Point(lon, lat)))


def outline(code: str) -> dict | None:
    """The imported boundary of ``code`` as a GeoJSON geometry, else None."""
    shape = _official(code)
    return None if shape is None else mapping(shape)


def bounds(code: str) -> tuple[float, float, float, float]:
    shape = _official(code)
    return tuple(shape.bounds) if shape is not None else field_reports.district_bounds()[code]
