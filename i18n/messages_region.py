"""Messages of finding a regency/city by name or code (``domain/regions.py``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "region.error.empty": {"id": "Nama atau kode kabupaten/kota kosong.",
                           "en": "The regency/city name or code is empty."},
    "region.error.unknown": {
        "id": "“{value}” tidak dikenal sebagai kabupaten/kota di Kalimantan Timur.{hint}",
        "en": "“{value}” is not a known regency/city of East Kalimantan.{hint}"},
    "region.error.ambiguous": {
        "id": "“{value}” bisa berarti beberapa kabupaten/kota: {candidates}. Tulis nama lengkap.",
        "en": "“{value}” could mean several regencies/cities: {candidates}. Write the full name."},
    "region.error.ambiguous_code": {
        "id": "Kode “{value}” berbeda arti menurut skema: {candidates}. Tulis kode Kemendagri "
              "bertitik (mis. 64.02) atau sebutkan skemanya.",
        "en": "Code “{value}” means different districts in the two schemes: {candidates}. Use the "
              "dotted Kemendagri code (e.g. 64.02) or state the scheme."},
    "region.error.other_province": {
        "id": "“{value}” bukan wilayah Kalimantan Timur (provinsi {province}).",
        "en": "“{value}” is not in East Kalimantan (province {province})."},
    "region.error.hint": {"id": " Mungkin maksud Anda: {candidates}?",
                          "en": " Did you mean: {candidates}?"},
    "region.candidate.kemendagri": {"id": "{name} menurut Kemendagri",
                                    "en": "{name} in the Kemendagri scheme"},
    "region.candidate.bps": {"id": "{name} menurut BPS", "en": "{name} in the BPS scheme"},
    "region.error.no_crosswalk": {
        "id": "Kode BPS kabupaten/kota Provinsi {province} belum dikenal di dasbor ini, jadi kode "
              "tanpa titik “{value}” tidak dapat dibaca dengan pasti (BPS dan Kemendagri bisa "
              "memberi nomor berbeda). Tulis kode Kemendagri bertitik (mis. {dotted}) atau nama "
              "kabupaten/kota.",
        "en": "The BPS regency/city codes of {province} are not known to this dashboard yet, so "
              "the undotted code “{value}” cannot be read with certainty (BPS and Kemendagri may "
              "number them differently). Write the dotted Kemendagri code (e.g. {dotted}) or the "
              "regency/city name."},
    # The two above for a province other than Kalimantan Timur ({here}: its name as the table has
    # it, "Jawa Tengah").
    "region.error.unknown_in": {
        "id": "“{value}” tidak dikenal sebagai kabupaten/kota di Provinsi {here}.{hint}",
        "en": "“{value}” is not a known regency/city of {here} province.{hint}"},
    "region.error.other_province_in": {
        "id": "“{value}” bukan wilayah Provinsi {here} (provinsi {province}).",
        "en": "“{value}” is not in {here} province (province {province})."},
}
