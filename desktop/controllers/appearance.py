"""How the text is read: Preferences (theme, font, spacing, line width, languages), the
zoom, and which definition comes first. The place being read stays when they change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop import settings as keys
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from glossary.model import Language

ZOOM_RANGE = range(keys.ZOOM.low, keys.ZOOM.high + 1)  # steps, as Ctrl+- and Ctrl++ take them
ZOOM_STEP = 1.0  # points a step of the zoom adds to the text's size
SMALLEST = 4.0  # points: the zoom goes no smaller
# The column of text, in characters of the body font (0: as wide as the window). About
# 70 is the measure books and readers set; longer lines are hard to follow back.
LINE_WIDTHS: dict[keys.LineWidth, int] = {"narrow": 60, "medium": 70, "wide": 85, "window": 0}


class AppearanceController(QObject):
    """Applies the reading preferences to the reader and the session.

    Signals:
        applied(): the preferences were saved and applied; whoever keeps a copy of one
            (the spelling language of notes) reads it again.
        dictionaries_requested(): Preferences asked for the dictionary folders.
        sync_requested(): Preferences asked for the sync settings.
    """

    applied = Signal()
    dictionaries_requested = Signal()
    sync_requested = Signal()

    def __init__(
        self,
        session: DocumentSession,
        settings: Settings,
        reader: ReaderView,
        dialog_parent: QWidget,
        voices: Callable[[Language], list[tuple[str, str]]] | None = None,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.settings = settings
        self.reader = reader
        self.dialog_parent = dialog_parent
        self.voices = voices  # read-aloud's voices of a language, for Preferences
        self.zoom = 0

    def start(self) -> None:
        """Apply what the settings say, and the zoom kept from last time."""
        self.zoom = min(max(self.settings.get(keys.ZOOM), ZOOM_RANGE.start), ZOOM_RANGE.stop - 1)
        self.apply()
        self.reader.caret.set_enabled(self.settings.get(keys.CARET_BROWSING), announce=False)

    @Slot()
    def apply(self) -> None:
        """Theme, the text's font, spacing and width, and the definition shown first, as
        set; the place being read stays."""
        from desktop.themes import apply_theme

        place = self.reader.top_offset() if self.session.marked is not None else 0
        apply_theme(self.settings.get(keys.THEME))
        self._set_style()
        self.reader.set_mark_mode(self.settings.get(keys.MARK_MODE))
        if place:
            self.reader.scroll_to_offset(place)
        self.session.set_language(self.settings.get(keys.DEFINITION_FIRST))
        self.applied.emit()

    @Slot()
    def show_preferences(self) -> None:
        from desktop.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.dialog_parent, self.voices)
        dialog.applied.connect(self.apply)
        dialog.dictionaries_requested.connect(self.dictionaries_requested)
        dialog.sync_requested.connect(self.sync_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def on_color_scheme_changed(self) -> None:
        if self.settings.get(keys.THEME) == "system":
            from desktop.themes import apply_theme

            apply_theme("system")

    def set_definition_language(self, language: Language) -> None:
        """View > Indonesian or English Definition First."""
        self.settings.set(keys.DEFINITION_FIRST, language)
        self.session.set_language(language)

    # -- zoom ---------------------------------------------------------------------------------

    def _set_style(self) -> None:
        """The text set as the settings say, at the zoom: the whole text is laid out
        again, so that headings grow and shrink with it (their sizes are the body's
        times a factor), and so does the column, measured in characters of the font."""
        chosen = float(self.settings.get(keys.FONT_SIZE)) or self.reader.default_font.pointSizeF()
        self.reader.set_reading_style(
            self.settings.get(keys.FONT_FAMILY),
            max(SMALLEST, chosen + self.zoom * ZOOM_STEP),
            self.settings.get(keys.LINE_SPACING),
            LINE_WIDTHS[self.settings.get(keys.LINE_WIDTH)],
        )

    def zoom_by(self, steps: int) -> None:
        target = min(max(self.zoom + steps, ZOOM_RANGE.start), ZOOM_RANGE.stop - 1)
        changed = target != self.zoom
        self.zoom = target
        self.settings.set(keys.ZOOM, target)
        if changed:
            self._set_style()

    @Slot()
    def zoom_in(self) -> None:
        self.zoom_by(1)

    @Slot()
    def zoom_out(self) -> None:
        self.zoom_by(-1)

    @Slot()
    def zoom_reset(self) -> None:
        self.zoom_by(-self.zoom)
