"""How the text is read: Preferences (theme, font, spacing, line width, languages), the
zoom, and which definition comes first. The place being read stays when they change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop import settings as keys
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from glossary.model import Language

ZOOM_RANGE = range(keys.ZOOM.low, keys.ZOOM.high + 1)  # steps, as Ctrl+- and Ctrl++ take them


class AppearanceController(QObject):
    """Applies the reading preferences to the reader and the session.

    Signals:
        applied(): the preferences were saved and applied; whoever keeps a copy of one
            (the spelling language of notes) reads it again.
        dictionaries_requested(): Preferences asked for the dictionary folders.
    """

    applied = Signal()
    dictionaries_requested = Signal()

    def __init__(
        self,
        session: DocumentSession,
        settings: Settings,
        reader: ReaderView,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.session = session
        self.settings = settings
        self.reader = reader
        self.dialog_parent = dialog_parent
        self.zoom = 0

    def start(self) -> None:
        """Apply what the settings say, and the zoom kept from last time."""
        self.apply()
        self.zoom_by(self.settings.get(keys.ZOOM))
        self.reader.caret.set_enabled(self.settings.get(keys.CARET_BROWSING), announce=False)

    @Slot()
    def apply(self) -> None:
        """Theme, the text's font, spacing and width, and the definition shown first, as
        set; the place being read stays."""
        from desktop.themes import apply_theme

        place = self.reader.top_offset() if self.session.marked is not None else 0
        apply_theme(self.settings.get(keys.THEME))
        self.reader.set_reading_style(
            self.settings.get(keys.FONT_FAMILY),
            float(self.settings.get(keys.FONT_SIZE)),
            self.settings.get(keys.LINE_SPACING),
            self.settings.get(keys.TEXT_WIDTH),
        )
        self.reader.set_mark_mode(self.settings.get(keys.MARK_MODE))
        if self.zoom:
            zoom, self.zoom = self.zoom, 0
            self.zoom_by(zoom)  # the chosen size, then the zoom on top of it
        if place:
            self.reader.scroll_to_offset(place)
        self.session.set_language(self.settings.get(keys.DEFINITION_FIRST))
        self.applied.emit()

    @Slot()
    def show_preferences(self) -> None:
        from desktop.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.dialog_parent)
        dialog.applied.connect(self.apply)
        dialog.dictionaries_requested.connect(self.dictionaries_requested)
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

    def zoom_by(self, steps: int) -> None:
        target = min(max(self.zoom + steps, ZOOM_RANGE.start), ZOOM_RANGE.stop - 1)
        change = target - self.zoom
        if change > 0:
            self.reader.zoomIn(change)
        elif change < 0:
            self.reader.zoomOut(-change)
        self.zoom = target
        self.settings.set(keys.ZOOM, target)

    @Slot()
    def zoom_in(self) -> None:
        self.zoom_by(1)

    @Slot()
    def zoom_out(self) -> None:
        self.zoom_by(-1)

    @Slot()
    def zoom_reset(self) -> None:
        self.zoom_by(-self.zoom)
