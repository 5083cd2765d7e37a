"""Command line: ``python -m loaders COMMAND ...`` (or ``python -m cli``; the same parser).

All output goes through :mod:`domain.text`, which shows control characters (ESC, OSC, ...)
as escapes. Each group of commands lives in its own module with a ``register(subparsers)`` function that adds
its sub-commands and sets ``func`` (called with the parsed arguments, returning an exit code).
"""

from __future__ import annotations

import argparse
import sys

from cli import alerts, boundaries, data, users

COMMAND_MODULES = (data, boundaries, users, alerts)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m loaders",
        description="Data Kesbangpol Kaltim: impor, riwayat, rollback, templat, ekspor.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


EXIT_STORE = 4  # the store cannot be used (as cli.data)
EXIT_SETTING = 5  # DASHBOARD_PROVINCE names no province, or not the store's: nothing written


def main(argv: list[str] | None = None) -> int:
    from domain.text import visible_output

    # Everything printed (reports, previews, argparse's own errors) may echo a file's content or
    # a name from it: control characters are written visibly, never sent to the terminal.
    with visible_output():
        args = build_parser().parse_args(argv)
        from domain import province

        unknown = province.problem()
        if unknown is not None:  # before any command reads or writes a province's data
            lang = getattr(args, "lang", None)
            for one in (lang,) if lang else ("id", "en"):
                print(province.unknown_message(unknown, one), file=sys.stderr)
            return EXIT_SETTING
        from storage import province_guard

        mixed = province_guard.problem()
        if mixed is not None:  # the store holds another province's data: nothing is written
            lang = getattr(args, "lang", None)
            for one in (lang,) if lang else ("id", "en"):
                print(mixed.message(one), file=sys.stderr)
                print(mixed.details(one), file=sys.stderr)
            return EXIT_SETTING
        try:
            return int(args.func(args) or 0)
        except Exception as error:
            # A store that cannot be used (unreachable, read-only, full, damaged), in any
            # command: which condition, what to do and where, in the user's language; anything
            # else is a bug.
            from storage import backends, faults

            fault = faults.classify_backend(error, backends.store_location())
            if fault is None:
                raise
            lang = getattr(args, "lang", "id") or "id"
            print(fault.message(lang), file=sys.stderr)
            print(fault.details(lang), file=sys.stderr)
            return EXIT_STORE


if __name__ == "__main__":
    sys.exit(main())
