"""The drill-down maps: a kab/kota's kecamatan, a kecamatan's villages, coloured by the
conflict-risk level reported per kecamatan (or desa) where such a report exists and the viewer
may see it, else by the outreach activities recorded there. Joined by Kemendagri code (what
validation stores) or, for rows stored before codes, by official name within the parent unit;
points without a kecamatan get theirs from their coordinates, marked as an estimate."""

from __future__ import annotations

import re

import pandas as pd

from domain.schema import RISK_LEVELS
from domain.subregions import default_subregions
from i18n import fmt_date, fmt_number, fmt_period, is_missing, t
from indicators.grain import APPROXIMATE_COLUMN, subregion_name
from maps.palette import RISK_COLOURS, risk_colour
from maps.thematic import ThematicLayer

ACTIVITY_COLOURS = ("#F7F7F7", "#67A9CF")  # none, some (ColorBrewer RdBu blues)


def name_key(name: object) -> str:
    """'Kec. Samboja Barat ' -> 'samboja barat': how the names in a report meet the layer."""
    text = str(name or "").casefold()
    text = re.sub(r"^(kec\.?|kecamatan|desa|kel\.?|kelurahan)\s+", "", text.strip())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def activity_layer(areas: pd.DataFrame, counts: pd.Series, lang: str, title: str) -> ThematicLayer:
    codes = areas["kode"].astype(str).tolist()
    values = pd.DataFrame({
        "nama": areas["nama"].tolist(),
        "kode_unit": codes,
        "kegiatan": [fmt_number(c, lang) for c in counts],
    }, index=codes)
    colour = pd.Series([ACTIVITY_COLOURS[1] if c else ACTIVITY_COLOURS[0] for c in counts],
                       index=codes)
    return ThematicLayer(
        name=title, values=values, colour=colour,
        tooltip=[("nama", t("drill.unit", lang)), ("kode_unit", t("drill.code", lang)),
                 ("kegiatan", t("drill.activities", lang))],
        legend_title=t("drill.legend", lang),
        legend_items=[(ACTIVITY_COLOURS[0], t("drill.none", lang)),
                      (ACTIVITY_COLOURS[1], t("drill.some", lang))],
    )


# --- risk levels per kecamatan and desa (issue 14) -----------------------------------------------

def kemendagri_codes(areas: pd.DataFrame) -> pd.Series:
    """The Kemendagri code of each unit of an imported kecamatan/desa layer: its ``kode``, or for
    a layer that came with BPS codes (``kode_skema``) the unit the registry gives that code."""
    units = default_subregions()

    def one(code: object, scheme: object) -> str:
        code = str(code)
        if str(scheme).lower() == "bps" and code in units.by_bps:
            return units.by_bps[code].code
        return code

    schemes = areas["kode_skema"] if "kode_skema" in areas else pd.Series("", index=areas.index)
    return pd.Series([one(c, s) for c, s in zip(areas["kode"], schemes)], index=areas.index)


def risk_layer(areas: pd.DataFrame, levels: pd.DataFrame, activities: pd.Series,
               incidents: pd.Series | None, lang: str, title: str, period: str) -> ThematicLayer:
    """Kecamatan (or desa) coloured by the level reported for ``period`` (``levels`` indexed by
    Kemendagri code, from ``indicators.grain``), the conflict-risk page's palette and legend;
    units without a report in the no-data colour, "belum dilaporkan". ``activities`` and
    ``incidents`` are counts per unit in the order of ``areas``."""
    codes = areas["kode"].astype(str).tolist()
    official = kemendagri_codes(areas).tolist()

    def get(code: str, column: str) -> object:
        return levels.at[code, column] if code in levels.index else pd.NA

    level = [get(c, "tingkat_rawan") for c in official]
    values = pd.DataFrame({
        "nama": areas["nama"].tolist(), "kode_unit": codes,
        "tingkat": [pd.NA if is_missing(v) else t(f"risk.{v}", lang) for v in level],
        "skor": [fmt_number(get(c, "skor"), lang) if not is_missing(get(c, "skor")) else pd.NA
                 for c in official],
        "kegiatan": [fmt_number(c, lang) for c in activities],
    }, index=codes)
    tooltip = [("nama", t("drill.unit", lang)), ("kode_unit", t("drill.code", lang)),
               ("tingkat", t("risk.level", lang)), ("skor", t("risk.score", lang))]
    if incidents is not None:
        values["kejadian"] = [fmt_number(c, lang) for c in incidents]
        tooltip.append(("kejadian", t("grain.drill.incidents", lang)))
    tooltip.append(("kegiatan", t("drill.activities", lang)))
    colour = pd.Series([None if is_missing(v) else risk_colour(v) for v in level],
                       index=codes).dropna()
    return ThematicLayer(
        name=title, values=values, colour=colour, tooltip=tooltip,
        legend_title=t("grain.drill.legend", lang, period=fmt_period(period, lang)),
        legend_items=[(RISK_COLOURS[lv], t(f"risk.{lv}", lang)) for lv in RISK_LEVELS],
        no_data_label=t("grain.drill.not_reported", lang),
    )


def unit_counts(frame: pd.DataFrame, kab_code: str, areas: pd.DataFrame,
                column: str = "kecamatan") -> pd.Series:
    """Rows per unit of ``areas`` among one kab/kota's rows (index: the unit's position), matched
    by Kemendagri code (what is stored) or, for rows stored before codes, by name."""
    official = kemendagri_codes(areas).tolist()
    by_name = {name_key(n): c for c, n in zip(official, areas["nama"])}
    rows = frame[frame["kab_kota"] == kab_code] if len(frame) and column in frame else frame.iloc[0:0]
    counted: dict[str, int] = {}
    for value in rows[column].astype(str) if len(rows) else ():
        code = value if value in official else by_name.get(name_key(value))
        if code is not None:
            counted[code] = counted.get(code, 0) + 1
    return pd.Series([counted.get(c, 0) for c in official], index=areas.index)


def kecamatan_label(value: object, approximate: object, lang: str) -> object:
    """A point's kecamatan for a tooltip: its name, "(perkiraan dari koordinat)" when it came
    from the coordinates (``indicators.grain.locate_kecamatan``); NA when none."""
    name = subregion_name(value)
    if not name:
        return pd.NA
    return f"{name} ({t('grain.approximate', lang)})" if approximate is True else name


def kecamatan_labels(frame: pd.DataFrame, lang: str) -> list[object]:
    """``kecamatan_label`` of each row of an incidents or outreach frame."""
    approx = frame[APPROXIMATE_COLUMN].tolist() if APPROXIMATE_COLUMN in frame \
        else [False] * len(frame)
    return [kecamatan_label(k, a, lang) for k, a in zip(frame["kecamatan"], approx)]


INCIDENT_COLOUR = "#000000"
ACTIVITY_COLOUR = "#0072B2"


def point_rows(frame: pd.DataFrame, kab_code: str, kecamatan_code: str | None, colour: str,
               label_column: str, label_prefix: str, lang: str) -> pd.DataFrame:
    """One kab/kota's (or kecamatan's) located rows for the map, with a display kecamatan that
    says when it is an estimate from the coordinates (``indicators.grain.locate_kecamatan``)."""
    rows = frame[(frame["kab_kota"] == kab_code) & frame["lat"].notna() & frame["lon"].notna()]
    if kecamatan_code:
        rows = rows[rows["kecamatan"] == kecamatan_code]
    rows = rows.copy()
    approx = rows[APPROXIMATE_COLUMN] if APPROXIMATE_COLUMN in rows else pd.Series(False,
                                                                                  index=rows.index)
    rows["_kecamatan"] = [kecamatan_label(k, a, lang) for k, a in zip(rows["kecamatan"], approx)]
    rows["_colour"] = colour
    rows["_label"] = [t(label_prefix + str(v), lang) for v in rows[label_column]]
    rows["_tanggal"] = [fmt_date(d, lang) for d in rows["tanggal"]]
    return rows
