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
