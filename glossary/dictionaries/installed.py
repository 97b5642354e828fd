"""Installed dictionaries (dictd and StarDict, read-only): finding them in the usual
folders, and looking a word up in all of them at once.

A dictionary's languages come from its name ("freedict-eng-ind" translates English into
Indonesian). A word of the reader's language is looked up forward in dictionaries from
that language (or of unknown languages), and in reverse in dictionaries into it: the
English headwords of eng-ind whose translations contain the Indonesian word.

Nothing here raises for a damaged dictionary found by ``discover``: each one becomes a
line of ``Dictionaries.warnings``, and the others still work.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from glossary.dictionaries.dictd import DictdDictionary, InstalledDictionary
from glossary.dictionaries.files import Definition, DictionaryError
from glossary.dictionaries.stardict import StarDictDictionary
from glossary.messages import QT_TRANSLATE_NOOP, Message

__all__ = [
    "DEFAULT_FOLDERS",
    "Definition",
    "Dictionaries",
    "DictionaryError",
    "InstalledDictionary",
    "discover",
    "language_pair",
    "normalise_language",
    "open_dictionary",
]

DEFAULT_FOLDERS: tuple[str, ...] = (
    "/usr/share/dictd",
    "/usr/share/stardict/dic",
    "~/.stardict/dic",
)

# ISO 639-1 codes and 639-2 bibliographic ones, and the 639-2/3 codes FreeDict uses instead.
_CODE_TABLE = """
af:afr ar:ara bg:bul bn:ben br:bre ca:cat cs:ces cy:cym da:dan de:deu el:ell en:eng eo:epo
es:spa et:est eu:eus fa:fas fi:fin fr:fra ga:gle gd:gla gl:glg he:heb hi:hin hr:hrv hu:hun
hy:hye id:ind is:isl it:ita ja:jpn jv:jav ka:kat kk:kaz km:khm ko:kor ku:kur la:lat lt:lit
lv:lav mk:mkd ms:msa my:mya nb:nob nl:nld nn:nno no:nor oc:oci pl:pol pt:por ro:ron ru:rus
sa:san sk:slk sl:slv sq:sqi sr:srp su:sun sv:swe sw:swa th:tha tl:tgl tr:tur uk:ukr ur:urd
uz:uzb vi:vie zh:zho ger:deu fre:fra dut:nld chi:zho may:msa cze:ces gre:ell per:fas rum:ron
slo:slk alb:sqi arm:hye geo:kat ice:isl mac:mkd wel:cym baq:eus bur:mya
"""
# More three-letter codes found in dictionary names. Only known codes count, so that
# "stardict-big-dic" is not taken for a dictionary from "big" into "dic".
_MORE_CODES = """
zsm swh fil kha scn wol nds ast hbs bos mal tam tel mar guj pan nep sin lao mon tgk kir tuk
aze bel fao fry ltz mlt gsw yid lld ckb kmr ota grc
"""
_LANGUAGE_CODES = dict(pair.split(":") for pair in _CODE_TABLE.split())
_KNOWN_CODES = frozenset(_LANGUAGE_CODES) | frozenset(_LANGUAGE_CODES.values())
_KNOWN_CODES |= frozenset(_MORE_CODES.split())


def normalise_language(code: str) -> str:
    """``"en"`` -> ``"eng"``, ``"id"`` -> ``"ind"``, ``"ger"`` -> ``"deu"``; others as given."""
    code = code.strip().lower()
    return _LANGUAGE_CODES.get(code, code)


def language_pair(name: str) -> tuple[str, str] | None:
    """(source, target) from a name ending in two language codes ("freedict-eng-ind",
    "en-id", "eng-ind-2022.11.18"): the last two neighbouring parts that are codes."""
    parts = name.lower().replace("_", "-").replace(".", "-").split("-")
    codes = [normalise_language(part) if part in _KNOWN_CODES else "" for part in parts]
    for i in range(len(codes) - 1, 0, -1):
        if codes[i] and codes[i - 1]:
            return codes[i - 1], codes[i]
    return None


def open_dictionary(path: Path) -> InstalledDictionary:
    """The dictionary whose ``.index`` (dictd) or ``.ifo`` (StarDict) file is ``path``."""
    path = Path(path)
    languages = language_pair(path.stem) or language_pair(path.parent.name)
    suffix = path.suffix.lower()
    if suffix == ".index":
        return DictdDictionary(path, languages)
    if suffix == ".ifo":
        return StarDictDictionary(path, languages)
    raise DictionaryError(
        QT_TRANSLATE_NOOP("glossary", "{path} is not a dictionary index (.index or .ifo)."),
        path=path,
    )


@dataclass
class Dictionaries:
    """The installed dictionaries that opened, and what was wrong with the others."""

    dictionaries: list[InstalledDictionary] = field(default_factory=list)
    warnings: list[str | Message] = field(default_factory=list)

    def lookup(self, word: str, source_language: str = "ind", limit: int = 10) -> list[Definition]:
        """Forward lookup in every dictionary whose source language is `source_language` or
        unknown; plus reverse lookup in dictionaries whose target language is
        `source_language` (Debian's dict-freedict-eng-ind, so an Indonesian word finds the
        English headwords that translate to it). Forward definitions come first."""
        language = normalise_language(source_language)
        forward: list[Definition] = []
        reverse: list[Definition] = []
        for dictionary in self.dictionaries:
            languages = dictionary.languages
            if languages is None or languages[0] == language:
                forward += dictionary.lookup(word, limit)
            if languages is not None and languages[1] == language:
                reverse += dictionary.reverse_lookup(word, limit)
            self._collect(dictionary.warnings)
        return forward + reverse

    def close(self) -> None:
        for dictionary in self.dictionaries:
            dictionary.close()

    def _collect(self, warnings: list[str | Message]) -> None:
        for warning in warnings:
            if warning not in self.warnings:
                self.warnings.append(warning)


def discover(folders: Iterable[str | Path]) -> Dictionaries:
    """Every dictionary in ``folders`` and their immediate subfolders (StarDict ones often
    have a folder each). Missing folders are skipped quietly; a dictionary that cannot be
    opened becomes a warning. Opening reads index files only."""
    found = Dictionaries()
    seen: set[Path] = set()
    for folder in folders:
        for path in _candidates(Path(os.path.expanduser(folder)), found.warnings):
            resolved = path.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            try:
                dictionary = open_dictionary(path)
            except DictionaryError as exc:
                found.warnings.append(Message(exc.template, **exc.fields))
                continue
            except Exception as exc:  # a strange file must not stop the app
                found.warnings.append(
                    Message(
                        QT_TRANSLATE_NOOP("glossary", "{path} cannot be opened ({reason})."),
                        path=path,
                        reason=f"{type(exc).__name__}: {exc}",
                    )
                )
                continue
            found.dictionaries.append(dictionary)
            found._collect(dictionary.warnings)
    return found


def _candidates(folder: Path, warnings: list[str | Message]) -> Iterator[Path]:
    """Index files in ``folder``, then in its subfolders (one level down)."""
    if not folder.is_dir():
        return
    entries = _listing(folder, warnings)
    yield from (entry for entry in entries if _is_index(entry))
    for subfolder in (entry for entry in entries if entry.is_dir()):
        yield from (entry for entry in _listing(subfolder, warnings) if _is_index(entry))


def _listing(folder: Path, warnings: list[str | Message]) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError as exc:
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP("glossary", "{folder} cannot be listed ({reason})."),
                folder=folder,
                reason=exc.strerror or exc,
            )
        )
        return []


def _is_index(path: Path) -> bool:
    return path.suffix.lower() in (".index", ".ifo") and path.is_file()
