"""Write geodata/wilayah_boundaries/sha256.csv: the pinned SHA-256 of every kab/kota, kecamatan and
desa/kelurahan file of cahyadsn/wilayah_boundaries at commit 3c5a796 (MIT), for the download of
any province's boundaries (loaders/boundaries_download.py).

    python scripts/make_boundary_sums.py            # write the file
    python scripts/make_boundary_sums.py --check    # write nothing; exit 1 if the committed file
                                                    # is not what this script writes

Source, read in place (never copied): ../shared/geodata/wilayah_boundaries_3c5a796/
SHA256SUMS-upstream, the sums of all 600 files of the snapshot computed from the snapshot itself
(../shared/geodata/SOURCES.md); its own sha256 is pinned below, so another version is refused
until this script is reviewed and updated. Only the .sql files under db/kab/, db/kec/ and
db/kel/<province>/ are kept (514 desa files, 38 + 38 province files); db/prov/, the DDL and the
LICENSE are not downloaded. Output: a CSV ``path,sha256`` in path order, UTF-8, "\\n" line ends,
so a re-run gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"
SOURCE = Path("geodata/wilayah_boundaries_3c5a796/SHA256SUMS-upstream")
SOURCE_SHA256 = "96f54b53e620ab64566e23fced4f459c0217e93c238c600bdb3dc9bb63199437"
OUTPUT = ROOT / "geodata" / "wilayah_boundaries" / "sha256.csv"
KEPT = re.compile(r"^db/(?:kab/wilayah_boundaries_kab_\d{2}|kec/wilayah_boundaries_kec_\d{2}|"
                  r"kel/(\d{2})/wilayah_boundaries_kel_\1\.\d{2})\.sql$")
LINE = re.compile(r"^([0-9a-f]{64})  \./(\S+)$")


class SourceError(Exception):
    """The source is not the reviewed one, or not in the expected format."""


def build(shared: Path) -> str:
    """The CSV text written from ``shared``'s SHA256SUMS-upstream. Raises SourceError."""
    path = shared / SOURCE
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SOURCE_SHA256:
        raise SourceError(f"{path} has sha256 {digest}, this script expects {SOURCE_SHA256}")
    rows = {}
    for number, line in enumerate(data.decode("utf-8").splitlines(), start=1):
        match = LINE.match(line)
        if not match:
            raise SourceError(f"{path} line {number}: not '<sha256>  ./<path>': {line[:80]!r}")
        digest, relative = match.groups()
        if KEPT.match(relative):
            rows[relative] = digest
    return "path,sha256\n" + "".join(f"{p},{rows[p]}\n" for p in sorted(rows))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    try:
        text = build(args.shared)
    except (SourceError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.check:
        same = args.output.is_file() and args.output.read_text(encoding="utf-8") == text
        print(f"{args.output}: {'up to date' if same else 'DIFFERS from what this script writes'}")
        return 0 if same else 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8", newline="\n")
    print(f"{args.output}: {text.count(chr(10)) - 1} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
