"""The word for a regency/city (kab/kota) and for its code."""

MESSAGES: dict[str, dict[str, str]] = {
    "district": {"id": "Kabupaten/kota", "en": "Regency/city"},
    "district.code": {"id": "Kode Kemendagri", "en": "Kemendagri code"},
}
