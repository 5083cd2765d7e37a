"""What Peringatan Dini shows, as plain data: the alerts in a table and on the kab/kota map (a
kab/kota is coloured by its strongest alert, its own or one of its kecamatan's), with the rule."""

from __future__ import annotations

import pandas as pd

from domain import regions
from i18n import fmt_date, fmt_number, t
from indicators.alerts import Alert
from maps.presentation_palette import ACT
from maps.thematic import ThematicLayer

# Vermillion for a surge (as "act" everywhere in the dashboard), Okabe-Ito yellow for a new
# category only, a pale grey-blue for "no alert": apart in lightness for every colour vision.
ALERT_COLOURS = {"surge": ACT, "new_category": "#F0E442", "none": "#DCE6EE"}
STRENGTH = {"none": 0, "new_category": 1, "surge": 2}


def kind_label(alert: Alert, lang: str) -> str:
    label = t(f"alerts.kind.{alert.kind}", lang)
    if alert.kind == "new_category":
        label += f": {t(f'category.{alert.category}', lang)}"
    return label


def alerts_table(alerts: list[Alert], lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("alerts.col.area", lang): [a.area(lang) for a in alerts],
        t("alerts.col.kind", lang): [kind_label(a, lang) for a in alerts],
        t("alerts.col.count", lang): [fmt_number(a.count, lang) for a in alerts],
        t("alerts.col.baseline", lang): [fmt_number(a.baseline_per_window, lang, 1)
                                          for a in alerts],
    })


def district_table(counts: pd.DataFrame, alerts: list[Alert], lang: str) -> pd.DataFrame:
    """Every kab/kota with the two numbers the rule compares and its alerts (for the slide and
    the PDF, where "no alert" must be visible as a finding, not as an empty page)."""
    lines = {code: "; ".join(kind_label(a, lang) + (f" ({a.area(lang)})" if a.kecamatan else "")
                             for a in alerts if a.district == code) or t("alerts.kind.none", lang)
             for code in counts.index}
    return pd.DataFrame({
        t("district", lang): [regions.get(c).official_name for c in counts.index],
        t("alerts.col.count", lang): [fmt_number(int(n), lang) for n in counts["window"]],
        t("alerts.col.baseline", lang): [fmt_number(float(v), lang, 1)
                                          for v in counts["baseline_per_window"]],
        t("alerts.col.kind", lang): [lines[c] for c in counts.index],
    })


def district_strength(alerts: list[Alert]) -> dict[str, str]:
    """Kab/kota code -> its strongest alert kind, counting its kecamatan's alerts."""
    out: dict[str, str] = {}
    for alert in alerts:
        if STRENGTH[alert.kind] > STRENGTH[out.get(alert.district, "none")]:
            out[alert.district] = alert.kind
    return out


def banner_text(alerts: list[Alert], as_of, lang: str) -> str | None:
    """The overview's one line for logged-in users: how many alerts and where, or nothing."""
    if not alerts:
        return None
    areas = ", ".join(dict.fromkeys(a.area(lang) for a in alerts))
    return t("alerts.banner", lang, n=len(alerts), end=fmt_date(as_of, lang), areas=areas)


def alert_layer(alerts: list[Alert], lang: str) -> ThematicLayer:
    codes = regions.codes()
    strongest = district_strength(alerts)
    lines = {code: "; ".join(a.area(lang) + " · " + kind_label(a, lang)
                             for a in alerts if a.district == code) or t("alerts.kind.none", lang)
             for code in codes}
    values = pd.DataFrame({
        "nama": [regions.get(c).label for c in codes],
        "peringatan": [lines[c] for c in codes],
    }, index=codes)
    colour = pd.Series([ALERT_COLOURS[strongest.get(c, "none")] for c in codes], index=codes)
    return ThematicLayer(
        name=t("alerts.title", lang), values=values, colour=colour,
        tooltip=[("nama", t("district", lang)), ("peringatan", t("alerts.col.kind", lang))],
        legend_title=t("alerts.legend", lang),
        legend_items=[(ALERT_COLOURS[k], t(f"alerts.kind.{k}", lang))
                      for k in ("surge", "new_category", "none")],
    )
