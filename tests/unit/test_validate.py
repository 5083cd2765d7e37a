"""The validator: one test per kind of bad input, each checking where (row as in the file,
column), what, and that the message says how to fix it, in both languages."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from domain import changes, validate
from domain.schema import DATASETS
from loaders import uploads
from tests.helpers.files import csv_bytes, participation_row, risk_row

TODAY = dt.date(2026, 11, 29)
RISK = DATASETS["conflict_risk"]


def check(rows, columns=None, lang="id", dataset="conflict_risk", **kwargs):
    data = csv_bytes(rows, columns, **kwargs)
    return uploads.check_upload(dataset, data, "laporan.csv", lang, today=TODAY)


def only(report, code):
    found = [p for p in report.problems if p.code == code]
    assert found, f"{code} not in {[p.code for p in report.problems]}"
    return found


def outreach_row(**overrides):
    row = {"tanggal": "2026-10-01", "kab_kota": "Samarinda", "jenis_kegiatan": "diskusi_kelompok",
           "sasaran": "perempuan", "peserta_total": "50", "peserta_perempuan": "30",
           "penyelenggara": "Kesbangpol", "sumber": "laporan"}
    row.update(overrides)
    return row


def test_valid_file_passes_and_gives_the_typed_frame():
    report = check([risk_row(), risk_row(kab_kota="Kukar", tingkat_rawan="Sedang")])
    assert report.ok, report.text()
    frame = report.frame
    assert list(frame["kab_kota"]) == ["64.08", "64.02"]
    assert list(frame["tingkat_rawan"]) == ["tinggi", "sedang"]
    assert frame["skor"].dtype == "Float64" and frame["jumlah_kejadian"].dtype == "Int64"
    assert frame["tanggal_laporan"].iloc[0] == dt.date(2026, 10, 5)


def test_demo_files_are_valid():
    from storage.defaults import DEMO_DIR

    for name in ("conflict_risk", "incidents", "participation", "outreach"):
        data = (DEMO_DIR / DATASETS[name].demo_file).read_bytes()
        report = uploads.check_upload(name, data, "demo.csv", today=TODAY)
        assert report.ok, report.text()


def test_empty_file():
    report = uploads.check_upload("conflict_risk", b"", "kosong.csv", today=TODAY)
    assert not report.ok
    assert only(report, "validate.empty_file")[0].message.startswith("Berkas kosong")


def test_header_only():
    report = check([], RISK_COLUMNS := RISK.column_names)
    problem = only(report, "validate.no_rows")[0]
    assert "baris 2" in problem.message and not report.ok
    assert len(RISK_COLUMNS) == 12  # kab_kota, kecamatan, desa, periode, ...: the schema


def test_misspelt_required_column_suggests_the_near_miss():
    row = risk_row()
    row["tingkat_rawn"] = row.pop("tingkat_rawan")
    report = check([row])
    problem = only(report, "validate.missing_column_near")[0]
    assert problem.severity == "error" and problem.column == "tingkat_rawan"
    assert "“tingkat_rawn”" in problem.message and "menjadi “tingkat_rawan”" in problem.message
    assert not [p for p in report.problems if p.code == "validate.extra_column"]


def test_missing_required_column_lists_what_is_expected():
    row = risk_row()
    del row["skor"]
    report = check([row], lang="en")
    problem = only(report, "validate.missing_column")[0]
    assert problem.column == "skor" and "Add it" in problem.message


def test_a_missing_column_names_the_row_the_column_names_are_in():
    """Under three title rows the column names are in row 4: the message says so, not row 1."""
    row = risk_row()
    del row["skor"]
    header = list(row)
    lines = ["PEMERINTAH KABUPATEN KUTAI KARTANEGARA", "BADAN KESBANGPOL", "",
             ",".join(header), ",".join(str(row[c]) for c in header)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    for lang, said in (("id", "judul di baris 4"), ("en", "name in row 4")):
        report = uploads.check_upload("conflict_risk", data, "rawan.csv", lang)
        problem = only(report, "validate.missing_column")[0]
        assert said in problem.message, problem.message
    plain = check([row], lang="en")  # a file that starts with its column names: row 1
    assert "name in row 1" in only(plain, "validate.missing_column")[0].message


def test_header_case_and_spacing_are_forgiven():
    row = {k.upper().replace("_", " "): v for k, v in risk_row().items()}
    assert check([row]).ok


def test_extra_column_is_a_warning():
    report = check([dict(risk_row(), keterangan_tambahan="x")])
    problem = only(report, "validate.extra_column")[0]
    assert problem.severity == "warning" and report.ok


def test_text_in_a_number_column():
    report = check([risk_row(), risk_row(kab_kota="64.01", skor="tinggi sekali")])
    problem = only(report, "validate.not_number")[0]
    assert (problem.row, problem.column, problem.value) == (3, "skor", "tinggi sekali")
    assert "contoh" in problem.message and not report.ok


def test_number_formats_of_both_languages_are_read():
    report = check([participation_row(dpt_total="600.000", dpt_perempuan="290,000",
                                      partisipasi_total="61,5%")],
                   dataset="participation")
    assert report.ok, report.text()
    row = report.frame.iloc[0]
    assert (row["dpt_total"], row["dpt_perempuan"], row["partisipasi_total"]) == \
        (600000, 290000, 61.5)


@pytest.mark.parametrize("value", ["101", "-1", "150,5"])
def test_percent_out_of_range(value):
    report = check([participation_row(partisipasi_total=value)], dataset="participation")
    problem = only(report, "validate.percent_out_of_range")[0]
    assert (problem.row, problem.column) == (2, "partisipasi_total")
    assert "0–100" in problem.message


def test_women_more_than_the_total():
    report = check([participation_row(dpt_perempuan="700000")], dataset="participation")
    problem = only(report, "validate.part_over_total")[0]
    assert (problem.row, problem.column) == (2, "dpt_perempuan")
    assert "dpt_total (600000)" in problem.message


def test_women_participants_more_than_the_total():
    report = check([outreach_row(peserta_perempuan="80")], dataset="outreach", lang="en")
    problem = only(report, "validate.part_over_total")[0]
    assert problem.column == "peserta_perempuan" and "cannot exceed" in problem.message


def test_unparseable_date():
    report = check([risk_row(tanggal_laporan="kemarin sore")])
    problem = only(report, "validate.date_unparseable")[0]
    assert problem.column == "tanggal_laporan" and "2026-01-18" in problem.message


def test_future_date():
    report = check([risk_row(tanggal_laporan="2099-01-01")])
    problem = only(report, "validate.date_future")[0]
    assert problem.row == 2 and "2026-11-29" in problem.message


def test_excel_serial_date_is_explained():
    report = check([risk_row(tanggal_laporan="45123")])
    problem = only(report, "validate.date_excel_serial")[0]
    assert "2023-07-16" in problem.message and "Excel" in problem.message


def test_day_first_dates_and_month_first_hint():
    assert check([risk_row(tanggal_laporan="05/10/2026")]).frame["tanggal_laporan"][0] == \
        dt.date(2026, 10, 5)
    report = check([risk_row(tanggal_laporan="10/25/2026")])
    assert only(report, "validate.date_month_first")


@pytest.mark.parametrize("text, period", [("2026-Q3", "2026-Q3"), ("Q3 2026", "2026-Q3"),
                                          ("TW III 2026", "2026-Q3"), ("triwulan 4 2025", "2025-Q4"),
                                          ("2026-07", "2026-07"), ("07/2026", "2026-07")])
def test_period_formats(text, period):
    assert validate.parse_period(text) == period


def test_unparseable_period():
    problem = only(check([risk_row(periode="musim hujan")]), "validate.period_unparseable")[0]
    assert "2026-Q3" in problem.message


def test_same_district_and_period_twice():
    report = check([risk_row(), risk_row(kab_kota="64.01"), risk_row(kab_kota="Kutim")])
    problem = only(report, "validate.duplicate_key")[0]
    assert problem.row == 4 and "baris 2" in problem.message
    assert "Kutai Timur, Triwulan III 2026" in problem.message


def test_unknown_district():
    report = check([risk_row(kab_kota="Kabupaten Antah Berantah")])
    problem = only(report, "validate.district")[0]
    assert (problem.row, problem.column) == (2, "kab_kota")
    assert "tidak dikenal" in problem.message and "64.02" in problem.message


def test_district_of_another_province():
    report = check([risk_row(kab_kota="Tarakan"), risk_row(kab_kota="63.71")], lang="en")
    problems = only(report, "validate.district")
    assert [p.row for p in problems] == [2, 3]
    assert all("not in East Kalimantan" in p.message for p in problems)


def test_bps_and_kemendagri_codes_mixed_in_one_file():
    report = check([risk_row(kab_kota="64.08"), risk_row(kab_kota="6401"),
                    risk_row(kab_kota="6405")])
    problem = only(report, "validate.mixed_schemes")[0]
    assert "baris 2: 64.08" in problem.message and "baris 4: 6405" in problem.message
    assert not report.ok


def test_bps_codes_alone_are_converted_with_a_note():
    report = check([risk_row(kab_kota="6403"), risk_row(kab_kota="6405")])
    assert report.ok, report.text()
    assert list(report.frame["kab_kota"]) == ["64.02", "64.03"]
    assert only(report, "validate.scheme_bps")


def test_district_normalisation_is_shown_once_per_spelling():
    report = check([risk_row(kab_kota="Kukar", periode="2026-Q1"),
                    risk_row(kab_kota="Kukar", periode="2026-Q2")])
    note = only(report, "validate.district_note")[0]
    assert note.severity == "info" and note.rows == (2, 3)
    assert note.message == "Kukar → Kabupaten Kutai Kartanegara (64.02)"


def test_choice_case_insensitive_and_labels_accepted():
    report = check([risk_row(tingkat_rawan="TINGGI", kategori="SARA; Politik/pemilu")])
    assert report.ok, report.text()
    assert report.frame.iloc[0]["kategori"] == "sara;politik_pemilu"


def test_unknown_choice_suggests_the_near_one():
    problem = only(check([risk_row(tingkat_rawan="tingi")]), "validate.choice_unknown_near")[0]
    assert "“tinggi”" in problem.message and "rendah, sedang, tinggi" in problem.message


@pytest.mark.parametrize("value", ["=1+2", "+62 811", "-tidak ada-", "@kesbangpol"])
def test_formula_like_cells_are_stored_as_text(value):
    report = check([risk_row(sumber=value)])
    assert report.ok
    assert report.frame.iloc[0]["sumber"] == value
    assert only(report, "validate.formula_text")[0].severity == "info"


def test_formula_in_a_number_column_is_an_error():
    problem = only(check([risk_row(skor="=SUM(A1:A3)")]), "validate.formula_in_number")[0]
    assert "Nilai" in problem.message


def test_html_and_script_are_stored_as_text():
    value = '<script>alert("x")</script><b>tebal</b>'
    report = check([risk_row(catatan=value)])
    assert report.ok and report.frame.iloc[0]["catatan"] == value
    assert only(report, "validate.html_text")


def test_required_cell_empty():
    problem = only(check([risk_row(unit_pelapor="")]), "validate.required_empty")[0]
    assert (problem.row, problem.column) == (2, "unit_pelapor")


def test_lat_without_lon():
    report = check([outreach_row(lat="-0.5")], dataset="outreach",
                   columns=list(outreach_row()) + ["lat", "lon"])
    assert only(report, "validate.lat_lon_together")[0].column == "lon"


def test_many_identical_problems_are_summarised():
    rows = [risk_row(kab_kota="64.01", periode=f"2026-{m:02d}", skor="x") for m in range(1, 13)]
    rows = [dict(r, periode=f"20{10 + i // 12}-{i % 12 + 1:02d}") for i, r in enumerate(rows * 30)]
    report = check(rows)
    assert len([p for p in report.problems if p.code == "validate.not_number"]) == \
        validate.MAX_PROBLEMS_PER_KIND
    assert only(report, "validate.more_of_kind")[0].message.startswith("… dan 160")


def test_report_text_names_row_column_and_verdict():
    text = check([risk_row(skor="abc")], lang="en").text()
    assert "ERROR" in text and "row 2" in text and "column “skor”" in text
    assert "REJECTED" in text


def test_progress_callback_is_called_per_column():
    calls = []
    data = csv_bytes([risk_row()])
    uploads.check_upload("conflict_risk", data, "x.csv", today=TODAY,
                          progress=lambda step, total, column: calls.append((step, total)))
    assert calls[-1] == (11, 11)


def test_diff_names_the_rows_people_know():
    old = check([risk_row(tingkat_rawan="sedang"), risk_row(kab_kota="64.01")]).frame
    new = check([risk_row(tingkat_rawan="tinggi"), risk_row(kab_kota="64.74")]).frame
    described = [c.describe("id") for c in changes.diff(RISK, old, new)]
    assert "Kutai Timur, Triwulan III 2026: tingkat_rawan sedang → tinggi" in described
    assert "Bontang, Triwulan III 2026: baris baru" in described
    assert "Paser, Triwulan III 2026: baris dihapus" in described


def test_merge_keeps_rows_the_upload_does_not_mention():
    current = check([risk_row(), risk_row(kab_kota="64.01")]).frame
    upload = check([risk_row(skor="90")]).frame
    merged = changes.merge(RISK, current, upload)
    assert list(merged["kab_kota"]) == ["64.08", "64.01"]
    assert list(merged["skor"]) == [90.0, 72.0]
    assert isinstance(merged, pd.DataFrame)


def test_a_column_of_fractions_in_a_percent_column_is_a_warning():
    report = check([participation_row(partisipasi_total="0,78")], dataset="participation")
    problem = only(report, "validate.percent_fractions")[0]
    assert problem.severity == "warning" and report.ok and "78" in problem.message


def test_a_column_twice_is_an_error():
    data = b"kab_kota,periode,skor,skor\n64.08,2026-Q3,10,20\n"
    report = uploads.check_upload("conflict_risk", data, "x.csv", today=TODAY)
    problem = only(report, "validate.duplicate_column")[0]
    assert problem.column == "skor" and problem.severity == "error"
    assert not [p for p in report.problems if p.code == "validate.extra_column"]


def test_problems_table_for_the_page_lists_errors_first():
    report = check([risk_row(kab_kota="Kukar", skor="abc")], lang="en")
    table = report.problems_frame()
    assert list(table.columns) == ["Severity", "Row", "Column", "Value",
                                   "Problem and how to fix it"]
    assert table.iloc[0].tolist()[:4] == ["ERROR", "2", "skor", "abc"]
    assert table.iloc[-1]["Severity"] == "NOTE"


def test_a_deadline_may_lie_in_the_future_but_a_report_date_may_not():
    import datetime as dt

    import pandas as pd

    from domain import schema
    from domain.validate import validate

    today = dt.date(2026, 11, 29)
    agreements = pd.DataFrame({
        "kab_kota": ["64.72"], "kesepakatan": ["Tim peringatan dini"], "status": ["dalam_proses"],
        "tenggat": ["2027-03-31"], "catatan": [""], "sumber": ["Rakor"]})
    report = validate(schema.DATASETS["agreements"], agreements, "id", today=today)
    assert not [p for p in report.errors if p.column == "tenggat"], report.text()
    risk = validate(schema.CONFLICT_RISK, pd.DataFrame({
        "kab_kota": ["64.72"], "periode": ["2026-Q3"], "tingkat_rawan": ["sedang"], "skor": ["50"],
        "jumlah_kejadian": ["1"], "unit_pelapor": ["Kesbangpol"], "tanggal_laporan": ["2027-01-05"],
        "sumber": ["x"]}), "id", today=today)
    assert [p.code for p in risk.errors if p.column == "tanggal_laporan"] == ["validate.date_future"]


def test_a_header_an_office_writes_is_read_as_its_column_and_said_so():
    row = risk_row()
    row["Kabupaten/Kota"] = row.pop("kab_kota")
    report = check([row])
    assert report.ok, report.problems
    note = only(report, "validate.column_alias")[0]
    assert note.severity == "info" and "“Kabupaten/Kota” dibaca sebagai “kab_kota”" in note.message
    assert report.frame["kab_kota"].tolist() == ["64.08"]


def test_header_keys_forgive_case_blanks_and_punctuation():
    from domain.schema import CONFLICT_RISK, header_key

    assert header_key(" Kab/Kota ") == header_key("KAB-KOTA") == header_key("kab_kota") == "kab_kota"
    assert "kabupaten_kota" in CONFLICT_RISK.column("kab_kota").header_keys()


def test_statuses_are_accepted_as_the_labels_the_dashboard_shows_in_either_language():
    frame = pd.DataFrame({
        "kab_kota": ["64.72", "64.71", "64.02"],
        "kesepakatan": ["Tim peringatan dini", "Anggaran pemantauan", "Pendidikan politik"],
        "status": ["In progress", "Not started", "Selesai"],
        "tenggat": ["2026-12-31"] * 3, "catatan": [""] * 3, "sumber": ["Rakor"] * 3})
    report = validate.validate(DATASETS["agreements"], frame, "en", today=TODAY)
    assert report.ok, report.text()
    assert report.frame["status"].tolist() == ["dalam_proses", "belum_dimulai", "selesai"]
    incident = pd.DataFrame({
        "tanggal": ["2026-10-01"], "kab_kota": ["64.72"], "kategori": ["sara"],
        "deskripsi": ["Bentrok"], "sumber": ["Polres"], "status_verifikasi": ["Verified"]})
    report = validate.validate(DATASETS["incidents"], incident, "en", today=TODAY)
    assert report.ok, report.text()
    assert report.frame["status_verifikasi"].tolist() == ["diverifikasi"]


def test_a_foreigner_monitoring_file_with_the_offices_headers_imports():
    rows = [{"Kabupaten/Kota": "Kota Balikpapan", "Triwulan": "2026-Q3", "WNA bekerja": "212",
             "WNA penelitian": "3", "WNA wisata": "1.204", "WNA keagamaan": "2", "WNA lainnya": "0",
             "LSM asing": "2", "catatan": "", "Unit pelapor": "Kesbangpol Balikpapan",
             "Tanggal laporan": "10/10/2026", "Sumber": "Tim Pora Balikpapan"}]
    report = check(rows, dataset="foreigners")
    assert report.ok, report.text()
    row = report.frame.iloc[0]
    assert (row["kab_kota"], row["periode"], row["orang_asing_wisata"], row["lembaga_asing"]) == (
        "64.71", "2026-Q3", 1204, 2)
    bad = check([{**rows[0], "WNA bekerja": "-4"}], dataset="foreigners")
    problem = next(p for p in bad.errors if p.column == "orang_asing_bekerja")
    assert problem.row == 2


@pytest.mark.parametrize("written", ["Rawan Tinggi", "KERAWANAN TINGGI", "Tingkat Rawan Tinggi"])
def test_a_level_written_with_rawan_before_it_is_read_as_the_level(written):
    report = check([risk_row(tingkat_rawan=written)])
    assert report.ok, report.text()
    assert report.frame["tingkat_rawan"].tolist() == ["tinggi"]
    assert not check([risk_row(tingkat_rawan="Rawan Sekali")]).ok  # the rest must still be a level


def test_a_limit_in_a_message_is_written_in_the_reports_language():
    """A latitude outside the province names its bound as the language writes it (-2,6 / -2.6)."""
    incidents = DATASETS["incidents"]
    low = next(c for c in incidents.columns if c.name == "lat").minimum
    assert low is not None and not float(low).is_integer()
    raw = pd.DataFrame([{c.name: "" for c in incidents.columns}])
    raw.loc[0, "lat"] = str(low - 10)
    for lang, written in (("id", f"{low}".replace(".", ",")), ("en", f"{low}")):
        report = validate.validate(incidents, raw, lang)
        texts = [p.message for p in report.problems if p.column == "lat"]
        assert any(written in text for text in texts), (lang, texts)
        assert lang == "en" or not any(f"{low}" in text for text in texts), texts
