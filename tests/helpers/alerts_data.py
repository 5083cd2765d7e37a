"""Incidents built so that exactly some areas surge on AS_OF (indicators.alerts): Kutai
Kartanegara, Samarinda and its Kecamatan Sungai Kunjang surge; Balikpapan gets a new category;
Paser (unverified reports), Penajam Paser Utara (two only) and Bontang (refuted) do not."""

from __future__ import annotations

import datetime as dt

import pandas as pd

AS_OF = dt.date(2026, 11, 30)


def _rows(district, kecamatan, days_before, category="sara", status="terverifikasi", start=AS_OF):
    return [{"tanggal": (start - dt.timedelta(days=d)).isoformat(), "kab_kota": district,
             "kecamatan": kecamatan, "kategori": category, "status_verifikasi": status,
             "deskripsi": f"Kejadian {district} {kecamatan} {category} {d}", "sumber": "Uji"}
            for d in days_before]


def surge_data() -> pd.DataFrame:
    rows = []
    # Samarinda: one incident every four weeks through the baseline, then 3 in the window: surge.
    rows += _rows("64.72", "", [28 * i + 5 for i in range(1, 14)])
    rows += _rows("64.72", "", [1, 10, 27])
    # Balikpapan: four per four weeks before, five now (< 2 x 4): no surge; but its first "ormas".
    rows += _rows("64.71", "", [28 * i + d for i in range(1, 14) for d in (1, 8, 15, 22)])
    rows += _rows("64.71", "", [2, 3, 4, 5])
    rows += _rows("64.71", "", [6], category="ormas")
    # Kutai Kartanegara: nothing before, three now, one of them on the window's first day: surge.
    rows += _rows("64.02", "", [0, 12, 27], category="sumber_daya_alam_lahan")
    # ... and a fourth the day before the window: baseline, not window.
    rows += _rows("64.02", "", [28], category="sumber_daya_alam_lahan")
    # Paser: three reports, two not verified: no alert.
    rows += _rows("64.01", "", [3])
    rows += _rows("64.01", "", [4, 5], status="belum_diverifikasi")
    # Penajam Paser Utara: two only.
    rows += _rows("64.09", "", [3, 9])
    # Sungai Kunjang (Samarinda) coded: three in the window, none before: a kecamatan surge too.
    rows += _rows("64.72", "64.72.06", [2, 4, 6], category="politik_pemilu")
    # Refuted reports never count.
    rows += _rows("64.74", "", [1, 2, 3, 4], status="dibantah")
    return pd.DataFrame(rows)
