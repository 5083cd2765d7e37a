"""Messages of the maps: the schematic notice, map views, the basemap, no data."""

MESSAGES: dict[str, dict[str, str]] = {
    "map.schematic_notice": {"id": "Peta petak skematis, bukan batas wilayah resmi",
                             "en": "Schematic tile map, not official boundaries "
                                   "(skematis, bukan batas wilayah resmi)"},
    "map.view": {"id": "Tampilan peta", "en": "Map view"},
    "map.view.boundaries": {"id": "Batas resmi", "en": "Official boundaries"},
    "map.view.tiles": {"id": "Petak skematis", "en": "Schematic tiles"},
    "map.basemap": {"id": "Peta dasar OpenStreetMap (perlu internet)",
                    "en": "OpenStreetMap basemap (needs internet)"},
    "map.basemap.help": {"id": "Mati secara bawaan: dasbor tetap berjalan tanpa internet.",
                         "en": "Off by default: the dashboard works without internet."},
    "map.basemap.offline": {"id": "Tidak ada internet: peta dasar tidak dapat dimuat. Peta "
                                  "tematik tetap benar.",
                            "en": "No internet: the basemap cannot be loaded. The thematic map "
                                  "is still correct."},
    "map.no_data": {"id": "Tidak ada data", "en": "No data"},
}
