"""The Data page asks for the election and source of a file that has no such columns (a KPU DPT
recap), only then, and validates what is typed like the file's own cells."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.helpers.files import csv_bytes
from tests.helpers.pages import login_token

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["Kabupaten/Kota", "L", "P", "L+P"]
RECAP = [dict(zip(HEADER, r)) for r in (["Kab. Paser", "109280", "102019", "211299"],
                                        ["Kota Samarinda", "308427", "303645", "612072"])]


class FakeUpload:
    def __init__(self, name: str, data: bytes):
        self.name, self._data = name, data

    def getvalue(self) -> bytes:
        return self._data


def data_page(monkeypatch, upload: FakeUpload, lang: str = "id") -> AppTest:
    from ui import screen

    monkeypatch.setattr(screen, "file_uploader", lambda *a, **k: upload)
    at = AppTest.from_file(str(ROOT / "pages" / "data.py"), default_timeout=60)
    at.session_state["auth_token"] = login_token("admin", "ani")
    at.session_state["lang"] = lang
    at.session_state["data_dataset"] = "participation"
    at.run()
    assert not at.exception
    return at


def test_a_recap_without_election_and_source_is_asked_for_them(monkeypatch, data_dir):
    at = data_page(monkeypatch, FakeUpload("rekap_dpt.csv", csv_bytes(RECAP, HEADER)))
    inputs = {i.key.split("_")[2]: i for i in at.text_input if i.key.startswith("constant_")}
    assert set(inputs) == {"pemilihan", "sumber"}
    assert "Pilkada 2024" in inputs["pemilihan"].help  # the accepted values
    assert at.error  # not filled in yet: refused, naming the missing columns
    inputs["pemilihan"].set_value("Pilkada 2025").run()
    inputs = {i.key.split("_")[2]: i for i in at.text_input if i.key.startswith("constant_")}
    inputs["sumber"].set_value("KPU Kaltim, rekap DPT").run()
    tables = " ".join(" ".join(t.value.astype(str).to_numpy().ravel()) for t in at.table)
    assert "Pilkada 2025" in tables and "Pilkada 2024" in tables  # the usual choice message
    inputs = {i.key.split("_")[2]: i for i in at.text_input if i.key.startswith("constant_")}
    inputs["pemilihan"].set_value("Pilkada 2024").run()
    assert not at.exception and not at.error
    assert at.success
    assert at.button(key="commit")


def test_a_file_with_the_columns_is_not_asked(monkeypatch, data_dir):
    rows = [{**r, "pemilihan": "Pilkada 2024", "sumber": "KPU"} for r in RECAP]
    at = data_page(monkeypatch, FakeUpload("dpt.csv", csv_bytes(rows, [*HEADER, "pemilihan",
                                                                       "sumber"])), "en")
    assert not [i for i in at.text_input if i.key.startswith("constant_")]
    assert not at.error
