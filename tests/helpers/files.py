"""Upload files built in memory for the data tests: a conflict-risk row and CSV of such rows,
workbooks (cells typed as text where they look like formulas), a password-protected Office file,
and a participation row."""

from __future__ import annotations

import io
import struct

import openpyxl

from loaders import readers

RISK_COLUMNS = ["kab_kota", "kecamatan", "periode", "tingkat_rawan", "skor", "kategori",
                "jumlah_kejadian", "catatan", "unit_pelapor", "tanggal_laporan", "sumber"]


def risk_row(**overrides: str) -> dict[str, str]:
    row = {"kab_kota": "64.08", "kecamatan": "", "periode": "2026-Q3", "tingkat_rawan": "tinggi",
           "skor": "72", "kategori": "sara", "jumlah_kejadian": "4", "catatan": "",
           "unit_pelapor": "Kesbangpol Kutai Timur", "tanggal_laporan": "2026-10-05",
           "sumber": "Laporan triwulan"}
    row.update(overrides)
    return row


def csv_bytes(rows: list[dict[str, str]], columns: list[str] | None = None, delimiter: str = ",",
              encoding: str = "utf-8") -> bytes:
    import csv

    columns = columns or (list(rows[0]) if rows else RISK_COLUMNS)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # typed as text in Excel ('=...), not a formula
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def encrypted_office_file() -> bytes:
    """A compound file (OLE2/CFB) laid out as Office writes a password-protected .xlsx: the
    streams EncryptionInfo and EncryptedPackage, no workbook. Built by hand because msoffcrypto
    is not a dependency; the structure (header, FAT, directory, 4 KiB streams in regular sectors)
    is valid CFB version 3."""
    sector = 512
    endofchain, freesect, fatsect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    info = (struct.pack("<HHI", 4, 4, 0x40) + b"<encryption xmlns=\"http://schemas.microsoft.com/"
            b"office/2006/encryption\"/>").ljust(4096, b"\0")
    package = struct.pack("<Q", 12345) + bytes(range(256)) * 15
    package = package.ljust(4096, b"\0")
    streams = [("EncryptionInfo", info), ("EncryptedPackage", package)]

    fat = [fatsect, endofchain]  # sector 0: FAT, sector 1: directory
    starts = []
    for _, data in streams:
        count = len(data) // sector
        start = len(fat)
        starts.append(start)
        fat += [start + i + 1 for i in range(count - 1)] + [endofchain]
    fat += [freesect] * (sector // 4 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", nostream, right, child) + b"\0" * 16 + b"\0" * 4
                + b"\0" * 16 + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, 1, nostream, endofchain, 0)
                 + entry("EncryptionInfo", 2, nostream, 2, starts[0], len(info))
                 + entry("EncryptedPackage", 2, nostream, nostream, starts[1], len(package))
                 + entry("", 0, nostream, nostream, 0, 0))
    header = (readers.CFB_SIGNATURE + b"\0" * 16 + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9)
              + struct.pack("<H", 6) + b"\0" * 6 + struct.pack("<IIII", 0, 1, 1, 0)
              + struct.pack("<IIIII", 4096, endofchain, 0, endofchain, 0)
              + struct.pack("<I", 0) + struct.pack("<I", freesect) * 108)
    assert len(header) == sector
    body = struct.pack(f"<{sector // 4}I", *fat) + directory + info + package
    return header + body


def participation_row(**overrides):
    row = {"kab_kota": "64.72", "pemilihan": "Pilkada 2024", "dpt_total": "600000",
           "dpt_perempuan": "290000", "dpt_pemilih_pemula": "40000",
           "partisipasi_total": "61,5", "sumber": "KPU"}
    row.update(overrides)
    return row
