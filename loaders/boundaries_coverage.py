"""Which units a complete Kalimantan Timur boundary layer holds, for the completeness check of
``loaders.boundaries.import_boundaries`` (a layer missing units is stored inactive, with the
missing ones named), and the names of the provinces for a file of another province.

From Kepmendagri No. 300.2.2-2430 Tahun 2025 (cahyadsn/wilayah, MIT, commit b7ad440): the 105
kecamatan of province 64 by code, and the number of desa/kelurahan per kab/kota (1,035; a layer
may hold more, e.g. the 1,038 units of cahyadsn/wilayah_boundaries). BPS-coded layers (another
scheme, another year) are checked by kab/kota only.
"""

from __future__ import annotations

PROVINCES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "Daerah Khusus Ibukota Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "Daerah Istimewa Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}

KECAMATAN: dict[str, str] = {
    "64.01.01": "Batu Sopang",
    "64.01.02": "Tanjung Harapan",
    "64.01.03": "Paser Belengkong",
    "64.01.04": "Tanah Grogot",
    "64.01.05": "Kuaro",
    "64.01.06": "Long Ikis",
    "64.01.07": "Muara Komam",
    "64.01.08": "Long Kali",
    "64.01.09": "Batu Engau",
    "64.01.10": "Muara Samu",
    "64.02.01": "Muara Muntai",
    "64.02.02": "Loa Kulu",
    "64.02.03": "Loa Janan",
    "64.02.04": "Anggana",
    "64.02.05": "Muara Badak",
    "64.02.06": "Tenggarong",
    "64.02.07": "Sebulu",
    "64.02.08": "Kota Bangun",
    "64.02.09": "Kenohan",
    "64.02.10": "Kembang Janggut",
    "64.02.11": "Muara Kaman",
    "64.02.12": "Tabang",
    "64.02.13": "Samboja",
    "64.02.14": "Muara Jawa",
    "64.02.15": "Sanga Sanga",
    "64.02.16": "Tenggarong Seberang",
    "64.02.17": "Marang Kayu",
    "64.02.18": "Muara Wis",
    "64.02.19": "Kota Bangun Darat",
    "64.02.20": "Samboja Barat",
    "64.03.01": "Kelay",
    "64.03.02": "Talisayan",
    "64.03.03": "Sambaliung",
    "64.03.04": "Segah",
    "64.03.05": "Tanjung Redeb",
    "64.03.06": "Gunung Tabur",
    "64.03.07": "Pulau Derawan",
    "64.03.08": "Biduk-Biduk",
    "64.03.09": "Teluk Bayur",
    "64.03.10": "Tabalar",
    "64.03.11": "Maratua",
    "64.03.12": "Batu Putih",
    "64.03.13": "Biatan",
    "64.07.05": "Long Iram",
    "64.07.06": "Melak",
    "64.07.07": "Barong Tongkok",
    "64.07.08": "Damai",
    "64.07.09": "Muara Lawa",
    "64.07.10": "Muara Pahu",
    "64.07.11": "Jempang",
    "64.07.12": "Bongan",
    "64.07.13": "Penyinggahan",
    "64.07.14": "Bentian Besar",
    "64.07.15": "Linggang Bigung",
    "64.07.16": "Nyuatan",
    "64.07.17": "Siluq Ngurai",
    "64.07.18": "Mook Manaar Bulatn",
    "64.07.19": "Tering",
    "64.07.20": "Sekolaq Darat",
    "64.08.01": "Muara Ancalong",
    "64.08.02": "Muara Wahau",
    "64.08.03": "Muara Bengkal",
    "64.08.04": "Sangatta Utara",
    "64.08.05": "Sangkulirang",
    "64.08.06": "Busang",
    "64.08.07": "Telen",
    "64.08.08": "Kombeng",
    "64.08.09": "Bengalon",
    "64.08.10": "Kaliorang",
    "64.08.11": "Sandaran",
    "64.08.12": "Sangatta Selatan",
    "64.08.13": "Teluk Pandan",
    "64.08.14": "Rantau Pulung",
    "64.08.15": "Kaubun",
    "64.08.16": "Karangan",
    "64.08.17": "Batu Ampar",
    "64.08.18": "Long Mesangat",
    "64.09.01": "Penajam",
    "64.09.02": "Waru",
    "64.09.03": "Babulu",
    "64.09.04": "Sepaku",
    "64.11.01": "Long Bagun",
    "64.11.02": "Long Hubung",
    "64.11.03": "Laham",
    "64.11.04": "Long Apari",
    "64.11.05": "Long Pahangai",
    "64.71.01": "Balikpapan Timur",
    "64.71.02": "Balikpapan Barat",
    "64.71.03": "Balikpapan Utara",
    "64.71.04": "Balikpapan Tengah",
    "64.71.05": "Balikpapan Selatan",
    "64.71.06": "Balikpapan Kota",
    "64.72.01": "Palaran",
    "64.72.02": "Samarinda Seberang",
    "64.72.03": "Samarinda Ulu",
    "64.72.04": "Samarinda Ilir",
    "64.72.05": "Samarinda Utara",
    "64.72.06": "Sungai Kunjang",
    "64.72.07": "Sambutan",
    "64.72.08": "Sungai Pinang",
    "64.72.09": "Samarinda Kota",
    "64.72.10": "Loa Janan Ilir",
    "64.74.01": "Bontang Utara",
    "64.74.02": "Bontang Selatan",
    "64.74.03": "Bontang Barat",
}

DESA_COUNTS: dict[str, int] = {
    "64.01": 144,
    "64.02": 237,
    "64.03": 109,
    "64.07": 193,
    "64.08": 141,
    "64.09": 54,
    "64.11": 49,
    "64.71": 34,
    "64.72": 59,
    "64.74": 15,
}


def province_label(code: str) -> str:
    """'63 (Kalimantan Selatan)' for a province code (its name from the registry's tables,
    ``domain.regions.province_names``); the code alone when unknown."""
    from domain import regions

    name = regions.province_names().get(str(code)) or PROVINCES.get(str(code))
    return f"{code} ({name})" if name else str(code)


def missing_units(level: str, frame, scheme: str | None, registry=None) -> list[str]:
    """What a prepared layer (``kode``, ``kode_kab``, ``kode_skema`` columns) lacks against the
    registry: every kab/kota at each level; at kecamatan level (Kemendagri codes) every known
    kecamatan, named; at desa level (Kemendagri codes) the known number per kab/kota. Empty when
    the layer is complete as far as is known. ``registry``: another province's table; only its
    kab/kota are checked (the kecamatan and desa lists here are Kalimantan Timur's)."""
    from domain import regions

    reg = registry or regions.default_registry()
    present_kab = set(frame["kode_kab"])
    missing = [reg.get(c).label for c in reg.codes() if c not in present_kab]
    if reg.province_code != regions.DEFAULT_PROVINCE:
        return missing
    schemes = set(frame["kode_skema"]) if "kode_skema" in frame else {scheme or "kemendagri"}
    if schemes != {"kemendagri"}:
        return missing
    if level == "kecamatan":
        present = set(frame["kode"])
        missing += [f"Kecamatan {name} ({code})" for code, name in KECAMATAN.items()
                    if code not in present and code[:5] in present_kab]
    elif level == "desa":
        counts = frame["kode_kab"].value_counts().to_dict()
        for code, known in DESA_COUNTS.items():
            have = int(counts.get(code, 0))
            if 0 < have < known:
                missing.append(f"{regions.get(code).label}: {have}/{known} desa/kelurahan")
    return missing
