"""One way to run work off the GUI thread and get its result back on it.

The work runs on Qt's global thread pool; its database reads go through the worker thread's own
connection (peewee keeps one per thread), closed when the work ends. ``done`` or ``failed`` is then
called on the GUI thread, unless ``owner`` was destroyed meanwhile. The relay that carries the answer
belongs to no widget: a window closed while the work runs cannot delete it under the worker's feet.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ukpbj_desktop.store.db import database

_waiting: set[_Relay] = set()  # relays whose answer has not arrived: kept alive until it does


class _Relay(QObject):
    answered = Signal(bool, object)  # (succeeded, result or exception)

    def __init__(self, owner: QObject, done: Callable[[Any], None], failed: Callable[[Exception], None]):
        super().__init__()  # made on the GUI thread, so its slot runs there
        self.owner, self.done, self.failed = owner, done, failed
        self.answered.connect(self._deliver)

    def _deliver(self, succeeded: bool, value: Any) -> None:
        _waiting.discard(self)
        self.deleteLater()
        if shiboken6.isValid(self.owner):
            (self.done if succeeded else self.failed)(value)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], answered: Any):
        super().__init__()
        self.work, self.answered = work, answered

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides what the user sees
            self.answered.emit(False, exc)
        else:
            self.answered.emit(True, result)
        finally:
            database.close()  # this thread's connection, if the work left one open


def run_in_background(owner: QObject, work: Callable[[], Any], done: Callable[[Any], None],
                      failed: Callable[[Exception], None]) -> None:
    """Run ``work()`` on a pool thread; then ``done(result)`` or ``failed(exc)`` on the GUI thread."""
    relay = _Relay(owner, done, failed)
    _waiting.add(relay)
    QThreadPool.globalInstance().start(_Job(work, relay.answered))
