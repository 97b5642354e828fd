"""PDF files for tests, written byte by byte: pages of text lines placed where a test
wants them (running headers, page numbers, two columns, hyphenated line ends), in
Helvetica and Helvetica-Bold, so that the reader is checked against known layouts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

A4 = (595.0, 842.0)


@dataclass(frozen=True)
class Line:
    """A line of text with its left end at (x, y) from the page's bottom left."""

    x: float
    y: float
    text: str
    size: float = 11.0
    bold: bool = False


def _escape(text: str) -> bytes:
    data = text.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(pages: Sequence[Sequence[Line]], size: tuple[float, float] = A4) -> bytes:
    """A PDF with one page for each list of lines."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    regular = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    bold = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    kids: list[int] = []
    for lines in pages:
        stream = b"".join(
            b"BT /F%d %.1f Tf %.2f %.2f Td (%s) Tj ET\n"
            % (2 if line.bold else 1, line.size, line.x, line.y, _escape(line.text))
            for line in lines
        )
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.0f %.0f] "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, size[0], size[1], regular, bold, content)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    return bytes(out)


def paragraph_lines(
    text: str, *, x: float = 72, top: float = 760, width: int = 80, leading: float = 14
) -> list[Line]:
    """``text`` wrapped at ``width`` characters into lines from ``top`` down."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return [Line(x, top - n * leading, line) for n, line in enumerate(lines)]
