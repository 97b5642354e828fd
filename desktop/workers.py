"""Slow work off the UI thread, its outcome back on the GUI thread (in the spirit of
Anki's ``QueryOp``).

One :class:`Jobs` per owner (a controller, a dialog) runs callables on Qt's global
thread pool. The callable must not touch widgets. Its result reaches ``on_success`` on
the GUI thread; an exception reaches ``on_failure`` as the exception object, or, where
no handler is given, the owner's ``report`` (by default a message box over the owner's
window): a failure never vanishes.

A job run under a *key* is stale as soon as another job of the same key starts or the
key is cancelled; its outcome is then dropped here, in one place, and the job itself
can stop early by polling its :class:`Ticket`.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

T = TypeVar("T")
Report = Callable[[Exception], None]


class Ticket:
    """One run of a keyed job. ``stale`` may be read from the worker thread."""

    def __init__(self, latest: dict[str, int], key: str, number: int) -> None:
        self._latest = latest
        self.key = key
        self._number = number

    @property
    def stale(self) -> bool:
        # A dict lookup is atomic under the interpreter lock: safe from any thread.
        return self._latest.get(self.key) != self._number


class _Relay(QObject):
    """Carries one job's outcome across threads (queued to the GUI thread).

    Signals:
        succeeded(object): the callable's return value.
        failed(object): the exception it raised.
    """

    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            try:
                result = self._work()
            except Exception as exc:
                self._relay.failed.emit(exc)
            else:
                self._relay.succeeded.emit(result)
        except RuntimeError:
            pass  # the owner (a closed window) is gone: nobody waits for the outcome


class Jobs(QObject):
    """Runs an owner's background work; see the module's docstring.

    ``report`` shows a failure that has no handler of its own; without one, a message
    box over the owner's window says what went wrong.
    """

    def __init__(self, parent: QObject, report: Report | None = None) -> None:
        super().__init__(parent)
        self._report = report if report is not None else self._show_message
        self._latest: dict[str, int] = {}
        self._count = 0

    def ticket(self, key: str) -> Ticket:
        """A new run of ``key``: every earlier one is stale from now on."""
        self._count += 1
        self._latest[key] = self._count
        return Ticket(self._latest, key, self._count)

    def cancel(self, key: str) -> None:
        """Drop the outcome of the job of ``key`` that is running, if any."""
        self._latest.pop(key, None)

    def running(self, key: str) -> bool:
        """Whether a job of ``key`` started and its outcome is still wanted."""
        return key in self._latest

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], object],
        on_failure: Callable[[Exception], object] | None = None,
        *,
        key: str | None = None,
        ticket: Ticket | None = None,
    ) -> Ticket | None:
        """Run ``work()`` on the thread pool. With ``key`` (or a ``ticket`` taken
        before, for work that polls it), the outcome is delivered only if no later job
        of that key started meanwhile."""
        if ticket is None and key is not None:
            ticket = self.ticket(key)
        relay = _Relay(self)

        def succeeded(result: Any) -> None:
            relay.deleteLater()
            if self._current(ticket):
                on_success(result)

        def failed(exc: Any) -> None:
            relay.deleteLater()
            if self._current(ticket):
                (on_failure or self._report)(exc)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        QThreadPool.globalInstance().start(_Task(work, relay))
        return ticket

    def _current(self, ticket: Ticket | None) -> bool:
        if ticket is None:
            return True
        if ticket.stale:
            return False
        del self._latest[ticket.key]  # done: nothing of this key runs any more
        return True

    def _show_message(self, exc: Exception) -> None:
        from desktop.translations import failure_text

        owner = self.parent()
        window = owner.window() if isinstance(owner, QWidget) else None
        QMessageBox.warning(window, self.tr("Glossary Reader"), failure_text(exc))


_full_collections_off = [0]  # how many workers want them off
_full_collections_lock = threading.Lock()
_NEVER = 1 << 30


@contextmanager
def without_full_collections() -> Iterator[None]:
    """No full collections of the heap while the block runs (on a worker that makes a
    million objects that live on, such as the blocks of a long text): each one walks
    every object, 0.1-0.3 s by the end, with the interpreter kept from the UI thread.
    The young generations are collected as usual; a marker freezes what was made
    (desktop.reader.marking) before the next full collection would walk it."""
    with _full_collections_lock:
        _full_collections_off[0] += 1
        if _full_collections_off[0] == 1:
            young, middle, old = gc.get_threshold()
            _full_collections_off.append(old)
            gc.set_threshold(young, middle, _NEVER)
    try:
        yield
    finally:
        with _full_collections_lock:
            _full_collections_off[0] -= 1
            if _full_collections_off[0] == 0:
                young, middle, _old = gc.get_threshold()
                gc.set_threshold(young, middle, _full_collections_off.pop())
