"""Hostile input that the other suites do not already cover: path traversal in uploaded file
names and SQL-looking text, which must stay data."""

from __future__ import annotations

import hashlib
import os

import pandas as pd

from domain import validate
from domain.schema import CONFLICT_RISK
from loaders import boundaries_import, uploads
from storage import backends, datasets

SQL = "Samarinda'); DROP TABLE versions; --"


def test_uploaded_file_names_never_become_paths(data_dir, tmp_path, monkeypatch, shared_dir):
    monkeypatch.chdir(tmp_path)
    data = (shared_dir / "geodata" / "kaltim_kabupaten_kota.geojson").read_bytes()
    report = boundaries_import.import_boundaries_bytes(data, "../../escaped.geojson", "kabupaten")
    assert report.ok
    assert not (tmp_path.parent.parent / "escaped.geojson").exists()
    assert not (tmp_path.parent / "escaped.geojson").exists()
    checked = uploads.check_upload("conflict_risk", b"kab_kota\n", "../../x.csv", "id")
    assert not checked.ok and not os.path.exists(tmp_path.parent.parent / "x.csv")


def test_sql_looking_text_is_refused_as_a_district_and_kept_as_text_elsewhere(data_dir):
    s = backends.open_store()
    before = hashlib.sha256(backends.store_path().read_bytes()).hexdigest()
    raw = pd.DataFrame({
        "kab_kota": [SQL], "periode": ["2026-Q3"], "tingkat_rawan": ["sedang"], "skor": ["50"],
        "jumlah_kejadian": ["1"], "unit_pelapor": ["Kesbangpol"], "tanggal_laporan": ["2026-10-01"],
        "sumber": ["x"]})
    report = validate.validate(CONFLICT_RISK, raw, "id")
    assert not report.ok and any(p.column == "kab_kota" for p in report.errors)
    assert hashlib.sha256(backends.store_path().read_bytes()).hexdigest() == before

    raw["kab_kota"] = ["Samarinda"]
    raw["catatan"] = [SQL]
    report = validate.validate(CONFLICT_RISK, raw, "id")
    assert report.ok, report.text()
    proposal = datasets.propose("conflict_risk", report.frame, s, replace=True)
    info = s.commit("conflict_risk", proposal.result, user="t",
                    expected_current_version=proposal.expected_version)
    stored = s.read("conflict_risk", info.version).frame
    assert stored["catatan"].tolist() == [SQL]
    assert [v.version for v in s.history("conflict_risk")] == [1, 2]
