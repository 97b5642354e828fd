"""Run slow work off the UI thread; the result comes back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Carries a worker's outcome across threads (queued to the receiver's thread).

    Signals:
        succeeded(object): the callable's return value.
        failed(str): the exception, as text.
    """

    succeeded = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            try:
                result = self._work()
            except Exception as exc:
                self._relay.failed.emit(f"{type(exc).__name__}: {exc}")
            else:
                self._relay.succeeded.emit(result)
        except RuntimeError:
            pass  # the receiver (a closed window) is gone: nobody waits for the result


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None] | None = None,
    parent: QObject | None = None,
) -> _Relay:
    """Run ``work()`` on the global thread pool; ``work`` must not touch widgets."""
    relay = _Relay(parent)
    relay.succeeded.connect(on_success)
    if on_failure is not None:
        relay.failed.connect(on_failure)
    relay.succeeded.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Task(work, relay))
    return relay
