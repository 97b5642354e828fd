"""Read-aloud: the word looked up, its sentence, a glossary term in either language, a
selection, and the text from the reading place on, a sentence at a time, the sentence
being read marked in the text and followed as it goes (Ctrl+Shift+Space starts,
pauses and goes on).

The engines (:mod:`desktop.speech`) are looked for the first time speech is asked for;
with none, the actions say how to install one, once, and then only in the status bar.
Each passage is spoken in its own language: the document's for its text and words,
the side's for a glossary term; the speed and voice of that language come from
Preferences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from desktop import settings as keys
from desktop.feedback import Feedback
from desktop.reader.view import ReaderView
from desktop.session import DocumentSession
from desktop.settings import Settings
from desktop.translations import domain_text
from glossary.model import Language

if TYPE_CHECKING:
    from desktop.speech import Speaker

IDLE, READING, PAUSED = "idle", "reading", "paused"
LANGUAGE_SAMPLE = 20_000  # characters the document's language is guessed from


def _find_speakers(parent: QObject) -> list[Speaker]:
    from desktop.speech import find_speakers

    return find_speakers(parent)


class ReadAloudController(QObject):
    """Speaks what the reader asks for, through the first engine with a voice for it.

    Signals:
        state_changed(str): reading on from a place is "idle", "reading" or "paused".
    """

    state_changed = Signal(str)

    def __init__(
        self,
        session: DocumentSession,
        reader: ReaderView,
        settings: Settings,
        feedback: Feedback,
        word_range: Callable[[], tuple[int, int] | None],
        parent: QObject,
        find_speakers: Callable[[QObject], list[Speaker]] = _find_speakers,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.settings = settings
        self.feedback = feedback
        self.word_range = word_range  # the word shown on the card or in the Word tab
        self._find_speakers = find_speakers
        self._speakers: list[Speaker] | None = None  # looked for on first use
        self._speaker: Speaker | None = None  # the one speaking now
        self._told_none = False  # the reader was told how to install an engine
        self.state = IDLE
        self._sentences: Iterator[tuple[int, int]] | None = None
        self._reading: tuple[int, int] | None = None  # the sentence being read
        self._ended_in_pause = False  # the sentence ended just as it was paused
        session.leaving.connect(self.stop)

    # -- the engines ------------------------------------------------------------------------------

    def speakers(self) -> list[Speaker]:
        """The engines that speak here (looked for once, the first time)."""
        if self._speakers is None:
            self._use(self._find_speakers(self))
        assert self._speakers is not None
        return self._speakers

    def set_speakers(self, speakers: list[Speaker]) -> None:
        """Speak through ``speakers`` (the first with a voice for a passage's
        language) rather than the engines found on the system."""
        self.stop()
        self._use(speakers)

    def _use(self, speakers: list[Speaker]) -> None:
        self._speakers = list(speakers)
        self._speaker = None
        for speaker in self._speakers:
            speaker.finished.connect(lambda s=speaker: self._on_finished(s))
            speaker.failed.connect(lambda reason, s=speaker: self._on_failed(s, reason))

    def _speaker_for(self, language: Language) -> Speaker | None:
        speakers = self.speakers()
        found = next((s for s in speakers if s.can_speak(language)), None)
        if found is None and not speakers:
            self._no_engine()
        elif found is None:
            name = self.tr("Indonesian") if language == "id" else self.tr("English")
            self.feedback.problem(
                self.tr("No voice for %1 was found. Install espeak-ng, which has one.").replace(
                    "%1", name
                )
            )
        return found

    def _no_engine(self) -> None:
        from glossary.speech import NO_ENGINE

        told = domain_text(NO_ENGINE)
        if self._told_none:
            self.feedback.status(told, 8000)
        else:
            self._told_none = True
            self.feedback.problem(told)

    def voices(self, language: Language) -> list[tuple[str, str]]:
        """The voices for ``language`` of the engine that would speak it, as (value,
        name): for Preferences."""
        speaker = next((s for s in self.speakers() if s.can_speak(language)), None)
        return speaker.voices(language) if speaker is not None else []

    def engine_name(self) -> str:
        """The engine that speaks, for Preferences ("" when there is none)."""
        speakers = self.speakers()
        return speakers[0].name if speakers else ""

    # -- what is spoken ---------------------------------------------------------------------------

    def document_language(self) -> Language:
        """The language of the document read: as it says, else as its text reads."""
        marked = self.session.marked
        if marked is None:
            return "id"
        said = marked.document.language
        if said in ("id", "en"):
            return "en" if said == "en" else "id"
        from glossary.documents.language import guess_language

        return "en" if guess_language(marked.text[:LANGUAGE_SAMPLE]) == "en" else "id"

    def speak(self, text: str, language: Language) -> bool:
        """Speak ``text`` in ``language`` (reading on stops first). False: it could not."""
        self.stop()
        if not text.strip():
            return False
        return self._say(text, language)

    def _say(self, text: str, language: Language) -> bool:
        speaker = self._speaker_for(language)
        if speaker is None:
            return False
        if self._speaker is not None and self._speaker is not speaker:
            self._speaker.stop()
        self._speaker = speaker
        speaker.say(
            text,
            language,
            self.settings.get(keys.SPEECH_SPEED[language]),
            self.settings.get(keys.SPEECH_VOICE[language]),
        )
        return True

    def _text(self, start: int, end: int) -> str:
        marked = self.session.marked
        return marked.text[start:end] if marked is not None else ""

    def _target(self, *, shown_first: bool) -> tuple[int, int] | None:
        """What "the word" is: the selection, the word looked up (first if
        ``shown_first``), else the word at the cursor."""
        marked = self.session.marked
        if marked is None:
            return None
        shown = self.word_range()
        if shown_first and shown is not None:
            return shown
        start, end = self.reader.selection_range()
        if end > start:
            return start, end
        if shown is not None:
            return shown
        from glossary.words.lookup import word_at

        return word_at(marked.text, start, end)

    @Slot()
    def speak_word(self, *, shown_first: bool = False) -> None:
        """Speak the selection, else the word looked up (on the card or in the Word
        tab), else the word at the cursor (``shown_first``: the word looked up first)."""
        target = self._target(shown_first=shown_first)
        if target is None:
            self.feedback.status(self.tr("Select a word or a passage to hear it."), 3000)
            return
        self.speak(self._text(*target), self.document_language())

    @Slot()
    def speak_sentence(self, *, shown_first: bool = False) -> None:
        """Speak the sentence of the selection, the word looked up or the cursor."""
        marked = self.session.marked
        target = self._target(shown_first=shown_first)
        if marked is None or target is None:
            self.feedback.status(self.tr("Select a word or a passage to hear it."), 3000)
            return
        from glossary.documents.reading import sentence_around

        before, match, after = sentence_around(marked.document, *target)
        self.speak(before + match + after, self.document_language())

    @Slot()
    def speak_shown_word(self) -> None:
        """The Word tab's Listen: the word it shows."""
        self.speak_word(shown_first=True)

    @Slot()
    def speak_shown_sentence(self) -> None:
        """The Word tab's Listen to the Sentence: the sentence of the word it shows."""
        self.speak_sentence(shown_first=True)

    @Slot(str, str)
    def speak_text(self, text: str, language: str) -> None:
        """Speak ``text`` (a glossary term or definition, a word on the card) in
        ``language``, "id" or "en" ("": the document's)."""
        if language not in ("id", "en"):
            self.speak(text, self.document_language())
        else:
            self.speak(text, "en" if language == "en" else "id")

    # -- reading on from the reading place --------------------------------------------------------

    @Slot()
    def toggle_reading(self) -> None:
        """Ctrl+Shift+Space: read on from the reading place; pause; go on."""
        if self.state == READING:
            self.pause()
        elif self.state == PAUSED:
            self.resume()
        else:
            self.read_from(self._reading_place())

    def _reading_place(self) -> int:
        """Where reading on starts: the selection, else the cursor if it is on screen,
        else the top of the view."""
        start, end = self.reader.selection_range()
        top = self.reader.top_offset()
        if end > start:
            return start
        cursor = self.reader.cursor_offset()
        rect = self.reader.rect_for(cursor, cursor)
        if cursor > top and self.reader.viewport().rect().contains(rect.center()):
            return cursor
        return top

    def read_from(self, offset: int) -> None:
        """Read the text aloud from the sentence at ``offset`` on, to the end."""
        marked = self.session.marked
        if marked is None:
            return
        self.stop()
        from glossary.documents.reading import sentences_from

        self._sentences = sentences_from(marked.document, offset)
        self._set_state(READING)
        self._read_next()

    def _read_next(self) -> None:
        sentences = self._sentences
        following = next(sentences, None) if sentences is not None else None
        if following is None:
            finished = self.state == READING
            self.stop()
            if finished:
                self.feedback.status(self.tr("Read aloud to the end."), 4000)
            return
        self._reading = following
        self.reader.show_spoken(*following)
        if not self._say(self._text(*following), self.document_language()):
            self.stop()

    def pause(self) -> None:
        if self.state == READING and self._speaker is not None:
            self._ended_in_pause = False
            self._speaker.pause()
            self._set_state(PAUSED)
            self.feedback.status(self.tr("Reading aloud paused (Ctrl+Shift+Space goes on)."), 4000)

    def resume(self) -> None:
        if self.state == PAUSED and self._speaker is not None:
            self._set_state(READING)
            if self._ended_in_pause:
                # The engine ended the sentence as it was paused: nothing to go on
                # with but the next one.
                self._ended_in_pause = False
                self._read_next()
            else:
                self._speaker.resume()

    @Slot()
    def stop(self) -> None:
        """Stop speaking, and reading on."""
        if self._speaker is not None:
            self._speaker.stop()
        self._sentences = None
        self._reading = None
        self.reader.clear_spoken()
        self._set_state(IDLE)

    def reading(self) -> tuple[int, int] | None:
        """The sentence being read on, if any."""
        return self._reading

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _on_finished(self, speaker: Speaker) -> None:
        if speaker is not self._speaker:
            return
        if self.state == READING:
            self._read_next()
        elif self.state == PAUSED:
            self._ended_in_pause = True

    def _on_failed(self, speaker: Speaker, reason: str) -> None:
        if speaker is not self._speaker:
            return
        self.stop()
        self.feedback.problem(self.tr("The text could not be spoken: %1").replace("%1", reason))

    def close(self) -> None:
        """The window closes: stop speaking."""
        self.stop()
