"""HTML or script inside glossary text is shown as the characters it is."""

from __future__ import annotations

import html
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from desktop.app import build_window
from desktop.richtext import escape
from tests.glossary.factories import HEADER, entry, write_glossary

HOSTILE = "<img src=x onerror=alert(1)> <b>bold</b> &amp; <script>alert(2)</script>"


def test_hostile_glossary_text_reads_exactly_so(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, app_instance
) -> None:  # type: ignore[no-untyped-def]
    path = write_glossary(
        tmp_path / "g.toml",
        entry(
            "nvidia",
            "Nvidia",
            definition_en=HOSTILE,
            definition_id=HOSTILE,
            usage_en=HOSTILE,
            usage_id=HOSTILE,
            aliases_en=["<b>Nv</b>"],
        ),
        header=HEADER.replace('name = "Test"', 'name = "Test"\narticle = "doc.md"'),
    )
    doc = tmp_path / "doc.md"
    doc.write_text("# <i>Judul</i>\n\nNvidia <b>tebal</b> & Nvidia.\n", encoding="utf-8")
    win = build_window(data_dir, doc, glossary_paths=[path])
    qtbot.addWidget(win)
    assert win.reader.toPlainText() == "<i>Judul</i>\nNvidia <b>tebal</b> & Nvidia."
    assert win.windowTitle().startswith("<i>Judul</i> — ")  # the first heading as title
    win.panel.show_entry("nvidia")
    shown = win.panel.entry_view.toPlainText()
    assert shown.count(HOSTILE) == 3
    assert "<b>Nv</b>" in shown
    # The tooltip is explicit rich text whose visible text is the definition verbatim.
    from PySide6.QtGui import QTextDocument

    occ = win.session.marked.occurrences[0]  # type: ignore[union-attr]
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(win.reader.document())
    cursor.setPosition(occ.start + 1)
    tip = QTextDocument()
    tip.setHtml(cursor.charFormat().toolTip())
    assert HOSTILE in tip.toPlainText()


@given(st.text())
def test_escape_replaces_what_html_escape_does_and_line_breaks(text: str) -> None:
    assert escape(text) == html.escape(text, quote=True).replace("\n", "<br>")


def test_a_class_note_tooltip_shows_markup_as_text_and_wraps_a_long_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    from desktop.richtext import NOTE_TIP_WIDTH, note_tooltip

    def shown(tip: str) -> str:
        document = QTextDocument()
        document.setHtml(tip)
        return document.toPlainText()

    short = note_tooltip("Bu Rina: <b>lihat</b> & <script>x</script>")
    assert shown(short) == "Bu Rina: <b>lihat</b> & <script>x</script>"
    assert "white-space:pre" in short
    long = note_tooltip("Bu Rina: " + "kata " * 40)
    assert f"width='{NOTE_TIP_WIDTH}'" in long and shown(long).strip().startswith("Bu Rina: kata")
