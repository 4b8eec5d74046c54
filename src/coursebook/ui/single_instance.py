"""One Coursebook per data folder: a second start brings the running window to the front."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)
MESSAGE = b"show"


def server_name(data_root: Path) -> str:
    """A name per data folder (local sockets live in a flat namespace per user)."""
    digest = hashlib.sha1(str(data_root.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"coursebook-{digest}"


def ask_running_instance_to_show(name: str, timeout_ms: int = 1000) -> bool:
    """True when a running Coursebook answered and will come to the front."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    socket.flush()  # usually writes it all at once; otherwise wait for the rest
    done = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return done


def listen_for_second_starts(window: QMainWindow, name: str) -> QLocalServer | None:
    """Raise `window` whenever another start of Coursebook on the same data folder knocks."""
    server = QLocalServer(window)
    QLocalServer.removeServer(name)  # a socket file left by a crash
    if not server.listen(name):
        log.warning("cannot listen for second starts: %s", server.errorString())
        return None

    def on_connection() -> None:
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: show(c))
            connection.disconnected.connect(connection.deleteLater)

    def show(connection: QLocalSocket) -> None:
        if MESSAGE in bytes(connection.readAll().data()):
            window.showNormal()
            window.raise_()
            window.activateWindow()

    server.newConnection.connect(on_connection)
    return server
