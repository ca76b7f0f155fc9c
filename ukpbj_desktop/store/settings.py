"""Office settings stored in the database, with the defaults a new office starts from."""
from __future__ import annotations

from ukpbj_desktop.store.models import Setting

DEFAULTS = {
    "agenda_pattern": "027/{seq:04d}/UKPBJ/{year}",
    "archive_pattern": "ARS/{year}/{seq:05d}",
    "user_id_convention": "nip",
    "spse_url": "https://spse.inaproc.id/serambagiantimurkab",
    "government": "PEMERINTAH KABUPATEN SERAM BAGIAN TIMUR",
    "unit": "SEKRETARIAT DAERAH",
    "subunit": "UNIT KERJA PENGADAAN BARANG/JASA (UKPBJ)",
    "address": "Jalan Kompleks Perkantoran Bupati, Bula, Kabupaten Seram Bagian Timur, Maluku",
    "contact": "",
    "city": "Bula",
    "agency": "Pemerintah Kabupaten Seram Bagian Timur",
    # The head of the unit, who signs "Mengetahui" on the Daftar Arsip; unknown: a blank line to sign on.
    "head_name": "",
    "head_nip": "",
    "head_title": "Kepala UKPBJ",
    "language": "id",
    "scan_max_mb": "50",  # a scan of 20 pages at 300 dpi is 2-10 MB; 0: no limit
    "backup_second_folder": "",  # automatic copies also go here (a flash drive); empty: none
    "backup_offsite_days": "7",  # warn when no copy went off this PC for longer; 0: never warn
}


def get_setting(key: str, default: str | None = None) -> str:
    row = Setting.get_or_none(Setting.key == key)
    if row is not None:
        return row.value
    return DEFAULTS.get(key, "") if default is None else default


def set_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict(conflict_target=[Setting.key],
                                                    update={Setting.value: value}).execute()
