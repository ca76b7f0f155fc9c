"""File logging for support: one rotating log in the data folder. Never log a password."""
from __future__ import annotations

import logging
import logging.handlers

from ukpbj_desktop.config import log_dir


def setup_logging(level: int = logging.INFO) -> logging.Logger:
    log = logging.getLogger("ukpbj_desktop")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(log_dir() / "ukpbj.log", maxBytes=2_000_000, backupCount=5,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
    log.setLevel(level)
    return log
