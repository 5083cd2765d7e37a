"""Write the embedded demo data (DATA CONTOH) to geodata/demo/.

Deterministic (seeded), so rerunning it gives byte-identical files. The participation data holds
the published figures of geodata/published/kaltim_2024.csv (DPT Pilkada 2024 of all ten kab/kota,
by sex where published, Pilkada 2024 turnout of all ten, the Pemilu 2024 DPT and turnout where
published); everything else is invented and every row says so in its ``sumber`` column, which is
the source of each figure that has no published one (storage.published.figure_source).

    python scripts/make_demo_data.py
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from domain import regions, schema  # noqa: E402
from domain.subregions import default_subregions  # noqa: E402
from storage import published  # noqa: E402

OUT = ROOT / "geodata" / "demo"
DEMO = "DATA CONTOH"
PERIODS = ("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3")

PROVINCE_DPT_PILKADA_2024 = 2_821_202  # KPU Kaltim via Mediakaltim; used only to scale demo DPT

# Rough relative electorate (demo weights, not official) and the capital's position for points.
DISTRICT_DEMO = {
    "64.01": (0.060, -1.90, 116.20),
    "64.02": (0.240, -0.42, 116.99),
    "64.03": (0.075, 2.15, 117.49),
    "64.07": (0.052, -0.23, 115.70),
    "64.08": (0.105, 0.50, 117.55),
    "64.09": (0.055, -1.29, 116.71),
    "64.11": (0.010, 0.78, 115.05),
    "64.71": (0.170, -1.25, 116.86),
    "64.72": (0.200, -0.49, 117.15),
    "64.74": (0.043, 0.13, 117.49),
}

# Demo risk profile per district (base score): a mix so that the map shows all three levels.
BASE_SCORE = {
    "64.01": 38, "64.02": 62, "64.03": 44, "64.07": 66, "64.08": 55,
    "64.09": 30, "64.11": 35, "64.71": 28, "64.72": 52, "64.74": 22,
}
NOT_YET_REPORTED_LATEST = {"64.11", "64.09"}  # the follow-up list has something to show
# Reports per kecamatan (issue 14): Samarinda reports only per kecamatan in these periods (its
# kab/kota level is then derived: the highest kecamatan level, indicators.grain), Kutai
# Kartanegara sends its kab/kota row and kecamatan detail (its own row decides). The kecamatan
# rows are made so that the kab/kota's figures stay those of its row (highest score = its score,
# incidents summing to its count, categories its categories), except Kutai Kartanegara's one
# kecamatan above its kab/kota level, which shows that the kab/kota's own row decides. Samarinda's
# Sungai Kunjang also reports per kelurahan in the last period. Names, not codes, as staff write
# them: they are read as codes (domain.schema.subregion_codes).
KECAMATAN_ONLY = {"64.72": ("2026-Q2", "2026-Q3")}
KECAMATAN_DETAIL = {"64.02": ("2026-Q3",)}
DESA_DETAIL = {("64.72", "2026-Q3"): "64.72.06"}


def level_for(score: float) -> str:
    return "rendah" if score < 34 else ("sedang" if score < 67 else "tinggi")


def write(name: str, rows: list[dict]) -> None:
    columns = schema.DATASETS[name].column_names
    path = OUT / schema.DATASETS[name].demo_file
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows")


def conflict_rows(rng: random.Random) -> list[dict]:
    rows = []
    for code, base in BASE_SCORE.items():
        district = regions.get(code)
        trend = rng.choice((-4, -2, 0, 3, 5))
        for i, period in enumerate(PERIODS):
            if period == PERIODS[-1] and code in NOT_YET_REPORTED_LATEST:
                continue
            score = max(5, min(95, base + trend * i + rng.randint(-6, 6)))
            if code == "64.07" and period == PERIODS[-1]:
                score = 71  # a visible rise to "tinggi" in the latest period
            year, quarter = int(period[:4]), int(period[-1])
            quarter_end = dt.date(year, quarter * 3, 28)
            report_date = quarter_end + dt.timedelta(days=rng.randint(5, 30))
            categories = rng.sample(schema.CONFLICT_CATEGORIES[:-1], k=rng.randint(1, 3))
            rows.append({
                "kab_kota": code,
                "kecamatan": "",
                "periode": period,
                "tingkat_rawan": level_for(score),
                "skor": score,
                "kategori": ";".join(sorted(categories)),
                "jumlah_kejadian": max(0, score // 10 + rng.randint(-2, 3)),
                "catatan": f"Catatan contoh untuk {district.short_name} ({period}).",
                "unit_pelapor": f"Kesbangpol {district.official_name}",
                "tanggal_laporan": report_date.isoformat(),
                "sumber": DEMO,
            })
    return rows


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total])]


def _unit_rows(rng: random.Random, own: dict, units: list, top: int | None = None) -> list[dict]:
    """Rows for ``units`` (kecamatan or desa) under ``own``: the first has its score (or
    ``top``), the others lower; incidents split; categories shared out."""
    score = int(own["skor"])
    categories = own["kategori"].split(";")
    counts = _split(rng, int(own["jumlah_kejadian"]), len(units))
    rows = []
    for i, unit in enumerate(units):
        value = (top or score) if i == 0 else max(5, score - rng.randint(0, 35))
        chosen = categories if i < len(categories) else rng.sample(categories, k=1)
        kind = "Kec." if unit.level == "kecamatan" else unit.kind
        rows.append({**own, "skor": value, "tingkat_rawan": level_for(value),
                     "kategori": ";".join(sorted(set(chosen))), "jumlah_kejadian": counts[i],
                     "catatan": f"Catatan contoh untuk {kind} {unit.name} ({own['periode']}).",
                     "kecamatan" if unit.level == "kecamatan" else "desa": unit.name})
    return rows


def kecamatan_rows(rows: list[dict], rng: random.Random) -> list[dict]:
    """The district rows with the kecamatan (and desa) reports of KECAMATAN_ONLY,
    KECAMATAN_DETAIL and DESA_DETAIL added, each after its kab/kota's row (or in its place)."""
    units = default_subregions()
    out = []
    for own in rows:
        code, period = own["kab_kota"], own["periode"]
        only = period in KECAMATAN_ONLY.get(code, ())
        detail = period in KECAMATAN_DETAIL.get(code, ())
        if not only:
            out.append(own)
        if not (only or detail):
            continue
        kecamatan = list(units.kecamatan_of(code))
        rng.shuffle(kecamatan)
        top = 70 if detail else None  # Kukar: a kecamatan above the kab/kota's own level
        added = _unit_rows(rng, own, kecamatan, top)
        out.extend(sorted(added, key=lambda r: r["kecamatan"]))
        kec_code = DESA_DETAIL.get((code, period))
        if kec_code:
            kec_row = next(r for r in added if r["kecamatan"] == units.get_kecamatan(kec_code).name)
            desa = list(units.desa_of(kec_code))
            out.extend(_unit_rows(rng, kec_row, desa))
    return out


def participation_rows(rng: random.Random) -> list[dict]:
    """Published figures wherever geodata/published gives them (storage.published says which);
    the rest invented: the DPT shares of women and first-time voters kept from the demo weights,
    a DPT total not published for one election taken from the other's, the group turnouts set
    around the (published or invented) total. Each row's sumber is DATA CONTOH: the source of the
    figures that have none of their own (storage.published.figure_source)."""
    rows = []
    for code, (weight, _, _) in DISTRICT_DEMO.items():
        demo_dpt = round(PROVINCE_DPT_PILKADA_2024 * weight / sum(w for w, _, _ in DISTRICT_DEMO.values()))
        women_share = rng.uniform(0.475, 0.495)
        first_share = rng.uniform(0.07, 0.11)
        turnout = published_value(code, "Pilkada 2024", "partisipasi_total")
        pemilu_demo = min(95.0, turnout + rng.uniform(6, 13))
        for election, other, demo_total in (("Pemilu 2024", "Pilkada 2024", pemilu_demo),
                                            ("Pilkada 2024", "Pemilu 2024", turnout)):
            total = published_value(code, election, "partisipasi_total") or demo_total
            dpt = int(published_value(code, election, "dpt_total")
                      or published_value(code, other, "dpt_total") or demo_dpt)
            women = int(published_value(code, election, "dpt_perempuan") or round(dpt * women_share))
            rows.append({
                "kab_kota": code,
                "pemilihan": election,
                "dpt_total": dpt,
                "dpt_perempuan": women,
                "dpt_pemilih_pemula": round(dpt * first_share),
                "partisipasi_total": round(total, 2),
                "partisipasi_perempuan": round(min(99.0, total + rng.uniform(-1.5, 3.0)), 2),
                "partisipasi_pemilih_pemula": round(total - rng.uniform(4, 14), 2),
                "target_total": 80.0,
                "target_perempuan": 80.0,
                "target_pemilih_pemula": 75.0,
                "sumber": DEMO,
                "sumber_partisipasi": "",
            })
    return rows


def published_value(code: str, election: str, column: str) -> float | None:
    figure = published.published_participation(code, election, column)
    return figure.number if figure is not None else None


def point_near(rng: random.Random, code: str) -> tuple[float, float]:
    _, lat, lon = DISTRICT_DEMO[code]
    return round(lat + rng.uniform(-0.05, 0.05), 5), round(lon + rng.uniform(-0.05, 0.05), 5)


def outreach_rows(rng: random.Random) -> list[dict]:
    rows = []
    start = dt.date(2025, 10, 1)
    codes = list(DISTRICT_DEMO)
    for i in range(48):
        code = codes[i % len(codes)] if i < 30 else rng.choice(codes)
        date = start + dt.timedelta(days=rng.randint(0, 400))
        group = rng.choice(("perempuan", "pemilih_pemula", "pemilih_pemula", "perempuan", "umum",
                            "disabilitas"))
        total = rng.randint(30, 250)
        women = round(total * (rng.uniform(0.75, 1.0) if group == "perempuan"
                               else rng.uniform(0.35, 0.55)))
        first_time = round(total * (rng.uniform(0.7, 0.95) if group == "pemilih_pemula"
                                    else rng.uniform(0.05, 0.2)))
        lat, lon = point_near(rng, code)
        rows.append({
            "tanggal": date.isoformat(),
            "kab_kota": code,
            "kecamatan": "",
            "lat": lat,
            "lon": lon,
            "jenis_kegiatan": rng.choice(schema.ACTIVITY_TYPES),
            "sasaran": group,
            "peserta_total": total,
            "peserta_perempuan": women,
            "peserta_pemilih_pemula": first_time,
            "penyelenggara": f"Kesbangpol {regions.get(code).official_name}",
            "catatan": "",
            "sumber": DEMO,
        })
    rows.sort(key=lambda r: (r["tanggal"], r["kab_kota"]))
    return rows


def incident_rows(rng: random.Random) -> list[dict]:
    rows = []
    for i in range(30):
        code = rng.choice(list(DISTRICT_DEMO))
        lat, lon = point_near(rng, code)
        category = rng.choice(schema.CONFLICT_CATEGORIES)
        rows.append({
            "tanggal": (dt.date(2025, 10, 1) + dt.timedelta(days=rng.randint(0, 360))).isoformat(),
            "kab_kota": code,
            "kecamatan": "",
            "lat": lat,
            "lon": lon,
            "kategori": category,
            "deskripsi": f"Kejadian contoh nomor {i + 1}.",
            "korban": rng.choice((0, 0, 0, 1, 2)),
            "sumber": DEMO,
            "status_verifikasi": rng.choice(schema.VERIFICATION_STATUSES),
        })
    rows.sort(key=lambda r: (r["tanggal"], r["kab_kota"]))
    return rows


AGREEMENT_TOPICS = (
    "Kendaraan operasional pemantauan lapangan",
    "Dana hibah",
    "Tim peringatan dini",
    "Tim penanganan konflik",
)


def agreement_rows(rng: random.Random) -> list[dict]:
    # Weighted so the map shows every status; districts rated high in the demo lag behind.
    rows = []
    for code in DISTRICT_DEMO:
        lagging = BASE_SCORE[code] >= 55
        for topic in AGREEMENT_TOPICS:
            status = rng.choice(("belum_dimulai", "dalam_proses", "dalam_proses") if lagging
                                else ("dalam_proses", "selesai", "selesai", "selesai"))
            deadline = dt.date(2026, 3, 31) + dt.timedelta(days=rng.randint(0, 180))
            rows.append({
                "kab_kota": code,
                "kesepakatan": topic,
                "status": status,
                "tenggat": deadline.isoformat(),
                "catatan": "" if status == "selesai" else
                f"Contoh tindak lanjut {regions.get(code).short_name}.",
                "sumber": DEMO,
            })
    return rows


# Invented scale of foreigners reported per quarter: (workers, researchers, tourists, religious,
# others, foreign institutions). Oil, gas and mining towns and the IKN works draw workers; Berau's
# islands draw tourists. Orders of magnitude only: DATA CONTOH.
FOREIGNER_SCALE = {
    "64.01": (25, 1, 3, 1, 2, 0), "64.02": (140, 4, 6, 2, 5, 2), "64.03": (30, 3, 90, 1, 4, 1),
    "64.07": (20, 2, 2, 1, 1, 1), "64.08": (110, 2, 3, 1, 3, 1), "64.09": (160, 3, 4, 1, 6, 2),
    "64.11": (4, 2, 2, 1, 0, 1), "64.71": (220, 5, 25, 3, 12, 3), "64.72": (150, 8, 20, 4, 10, 4),
    "64.74": (90, 1, 3, 1, 2, 1),
}


def foreigner_rows(rng: random.Random) -> list[dict]:
    rows = []
    for code in DISTRICT_DEMO:
        for period in PERIODS:
            scale = FOREIGNER_SCALE[code]
            counts = [max(0, round(n * rng.uniform(0.7, 1.3))) for n in scale]
            year, quarter = int(period[:4]), int(period[-1])
            end_month = quarter * 3
            report = dt.date(year + (end_month == 12), end_month % 12 + 1, rng.randint(3, 20))
            rows.append({
                "kab_kota": code, "periode": period,
                **{f"orang_asing_{p}": str(n) for p, n in zip(schema.FOREIGNER_PURPOSES, counts)},
                "lembaga_asing": str(counts[-1]),
                "catatan": "" if rng.random() < 0.7 else
                f"Contoh catatan pemantauan {regions.get(code).short_name}.",
                "unit_pelapor": f"Kesbangpol {regions.get(code).short_name}",
                "tanggal_laporan": report.isoformat(),
                "sumber": DEMO,
            })
    return rows


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2026)
    # Kecamatan rows from a generator of their own: the other files stay byte-identical.
    write("conflict_risk", kecamatan_rows(conflict_rows(rng), random.Random(14)))
    write("participation", participation_rows(rng))
    write("outreach", outreach_rows(rng))
    write("incidents", incident_rows(rng))
    # A generator of its own, so adding agreements left the other files byte-identical.
    write("agreements", agreement_rows(random.Random(7)))
    write("foreigners", foreigner_rows(random.Random(11)))  # its own generator, as agreements


if __name__ == "__main__":
    main()
