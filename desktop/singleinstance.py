"""One window per data folder: a second launch hands its file to the running window
(``QLocalServer``/``QLocalSocket``) instead of opening a second writer of the notes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from glossary.digest import sha256_hex

TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    """A name for the data folder's window, the same for every launch that uses it."""
    digest = sha256_hex(str(data_dir.resolve()).encode())[:16]
    return f"glossary-reader-{digest}"


def hand_over(name: str, file: Path | None) -> bool:
    """Send ``file`` (or nothing: just "show yourself") to a running window; True if one
    took it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write((str(file.resolve()) if file else "").encode("utf-8") + b"\n")
    socket.flush()
    # waitForBytesWritten is false when flush() already sent everything.
    handed = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return handed


class InstanceServer(QObject):
    """Listens for later launches.

    Signals:
        file_requested(str): a later launch asked to show this file ("" for none).
    """

    file_requested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a stale socket left by a crash
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self.on_server_new_connection)

    @Slot()
    def on_server_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
            self.file_requested.emit(line)
