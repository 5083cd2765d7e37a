"""Command line for the offline outputs, e.g. before a meeting on a machine without a browser:

    python -m reports governor --output laporan.pdf [--lang id|en] [--period 2026-Q3]
    python -m reports deck --output presentasi.html [--lang id|en] [--slides risk,agreements]
                           [--saved "Rakor Agustus"]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from i18n import LANGUAGES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reports")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("governor", "deck"):
        p = sub.add_parser(name)
        p.add_argument("--output", required=True, type=Path)
        p.add_argument("--lang", choices=LANGUAGES, default="id")
        p.add_argument("--period", help="reporting period, e.g. 2026-Q3 (default: the latest)")
    deck = sub.choices["deck"]
    deck.add_argument("--slides", help="comma-separated slide ids (default: every theme)")
    deck.add_argument("--saved", help="name of a deck saved from the presentation page")
    args = parser.parse_args(argv)

    from reports.context import load_data

    data = load_data(args.period)
    if args.command == "governor":
        from reports.governor_pdf import build_pdf

        args.output.write_bytes(build_pdf(data, args.lang))
    else:
        from reports import decks
        from reports.deck import build_deck
        from views.presentation import default_slide_ids, slide_ids

        if args.saved:
            try:
                chosen = decks.load_deck(args.saved)
            except KeyError:
                print(f"no saved deck named {args.saved!r}; saved: {decks.list_decks()}",
                      file=sys.stderr)
                return 2
        elif args.slides:
            chosen = [s.strip() for s in args.slides.split(",") if s.strip()]
            unknown = sorted(set(chosen) - set(slide_ids()))
            if unknown:
                print(f"unknown slides {unknown}; known: {slide_ids()}", file=sys.stderr)
                return 2
        else:
            chosen = default_slide_ids()
        args.output.write_text(build_deck(data, chosen, args.lang), encoding="utf-8")
    print(f"{args.output} ({args.output.stat().st_size:,} bytes, period {data.period})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
