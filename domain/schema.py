"""One declared schema per dataset: the reader, the validator, the templates and the docs all use
these declarations, and nothing else defines a column.

Column names are in Bahasa Indonesia because they are what district staff type in their files.
Descriptions are message ids in the translation catalogue (``schema.<dataset>.<column>``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

ColumnType = Literal[
    "district",  # kab/kota name or code, normalised through domain.regions
    "text",
    "integer",
    "number",
    "percent",  # 0-100
    "date",  # ISO or dd/mm/yyyy; no future dates
    "period",  # 2026-Q3 or 2026-07
    "choice",  # one of ``allowed``
    "choices",  # several of ``allowed``, separated by ';'
    "latitude",
    "longitude",
]

# What offices write over their kab/kota column.
DISTRICT_ALIASES: tuple[str, ...] = ("Kab/Kota", "Kabupaten/Kota", "Kabupaten Kota", "Kota/Kabupaten",
                                     "Nama Kab/Kota", "Nama Kabupaten/Kota", "Wilayah", "Daerah")

RISK_LEVELS: tuple[str, ...] = ("rendah", "sedang", "tinggi")

CONFLICT_CATEGORIES: tuple[str, ...] = (
    "sara",
    "politik_pemilu",
    "sumber_daya_alam_lahan",
    "batas_wilayah",
    "ketenagakerjaan",
    "ormas",
    "lainnya",
)

TARGET_GROUPS: tuple[str, ...] = (
    "perempuan",
    "pemilih_pemula",
    "umum",
    "disabilitas",
    "masyarakat_adat",
    "tokoh_agama_masyarakat",
)

ACTIVITY_TYPES: tuple[str, ...] = (
    "sosialisasi_tatap_muka",
    "diskusi_kelompok",
    "kunjungan_sekolah_kampus",
    "media_sosial_radio",
    "pelatihan_kader",
)

ELECTIONS: tuple[str, ...] = ("Pemilu 2024", "Pilkada 2024", "Pemilu 2029", "Pilkada 2029")

# A field report is *dilaporkan* until an editor verifies (*diverifikasi*) or refutes (*dibantah*)
# it. Stores and files from before field reports said belum_diverifikasi / terverifikasi: those
# read as the new names (typed_frame, and the validator accepts them).
VERIFICATION_STATUSES: tuple[str, ...] = ("dilaporkan", "diverifikasi", "dibantah")
LEGACY_VERIFICATION: tuple[tuple[str, str], ...] = (("belum_diverifikasi", "dilaporkan"),
                                                    ("terverifikasi", "diverifikasi"))
FOLLOW_UP_STEPS: tuple[str, ...] = ("ditangani", "selesai")


def header_key(name: str) -> str:
    """How a header in a file meets a column: 'Kab/Kota ', 'KAB_KOTA' and 'kab-kota' are one."""
    return re.sub(r"[^0-9a-z]+", "_", str(name).strip().casefold()).strip("_")


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    required: bool = True
    allowed: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""
    internal: bool = False  # shown only to roles allowed to see internal notes
    allow_future: bool = False  # dates: a deadline may lie ahead; a report date may not
    # Other headers offices write for this column ("Kabupaten/Kota", "DPT (P)"): matched like the
    # name (case, blanks and punctuation forgiven); templates and docs list them.
    aliases: tuple[str, ...] = ()
    # Choices: old values and the value each now reads as (stored data stays readable).
    renamed: tuple[tuple[str, str], ...] = ()

    def header_keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(header_key(h) for h in (self.name, *self.aliases)))


@dataclass(frozen=True)
class Dataset:
    name: str  # conflict_risk, incidents, participation, outreach
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # a row is unique on these columns
    public: bool  # may be shown without login
    demo_file: str  # embedded demo data in geodata/demo/
    checks: tuple[str, ...] = field(default=())  # cross-column rules, see domain.validate

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


CONFLICT_RISK = Dataset(
    name="conflict_risk",
    columns=(
        Column("kab_kota", "district", aliases=DISTRICT_ALIASES),
        Column("kecamatan", "text", required=False),
        Column("periode", "period"),
        Column("tingkat_rawan", "choice", allowed=RISK_LEVELS),
        Column("skor", "number", minimum=0, maximum=100, unit="skor 0-100"),
        Column("kategori", "choices", required=False, allowed=CONFLICT_CATEGORIES),
        Column("jumlah_kejadian", "integer", minimum=0),
        Column("catatan", "text", required=False, internal=True),
        Column("unit_pelapor", "text"),
        Column("tanggal_laporan", "date"),
        Column("sumber", "text"),
    ),
    key=("kab_kota", "kecamatan", "periode"),
    public=False,
    demo_file="conflict_risk.csv",
)

# What a field report (pages/field_report.py, domain/field_reports.py) adds to an incident; all
# optional, so uploaded spreadsheets need none of them. Times are ISO 8601 UTC text.
FIELD_REPORT_COLUMNS: tuple[Column, ...] = (
    Column("id_laporan", "text", required=False),  # the form's token: one report per render
    Column("waktu", "text", required=False),  # HH:MM, WITA
    Column("desa", "text", required=False),
    Column("pelapor", "text", required=False, internal=True),
    Column("dilaporkan_pada", "text", required=False),
    Column("foto", "text", required=False, internal=True),  # storage.attachments key
    Column("revisi", "integer", required=False, minimum=0),  # +1 on every change of the report
    Column("diverifikasi_oleh", "text", required=False, internal=True),
    Column("diverifikasi_pada", "text", required=False),
    Column("catatan_verifikasi", "text", required=False, internal=True),
    Column("tindak_lanjut", "choice", required=False, allowed=FOLLOW_UP_STEPS),
    Column("ditangani_oleh", "text", required=False, internal=True),
    Column("ditangani_pada", "text", required=False),
    Column("selesai_oleh", "text", required=False, internal=True),
    Column("selesai_pada", "text", required=False),
    Column("catatan_tindak_lanjut", "text", required=False, internal=True),
)

INCIDENTS = Dataset(
    name="incidents",
    columns=(
        Column("tanggal", "date"),
        Column("kab_kota", "district", aliases=DISTRICT_ALIASES),
        Column("kecamatan", "text", required=False),
        Column("lat", "latitude", required=False, minimum=-2.6, maximum=2.6),
        Column("lon", "longitude", required=False, minimum=113.8, maximum=119.2),
        Column("kategori", "choice", allowed=CONFLICT_CATEGORIES),
        Column("deskripsi", "text", internal=True),
        Column("korban", "integer", required=False, minimum=0),
        Column("sumber", "text"),
        Column("status_verifikasi", "choice", allowed=VERIFICATION_STATUSES,
               renamed=LEGACY_VERIFICATION),
        *FIELD_REPORT_COLUMNS,
    ),
    key=("tanggal", "kab_kota", "kecamatan", "kategori", "deskripsi", "id_laporan"),
    public=False,
    demo_file="incidents.csv",
    checks=("lat_lon_together",),
)

PARTICIPATION = Dataset(
    name="participation",
    columns=(
        Column("kab_kota", "district", aliases=DISTRICT_ALIASES),
        Column("pemilihan", "choice", allowed=ELECTIONS),
        Column("dpt_total", "integer", minimum=0, unit="pemilih"),
        Column("dpt_perempuan", "integer", minimum=0, unit="pemilih"),
        Column("dpt_pemilih_pemula", "integer", required=False, minimum=0, unit="pemilih"),
        Column("partisipasi_total", "percent", required=False, minimum=0, maximum=100, unit="%"),
        Column("partisipasi_perempuan", "percent", required=False, minimum=0, maximum=100,
               unit="%"),
        Column("partisipasi_pemilih_pemula", "percent", required=False, minimum=0, maximum=100,
               unit="%"),
        Column("target_total", "percent", required=False, minimum=0, maximum=100, unit="%"),
        Column("target_perempuan", "percent", required=False, minimum=0, maximum=100, unit="%"),
        Column("target_pemilih_pemula", "percent", required=False, minimum=0, maximum=100,
               unit="%"),
        Column("sumber", "text"),
        Column("sumber_partisipasi", "text", required=False),
    ),
    key=("kab_kota", "pemilihan"),
    public=True,
    demo_file="participation.csv",
    checks=("women_within_total", "first_time_within_total"),
)

OUTREACH = Dataset(
    name="outreach",
    columns=(
        Column("tanggal", "date"),
        Column("kab_kota", "district", aliases=DISTRICT_ALIASES),
        Column("kecamatan", "text", required=False),
        Column("lat", "latitude", required=False, minimum=-2.6, maximum=2.6),
        Column("lon", "longitude", required=False, minimum=113.8, maximum=119.2),
        Column("jenis_kegiatan", "choice", allowed=ACTIVITY_TYPES),
        Column("sasaran", "choice", allowed=TARGET_GROUPS),
        Column("peserta_total", "integer", minimum=0, unit="orang"),
        Column("peserta_perempuan", "integer", required=False, minimum=0, unit="orang"),
        Column("peserta_pemilih_pemula", "integer", required=False, minimum=0, unit="orang"),
        Column("penyelenggara", "text"),
        Column("catatan", "text", required=False),
        Column("sumber", "text"),
    ),
    key=("tanggal", "kab_kota", "kecamatan", "jenis_kegiatan", "sasaran", "penyelenggara"),
    public=True,
    demo_file="outreach.csv",
    checks=("lat_lon_together", "participants_within_total"),
)

DATASETS: dict[str, Dataset] = {
    d.name: d for d in (CONFLICT_RISK, INCIDENTS, PARTICIPATION, OUTREACH)
}

AGREEMENT_STATUSES: tuple[str, ...] = ("belum_dimulai", "dalam_proses", "selesai")

# Follow-up of what was agreed at a rakor, per district: what the province reports to the governor
# as "tindak lanjut kesepakatan". Not public: agreements may name budgets and teams.
AGREEMENTS = Dataset(
    name="agreements",
    columns=(
        Column("kab_kota", "district", aliases=DISTRICT_ALIASES),
        Column("kesepakatan", "text"),
        Column("status", "choice", allowed=AGREEMENT_STATUSES),
        Column("tenggat", "date", allow_future=True),
        Column("catatan", "text", required=False),
        Column("sumber", "text"),
    ),
    key=("kab_kota", "kesepakatan"),
    public=False,
    demo_file="agreements.csv",
)

DATASETS[AGREEMENTS.name] = AGREEMENTS


_PANDAS_TYPES = {
    "integer": "Int64",
    "number": "Float64",
    "percent": "Float64",
    "latitude": "Float64",
    "longitude": "Float64",
}


def typed_frame(dataset: Dataset, frame: pd.DataFrame) -> pd.DataFrame:
    """Give a frame of already valid values the pandas types its schema declares."""
    out = pd.DataFrame(index=frame.index)
    for column in dataset.columns:
        values = frame[column.name] if column.name in frame else pd.Series(pd.NA, index=frame.index)
        if column.type in _PANDAS_TYPES:
            out[column.name] = pd.to_numeric(values, errors="coerce").astype(
                _PANDAS_TYPES[column.type])
        elif column.type == "date":
            out[column.name] = pd.to_datetime(values, errors="coerce").dt.date
        else:
            out[column.name] = values.astype("string").fillna("")
            if column.renamed:
                out[column.name] = out[column.name].replace(dict(column.renamed))
    return out.reset_index(drop=True)
