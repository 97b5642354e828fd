"""The learner's word list shipped with the app: Indonesian roots with English glosses.

``resources/vocabulary/id-en.toml`` has one table per root (part of speech, short
glosses, derived words whose meaning is not plain from the root) and a list of the
names the bundled article leaves untranslated. It is written for this app and covers
the bundled article completely (``tests/glossary/test_wordlist.py`` proves it).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.paths import RESOURCES
from glossary.userfiles import UserFileError, read_user_file, toml_loads

# Named in the interface's language (desktop.translations.domain_text).
PARTS_OF_SPEECH = frozenset(
    {
        QT_TRANSLATE_NOOP("glossary", "noun"),
        QT_TRANSLATE_NOOP("glossary", "verb"),
        QT_TRANSLATE_NOOP("glossary", "adjective"),
        QT_TRANSLATE_NOOP("glossary", "adverb"),
        QT_TRANSLATE_NOOP("glossary", "pronoun"),
        QT_TRANSLATE_NOOP("glossary", "preposition"),
        QT_TRANSLATE_NOOP("glossary", "conjunction"),
        QT_TRANSLATE_NOOP("glossary", "numeral"),
        QT_TRANSLATE_NOOP("glossary", "particle"),
        QT_TRANSLATE_NOOP("glossary", "determiner"),
        QT_TRANSLATE_NOOP("glossary", "interjection"),
        QT_TRANSLATE_NOOP("glossary", "auxiliary"),
        QT_TRANSLATE_NOOP("glossary", "prefix"),
    }
)


class WordListError(Problem):
    """The word list cannot be read: the message names the file and the problems."""

    def __init__(self, text: str) -> None:
        super().__init__("{text}", text=text)


class Root(NamedTuple):
    root: str
    pos: str
    glosses: tuple[str, ...]


class Derived(NamedTuple):
    word: str
    root: str
    gloss: str


class WordList:
    """Roots, derived words and names, looked up by lowercase form."""

    def __init__(
        self,
        roots: dict[str, Root],
        derived: dict[str, Derived],
        names: frozenset[str],
        name: str = "",
    ) -> None:
        self.roots = roots
        self.derived = derived
        self.names = names
        self.name = name

    def __len__(self) -> int:
        return len(self.roots)

    def is_name(self, word: str) -> bool:
        return word.casefold() in self.names


def bundled_word_list_path() -> Path:
    return RESOURCES / "vocabulary" / "id-en.toml"


@lru_cache(maxsize=1)
def load_bundled_word_list() -> WordList:
    return load_word_list(bundled_word_list_path())


def load_word_list(path: Path) -> WordList:
    """Read and check a word list; every problem is listed in one :class:`WordListError`."""
    try:
        data = toml_loads(read_user_file(path, 10 << 20).decode("utf-8-sig"))
    except UserFileError as exc:
        raise WordListError(str(exc)) from None
    except UnicodeDecodeError:
        raise WordListError(f"{path.name}: not UTF-8 text") from None
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        raise WordListError(f"{path.name}: not valid TOML ({exc})") from None
    problems: list[str] = []
    roots: dict[str, Root] = {}
    derived: dict[str, Derived] = {}
    words = data.get("words")
    if not isinstance(words, dict) or not words:
        problems.append("no [words] tables")
        words = {}
    for key, raw in words.items():
        entry = _root(key, raw, problems)
        if entry is None:
            continue
        roots[key] = entry
        for word, gloss in (raw.get("derived") or {}).items():
            if not (isinstance(word, str) and word == word.lower() and word):
                problems.append(f"{key}: derived word {word!r} must be lowercase")
            elif not (isinstance(gloss, str) and gloss.strip()):
                problems.append(f"{key}: derived word {word!r} needs a gloss")
            elif word in derived:
                problems.append(f"{key}: derived word {word!r} is also under {derived[word].root}")
            else:
                derived[word] = Derived(word, key, gloss.strip())
    names = data.get("names", [])
    if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
        problems.append("names must be a list of words")
        names = []
    if problems:
        shown = "; ".join(problems[:10])
        more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
        raise WordListError(f"{path.name}: {shown}{more}")
    header = data.get("vocabulary", {})
    name = header.get("name", "") if isinstance(header, dict) else ""
    return WordList(roots, derived, frozenset(n.casefold() for n in names), str(name))


def _root(key: str, raw: Any, problems: list[str]) -> Root | None:
    if key != key.lower() or not key.strip():
        problems.append(f"{key!r}: a root is written in lowercase")
        return None
    if not isinstance(raw, dict):
        problems.append(f"{key}: not a table")
        return None
    pos = raw.get("pos", "")
    glosses = raw.get("gloss")
    if not isinstance(pos, str) or pos not in PARTS_OF_SPEECH:
        problems.append(f"{key}: unknown part of speech {pos!r}")
    if not (
        isinstance(glosses, list)
        and glosses
        and all(isinstance(g, str) and g.strip() for g in glosses)
    ):
        problems.append(f"{key}: gloss must be a list of one or more glosses")
        return None
    if not isinstance(raw.get("derived", {}), dict):
        problems.append(f"{key}: derived must be a table")
        return None
    return Root(key, str(pos), tuple(g.strip() for g in glosses))
