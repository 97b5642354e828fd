"""The Notes tab's list: a model over the open document's highlights and bookmarks (or
a search's highlights), and the delegate that draws each as a compact item: a colour
swatch (a bookmark's ribbon), the quote in at most two lines, the first line of the
note, where it is, and the glossary terms it covers as small chips.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QListView, QStyledItemDelegate

from desktop.reader.view import colour_icon, highlight_colour
from desktop.richtext import as_rich_text
from glossary.notes.bookmarks import Bookmark
from glossary.notes.highlights import Highlight

if TYPE_CHECKING:
    # (Qt makes these two classes, with all their enumerations, when first named: the
    # Notes tab is not shown at start, so they are named when it is first painted.)
    from PySide6.QtWidgets import QStyleOptionViewItem

HighlightRole = Qt.ItemDataRole.UserRole + 1  # the highlight's id (None: a bookmark)
ColourRole = Qt.ItemDataRole.UserRole + 2  # its colour (0: a bookmark)
BookmarkRole = Qt.ItemDataRole.UserRole + 3  # the bookmark's id (None: a highlight)
FilterRole = Qt.ItemDataRole.UserRole + 4  # "1" … "5" (the colour) or "bookmark"
QuoteRole = Qt.ItemDataRole.UserRole + 5  # the quote (a bookmark: its label), on one line
NoteRole = Qt.ItemDataRole.UserRole + 6  # the first line of the note
WhereRole = Qt.ItemDataRole.UserRole + 7  # the colour's label, the section, who wrote it
TermsRole = Qt.ItemDataRole.UserRole + 8  # the headwords of the glossary terms it covers
BOOKMARK_FILTER = "bookmark"
ModelIndex = QModelIndex | QPersistentModelIndex
Item = Highlight | Bookmark
Term = tuple[str, str]  # a headword and its short definition


@dataclass(frozen=True)
class NoteRow:
    """One item: a highlight or a bookmark, and where it is (the section heading above
    it, or a search result's document)."""

    item: Item
    where: str = ""


def bookmark_icon(colour: QColor, size: int = 16) -> QIcon:
    """A bookmark ribbon in ``colour``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(_ribbon(QRectF(3, 1, size - 6, size - 2)), colour)
    painter.end()
    return QIcon(pixmap)


def _ribbon(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(rect.topLeft())
    path.lineTo(rect.topRight())
    path.lineTo(rect.bottomRight())
    path.lineTo(QPointF(rect.center().x(), rect.bottom() - rect.width() / 2))
    path.lineTo(rect.bottomLeft())
    path.closeSubpath()
    return path


class NotesModel(QAbstractListModel):
    """Highlights and bookmarks in text order, each with where it is; orphaned
    highlights are marked as such."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NoteRow] = []
        self._labels: dict[int, str] = {}
        self._terms: dict[int, list[Term]] = {}

    def set_rows(
        self,
        rows: list[tuple[Item, str]],
        labels: dict[int, str],
        terms: dict[int, list[Term]] | None = None,
    ) -> None:
        """``rows``: a highlight or bookmark and where it is; ``terms``: highlight id ->
        the glossary terms it covers (headword, short definition)."""
        self.beginResetModel()
        self._rows = [NoteRow(item, where) for item, where in rows]
        self._labels = labels
        self._terms = terms or {}
        self.endResetModel()

    def terms(self, highlight_id: int) -> list[Term]:
        return list(self._terms.get(highlight_id, []))

    def item(self, row: int) -> Item:
        return self._rows[row].item

    def highlight(self, row: int) -> Highlight:
        """The highlight of ``row`` (a row that holds one)."""
        item = self._rows[row].item
        assert isinstance(item, Highlight), f"row {row} is a bookmark"
        return item

    def row_of(self, highlight_id: int) -> int:
        """The row of a highlight, -1 if it is not listed."""
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if isinstance(r.item, Highlight) and r.item.id == highlight_id
            ),
            -1,
        )

    def row_of_bookmark(self, bookmark_id: int) -> int:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if isinstance(r.item, Bookmark) and r.item.id == bookmark_id
            ),
            -1,
        )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def _where(self, row: NoteRow) -> str:
        item = row.item
        if isinstance(item, Bookmark):
            parts = [self.tr("Bookmark"), row.where]
        else:
            parts = [self._labels.get(item.colour, ""), row.where]
            if item.orphaned:
                parts.insert(0, self.tr("Not found in this text"))
            if item.creator:
                # An imported note: whose it is matters as much as what it says.
                parts.append(self.tr("by %1").replace("%1", item.creator))
        return " · ".join(p for p in parts if p)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        item = row.item
        if isinstance(item, Bookmark):
            return self._bookmark_data(row, item, role)
        terms = [headword for headword, _ in self._terms.get(item.id, [])]
        note = item.note.splitlines()[0] if item.note.strip() else ""
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [f"“{' '.join(item.exact.split())}”", self._where(row)]
            if note:
                lines.append(note)
            if terms:
                lines.append(self.tr("Terms: %1").replace("%1", ", ".join(terms)))
            return "\n".join(lines)
        if role == QuoteRole:
            return " ".join(item.exact.split())
        if role == NoteRole:
            return note
        if role == WhereRole:
            return self._where(row)
        if role == TermsRole:
            return terms
        if role == Qt.ItemDataRole.DecorationRole:
            return colour_icon(item.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            described = "\n".join(f"{h} – {d}" for h, d in self._terms.get(item.id, []))
            return as_rich_text("\n\n".join(t for t in (item.note or item.exact, described) if t))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            by = f" ({item.creator})" if item.creator else ""
            label = self._labels.get(item.colour, "")
            return f"{label}: {item.exact}. {item.note}{by}"
        if role == HighlightRole:
            return item.id
        if role == ColourRole:
            return item.colour
        if role == FilterRole:
            return str(item.colour)
        return None

    def _bookmark_data(self, row: NoteRow, bookmark: Bookmark, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{bookmark.label}\n{self._where(row)}"
        if role == QuoteRole:
            return bookmark.label
        if role == WhereRole:
            return self._where(row)
        if role == NoteRole:
            return ""
        if role == TermsRole:
            return []
        if role == Qt.ItemDataRole.DecorationRole:
            return bookmark_icon(QPalette().color(QPalette.ColorRole.Link))
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_rich_text(bookmark.label)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.tr('Bookmark')}: {bookmark.label}. {row.where}"
        if role == BookmarkRole:
            return bookmark.id
        if role == ColourRole:
            return 0
        if role == FilterRole:
            return BOOKMARK_FILTER
        return None


class NotesDelegate(QStyledItemDelegate):
    """Draws an item of the Notes list compactly (see the module's docstring)."""

    PAD = 6
    SWATCH = 14
    QUOTE_LINES = 2

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    # -- measures -------------------------------------------------------------------------

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width() or self._view.viewport().width()
        return max(40, width - 3 * self.PAD - self.SWATCH)

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return small

    def _quote_lines(self, text: str, font: QFont, width: int) -> list[str]:
        """``text`` broken into at most QUOTE_LINES lines of ``width``, the last elided."""
        metrics = QFontMetrics(font)
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        lines: list[str] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            if len(lines) == self.QUOTE_LINES - 1:
                rest = text[line.textStart() :]
                lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
                break
            lines.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
        return lines or [""]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        font = option.font
        width = self._text_width(option)
        height = self.PAD
        quote = str(index.data(QuoteRole) or "")
        quoted = f"“{quote}”" if index.data(HighlightRole) is not None else quote
        height += len(self._quote_lines(quoted, font, width)) * QFontMetrics(font).lineSpacing()
        if index.data(NoteRole):
            bold = QFont(font)
            bold.setBold(True)
            height += QFontMetrics(bold).lineSpacing()
        small = QFontMetrics(self._small(font))
        height += small.lineSpacing()
        if index.data(TermsRole):
            height += small.height() + 6
        return QSize(width + 3 * self.PAD + self.SWATCH, height + self.PAD)

    # -- drawing --------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = opt.widget.style() if opt.widget is not None else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        faded = QColor(text_colour)
        faded.setAlpha(170)
        rect = opt.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        swatch = QRectF(rect.left() + self.PAD, rect.top() + self.PAD + 2, self.SWATCH, self.SWATCH)
        if index.data(HighlightRole) is not None:
            painter.setPen(faded)
            opaque = highlight_colour(int(index.data(ColourRole)))
            opaque.setAlpha(255)  # (as laid on the text it is faint: on a selected row, grey)
            painter.setBrush(opaque)
            painter.drawRoundedRect(swatch, 3, 3)
        else:
            painter.fillPath(
                _ribbon(swatch.adjusted(1, 0, -1, 0)),
                palette.color(
                    QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Link
                ),
            )
        left = int(swatch.right()) + self.PAD
        width = self._text_width(opt)
        y = rect.top() + self.PAD
        font = opt.font
        metrics = QFontMetrics(font)
        quote = str(index.data(QuoteRole) or "")
        quoted = f"“{quote}”" if index.data(HighlightRole) is not None else quote
        painter.setPen(text_colour)
        painter.setFont(font)
        for line in self._quote_lines(quoted, font, width):
            painter.drawText(QRect(left, y, width, metrics.height()), 0, line)
            y += metrics.lineSpacing()
        note = str(index.data(NoteRole) or "")
        if note:
            bold = QFont(font)
            bold.setBold(True)
            bold_metrics = QFontMetrics(bold)
            painter.setFont(bold)
            elided = bold_metrics.elidedText(note, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(left, y, width, bold_metrics.height()), 0, elided)
            y += bold_metrics.lineSpacing()
        small = self._small(font)
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(faded)
        where = small_metrics.elidedText(
            str(index.data(WhereRole) or ""), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRect(left, y, width, small_metrics.height()), 0, where)
        y += small_metrics.lineSpacing()
        terms: list[str] = list(index.data(TermsRole) or [])
        if terms:
            self._draw_chips(painter, terms, QRect(left, y + 2, width, small_metrics.height() + 2))
        painter.restore()

    def _draw_chips(self, painter: QPainter, terms: list[str], rect: QRect) -> None:
        """The terms as small rounded chips in one row; "+N" for those that do not fit."""
        metrics = painter.fontMetrics()

        def width(text: str) -> int:
            return metrics.horizontalAdvance(text) + 10

        shown: list[str] = []
        used = 0
        for n, term in enumerate(terms):
            rest = len(terms) - n - 1
            need = width(term) + (4 + width(f"+{rest}") if rest else 0)
            if used + need > rect.width():
                break
            shown.append(term)
            used += width(term) + 4
        hidden = len(terms) - len(shown)
        colour = painter.pen().color()
        fill = QColor(colour)
        fill.setAlpha(40)
        x = rect.left()
        for label in [*shown, *([f"+{hidden}"] if hidden else [])]:
            box = QRectF(x, rect.top(), width(label), rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(box, rect.height() / 2, rect.height() / 2)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            x += width(label) + 4
