"""Word documents: structure, styles, lists, tables, footnotes and properties read by
python-docx; nothing linked is fetched; a broken or hostile file is refused with a
message."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from io import BytesIO
from pathlib import Path
from typing import ClassVar

import pytest

from glossary.documents.loading import SUFFIXES, DocumentError, load_document
from tests.glossary.wordfactories import (
    rewrite,
    sample,
    to_bytes,
    with_external_links,
    with_footnote,
    write,
)


def test_structure_styles_lists_and_tables(tmp_path: Path) -> None:
    doc = load_document(write(tmp_path / "laporan.docx", with_footnote(to_bytes(sample()))))
    assert ".docx" in SUFFIXES
    assert doc.title == "Laporan Kuliah"
    assert doc.meta["author"] == "Bu Sari" and doc.meta["language"] == "id"
    blocks = [(b.kind, b.level, b.bullet, doc.block_text(b)) for b in doc.blocks]
    assert blocks == [
        ("heading", 1, False, "DeepSeek dan Nvidia"),
        ("paragraph", 0, False, "Model campuran pakar[1] dipakai oleh DeepSeek."),
        ("heading", 2, False, "Pokok bahasan"),
        ("item", 1, True, "Saham Nvidia"),
        ("item", 2, True, "turun tajam"),
        ("item", 1, True, "Distilasi"),
        ("item", 1, False, "1. Langkah pertama"),
        ("item", 1, False, "2. Langkah kedua"),
        ("quote", 0, False, "Kutipan tentang Made in China 2025."),
        ("table_row", 0, False, "Istilah\tArti"),
        ("table_row", 0, False, "Nvidia\tpembuat chip"),
        ("paragraph", 0, False, "Penutup."),
        ("rule", 0, False, ""),
        ("item", 1, False, "1. Sumber: laporan Bloomberg, Januari 2025."),
    ]
    styled = {doc.text[s.start : s.end]: s.style for b in doc.blocks for s in b.spans}
    assert styled == {"campuran pakar": "strong", "DeepSeek": "emphasis"}


class _Counting(BaseHTTPRequestHandler):
    asked: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Counting.asked.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Counting.asked = []
    httpd = HTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_external_relationships_are_never_fetched(tmp_path: Path, server: str) -> None:
    data = with_external_links(to_bytes(sample()), server)
    doc = load_document(write(tmp_path / "tautan.docx", data))
    assert "Penutup. tautan luar" in doc.text  # a hyperlink shows its text
    assert _Counting.asked == []


def _zip(entries: dict[str, bytes]) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()


def _bomb(entries: dict[str, bytes]) -> None:
    entries["word/media/bom.bin"] = b"\0" * (20 << 20)  # 20 MB, compressed a thousandfold


def _entities(entries: dict[str, bytes]) -> None:
    body = entries["word/document.xml"].decode()
    declaration = '<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    entries["word/document.xml"] = body.replace("?>", "?>" + declaration, 1).encode()


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda: b"PK\x03\x04 not really a zip" * 10, "not a Word document"),
        (lambda: b"\x00\x01\x02 binary garbage \xff" * 100, "not a Word document"),
        (lambda: rewrite(to_bytes(sample()), _bomb), "zip bomb"),
        (lambda: rewrite(to_bytes(sample()), _entities), "XML entities"),
        (lambda: _zip({"word/document.xml": b"<w:document/>"}), "not a readable Word document"),
        (lambda: _zip({"hello.txt": b"halo"}), "not a readable Word document"),
        (lambda: to_bytes(_empty()), "no text to show"),
    ],
    ids=["cut short", "garbage", "zip bomb", "entities", "no package", "not Word", "empty"],
)
def test_a_broken_or_hostile_file_is_refused_with_a_message(
    tmp_path: Path,
    make,
    said: str,  # type: ignore[no-untyped-def]
) -> None:
    path = write(tmp_path / "rusak.docx", make())
    with pytest.raises(DocumentError) as raised:
        load_document(path)
    assert said in str(raised.value) and str(path) in str(raised.value)


def _empty():  # type: ignore[no-untyped-def]
    import docx

    return docx.Document()
