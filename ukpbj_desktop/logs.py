"""File logging for support: one rotating log in the data folder. Never log a password."""
from __future__ import annotations

import logging
import logging.handlers

from ukpbj_desktop.config import log_dir

MASK = "********"


class SecretFilter(logging.Filter):
    """Masks every secret held right now (an initial password awaiting its slip) in what reaches the log,
    the traceback's text included: an exception's message may quote the value that broke it."""

    def __init__(self) -> None:
        super().__init__()
        self._held: set[str] = set()

    def hold(self, secret: str) -> None:
        if secret:
            self._held.add(secret)

    def forget(self, secret: str) -> None:
        self._held.discard(secret)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._held:
            return True
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args = self._masked(record.getMessage()), None
        if record.exc_text:
            record.exc_text = self._masked(record.exc_text)
        return True

    def _masked(self, text: str) -> str:
        for secret in self._held:
            text = text.replace(secret, MASK)
        return text


SECRETS = SecretFilter()


def setup_logging(level: int = logging.INFO) -> logging.Logger:
    log = logging.getLogger("ukpbj_desktop")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(log_dir() / "ukpbj.log", maxBytes=2_000_000, backupCount=5,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(SECRETS)
        log.addHandler(handler)
    log.setLevel(level)
    return log
