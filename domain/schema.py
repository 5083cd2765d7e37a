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
    "subdistrict",  # kecamatan name or code within the row's kab/kota (domain.subregions)
    "village",  # desa/kelurahan name or code within the row's kecamatan / kab/kota
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

# What they write over kecamatan and desa columns. Stored is the Kemendagri code ("64.72.06",
# "64.72.06.1001"), as kab_kota stores "64.72"; names for display come from domain.subregions
# (``subregion_codes`` reads older versions and files written with names the same way).
KECAMATAN_ALIASES: tuple[str, ...] = ("Nama Kecamatan", "Kec.", "Kode Kecamatan")
DESA_ALIASES: tuple[str, ...] = ("Desa/Kelurahan", "Kelurahan", "Desa/Kel", "Nama Desa",
                                 "Nama Desa/Kelurahan", "Kode Desa")
REPORTER_ALIASES: tuple[str, ...] = ("Unit Pelapor", "Pelapor", "Instansi Pelapor", "Instansi",
                                     "Satuan Kerja")
SOURCE_ALIASES: tuple[str, ...] = ("Sumber", "Sumber Data", "Sumber Informasi")
NOTE_ALIASES: tuple[str, ...] = ("Catatan", "Keterangan", "Ket.", "Ket")
# Not "Waktu": that is the time of day of a field report (incidents.waktu).
DATE_ALIASES: tuple[str, ...] = ("Tanggal", "Tgl", "Tgl.", "Tanggal Kegiatan", "Tanggal Kejadian")
# What a KPU DPT recap writes over its columns (kab/kota rows; L / P / L+P or Jumlah). "L" (men)
# has no column: the dashboard takes men as total minus women, and the file's L is left out with
# the usual note on a column it does not use.
DPT_TOTAL_ALIASES: tuple[str, ...] = ("L+P", "L + P", "Jumlah", "Total", "DPT", "Jumlah DPT",
                                      "Total DPT", "DPT (L+P)", "DPT Total", "Jumlah Pemilih",
                                      "Jumlah Pemilih Terdaftar")
DPT_WOMEN_ALIASES: tuple[str, ...] = ("P", "Perempuan", "DPT (P)", "DPT Perempuan",
                                      "Jumlah Pemilih Perempuan", "Pemilih Perempuan")
# Where a point of Kalimantan Timur can be (WGS84 degrees, the province's extent with a margin):
# the range of every dataset's lat and lon columns.
LATITUDES = {"minimum": -2.6, "maximum": 2.6}
LONGITUDES = {"minimum": 113.8, "maximum": 119.2}

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
    # One value for the whole file may stand for this column when the file has none (a KPU DPT
    # recap has no ``pemilihan`` or ``sumber`` column): the Data page asks for it, the command
    # line takes ``--set column=value`` (loaders.uploads.check_upload's ``constants``).
    file_constant: bool = False
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
        Column("kecamatan", "subdistrict", required=False, aliases=KECAMATAN_ALIASES),
        Column("desa", "village", required=False, aliases=DESA_ALIASES),
        Column("periode", "period", aliases=("Periode Laporan", "Triwulan", "Periode/Triwulan")),
        Column("tingkat_rawan", "choice", allowed=RISK_LEVELS,
               aliases=("Tingkat Kerawanan", "Tingkat Rawan", "Kerawanan", "Status Kerawanan",
                        "Kategori Kerawanan", "Level Kerawanan")),
        Column("skor", "number", minimum=0, maximum=100, unit="skor 0-100",
               aliases=("Skor", "Nilai", "Skor Kerawanan", "Nilai Kerawanan", "Indeks",
                        "Skor IKP", "Nilai IKP")),
        Column("kategori", "choices", required=False, allowed=CONFLICT_CATEGORIES,
               aliases=("Kategori Konflik", "Jenis Konflik", "Jenis Kerawanan", "Isu")),
        Column("jumlah_kejadian", "integer", minimum=0,
               aliases=("Jumlah Kejadian", "Jml Kejadian", "Jml. Kejadian", "Kejadian",
                        "Jumlah Kasus", "Jumlah Peristiwa")),
        Column("catatan", "text", required=False, internal=True, aliases=NOTE_ALIASES),
        Column("unit_pelapor", "text", aliases=REPORTER_ALIASES),
        Column("tanggal_laporan", "date",
               aliases=("Tanggal Laporan", "Tgl Laporan", "Tgl. Laporan", "Tanggal Pelaporan")),
        Column("sumber", "text", aliases=SOURCE_ALIASES),
    ),
    key=("kab_kota", "kecamatan", "desa", "periode"),
    public=False,
    demo_file="conflict_risk.csv",
)

# What a field report (pages/field_report.py, domain/field_reports.py) adds to an incident; all
# optional, so uploaded spreadsheets need none of them. Times are ISO 8601 UTC text.
FIELD_REPORT_COLUMNS: tuple[Column, ...] = (
    Column("id_laporan", "text", required=False),  # the form's token: one report per render
    Column("waktu", "text", required=False),  # HH:MM, WITA
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
        Column("tanggal", "date", aliases=DATE_ALIASES),
        Column("kab_kota", "district", aliases=DISTRICT_ALIASES),
        Column("kecamatan", "subdistrict", required=False, aliases=KECAMATAN_ALIASES),
        Column("desa", "village", required=False, aliases=DESA_ALIASES),
        Column("lat", "latitude", required=False, **LATITUDES,
               aliases=("Lintang", "Latitude", "Koordinat Lintang")),
        Column("lon", "longitude", required=False, **LONGITUDES,
               aliases=("Bujur", "Longitude", "Koordinat Bujur")),
        Column("kategori", "choice", allowed=CONFLICT_CATEGORIES,
               aliases=("Kategori Konflik", "Jenis Konflik", "Jenis Kejadian")),
        Column("deskripsi", "text", internal=True,
               aliases=("Uraian", "Uraian Kejadian", "Kronologi", "Deskripsi Kejadian")),
        Column("korban", "integer", required=False, minimum=0,
               aliases=("Jumlah Korban", "Jml Korban")),
        Column("sumber", "text", aliases=SOURCE_ALIASES),
        Column("status_verifikasi", "choice", allowed=VERIFICATION_STATUSES,
               aliases=("Status", "Status Verifikasi", "Verifikasi"), renamed=LEGACY_VERIFICATION),
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
        Column("pemilihan", "choice", allowed=ELECTIONS, file_constant=True,
               aliases=("Pemilihan", "Jenis Pemilihan", "Pemilu/Pilkada", "Pemilu")),
        Column("dpt_total", "integer", minimum=0, unit="pemilih",
               aliases=DPT_TOTAL_ALIASES + ("DPT L+P", "DPT Jumlah", "Jumlah Pemilih Jumlah",
                                            "Jumlah Pemilih L+P", "Jumlah Pemilih Total")),
        Column("dpt_perempuan", "integer", minimum=0, unit="pemilih",
               aliases=DPT_WOMEN_ALIASES + ("DPT P", "Jumlah Pemilih P", "DPT Pr")),
        Column("dpt_pemilih_pemula", "integer", required=False, minimum=0, unit="pemilih",
               aliases=("Pemilih Pemula", "DPT Pemilih Pemula", "Jumlah Pemilih Pemula",
                        "Pemilih Pemula (17-21 th)", "Pemilih Pemula 17-21 Tahun")),
        Column("partisipasi_total", "percent", required=False, minimum=0, maximum=100, unit="%",
               aliases=("Partisipasi (%)", "Partisipasi", "Partisipasi Pemilih",
                        "Tingkat Partisipasi", "Partisipasi Pemilih (%)",
                        "Tingkat Partisipasi (%)")),
        Column("partisipasi_perempuan", "percent", required=False, minimum=0, maximum=100,
               unit="%", aliases=("Partisipasi Perempuan (%)", "Partisipasi Perempuan",
                                  "Partisipasi (%) P", "Partisipasi P")),
        Column("partisipasi_pemilih_pemula", "percent", required=False, minimum=0, maximum=100,
               unit="%", aliases=("Partisipasi Pemilih Pemula (%)",
                                  "Partisipasi Pemilih Pemula", "Partisipasi Pemula")),
        Column("target_total", "percent", required=False, minimum=0, maximum=100, unit="%"),
        Column("target_perempuan", "percent", required=False, minimum=0, maximum=100, unit="%"),
        Column("target_pemilih_pemula", "percent", required=False, minimum=0, maximum=100,
               unit="%"),
        Column("sumber", "text", file_constant=True, aliases=SOURCE_ALIASES),
        Column("sumber_partisipasi", "text", required=False,
               aliases=("Sumber Partisipasi", "Sumber Data Partisipasi")),
    ),
    key=("kab_kota", "pemilihan"),
    public=True,
    demo_file="participation.csv",
    checks=("women_within_total", "first_time_within_total"),
)

OUTREACH = Dataset(
    name="outreach",
    columns=(
        Column("tanggal", "date", aliases=DATE_ALIASES),
        Column("kab_kota", "district", aliases=DISTRICT_ALIASES),
        Column("kecamatan", "subdistrict", required=False, aliases=KECAMATAN_ALIASES),
        Column("desa", "village", required=False, aliases=DESA_ALIASES),
        Column("lat", "latitude", required=False, **LATITUDES,
               aliases=("Lintang", "Latitude")),
        Column("lon", "longitude", required=False, **LONGITUDES,
               aliases=("Bujur", "Longitude")),
        Column("jenis_kegiatan", "choice", allowed=ACTIVITY_TYPES,
               aliases=("Jenis Kegiatan", "Kegiatan", "Bentuk Kegiatan")),
        Column("sasaran", "choice", allowed=TARGET_GROUPS,
               aliases=("Sasaran Kegiatan", "Kelompok Sasaran")),
        Column("peserta_total", "integer", minimum=0, unit="orang",
               aliases=("Jumlah Peserta", "Peserta", "Total Peserta", "Peserta Jumlah",
                        "Peserta L+P")),
        Column("peserta_perempuan", "integer", required=False, minimum=0, unit="orang",
               aliases=("Peserta Perempuan", "Peserta P", "Jumlah Peserta Perempuan")),
        Column("peserta_pemilih_pemula", "integer", required=False, minimum=0, unit="orang",
               aliases=("Peserta Pemilih Pemula", "Peserta Pemula", "Pemilih Pemula")),
        Column("penyelenggara", "text", aliases=("Penyelenggara Kegiatan", "Pelaksana")),
        Column("catatan", "text", required=False, aliases=NOTE_ALIASES),
        Column("sumber", "text", aliases=SOURCE_ALIASES),
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
        Column("kesepakatan", "text", aliases=("Kesepakatan", "Uraian Kesepakatan",
                                               "Hasil Kesepakatan")),
        Column("status", "choice", allowed=AGREEMENT_STATUSES,
               aliases=("Status Tindak Lanjut", "Tindak Lanjut")),
        Column("tenggat", "date", allow_future=True, aliases=("Batas Waktu", "Tenggat Waktu",
                                                               "Target Waktu")),
        Column("catatan", "text", required=False, aliases=NOTE_ALIASES),
        Column("sumber", "text", aliases=SOURCE_ALIASES),
    ),
    key=("kab_kota", "kesepakatan"),
    public=False,
    demo_file="agreements.csv",
)

DATASETS[AGREEMENTS.name] = AGREEMENTS

# Pemantauan orang asing dan lembaga asing (rakor: monitor foreigners and foreign institutions
# through the technical offices): per kab/kota and period, how many foreigners were reported by
# purpose of stay, and how many foreign institutions (NGOs) were active. Its own access: editors and
# admins only (accounts.access.DATASET_ACTIONS), not every logged-in viewer.
FOREIGNER_PURPOSES: tuple[str, ...] = ("bekerja", "penelitian", "wisata", "keagamaan", "lainnya")

FOREIGNERS = Dataset(
    name="foreigners",
    columns=(
        Column("kab_kota", "district", aliases=DISTRICT_ALIASES),
        Column("periode", "period", aliases=("Periode", "Triwulan", "Bulan")),
        *(Column(f"orang_asing_{purpose}", "integer", minimum=0, unit="orang",
                 aliases=(f"WNA {purpose}", f"Orang asing {purpose}", f"Jumlah WNA {purpose}"))
          for purpose in FOREIGNER_PURPOSES),
        Column("lembaga_asing", "integer", minimum=0, unit="lembaga",
               aliases=("LSM asing", "Lembaga asing", "Jumlah lembaga asing", "Ormas asing")),
        Column("catatan", "text", required=False, internal=True),
        Column("unit_pelapor", "text", aliases=("Unit pelapor", "Pelapor", "Instansi")),
        Column("tanggal_laporan", "date", aliases=("Tanggal laporan", "Tanggal")),
        Column("sumber", "text", aliases=("Sumber", "Sumber data")),
    ),
    key=("kab_kota", "periode"),
    public=False,
    demo_file="foreigners.csv",
)

DATASETS[FOREIGNERS.name] = FOREIGNERS


IKP_EDITIONS: tuple[str, ...] = ("IKP Pemilu 2024", "IKP Pilkada 2024", "IKP Pemilu 2029",
                                 "IKP Pilkada 2029")

# Bawaslu's Indeks Kerawanan Pemilu per kab/kota, as Bawaslu publishes its table: its own 0-100
# scale and levels, shown beside the agency's peta rawan konflik and never mixed into it. Public
# (Bawaslu publishes it). The embedded default is the published IKP Pemilu 2024 of the ten kab/kota
# (geodata/demo/ikp.csv, written by scripts/make_published_figures.py; not DATA CONTOH).
IKP = Dataset(
    name="ikp",
    columns=(
        Column("kab_kota", "district", aliases=DISTRICT_ALIASES),
        Column("edisi", "choice", allowed=IKP_EDITIONS, file_constant=True,
               aliases=("Edisi", "Edisi IKP")),
        Column("skor", "number", minimum=0, maximum=100, unit="skor 0-100",
               aliases=("Skor IKP", "Nilai IKP", "Indeks", "Nilai", "Skor Total", "IKP Total",
                        "IKP")),
        Column("kategori", "choice", required=False, allowed=RISK_LEVELS,
               aliases=("Kategori IKP", "Tingkat Kerawanan", "Kategori Kerawanan", "Level")),
        Column("dimensi_konteks_sosial_politik", "number", required=False, minimum=0,
               maximum=100, aliases=("Konteks Sosial Politik", "Dimensi Konteks Sosial Politik",
                                     "Sosial Politik")),
        Column("dimensi_penyelenggaraan_pemilu", "number", required=False, minimum=0,
               maximum=100, aliases=("Penyelenggaraan Pemilu", "Dimensi Penyelenggaraan Pemilu",
                                     "Penyelenggaraan")),
        Column("dimensi_kontestasi", "number", required=False, minimum=0, maximum=100,
               aliases=("Kontestasi", "Dimensi Kontestasi")),
        Column("dimensi_partisipasi", "number", required=False, minimum=0, maximum=100,
               aliases=("Partisipasi", "Dimensi Partisipasi")),
        Column("sumber", "text", file_constant=True, aliases=("Sumber", "Sumber Data")),
    ),
    key=("kab_kota", "edisi"),
    public=True,
    demo_file="ikp.csv",
)

DATASETS[IKP.name] = IKP


@dataclass(frozen=True)
class Form:
    """A table in the shape an office publishes it, imported into a dataset: each header is one
    of its column's aliases (or, with no column, one the dataset does not use, such as a KPU
    recap's L, which import notes and leaves out); the file-constant columns it lacks are given
    once for the whole file on import. Templates are generated from it (exports.templates)."""
    name: str
    dataset: str
    headers: tuple[tuple[str | None, str], ...]  # (column or None, header as the office writes it)


FORMS: dict[str, Form] = {f.name: f for f in (
    Form("kpu_dpt", "participation",
         (("kab_kota", "Kabupaten/Kota"), (None, "L"), ("dpt_perempuan", "P"),
          ("dpt_total", "L+P"))),
    Form("bawaslu_ikp", "ikp",
         (("kab_kota", "Kabupaten/Kota"), ("skor", "Skor IKP"), ("kategori", "Kategori"),
          ("dimensi_konteks_sosial_politik", "Konteks Sosial Politik"),
          ("dimensi_penyelenggaraan_pemilu", "Penyelenggaraan Pemilu"),
          ("dimensi_kontestasi", "Kontestasi"), ("dimensi_partisipasi", "Partisipasi"))),
)}


def forms_of(dataset_name: str) -> list[Form]:
    return [f for f in FORMS.values() if f.dataset == dataset_name]


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
    if any(c.type in ("subdistrict", "village") for c in dataset.columns):
        out = subregion_codes(out)
    return out.reset_index(drop=True)


def subregion_codes(frame: pd.DataFrame) -> pd.DataFrame:
    """Kecamatan and desa cells as the Kemendagri code of the one unit they name in the row's
    kab/kota (and kecamatan): what validation stores, applied again to versions stored and demo
    files written with names ("Kec. Sungai Kunjang" -> "64.72.06"). A cell that names no unit
    there, or several, is kept as written, so nothing read is lost."""
    from domain import subregions

    units = subregions.default_subregions()
    memo: dict[tuple[str, str, str, str], str] = {}

    def code(level: str, value: str, kab: str, kec: str) -> str:
        if not value or units.by_code.get(value) is not None:
            return value
        key = (level, value, kab, kec)
        if key not in memo:
            try:
                if level == "kecamatan":
                    memo[key] = units.find_kecamatan(value, kab or None).unit.code
                else:
                    kecamatan = kec if units.by_code.get(kec) is not None else None
                    memo[key] = units.find_desa(value, kecamatan, kab or None).unit.code
            except ValueError:  # SubregionLookupError, or a kab/kota the registry does not know
                memo[key] = value
        return memo[key]

    kab = frame["kab_kota"].astype(str).tolist() if "kab_kota" in frame else [""] * len(frame)
    if "kecamatan" in frame:
        frame["kecamatan"] = pd.array(
            [code("kecamatan", v, k, "") for v, k in zip(frame["kecamatan"].tolist(), kab)],
            dtype="string")
    if "desa" in frame:
        kec = frame["kecamatan"].tolist() if "kecamatan" in frame else [""] * len(frame)
        frame["desa"] = pd.array([code("desa", v, k, c) for v, k, c in
                                  zip(frame["desa"].tolist(), kab, kec)], dtype="string")
    return frame
