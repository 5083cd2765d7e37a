"""Demo data (DATA CONTOH) for a province other than Kalimantan Timur, generated at start: Kaltim's
demo files (geodata/demo/, scripts/make_demo_data.py) laid onto the province's kab/kota, in the
same columns (the dataset's schema, domain/schema.py).

Deterministic: each kab/kota of the province takes the demo rows of one Kaltim kab/kota, chosen
by a generator seeded with the province code, so the map shows a mix of levels and reports and
the same province always gets the same bytes. What would carry Kaltim's facts is not copied:

- names: the Kaltim kab/kota's names in the text columns (``catatan``, ``unit_pelapor``,
  ``penyelenggara``) become the new kab/kota's, "Kalimantan Timur"/"Kaltim" the province's;
- places: ``kecamatan``, ``desa``, ``lat`` and ``lon`` are left empty (Kaltim's units and
  coordinates; the schema's coordinate range is Kaltim's), and the conflict-risk reports of a
  kecamatan or desa are left out (only kab/kota rows);
- published figures: ``participation`` rows say DATA CONTOH in ``sumber``, have no
  ``sumber_partisipasi``, and their DPT counts are scaled by a seeded factor (Kaltim's DPT is a
  published figure); the ``ikp`` default (Bawaslu's published IKP for Kaltim) is empty.
"""

from __future__ import annotations

import functools
import io
import random

import pandas as pd

from domain import regions
from domain.schema import DATASETS

DEMO_SOURCE = "DATA CONTOH"
BLANKED = ("kecamatan", "desa", "lat", "lon", "sumber_partisipasi")
RENAMED = ("catatan", "unit_pelapor", "penyelenggara", "deskripsi", "kesepakatan")
COUNTS = ("dpt_total", "dpt_perempuan", "dpt_pemilih_pemula")
PUBLISHED_ONLY = ("ikp",)  # Kaltim's default is published figures, not demo rows
SUBDISTRICT_REPORTS = ("conflict_risk",)  # rows per kecamatan/desa are left out, not emptied


@functools.lru_cache(maxsize=32)
def demo_csv(name: str, province_code: str, template: bytes) -> bytes:
    """The demo CSV of dataset ``name`` for the province, from Kaltim's ``template`` bytes."""
    dataset = DATASETS[name]
    columns = list(dataset.column_names)
    source = pd.read_csv(io.BytesIO(template), dtype=str, keep_default_na=False,
                         encoding="utf-8")
    if name in PUBLISHED_ONLY:
        return _csv(pd.DataFrame(columns=columns))
    kaltim = regions.registry_for(regions.DEFAULT_PROVINCE)
    target = regions.registry_for(province_code)
    rng = random.Random(f"demo-{province_code}")
    parts = []
    for district in target.districts:
        model = kaltim.districts[rng.randrange(len(kaltim.districts))]
        rows = source[source["kab_kota"] == model.kemendagri_code].copy()
        if name in SUBDISTRICT_REPORTS:  # a kecamatan's or desa's report: the Kaltim unit's
            rows = rows[(rows["kecamatan"] == "") & (rows["desa"] == "")]
        rows["kab_kota"] = district.kemendagri_code
        for column in BLANKED:
            if column in rows:
                rows[column] = ""
        for column in RENAMED:
            if column in rows:
                rows[column] = rows[column].map(
                    lambda text, m=model, d=district: _renamed(text, m, d, target.province_name))
        if "sumber" in rows:
            rows["sumber"] = DEMO_SOURCE
        factor = rng.uniform(0.5, 1.8)
        for column in COUNTS:
            if column in rows:
                rows[column] = rows[column].map(lambda v, f=factor: _scaled(v, f))
        parts.append(rows)
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    if "tanggal" in frame:
        frame = frame.sort_values("tanggal", kind="stable", ignore_index=True)
    frame = frame.reindex(columns=columns, fill_value="")
    return _csv(frame.drop_duplicates(subset=list(dataset.key), ignore_index=True))


def _renamed(text: str, model: regions.District, district: regions.District, province: str) -> str:
    if not text:
        return text
    for old, new in ((model.official_name, district.official_name),
                     (model.short_name, district.short_name),
                     (model.abbreviation, district.short_name),
                     ("Kalimantan Timur", province), ("Kaltim", province)):
        text = text.replace(old, new)
    return text


def _scaled(value: str, factor: float) -> str:
    if not value:
        return value
    return str(round(float(value) * factor))


def _csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
