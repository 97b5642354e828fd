"""Messages of the domain that the interface shows in the reader's language.

A message is an English template with named fields. ``QT_TRANSLATE_NOOP`` marks the
template for ``pyside6-lupdate``, which finds the call by its name (glossary/ never
imports Qt), and the interface translates the template before it fills the fields
(``desktop.translations.problem_text``). A field may itself be a :class:`Problem`: it
is translated too. Without the interface, ``str()`` gives the English sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

CONTEXT = "glossary"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, marked for translation in ``context``."""
    return text


class Problem(Exception):
    """An error whose message is a translatable template and its fields."""

    def __init__(self, template: str, **fields: Any) -> None:
        self.template = template
        self.fields = fields
        super().__init__(render(template, fields, lambda text: text))


class Problems(Problem):
    """Several problems found at once (in a glossary file, say): ``problems`` lists each,
    as a sentence or a translatable message; the message shows them one per line."""

    def __init__(self, problems: Sequence[str | Message], text: str) -> None:
        self.problems = list(problems)
        super().__init__("{text}", text=text)


class Message(str):
    """A translatable text that is no error (a problem of one field, say): its English
    text, as a string, that also keeps its template and fields to be translated."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, **fields: Any) -> Message:
        text = super().__new__(cls, render(template, fields, lambda text: text))
        text.template = template
        text.fields = fields
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # Copied or pickled from its template and fields, not from its English text.
        return (_message, (self.template, self.fields))


def _message(template: str, fields: dict[str, Any]) -> Message:
    return Message(template, **fields)


def render(template: str, fields: dict[str, Any], translate: Any) -> str:
    """``template`` translated by ``translate`` and filled with ``fields`` (a
    :class:`Problem` field rendered the same way)."""
    values = {
        key: render(value.template, value.fields, translate)
        if isinstance(value, Problem | Message)
        else value
        for key, value in fields.items()
    }
    try:
        return str(translate(template)).format(**values)
    except Exception:  # a damaged translation ({path[0]}, {path.x}): the English one
        return template.format(**values)


def one_line(text: str) -> str:
    """A name quoted in a problem, on one line: problems are listed a line each, and a
    name read from a file (a CSV column, a TOML key) may hold line breaks."""
    return " ".join(text.split())


def plain_reason(exc: BaseException) -> str | Message:
    """Why a library could not read a file, in words for a reader: never its internals
    ("'NoneType' object has no attribute ...", "maximum recursion depth exceeded")."""
    if isinstance(exc, RecursionError):
        return Message(QT_TRANSLATE_NOOP("glossary", "it is nested too deeply"))
    if isinstance(exc, MemoryError):
        return Message(QT_TRANSLATE_NOOP("glossary", "it needs more memory than there is"))
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, UnicodeError):
        return Message(QT_TRANSLATE_NOOP("glossary", "it holds text in no known encoding"))
    if isinstance(exc, EOFError) or type(exc).__name__ in ("BadZipFile", "error"):
        return Message(QT_TRANSLATE_NOOP("glossary", "it is cut short or damaged"))
    return Message(QT_TRANSLATE_NOOP("glossary", "its contents are damaged or not as expected"))
