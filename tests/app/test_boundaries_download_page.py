"""The Batas Wilayah page's download without the desa level (issue 17 item 3): unticking
"Sertakan batas desa/kelurahan" downloads and stores kab/kota and kecamatan only."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from storage import boundary_store
from tests.helpers.loopback_mirror import Servers

ROOT = Path(__file__).resolve().parents[2]


def test_download_without_desa_stores_two_levels(shared_dir, data_dir):
    from tests.helpers.pages import login_token

    servers = Servers()
    try:
        base = servers.start(shared_dir / "geodata" / "wilayah_boundaries_3c5a796")
        at = AppTest.from_file(str(ROOT / "pages" / "boundaries.py"), default_timeout=120)
        at.session_state["auth_token"] = login_token("admin", "ani", ())
        at.run()
        assert not at.exception
        at.text_input(key="bnd_base_url").set_value(base)
        at.checkbox(key="bnd_with_desa").uncheck()
        at.button(key="bnd_download").click().run()
        assert not at.exception
        assert len(servers.requests) == 2
    finally:
        servers.stop()
    assert [v.version for v in boundary_store.layer_versions("kabupaten")] == [1]
    assert [v.version for v in boundary_store.layer_versions("kecamatan")] == [1]
    assert boundary_store.layer_versions("desa") == []
