"""Messages of finding a kecamatan or desa/kelurahan by name or code (``domain/subregions.py``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "subregion.level.kecamatan": {"id": "kecamatan", "en": "sub-district (kecamatan)"},
    "subregion.level.desa": {"id": "desa/kelurahan", "en": "village (desa/kelurahan)"},
    "subregion.error.empty": {"id": "Nama atau kode {level} kosong.",
                              "en": "The {level} name or code is empty."},
    "subregion.error.unknown": {
        "id": "“{value}” tidak dikenal sebagai {level} di {scope}.{hint}",
        "en": "“{value}” is not a known {level} in {scope}.{hint}"},
    "subregion.error.hint": {"id": " Mungkin maksud Anda: {candidates}?",
                             "en": " Did you mean: {candidates}?"},
    "subregion.error.ambiguous": {
        "id": "“{value}” bisa berarti lebih dari satu {level} di {scope}: {candidates}. Tulis "
              "nama lengkapnya, sebutkan kecamatannya, atau tulis kode Kemendagri-nya.",
        "en": "“{value}” could mean more than one {level} in {scope}: {candidates}. Write the full "
              "name, name the kecamatan, or write the Kemendagri code."},
    "subregion.error.elsewhere": {
        "id": "{unit} ada di {actual}, bukan {given}.",
        "en": "{unit} is in {actual}, not {given}."},
    "subregion.error.other_province": {
        "id": "“{value}” bukan wilayah {province_name} (kode provinsi {province}).",
        "en": "“{value}” is not in {province_name} (province code {province})."},
    "subregion.error.ambiguous_code": {
        "id": "Kode “{value}” berbeda arti menurut skema: {candidates}. Tulis kode Kemendagri "
              "bertitik (mis. 64.02.04.2005) atau sebutkan skemanya.",
        "en": "Code “{value}” means different units in the two schemes: {candidates}. Use the "
              "dotted Kemendagri code (e.g. 64.02.04.2005) or state the scheme."},
}
