"""Labels of the outreach activity types (``schema.ACTIVITY_TYPES``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "activity.sosialisasi_tatap_muka": {"id": "Sosialisasi tatap muka",
                                        "en": "Face-to-face outreach"},
    "activity.diskusi_kelompok": {"id": "Diskusi kelompok", "en": "Group discussion"},
    "activity.kunjungan_sekolah_kampus": {"id": "Kunjungan sekolah/kampus",
                                          "en": "School/campus visit"},
    "activity.media_sosial_radio": {"id": "Media sosial/radio", "en": "Social media/radio"},
    "activity.pelatihan_kader": {"id": "Pelatihan kader", "en": "Volunteer training"},
}
