"""The drill-down maps: a kab/kota's kecamatan, a kecamatan's villages, with the outreach
activities recorded there. Joined by official name within the parent unit, never spatially."""

from __future__ import annotations

import re

import pandas as pd

from i18n import fmt_number, t
from maps.thematic import ThematicLayer

ACTIVITY_COLOURS = ("#F7F7F7", "#67A9CF")  # none, some (ColorBrewer RdBu blues)


def name_key(name: object) -> str:
    """'Kec. Samboja Barat ' -> 'samboja barat': how the names in a report meet the layer."""
    text = str(name or "").casefold()
    text = re.sub(r"^(kec\.?|kecamatan|desa|kel\.?|kelurahan)\s+", "", text.strip())
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def activity_counts(outreach: pd.DataFrame, kab_code: str, names: pd.Series,
                    column: str = "kecamatan") -> pd.Series:
    """Activities per unit (index: the unit's position in ``names``) among one kab/kota's rows."""
    rows = outreach[outreach["kab_kota"] == kab_code]
    counted = rows[column].map(name_key).value_counts() if len(rows) else pd.Series(dtype=int)
    return names.map(lambda n: int(counted.get(name_key(n), 0)))


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
