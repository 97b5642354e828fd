"""File > Sync Settings… (and Preferences > Sync…): where the notes sync to, how the
last sync went, and Sync Now. A folder that a file-sync program keeps in step on every
device (Syncthing, Nextcloud's or Dropbox's client) or a USB stick, or a WebDAV server
(its address, user and password, with Test Connection), and an optional passphrase
that encrypts what is written there."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.localtime import local_time

if TYPE_CHECKING:
    from glossary.sync.setup import SyncStatus

FOLDER, WEBDAV = "folder", "webdav"


class SyncChoice(NamedTuple):
    """What the reader set up: a folder, or a WebDAV address with its user and password;
    a passphrase ("" for none)."""

    kind: str
    location: str
    user: str
    password: str
    passphrase: str


class SyncDialog(QDialog):
    """Shows the sync status and sets up where to sync.

    Signals:
        setup_requested(SyncChoice): sync this way from now on.
        test_requested(SyncChoice): check the WebDAV server answers (nothing is kept).
        sync_requested(): sync now.
    """

    setup_requested = Signal(object)
    test_requested = Signal(object)
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.setAccessibleName(self.tr("Sync settings"))
        self.setWindowTitle(self.tr("Sync"))
        self.intro = self._label(
            "syncIntro",
            self.tr(
                "Your highlights, notes, labels, bookmarks, reading places and kept words "
                "on every computer you read on, through a folder that a sync program "
                "(Syncthing, Nextcloud, Dropbox…) keeps the same on each, a USB stick, or "
                "a WebDAV server. Set up the same place on each computer."
            ),
        )
        self.kind = QComboBox(self)
        self.kind.setObjectName("syncKind")
        self.kind.setAccessibleName(self.tr("Sync through"))
        self.kind.addItem(self.tr("A folder"), FOLDER)
        self.kind.addItem(self.tr("A WebDAV server (Nextcloud, ownCloud…)"), WEBDAV)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("syncFolder")
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.folder.setPlaceholderText(self.tr("A folder shared by your computers"))
        self.choose = QPushButton(self.tr("&Choose…"), self)
        self.choose.setObjectName("syncChooseFolder")
        self.choose.setAccessibleName(self.tr("Choose the sync folder"))
        self.url = self._field("syncUrl", self.tr("WebDAV address"))
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/files/USER/")
        self.user = self._field("syncUser", self.tr("WebDAV user name"))
        self.password = self._field("syncPassword", self.tr("WebDAV password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test = QPushButton(self.tr("&Test Connection"), self)
        self.test.setObjectName("syncTest")
        self.test.setAccessibleName(self.tr("Test the connection to the WebDAV server"))
        self.encrypt = QCheckBox(self.tr("&Encrypt with a passphrase"), self)
        self.encrypt.setObjectName("syncEncrypt")
        self.encrypt.setAccessibleName(self.tr("Encrypt with a passphrase"))
        self.encrypt.setToolTip(
            self.tr(
                "What is written to the folder or server cannot be read without it. A lost "
                "passphrase cannot be recovered."
            )
        )
        self.passphrase = self._field("syncPassphrase", self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = self._field("syncPassphraseAgain", self.tr("The passphrase again"))
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.use = QPushButton(self.tr("&Use These Settings"), self)
        self.use.setObjectName("syncUse")
        self.use.setAccessibleName(self.tr("Sync this way"))
        self.message = self._label("syncMessage", "")
        self.message.setAccessibleName(self.tr("Sync message"))
        self.message.hide()
        self.status = self._label("syncStatusText", "")
        self.status.setAccessibleName(self.tr("Sync status"))
        self.sync_now = QPushButton(self.tr("Sync &Now"), self)
        self.sync_now.setObjectName("syncNow")
        self.sync_now.setAccessibleName(self.tr("Sync now"))

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        self._folder_row = folder_row
        self.form = QFormLayout()
        self.form.addRow(self.tr("Sync &through:"), self.kind)
        self.form.addRow(self.tr("&Folder:"), folder_row)
        self.form.addRow(self.tr("&Address:"), self.url)
        self.form.addRow(self.tr("U&ser:"), self.user)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow("", self.test)
        self.form.addRow("", self.encrypt)
        self.form.addRow(self.tr("Pass&phrase:"), self.passphrase)
        self.form.addRow(self.tr("A&gain:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.sync_now, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.use, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self.encrypt.toggled.connect(self._show_fields)
        self.choose.clicked.connect(self.on_choose_clicked)
        self.use.clicked.connect(self.on_use_clicked)
        self.test.clicked.connect(self.on_test_clicked)
        self.sync_now.clicked.connect(self.sync_requested)
        self._show_fields()
        self.resize(600, self.sizeHint().height())

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # paths and server messages, as text
        label.setWordWrap(True)
        return label

    def _field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        return field

    @Slot()
    def _show_fields(self) -> None:
        webdav = self.kind.currentData() == WEBDAV
        self.form.setRowVisible(self._folder_row, not webdav)
        for field in (self.url, self.user, self.password):
            self.form.setRowVisible(field, webdav)
        self.form.setRowVisible(self.test, webdav)
        for field in (self.passphrase, self.again):
            self.form.setRowVisible(field, self.encrypt.isChecked())

    def choice(self) -> SyncChoice | None:
        """What the fields say, or None (and a message) if something is missing."""
        webdav = self.kind.currentData() == WEBDAV
        location = (self.url if webdav else self.folder).text().strip()
        if not location:
            self.show_message(
                self.tr("Give the WebDAV address.") if webdav else self.tr("Choose a folder.")
            )
            return None
        if webdav and not self.user.text().strip():
            self.show_message(self.tr("Give the user name for the WebDAV server."))
            return None
        passphrase = ""
        if self.encrypt.isChecked():
            passphrase = self.passphrase.text()
            if not passphrase:
                self.show_message(self.tr("Give the passphrase."))
                return None
            if passphrase != self.again.text():
                self.show_message(self.tr("The two passphrases typed differ."))
                return None
        return SyncChoice(
            WEBDAV if webdav else FOLDER,
            location,
            self.user.text().strip() if webdav else "",
            self.password.text() if webdav else "",
            passphrase,
        )

    def show_status(self, status: SyncStatus) -> None:
        """How sync stands: where to, the last sync, what waits, its problems."""
        config = status.config
        self.sync_now.setEnabled(config is not None)
        if config is None:
            self.status.setText(self.tr("Sync is not set up."))
            return
        if config.kind == WEBDAV:
            self.kind.setCurrentIndex(self.kind.findData(WEBDAV))
            if not self.url.text():
                self.url.setText(config.location)
                self.user.setText(config.user)
        elif not self.folder.text():
            self.folder.setText(config.location)
        lines = [
            self.tr("Syncing through %1.").replace("%1", config.location),
            self.tr("Last sync: %1.").replace(
                "%1", local_time(status.last_sync) if status.last_sync else self.tr("never")
            ),
            self.tr("Changes waiting to be sent: %1.").replace("%1", str(status.pending)),
        ]
        lines += [self.tr("Problem: %1").replace("%1", p) for p in status.last_problems]
        self.status.setText("\n".join(lines))

    def show_message(self, text: str) -> None:
        """What came of the last thing asked (setting up, testing): a sentence or none."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for button in (self.use, self.test, self.sync_now):
            button.setEnabled(not busy)

    @Slot()
    def on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sync Folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    @Slot()
    def on_use_clicked(self) -> None:
        choice = self.choice()
        if choice is not None:
            self.show_message(self.tr("Setting up…"))
            self.setup_requested.emit(choice)

    @Slot()
    def on_test_clicked(self) -> None:
        choice = self.choice()
        if choice is not None:
            self.show_message(self.tr("Testing…"))
            self.test_requested.emit(choice)
