"""``python -m loaders alerts [--as-of DATE]``: one line per surge alert (indicators.alerts), for a
daily job or a check before a rakor. Reads the current incidents, verified only."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from i18n import fmt_date, t
from indicators import alerts

LANG_CHOICES = ("id", "en")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("alerts", help=t("alerts.cli.help", "id"))
    p.add_argument("--as-of", default=None, dest="as_of", help=t("alerts.cli.as_of", "id"))
    p.add_argument("--lang", choices=LANG_CHOICES, default="id")
    p.set_defaults(func=cmd_alerts)


def cmd_alerts(args: argparse.Namespace) -> int:
    from storage import datasets

    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        print(t("alerts.cli.bad_date", args.lang, value=args.as_of), file=sys.stderr)
        return 2
    from storage import backends, faults

    # A store that cannot be used is said (cli.main: exit 4), not answered from the demo data
    # that pages fall back on: a script watching for alerts must not read "no alert" then.
    with faults.store_faults(backends.store_location()):
        backends.open_store().current_version("incidents")
    found = alerts.surge_alerts(datasets.load("incidents").frame, as_of)
    for alert in found:
        print(alert.text(args.lang))
    if not found:
        print(t("alerts.none", args.lang, end=fmt_date(as_of, args.lang),
                rule=alerts.Thresholds.from_settings().text(args.lang)))
    return 0
