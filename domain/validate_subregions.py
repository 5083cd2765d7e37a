"""Kecamatan and desa columns checked within each row's kab/kota (and kecamatan), through
``domain.subregions``: part of ``domain.validate`` (which calls ``check_subregion_columns`` after
the kab/kota column is read), kept apart so the district-level rules stay readable.

What is stored is the Kemendagri code of the unit ("64.72.06", "64.72.06.1001"), as ``kab_kota``
stores "64.72"; display names come from ``domain.subregions``. A name, a variant ("Kec. Sei
Kunjang"), an undotted code or a BPS code (with a note) is accepted; a name not in the row's
kab/kota is refused with candidates (or the kab/kota's kecamatan) named, a unit of another
kab/kota with where it is ("ada di Kota Samarinda, bukan Kota Balikpapan"), and a desa whose code
puts it in another kecamatan than the row's with both named.
"""

from __future__ import annotations

from typing import Protocol

import pandas as pd

from domain import subregions
from domain.schema import Dataset
from i18n import t

# No kecamatan or desa name is this long; longer text is refused without fuzzy matching.
MAX_NAME_CHARS = 200
# The kab/kota's kecamatan are listed in a message when nothing close was found and there are
# at most this many (Kutai Kartanegara has 20).
MAX_LISTED = 30
_FIX = {("kecamatan", False): "grain.fix.kecamatan", ("kecamatan", True): "grain.fix.elsewhere",
        ("desa", False): "grain.fix.desa", ("desa", True): "grain.fix.elsewhere_desa"}


class _Out(Protocol):
    lang: str

    def add(self, severity, code, *, row=None, column=None, value=None, rows=(),
            **params) -> None: ...


def check_subregion_columns(dataset: Dataset, clean: pd.DataFrame, cells: dict[str, list[str]],
                            rows: list[int], out: _Out) -> None:
    """Fill ``clean["kecamatan"]`` / ``clean["desa"]`` with codes (None where refused or empty),
    reporting into ``out``. ``clean["kab_kota"]`` holds the rows' kab/kota codes (None where the
    row's kab/kota was refused)."""
    units = subregions.default_subregions()
    kab = clean["kab_kota"].tolist() if "kab_kota" in clean else [None] * len(rows)
    kec_cells = cells.get("kecamatan")
    kec_values: list[str | None] = [None] * len(rows)
    if kec_cells is not None:
        kec_values = _column(units, "kecamatan", kec_cells, kab, [None] * len(rows), rows, out)
        clean["kecamatan"] = kec_values
    desa_cells = cells.get("desa")
    if desa_cells is None:
        return
    desa_values = _column(units, "desa", desa_cells, kab, kec_values, rows, out)
    clean["desa"] = desa_values
    if "kecamatan" not in clean:
        return
    # A desa given without its kecamatan: the kecamatan follows from the desa's code.
    filled = list(clean["kecamatan"])
    notes: dict[str, list[int]] = {}
    for i, (desa, kec_cell) in enumerate(zip(desa_values, kec_cells or [""] * len(rows))):
        if desa is not None and not kec_cell:
            filled[i] = units.get_desa(desa).kecamatan_code
            notes.setdefault(filled[i], []).append(rows[i])
    clean["kecamatan"] = filled
    for code, note_rows in notes.items():
        out.add("info", "grain.kecamatan_from_desa", row=note_rows[0], rows=note_rows,
                column="kecamatan", label=units.get_kecamatan(code).label)


def _column(units: subregions.Subregions, level: subregions.Level, cells: list[str],
            kab: list[str | None], kec: list[str | None], rows: list[int],
            out: _Out) -> list[str | None]:
    memo: dict[tuple[str, str | None, str | None], object] = {}
    values: list[str | None] = []
    notes: dict[tuple[str, str, str], list[int]] = {}
    column = level
    for cell, district, kecamatan, row in zip(cells, kab, kec, rows):
        if not cell:
            values.append(None)
            continue
        if district is None:
            values.append(None)
            out.add("error", "grain.no_district", row=row, column=column, value=cell,
                    level=t(f"subregion.level.{level}", out.lang))
            continue
        key = (cell, district, kecamatan)
        if key not in memo:
            memo[key] = _lookup(units, level, cell, district, kecamatan)
        found = memo[key]
        if isinstance(found, subregions.SubregionLookupError):
            values.append(None)
            out.add("error", "grain.unit", row=row, column=column, value=cell,
                    detail=_detail(units, found, district, out.lang),
                    fix=t(_FIX[level, found.reason == "elsewhere"], out.lang))
            continue
        match: subregions.SubregionMatch = found  # type: ignore[assignment]
        values.append(match.unit.code)
        if cell != match.unit.code:
            kind = {"fuzzy": "grain.fuzzy", "bps_code": "grain.bps"}.get(match.method, "grain.note")
            notes.setdefault((kind, cell, match.unit.label), []).append(row)
    for (kind, cell, label), note_rows in notes.items():
        severity = "warning" if kind == "grain.fuzzy" else "info"
        out.add(severity, kind, row=note_rows[0], rows=note_rows, column=column, value=cell,
                label=label)
    return values


def _lookup(units: subregions.Subregions, level: str, cell: str, district: str,
            kecamatan: str | None) -> object:
    if len(cell) > MAX_NAME_CHARS:
        return subregions.SubregionLookupError("unknown", level, cell[:MAX_NAME_CHARS] + "…",
                                               scope=units.districts.get(district).official_name)
    try:
        if level == "kecamatan":
            return units.find_kecamatan(cell, district)
        return units.find_desa(cell, kecamatan, district)
    except subregions.SubregionLookupError as error:
        return error


def _detail(units: subregions.Subregions, error: subregions.SubregionLookupError, district: str,
            lang: str) -> str:
    """The lookup's own message; for a kecamatan name unknown in the kab/kota with no close
    candidate, the kab/kota's kecamatan listed."""
    text = subregions.error_message(error, lang)
    if error.level == "kecamatan" and error.reason == "unknown" and not error.candidates:
        names = [k.name for k in units.kecamatan_of(district)]
        if 0 < len(names) <= MAX_LISTED:
            text += t("grain.in_district", lang, district=units.districts.get(district).official_name,
                      names=", ".join(names))
    return text
