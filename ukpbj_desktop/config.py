"""Where the app keeps its files, without Qt (the core must run headless).

The locations follow the platform conventions QStandardPaths uses for AppDataLocation,
so the UI and the command line agree on one database.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "UKPBJ Desktop"
APP_SLUG = "ukpbj-desktop"
DB_ENV = "UKPBJ_DB"
DATA_ENV = "UKPBJ_DATA_DIR"
SOP_ENV = "UKPBJ_SOP"


def data_dir() -> Path:
    """The per-user data folder (database, backups, logs, scans)."""
    if os.environ.get(DATA_ENV):
        base = Path(os.environ[DATA_ENV])
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / APP_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / APP_SLUG
    base.mkdir(parents=True, exist_ok=True)
    return base


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sop_path() -> Path:
    """The SOP in force: ``UKPBJ_SOP``, else a revised ``sop.json`` in the data folder, else the shipped one.

    An office adopting a revised SOP drops the new file into its data folder; no code changes.
    """
    if os.environ.get(SOP_ENV):
        return Path(os.environ[SOP_ENV])
    revised = data_dir() / "sop.json"
    return revised if revised.is_file() else resources_dir() / "sop.json"


def named_database(cli_value: str | None = None) -> str | None:
    """The database the user named (``--db``, else ``UKPBJ_DB``); None when the default file is meant."""
    return cli_value or os.environ.get(DB_ENV) or None


def database_url(cli_value: str | None = None) -> str:
    """``--db`` wins over ``UKPBJ_DB``, which wins over the default file."""
    value = named_database(cli_value)
    if not value:
        return str(data_dir() / "ukpbj.sqlite3")
    return value
