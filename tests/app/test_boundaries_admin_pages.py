"""The Batas Wilayah page under AppTest: an editor sees the stored versions but no import or
activation; an admin activates an incomplete layer only with the confirmation ticked (the rules
and the command line: tests/unit/test_boundaries_admin.py)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from loaders.boundaries_import import import_boundaries
from storage import boundary_store

ROOT = Path(__file__).resolve().parents[2]


def page_as(role: str, name: str) -> AppTest:
    from tests.helpers.pages import login_token

    at = AppTest.from_file(str(ROOT / "pages" / "boundaries.py"), default_timeout=60)
    at.session_state["auth_token"] = login_token(role, name, ("64.72",) if role == "editor"
                                                 else ())
    return at.run()


def test_the_page_offers_import_and_activation_to_admins_only(kab_file, samarinda_file,
                                                             data_dir):
    assert import_boundaries(kab_file, "kabupaten", warm_display=False).ok
    assert import_boundaries(samarinda_file, "kabupaten", warm_display=False).ok
    editor = page_as("editor", "edi")
    assert not editor.exception
    assert any("hanya admin" in i.value for i in editor.info)
    assert not editor.get("file_uploader") and not editor.button
    assert editor.dataframe  # the stored versions stay visible
    admin = page_as("admin", "ani")
    assert not admin.exception and admin.get("file_uploader")
    assert not any("hanya admin" in i.value for i in admin.info)
    admin.selectbox(key="bnd_pick_kabupaten").select(2)
    admin.button(key="bnd_activate_kabupaten").click().run()
    assert any("tidak lengkap" in e.value for e in admin.error)  # no confirmation ticked
    assert boundary_store.current_version("kabupaten").version == 1
    admin.checkbox(key="bnd_incomplete_kabupaten").check()
    admin.button(key="bnd_activate_kabupaten").click().run()
    assert boundary_store.current_version("kabupaten").version == 2
