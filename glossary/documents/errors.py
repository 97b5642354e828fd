"""The error every document reader raises, with a message fit to show a user."""

from __future__ import annotations

from pathlib import Path

from glossary.messages import QT_TRANSLATE_NOOP, Problem


class DocumentError(Problem):
    """A document could not be opened; the message is fit to show a user."""

    @classmethod
    def of(cls, problem: Problem) -> DocumentError:
        """The same message, as a document error."""
        return cls(problem.template, **problem.fields)


def name_of(path: Path | None) -> str | Problem:
    """How a message names a document: its path, or "The document"."""
    return str(path) if path else Problem(QT_TRANSLATE_NOOP("glossary", "The document"))


class PasswordNeeded(DocumentError):
    """The document (a PDF) is encrypted: it opens with the right password
    (:attr:`wrong`: the one given was not it)."""

    def __init__(self, template: str, *, wrong: bool = False, **fields: object) -> None:
        super().__init__(template, **fields)
        self.wrong = wrong
