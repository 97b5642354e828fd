"""The controllers of one window, as the composition root built them."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.controllers.appearance import AppearanceController
from desktop.controllers.backups import BackupController
from desktop.controllers.bookmarks import BookmarksController
from desktop.controllers.classes import ClassController
from desktop.controllers.contents import ContentsController
from desktop.controllers.documents import DocumentsController
from desktop.controllers.find import FindController
from desktop.controllers.highlights import HighlightsController
from desktop.controllers.history import HistoryController
from desktop.controllers.marking import MarkingController
from desktop.controllers.ownglossaries import OwnGlossariesController
from desktop.controllers.pages import PagesController
from desktop.controllers.progress import ProgressController
from desktop.controllers.readaloud import ReadAloudController
from desktop.controllers.sharing import SharingController
from desktop.controllers.spelling import SpellingController
from desktop.controllers.sync import SyncController
from desktop.controllers.terms import TermsController
from desktop.controllers.vocabulary import VocabularyController
from desktop.controllers.words import WordsController


@dataclass
class Controllers:
    documents: DocumentsController
    marking: MarkingController
    find: FindController
    appearance: AppearanceController
    terms: TermsController
    highlights: HighlightsController
    bookmarks: BookmarksController
    spelling: SpellingController
    glossaries: OwnGlossariesController
    words: WordsController
    sharing: SharingController
    vocabulary: VocabularyController | None  # None: the notes are off
    backups: BackupController | None
    history: HistoryController
    contents: ContentsController
    progress: ProgressController
    pages: PagesController
    read_aloud: ReadAloudController
    sync: SyncController | None  # None: the notes are off
    classes: ClassController | None  # None: the notes are off

    def close(self) -> None:
        """The window closes: keep the place, stop background work (marking a long text
        too), save the note being typed, back up and close the notes."""
        self.documents.save_position()
        self.marking.cancel()
        self.read_aloud.close()
        self.words.close()
        if self.vocabulary is not None:
            self.vocabulary.close()
        self.highlights.close()
        self.bookmarks.close()
        if self.backups is not None:
            self.backups.close()
        if self.sync is not None:
            self.sync.close()
        if self.classes is not None:
            self.classes.close()
