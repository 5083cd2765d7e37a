"""Files as district offices write them, built with openpyxl: the report's title rows above the
header, headers in the office's words, merged cells, a JUMLAH row, the signature block below.
Shared by the unit tests (tests/unit/test_office_files.py) and the browser test of the Data page."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl

# The conflict-risk report of Kabupaten Kutai Kartanegara for Q3 2026, per kecamatan; the
# kab/kota cell is merged down over the kecamatan rows, the title rows over the table's width.
KUKAR_TITLE = ("PEMERINTAH KABUPATEN KUTAI KARTANEGARA", "BADAN KESATUAN BANGSA DAN POLITIK",
               "PETA RAWAN KONFLIK SOSIAL TRIWULAN III 2026")
KUKAR_HEADER = ["No", "Kabupaten/Kota", "Nama Kecamatan", "Periode", "Tingkat Kerawanan", "Skor",
                "Jenis Konflik", "Jumlah Kejadian", "Unit Pelapor", "Tanggal Laporan", "Sumber",
                "Keterangan"]
KUKAR_ROWS = [
    # kecamatan, level, skor (as Excel holds it), kategori, kejadian, keterangan
    ("Tenggarong", "Tinggi", 72.5, "Politik/pemilu", 4, "Sengketa tapal batas desa"),
    ("Tenggarong Seberang", "Sedang", "48,5", "Sumber daya alam/lahan", "2", ""),
    ("Loa Kulu", "sedang", 45, "Ketenagakerjaan", 1, ""),
    ("Muara Badak", "Rendah", "20", "lainnya", 0, ""),
]
KUKAR_FIRST_DATA_ROW = 6  # rows 1-3 title, 4 blank, 5 header
KUKAR_TOTAL_ROW = KUKAR_FIRST_DATA_ROW + len(KUKAR_ROWS)  # 10


def kukar_conflict_risk_xlsx(total_kejadian: int = 7) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Rawan Konflik TW III"
    width = len(KUKAR_HEADER)
    last = openpyxl.utils.get_column_letter(width)
    for number, title in enumerate(KUKAR_TITLE, start=1):
        sheet.cell(row=number, column=1, value=title)
        sheet.merge_cells(f"A{number}:{last}{number}")
    for position, name in enumerate(KUKAR_HEADER, start=1):
        sheet.cell(row=5, column=position, value=name)
    for offset, (kecamatan, level, skor, kategori, kejadian, note) in enumerate(KUKAR_ROWS):
        row = KUKAR_FIRST_DATA_ROW + offset
        values = [offset + 1, "Kutai Kartanegara" if offset == 0 else None, kecamatan,
                  "TW III 2026", level, skor, kategori, kejadian,
                  "Kesbangpol Kab. Kutai Kartanegara", dt.date(2026, 10, 6),
                  "Laporan triwulan Kesbangpol", note or None]
        for position, value in enumerate(values, start=1):
            sheet.cell(row=row, column=position, value=value)
    # Kab/kota merged down over its kecamatan rows.
    sheet.merge_cells(f"B{KUKAR_FIRST_DATA_ROW}:B{KUKAR_TOTAL_ROW - 1}")
    sheet.cell(row=KUKAR_TOTAL_ROW, column=1, value="JUMLAH")
    sheet.merge_cells(f"A{KUKAR_TOTAL_ROW}:C{KUKAR_TOTAL_ROW}")
    sheet.cell(row=KUKAR_TOTAL_ROW, column=8, value=total_kejadian)
    sheet.cell(row=KUKAR_TOTAL_ROW + 2, column=9, value="Tenggarong, 6 Oktober 2026")
    sheet.cell(row=KUKAR_TOTAL_ROW + 3, column=9, value="Mengetahui,")
    sheet.cell(row=KUKAR_TOTAL_ROW + 4, column=9, value="Kepala Badan")
    sheet.cell(row=KUKAR_TOTAL_ROW + 7, column=9, value="Drs. H. Contoh Nama, M.Si")
    sheet.cell(row=KUKAR_TOTAL_ROW + 8, column=9, value="NIP. 19700101 199503 1 001")
    return workbook_bytes(workbook)


def workbook_bytes(workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
