"""The learner's word list shipped with the app: Indonesian roots with English glosses.

``resources/vocabulary/id-en.toml`` has one table per root (part of speech, short
glosses, derived words whose meaning is not plain from the root, each with its own
part of speech) and a list of the names the bundled article leaves untranslated. It is
written for this app and covers the bundled article completely
(``tests/glossary/words/test_wordlist.py`` proves it).
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
    pos: str  # the first sense's, for a homograph
    glosses: tuple[str, ...]  # every sense's
    standard: str = ""  # the standard spelling of a root written otherwise ("respons")


class Derived(NamedTuple):
    word: str
    root: str
    gloss: str
    # The sense of a homograph root it is made from ("pengamat": amat, "to observe",
    # a verb; not amat, "very"): its part of speech and glosses; empty for one sense.
    root_pos: str = ""
    root_glosses: tuple[str, ...] = ()
    # Its own part of speech as the word list states it ("terakhir": adjective, where
    # its ter- alone would say verb); empty where the list gives a gloss only.
    pos: str = ""


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
        _derived(key, raw.get("derived") or {}, Derived(key, key, ""), derived, problems)
        for sense in raw.get("senses") or []:
            if isinstance(sense, dict):
                glosses = tuple(str(g).strip() for g in sense.get("gloss", []))
                base = Derived(key, key, "", str(sense.get("pos", "")), glosses)
                _derived(key, sense.get("derived") or {}, base, derived, problems)
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


def _derived(
    key: str, table: Any, base: Derived, derived: dict[str, Derived], problems: list[str]
) -> None:
    """The derived words of ``table``, of the root or the sense ``base``: each word maps
    to its gloss, or to a table of its own part of speech and its gloss
    (``{ pos = "adjective", gloss = "last, latest" }``)."""
    if not isinstance(table, dict):
        problems.append(f"{key}: derived must be a table")
        return
    for word, value in table.items():
        if not (isinstance(word, str) and word == word.lower() and word):
            problems.append(f"{key}: derived word {word!r} must be lowercase")
        elif word in derived:
            problems.append(f"{key}: derived word {word!r} is also under {derived[word].root}")
        else:
            found = _gloss_and_pos(value)
            if isinstance(found, str):
                problems.append(f"{key}: derived word {word!r} {found}")
            else:
                gloss, pos = found
                derived[word] = base._replace(word=word, gloss=gloss, pos=pos)


_DERIVED_KEYS = frozenset({"pos", "gloss"})


def _gloss_and_pos(value: Any) -> tuple[str, str] | str:
    """The gloss and part of speech (or "") of a derived word written as a gloss or as
    a table of both; else what is wrong with it."""
    pos: Any = ""
    if isinstance(value, dict):
        unknown = sorted(str(k) for k in value if k not in _DERIVED_KEYS)
        if unknown:
            return f"has unknown keys: {', '.join(unknown)} (only pos and gloss)"
        pos = value.get("pos", "")
        value = value.get("gloss")
    if not (isinstance(value, str) and value.strip()):
        return "needs a gloss"
    if pos != "" and (not isinstance(pos, str) or pos not in PARTS_OF_SPEECH):
        return f"has an unknown part of speech {pos!r}"
    return value.strip(), pos


def _root(key: str, raw: Any, problems: list[str]) -> Root | None:
    if key.split(" (sense")[0] != key.split(" (sense")[0].lower() or not key.strip():
        problems.append(f"{key!r}: a root is written in lowercase")
        return None
    if not isinstance(raw, dict):
        problems.append(f"{key}: not a table")
        return None
    senses = raw.get("senses")
    if senses is not None:
        # A homograph: a part of speech and glosses for each sense ("bagi": for; divide).
        if not (
            isinstance(senses, list)
            and len(senses) >= 2
            and all(isinstance(sense, dict) for sense in senses)
        ):
            problems.append(f"{key}: senses must be a list of two or more tables")
            return None
        parts = [_root(f"{key} (sense {n})", sense, problems) for n, sense in
                 enumerate(senses, start=1)]  # fmt: skip
        if any(part is None for part in parts):
            return None
        return Root(
            key,
            parts[0].pos if parts[0] else "",
            tuple(g for part in parts if part for g in part.glosses),
            str(raw.get("standard", "")),
        )
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
    return Root(key, str(pos), tuple(g.strip() for g in glosses), str(raw.get("standard", "")))
