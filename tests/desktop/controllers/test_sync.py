"""Sync in the window: set up from Sync Settings, run off the UI thread (File > Sync
Now), the last sync in the status bar, another device's notes shown once merged, and a
note's texts from another device under it, to use or set aside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.dialogs.sync import SyncDialog
from desktop.mainwindow import MainWindow
from glossary.documents.loading import load_bundled_article
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.sync.engine import Sync
from glossary.sync.roots import FolderRoot
from glossary.sync.setup import setup_folder


def set_up(window: MainWindow, qtbot: QtBot, share: Path) -> SyncDialog:
    window.action("syncSettingsAction").trigger()
    dialog = window.findChild(SyncDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.status.text() == "Sync is not set up."
    dialog.folder.setText(str(share))
    dialog.use.click()
    return dialog


def other_device(tmp_path: Path, share: Path) -> tuple[Store, Sync]:
    (tmp_path / "desktop").mkdir()
    store = Store(tmp_path / "desktop" / "notes.sqlite3")
    config = setup_folder(store, share)
    return store, Sync(store, FolderRoot(share), config.library)


def test_sync_is_set_up_from_the_window_and_runs_in_the_background(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    share = tmp_path / "Syncthing"
    share.mkdir()
    window.action("syncNowAction").trigger()  # not set up yet: said, nothing else
    assert "not set up" in window.statusBar().currentMessage()
    dialog = set_up(window, qtbot, share)
    label = window.sync_label
    qtbot.waitUntil(lambda: label.text().startswith("Synced "), timeout=10_000)
    assert label.isVisible()
    assert "Syncing through" in dialog.status.text()
    assert list(share.rglob("*.jsonl"))  # the bundled article and its place went
    # A highlight made on another device arrives with File > Sync Now.
    store, sync = other_device(tmp_path, share)
    article = load_bundled_article()
    doc = Documents(store).remember(article)
    start = article.text.index("campuran pakar")
    made = Highlights(store).add(doc, article.text, start, start + 14, 3, "dari desktop")
    sync.run()
    store.close()
    window.action("syncNowAction").trigger()
    qtbot.waitUntil(
        lambda: any(h.uuid == made.uuid for h in window.reader.highlights()), timeout=10_000
    )
    assert "received 1" in label.toolTip() or "received" in label.toolTip()


def test_a_folder_gone_away_says_the_changes_wait(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    share = tmp_path / "usb"
    share.mkdir()
    set_up(window, qtbot, share)
    label = window.sync_label
    qtbot.waitUntil(lambda: label.text().startswith("Synced "), timeout=10_000)
    share.rename(tmp_path / "usb-unplugged")
    window.action("syncNowAction").trigger()
    qtbot.waitUntil(lambda: label.text() == "Not synced: changes wait", timeout=10_000)
    assert "is not there" in label.toolTip()
    assert "is not there" in window.message_bar.text()  # asked for: said plainly


def conflicted(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> tuple[str, int, Store]:
    """A highlight made on the desktop, synced here, then its note edited on both while
    apart: (its uuid, its id here, the desktop's store)."""
    share = tmp_path / "share"
    share.mkdir()
    set_up(window, qtbot, share)
    label = window.sync_label
    qtbot.waitUntil(lambda: label.text().startswith("Synced "), timeout=10_000)
    store, sync = other_device(tmp_path, share)
    article = load_bundled_article()
    doc = Documents(store).remember(article)
    start = article.text.index("campuran pakar")
    made = Highlights(store).add(doc, article.text, start, start + 14, 3, "awal")
    sync.run()
    window.action("syncNowAction").trigger()
    qtbot.waitUntil(
        lambda: any(h.uuid == made.uuid for h in window.reader.highlights()), timeout=10_000
    )
    Highlights(store).set_note(made.id, "dari desktop")
    here = next(h for h in window.reader.highlights() if h.uuid == made.uuid)
    assert window.controllers is not None and window.controllers.sync is not None
    notes = window.controllers.sync.notes
    notes.set_note(here.id, "dari laptop")
    sync.run()  # the desktop sends its text before it sees the laptop's
    window.action("syncNowAction").trigger()
    qtbot.waitUntil(lambda: bool(notes.conflicts(made.uuid)), timeout=10_000)
    window.tabs.setCurrentWidget(window.notes_panel)
    window.notes_panel.select(here.id, reveal=True)
    qtbot.waitUntil(window.notes_panel.conflict_bar.isVisible)
    return made.uuid, here.id, store


def test_a_notes_text_from_another_device_can_be_used(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    uuid, here, store = conflicted(window, qtbot, tmp_path)
    assert window.controllers is not None and window.controllers.sync is not None
    notes = window.controllers.sync.notes
    bar = window.notes_panel.conflict_bar
    other = bar.texts[0]
    assert {other, window.notes_panel.editor.toPlainText()} == {"dari desktop", "dari laptop"}
    use = bar.findChild(QPushButton, "conflictUse0")
    assert use is not None
    use.click()  # it becomes the note, and no conflict is left
    qtbot.waitUntil(lambda: notes.highlights.get(here).note == other)
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert notes.conflicts(uuid) == []
    store.close()


def test_a_notes_text_from_another_device_can_be_set_aside(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    uuid, here, store = conflicted(window, qtbot, tmp_path)
    assert window.controllers is not None and window.controllers.sync is not None
    notes = window.controllers.sync.notes
    bar = window.notes_panel.conflict_bar
    mine = notes.highlights.get(here).note
    keep = bar.findChild(QPushButton, "conflictKeep")
    assert keep is not None
    keep.click()
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert notes.conflicts(uuid) == [] and notes.highlights.get(here).note == mine
    store.close()


def test_a_webdav_server_is_tested_and_set_up_from_the_window_with_a_passphrase(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.glossary.sync.conftest import PASSWORD, USER, DAVServer

    server = DAVServer(tmp_path / "server")
    server.start()
    try:
        window.action("syncSettingsAction").trigger()
        dialog = window.findChild(SyncDialog)
        assert dialog is not None
        dialog.kind.setCurrentIndex(dialog.kind.findData("webdav"))
        assert not dialog.folder.isVisibleTo(dialog) and dialog.url.isVisibleTo(dialog)
        dialog.url.setText(server.url)
        dialog.user.setText(USER)
        dialog.password.setText("wrong")
        dialog.test.click()
        qtbot.waitUntil(lambda: "does not accept the user" in dialog.message.text(), timeout=10_000)
        dialog.password.setText(PASSWORD)
        dialog.test.click()
        qtbot.waitUntil(lambda: "The server answers" in dialog.message.text(), timeout=10_000)
        dialog.encrypt.setChecked(True)
        dialog.passphrase.setText("rahasia kelas")
        dialog.again.setText("rahasia kelsa")
        dialog.use.click()
        assert dialog.message.text() == "The two passphrases typed differ."
        dialog.again.setText("rahasia kelas")
        dialog.use.click()
        # No keyring in the tests: the password and passphrase are kept in memory.
        qtbot.waitUntil(lambda: "no system keyring" in dialog.message.text(), timeout=10_000)
        label = window.sync_label
        qtbot.waitUntil(lambda: label.text().startswith("Synced "), timeout=10_000)
        segments = [f for f in server.files() if f.endswith(".jsonl")]
        assert segments
        for name in segments:  # encrypted: no title of the article in the clear
            assert b"DeepSeek" not in (server.folder / name).read_bytes()
    finally:
        server.stop()


def test_an_own_glossary_from_another_device_marks_the_text_once_merged(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from glossary.model import Entry
    from glossary.terms.own import OwnGlossaries

    share = tmp_path / "Syncthing"
    share.mkdir()
    set_up(window, qtbot, share)
    label = window.sync_label
    qtbot.waitUntil(lambda: label.text().startswith("Synced "), timeout=10_000)
    store, sync = other_device(tmp_path, share)
    own = OwnGlossaries(store)
    gid = own.create("Kelas 10A")
    term = Entry("raksasa", "general", "giant", "raksasa", (), (), "Huge.", "Besar.", "", "", ())
    own.save_entry(gid, term)
    sync.run()
    window.action("syncNowAction").trigger()
    notes = window.session.notes
    assert notes is not None

    def marked() -> set[str]:
        assert window.session.marked is not None
        return {o.entry_id for o in window.session.marked.occurrences if o.text == "raksasa"}

    qtbot.waitUntil(lambda: [g.name for g in notes.glossaries.all()] == ["Kelas 10A"])
    [info] = notes.glossaries.all()
    qtbot.waitUntil(lambda: marked() == {f"own-{info.id}:raksasa"}, timeout=10_000)
    # An edit made there later reaches the window's copy (not one kept from before).
    own.save_entry(gid, term._replace(definition_en="Very big."), replacing="raksasa")
    sync.run()
    store.close()
    window.action("syncNowAction").trigger()
    qtbot.waitUntil(
        lambda: notes.glossaries.entries(info.id)[0].definition_en == "Very big.", timeout=10_000
    )


def test_where_sync_is_not_set_up_the_window_never_loads_the_engine(tmp_path: Path) -> None:
    """The check a few seconds after start, and a highlight chosen, load nothing of the
    sync engine (80 ms of imports on the UI thread, stalling a large text's opening)."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    script = (
        "import sys\n"
        "from desktop.app import application, build_window\n"
        "app = application()\n"
        "window = build_window(__import__('pathlib').Path(sys.argv[1]))\n"
        "c = window.controllers\n"
        "c.sync.begin(); c.classes.begin()\n"
        "c.sync.on_highlight_selected(1)\n"
        "heavy = ('glossary.sync.engine', 'glossary.sync.setup', 'glossary.sync.classes')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
        "window.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == ""
