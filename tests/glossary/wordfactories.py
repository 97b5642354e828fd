"""Word documents for tests, made with python-docx, and changed afterwards entry by
entry where python-docx writes no such thing (footnotes, external links, damage)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>Sumber: laporan Bloomberg, Januari 2025.</w:t></w:r></w:p></w:footnote>
</w:footnotes>
"""  # noqa: E501
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def sample(title: str = "Laporan Kuliah", author: str = "Bu Sari") -> docx.Document:
    """A document with a title, headings, bold and italic, lists two deep, a quote and a
    table."""
    word = docx.Document()
    word.core_properties.title = title
    word.core_properties.author = author
    word.core_properties.language = "id-ID"
    word.add_heading("DeepSeek dan Nvidia", 1)
    paragraph = word.add_paragraph("Model ")
    paragraph.add_run("campuran pakar").bold = True
    paragraph.add_run(" dipakai oleh ")
    paragraph.add_run("DeepSeek").italic = True
    paragraph.add_run(".")
    word.add_heading("Pokok bahasan", 2)
    word.add_paragraph("Saham Nvidia", style="List Bullet")
    word.add_paragraph("turun tajam", style="List Bullet 2")
    word.add_paragraph("Distilasi", style="List Bullet")
    word.add_paragraph("Langkah pertama", style="List Number")
    word.add_paragraph("Langkah kedua", style="List Number")
    word.add_paragraph("Kutipan tentang Made in China 2025.", style="Quote")
    table = word.add_table(rows=2, cols=2)
    for (row, column), text in {(0, 0): "Istilah", (0, 1): "Arti"}.items():
        table.cell(row, column).text = text
    table.cell(1, 0).text = "Nvidia"
    table.cell(1, 1).text = "pembuat chip"
    word.add_paragraph("Penutup.")
    return word


def to_bytes(word: docx.Document) -> bytes:
    out = BytesIO()
    word.save(out)
    return out.getvalue()


def rewrite(data: bytes, change: Callable[[dict[str, bytes]], None]) -> bytes:
    """``data`` with its entries changed by ``change`` (name -> bytes, in place)."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    change(entries)
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()


def with_footnote(data: bytes) -> bytes:
    """A footnote after "Model campuran pakar" (the first bold run)."""

    def change(entries: dict[str, bytes]) -> None:
        entries["word/footnotes.xml"] = FOOTNOTES.encode()
        types = entries["[Content_Types].xml"].decode()
        entries["[Content_Types].xml"] = types.replace(
            "</Types>",
            f'<Override PartName="/word/footnotes.xml" ContentType="{FOOTNOTES_TYPE}"/></Types>',
        ).encode()
        rels = entries["word/_rels/document.xml.rels"].decode()
        entries["word/_rels/document.xml.rels"] = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdNote" Type="{FOOTNOTES_REL}" Target="footnotes.xml"/>'
            "</Relationships>",
        ).encode()
        body = entries["word/document.xml"].decode()
        mark = '<w:r><w:footnoteReference w:id="1"/></w:r>'
        entries["word/document.xml"] = re.sub(
            r"(<w:t>campuran pakar</w:t></w:r>)", r"\1" + mark, body, count=1
        ).encode()

    return rewrite(data, change)


def with_external_links(data: bytes, url: str) -> bytes:
    """External relationships to ``url``: a linked image and a hyperlink around a run."""

    def change(entries: dict[str, bytes]) -> None:
        rels = entries["word/_rels/document.xml.rels"].decode()
        entries["word/_rels/document.xml.rels"] = rels.replace(
            "</Relationships>",
            f'<Relationship Id="rIdPic" Type="{IMAGE_REL}" Target="{url}/gambar.png" '
            'TargetMode="External"/>'
            f'<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/relationships/hyperlink" Target="{url}/halaman" '
            'TargetMode="External"/></Relationships>',
        ).encode()
        body = entries["word/document.xml"].decode()
        link = (
            '<w:hyperlink r:id="rIdLink" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><w:r><w:t xml:space="preserve"> tautan luar</w:t>'
            "</w:r></w:hyperlink>"
        )
        entries["word/document.xml"] = body.replace(
            "<w:t>Penutup.</w:t></w:r>", "<w:t>Penutup.</w:t></w:r>" + link, 1
        ).encode()

    return rewrite(data, change)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
