"""How the reader lays out a document's blocks: nested lists go in by depth, a
numbered item's wrapped lines hang under its text, code is one monospaced block whose
lines stay lines, and the text in Qt is the document's, character for character."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.reader.layout import INDENT, lay_out
from glossary.documents.loading import parse_markdown
from glossary.model import Document

SOURCE = """Pembuka.

- satu
  - dua
    - tiga
- empat

1. pertama, dengan teks yang cukup panjang untuk dibungkus ke baris berikutnya
2. kedua

```
def f():
    return 1
```
"""


def laid_out(document: Document) -> QTextDocument:
    doc = QTextDocument()

    def cursor_for(start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    lay_out(doc, document, 12.0, QPalette(), cursor_for)
    return doc


def test_lists_go_in_by_depth_and_numbers_hang(qtbot: QtBot) -> None:
    document = parse_markdown(SOURCE)
    doc = laid_out(document)
    blocks = [doc.findBlockByNumber(i) for i in range(doc.blockCount())]
    assert [b.text() for b in blocks] == [document.block_text(b) for b in document.blocks]
    bullets = {b.text(): b.textList() for b in blocks if b.textList() is not None}
    indents = {text: found.format().indent() for text, found in bullets.items()}
    assert indents == {"satu": 1, "dua": 2, "tiga": 3, "empat": 1}
    assert bullets["satu"] is not None and bullets["satu"].count() == 2  # satu, empat
    first = next(b for b in blocks if b.text().startswith("1. pertama"))
    assert first.textList() is None  # its number is its own text
    assert first.blockFormat().leftMargin() == INDENT
    assert first.blockFormat().textIndent() < 0  # the number hangs out to the left


def test_code_is_one_monospaced_block_with_its_lines(qtbot: QtBot) -> None:
    document = parse_markdown(SOURCE)
    doc = laid_out(document)
    code = doc.findBlockByNumber(doc.blockCount() - 1)
    assert code.text() == "def f():\u2028    return 1"
    assert code.charFormat().fontFixedPitch()
    assert doc.characterCount() - 1 == len(document.text)  # one Qt position a character
