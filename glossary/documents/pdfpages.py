"""A PDF's pages as PDFium draws them (figures, tables and formulas the text cannot
show), and where a passage of the text stands on its page, for the view of the
original page beside the text. Pure pixels and numbers: the window makes a picture
of them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from glossary.documents.errors import DocumentError, name_of
from glossary.messages import QT_TRANSLATE_NOOP, plain_reason


@dataclass(frozen=True)
class PageImage:
    """A page drawn as 8-bit RGB pixels, ``stride`` bytes a row."""

    pixels: bytes
    width: int
    height: int
    stride: int
    page: int  # its number, from 1
    pages: int  # the document's count


def render_page(path: Path, number: int, width: int, password: str | None = None) -> PageImage:
    """Page ``number`` (from 1; clamped to the document's) of the PDF at ``path``,
    drawn ``width`` pixels wide. Raises :class:`DocumentError` if it cannot be."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except (pdfium.PdfiumError, OSError) as exc:
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "The page of {name} cannot be shown ({reason})."),
            name=name_of(path),
            reason=plain_reason(exc),
        ) from None
    try:
        count = len(pdf)
        index = max(0, min(number, count) - 1)
        page = pdf[index]
        try:
            scale = max(0.1, min(width / max(page.get_width(), 1.0), 8.0))
            bitmap = page.render(scale=scale, rev_byteorder=True)
            try:
                return PageImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    index + 1,
                    count,
                )
            finally:
                bitmap.close()
        finally:
            page.close()
    except pdfium.PdfiumError as exc:
        raise DocumentError(
            QT_TRANSLATE_NOOP("glossary", "The page of {name} cannot be shown ({reason})."),
            name=name_of(path),
            reason=plain_reason(exc),
        ) from None
    finally:
        pdf.close()


def place_on_page(
    path: Path, number: int, passage: str, password: str | None = None
) -> float | None:
    """How far down page ``number`` (0 at its top, 1 at its foot) the first words of
    ``passage`` stand, or None when they are not found there."""
    import pypdfium2 as pdfium

    words = passage.split()[:4]
    try:
        pdf = pdfium.PdfDocument(str(path), password=password)
    except (pdfium.PdfiumError, OSError):
        return None
    try:
        if not words or not 1 <= number <= len(pdf):
            return None
        page = pdf[number - 1]
        text_page = page.get_textpage()
        try:
            while words:
                found = text_page.search(" ".join(words)).get_next()
                if found is not None:
                    _left, _bottom, _right, top = text_page.get_charbox(found[0])
                    height = float(page.get_height() or 1.0)
                    return max(0.0, min(1.0, 1.0 - float(top) / height))
                words = words[:-1]  # (a line break may stand between two of them)
            return None
        finally:
            text_page.close()
            page.close()
    except pdfium.PdfiumError:
        return None
    finally:
        pdf.close()
