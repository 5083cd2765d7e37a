"""scripts/wheelhouse.sh, the offline install of the README: its syntax, and both steps run for
real without network on one tiny wheel built here (a local folder stands in for PyPI in `make`)."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "wheelhouse.sh"


def tiny_wheel(folder: Path, name: str = "kesbang_tiny", version: str = "0.1") -> Path:
    """A minimal pure-Python wheel, written by hand (no build tool, no network)."""
    dist = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": f"VERSION = {version!r}\n",
        f"{dist}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{dist}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
                         "Tag: py3-none-any\n",
    }
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=")
        record.append(f"{path},sha256={digest.decode()},{len(text.encode())}")
    record.append(f"{dist}/RECORD,,")
    files[f"{dist}/RECORD"] = "\n".join(record) + "\n"
    wheel = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        for path, text in files.items():
            z.writestr(path, text)
    return wheel


def offline_env(**extra: str) -> dict[str, str]:
    """No pip configuration of this machine, and any attempt at the network fails fast."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_INDEX_URL="http://127.0.0.1:9/simple",
               http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9",
               PYTHON=sys.executable, **extra)
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True,
                          timeout=300)


def test_script_parses():
    assert subprocess.run(["bash", "-n", str(SCRIPT)]).returncode == 0


def test_install_from_a_wheelhouse_needs_no_network(tmp_path):
    wheelhouse = tmp_path / "wheelhouse"
    wheelhouse.mkdir()
    tiny_wheel(wheelhouse)
    requirements = tmp_path / "req.txt"
    requirements.write_text("kesbang_tiny==0.1\n")
    venv = tmp_path / "venv"
    done = run(["install"], offline_env(WHEELHOUSE=str(wheelhouse), REQUIREMENTS=str(requirements),
                                        VENV=str(venv)))
    assert done.returncode == 0, done.stdout + done.stderr
    check = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "import kesbang_tiny; print(kesbang_tiny.VERSION)"],
                           capture_output=True, text=True)
    assert check.stdout.strip() == "0.1", check.stderr


def test_make_fills_the_wheelhouse_from_the_index_it_is_given(tmp_path):
    """`make` is `pip download`; here PIP_NO_INDEX + PIP_FIND_LINKS point it at a local folder."""
    index = tmp_path / "index"
    index.mkdir()
    tiny_wheel(index)
    requirements = tmp_path / "req.txt"
    requirements.write_text("kesbang_tiny==0.1\n")
    wheelhouse = tmp_path / "wheelhouse"
    done = run(["make"], offline_env(WHEELHOUSE=str(wheelhouse), REQUIREMENTS=str(requirements),
                                     PIP_NO_INDEX="1", PIP_FIND_LINKS=str(index),
                                     WHEELHOUSE_TOOLS=""))
    assert done.returncode == 0, done.stdout + done.stderr
    assert [p.name for p in wheelhouse.iterdir()] == ["kesbang_tiny-0.1-py3-none-any.whl"]
    assert "bash scripts/wheelhouse.sh install" in done.stdout


def test_install_without_a_wheelhouse_says_what_to_do(tmp_path):
    done = run(["install"], offline_env(WHEELHOUSE=str(tmp_path / "none"),
                                        VENV=str(tmp_path / "venv")))
    assert done.returncode == 1
    assert "wheelhouse.sh make" in done.stderr
    assert not (tmp_path / "venv").exists()


@pytest.mark.parametrize("args", [[], ["build"], ["make", "--all"]])
def test_wrong_usage_is_refused(args, tmp_path):
    done = run(args, offline_env(WHEELHOUSE=str(tmp_path / "w")))
    assert done.returncode == 2 and "usage:" in done.stderr


def test_an_old_python_is_refused_with_the_version_needed(tmp_path):
    fake = tmp_path / "python3"
    fake.write_text("#!/usr/bin/env bash\n"
                    "if [ \"$1\" = --version ]; then echo 'Python 3.9.2'; exit 0; fi\nexit 1\n")
    fake.chmod(0o755)
    done = run(["install"], {**offline_env(WHEELHOUSE=str(tmp_path)), "PYTHON": str(fake)})
    assert done.returncode == 1
    assert "Python 3.11 or newer" in done.stderr and "3.9.2" in done.stderr
