"""The pinned sums of every province's boundary files (geodata/wilayah_boundaries/sha256.csv) are
what scripts/make_boundary_sums.py writes from ../shared's SHA256SUMS-upstream, and Kaltim's are
the ones the download has always pinned."""

from __future__ import annotations

import pytest

from domain import regions
from loaders import boundaries_download
from loaders.boundaries_download import FILES, desa_path, files_for, pinned_sums
from tests.helpers.scripts import load_script


@pytest.fixture(scope="module")
def script():
    return load_script("make_boundary_sums")


def test_regenerating_reproduces_the_committed_file(script, shared_dir):
    text = script.build(shared_dir)
    assert text == boundaries_download.SUMS_FILE.read_text(encoding="utf-8")
    assert script.main(["--shared", str(shared_dir), "--check"]) == 0
    assert text.count("\n") == 1 + 38 + 38 + 514


def test_another_source_version_is_refused(script, tmp_path, shared_dir):
    changed = tmp_path / script.SOURCE
    changed.parent.mkdir(parents=True)
    changed.write_bytes((shared_dir / script.SOURCE).read_bytes() + b"\n")
    with pytest.raises(script.SourceError, match="sha256"):
        script.build(tmp_path)


def test_kaltim_sums_are_the_reviewed_ones(shared_dir):
    reviewed = {}
    snapshot = shared_dir / "geodata" / "wilayah_boundaries_3c5a796"
    for line in (snapshot / "SHA256SUMS").read_text().splitlines():
        digest, path = line.split()
        if path.startswith("./db/"):
            reviewed[path.removeprefix("./")] = digest
    assert len(reviewed) == 12
    assert {path: digest for path, (_, digest) in FILES.items()} == reviewed
    assert {p: d for p, d in pinned_sums().items() if "_64" in p} == reviewed
    assert files_for("64").files == FILES and files_for("64").missing_desa == ()


@pytest.mark.parametrize("province", ["65", "33", "11"])
def test_files_for_a_province_are_its_kab_kec_and_one_desa_file_per_kab_kota(province):
    plan = files_for(province)
    codes = regions.registry_for(province).codes()
    assert list(plan.files) == [
        f"db/kab/wilayah_boundaries_kab_{province}.sql",
        f"db/kec/wilayah_boundaries_kec_{province}.sql",
        *(desa_path(province, code) for code in codes)]
    assert [level for level, _ in plan.files.values()] == \
        ["kabupaten", "kecamatan"] + ["desa"] * len(codes)
    assert all(digest == pinned_sums()[path] for path, (_, digest) in plan.files.items())
    assert plan.missing_desa == () and plan.kab_total == len(codes)
    assert list(files_for(province, ("kabupaten", "kecamatan")).files) == list(plan.files)[:2]
