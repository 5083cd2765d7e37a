"""The Data page's uploader under AppTest states the upload limit in the user's language and lets
the app, not Streamlit, refuse a file over it (the hostile files themselves:
tests/unit/test_hostile_data.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import config

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang, text", [("id", "Batas ukuran berkas: 50 MB"),
                                        ("en", "File size limit: 50 MB")])
def test_data_page_uploader_states_the_limit(lang, text, data_dir, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.helpers.pages import login_token

    monkeypatch.delenv(config.MAX_UPLOAD_MB.name, raising=False)
    at = AppTest.from_file(str(ROOT / "pages" / "data.py"), default_timeout=60)
    at.session_state["auth_token"] = login_token("editor", "edi")
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    uploader = at.get("file_uploader")[0]
    assert text in uploader.proto.help
    assert uploader.proto.max_upload_size_mb > config.MAX_UPLOAD_MB.default
    assert any(text in caption.value for caption in at.caption)


def _xlsx_with_dtd() -> bytes:
    """An ordinary workbook whose sheet XML declares an internal entity (ParseError, before)."""
    import io
    import zipfile

    from tests.helpers.files import RISK_COLUMNS, risk_row, xlsx_bytes

    source = xlsx_bytes({"conflict_risk": [RISK_COLUMNS, list(risk_row().values())]})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                at = data.index(b"<worksheet")
                data = data[:at] + b'<!DOCTYPE worksheet [<!ENTITY x "isi">]>' + data[at:]
            new.writestr(info.filename, data)
    return out.getvalue()


def _csv_with(**cells: str) -> bytes:
    from tests.helpers.files import csv_bytes, risk_row

    return csv_bytes([risk_row(**cells)])


# Issue 12 #6 on the Data page (the command line: tests/unit/test_hostile_data.py): each cell that
# raised OverflowError / ValueError / TypeError, and the sheet with a DTD, is a message on the page.
ITEM_6_FILES = {
    "integer_400_digits.csv": (lambda: _csv_with(jumlah_kejadian="1" + "0" * 400), "401 digit"),
    "integer_5000_digits.csv": (lambda: _csv_with(jumlah_kejadian="9" * 5000), "5000 digit"),
    "integer_23_digits.csv": (lambda: _csv_with(jumlah_kejadian="9" * 23), "batas 20 digit"),
    "sheet_with_dtd.xlsx": (_xlsx_with_dtd, "deklarasi DTD/entitas"),
}


@pytest.mark.parametrize("file_name", sorted(ITEM_6_FILES))
def test_data_page_says_what_is_wrong_with_cells_that_used_to_raise(file_name, data_dir):
    from streamlit.testing.v1 import AppTest

    from storage.backends import open_store
    from tests.helpers.pages import login_token

    build, says = ITEM_6_FILES[file_name]
    at = AppTest.from_file(str(ROOT / "pages" / "data.py"), default_timeout=60)
    at.session_state["auth_token"] = login_token("admin", "ani")
    at.session_state["lang"] = "id"
    at.run()
    history = [v.version for v in open_store().history("conflict_risk")]
    at.file_uploader[0].set_value((file_name, build(), "application/octet-stream")).run()
    assert not at.exception, [e.message for e in at.exception]
    shown = " ".join([e.value for e in at.error] + [w.value for w in at.warning]
                     + [str(tb.value.to_dict()) for tb in at.table])
    assert says in shown and "Traceback" not in shown, shown[:2000]
    assert "commit" not in [b.key for b in at.button]
    assert [v.version for v in open_store().history("conflict_risk")] == history
