"""Putting word lookup together for a data folder: the word list, a stemmer that knows
its roots, installed dictionaries from the chosen folders, and the glossary.

The dictionary folders are a setting kept in ``dictionary-folders.txt`` in the data
folder (one folder per line), so the window and the command line read the same list.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from glossary.atomic import write_text_atomic
from glossary.words.lookup import LISTED, NAME, NUMBER, WORD_LIST_SOURCE, WordInfo, WordLookup
from glossary.words.stemming import IndonesianStemmer
from glossary.words.wordlist import load_bundled_word_list

if TYPE_CHECKING:
    from glossary.dictionaries.installed import Dictionaries
    from glossary.terms.glossary import Glossary

FOLDERS_FILE = "dictionary-folders.txt"
STEMS_FILE = "word-stems.json"
OWN_DICTIONARIES = "dictionaries"


def default_dictionary_folders(data_dir: Path) -> list[str]:
    from glossary.dictionaries.installed import DEFAULT_FOLDERS

    return [*DEFAULT_FOLDERS, str(data_dir / OWN_DICTIONARIES)]


def dictionary_folders(data_dir: Path) -> list[str]:
    """The folders searched for dictionaries: the saved list, else the standard ones
    and the data folder's ``dictionaries/``."""
    try:
        text = (data_dir / FOLDERS_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return default_dictionary_folders(data_dir)
    return [line.strip() for line in text.splitlines() if line.strip()]


def save_dictionary_folders(data_dir: Path, folders: Sequence[str]) -> None:
    cleaned = [f.strip() for f in folders if f.strip()]
    write_text_atomic(data_dir / FOLDERS_FILE, "".join(f"{f}\n" for f in cleaned))


def find_dictionaries(folders: Sequence[str], warm: bool = True) -> Dictionaries:
    """The dictionaries in ``folders``; a damaged one is a warning, never an error.
    ``warm``: also build the reverse indexes (a few hundred ms for FreeDict's eng-ind),
    so that the first lookup, on the UI thread, does not wait for them."""
    from glossary.dictionaries.installed import discover

    found = discover(folders)
    if warm:
        found.lookup("a", "ind")
    return found


def word_stemmer(data_dir: Path | None) -> IndonesianStemmer:
    """A stemmer that knows the word list's roots ("model", "teknologi"), with its own
    cache of stems in the data folder."""
    words = load_bundled_word_list()
    return IndonesianStemmer(
        extra_roots=words.roots, cache_path=data_dir / STEMS_FILE if data_dir else None
    )


def build_lookup(
    data_dir: Path | None,
    glossary: Glossary | None = None,
    dictionaries: Dictionaries | None = None,
) -> WordLookup:
    return WordLookup(load_bundled_word_list(), word_stemmer(data_dir), glossary, dictionaries)


def info_dict(info: WordInfo, glossary: Glossary | None) -> dict[str, Any]:
    """What ``lookup --json`` prints for one word."""
    glosses: list[dict[str, Any]] = []
    if info.derived_gloss:
        glosses.append(
            {"source": WORD_LIST_SOURCE, "headword": info.headword, "text": info.derived_gloss}
        )
    if info.root_glosses:
        glosses.append(
            {
                "source": WORD_LIST_SOURCE,
                "headword": info.root,
                "text": "; ".join(info.root_glosses),
            }
        )
    for meaning in info.meanings:
        glosses.append(
            {
                "source": meaning.source,
                "headword": meaning.headword,
                "text": meaning.text,
                "reverse": meaning.reverse,
            }
        )
    entries = []
    for entry_id in info.entries:
        entry = glossary.get(entry_id) if glossary else None
        if entry is not None:
            entries.append(
                {
                    "id": entry.id,
                    "term_id": entry.term_id,
                    "term_en": entry.term_en,
                    "definition_en": entry.definition_en,
                    "definition_id": entry.definition_id,
                }
            )
    return {
        "word": info.word,
        "kind": info.kind,
        "headword": info.headword,
        "root": info.root,
        "part_of_speech": info.pos,  # the word's own ("menyebabkan": verb)
        "root_part_of_speech": info.root_pos,  # its root's ("sebab": noun)
        "standard_spelling": info.standard,  # of a root written otherwise ("respons")
        "prefixes": list(info.analysis.prefixes),
        "suffixes": list(info.analysis.suffixes),
        "endings": list(info.analysis.endings),
        "reduplicated": info.analysis.reduplicated,
        "formula": info.analysis.formula,
        "glosses": glosses,
        "glossary": entries,
    }


def info_text(info: WordInfo, glossary: Glossary | None) -> str:
    """What ``lookup`` prints for one word, as plain text."""
    data = info_dict(info, glossary)
    lines = [info.word]
    if info.kind == NUMBER:
        lines.append("  a number")
    elif info.kind == NAME:
        lines.append("  a name (left untranslated)")
    else:
        # "menyebabkan (verb) — root: sebab (noun)"
        own = f"{info.word} ({info.pos})" if info.pos else info.word
        root_pos = f" ({info.root_pos})" if info.root_pos else ""
        if info.root.lower() == info.word.lower():
            lines[0] = own
        else:
            lines[0] = f"{own} — root: {info.root}{root_pos}"
        if info.standard:
            lines.append(f"  standard spelling: {info.standard}")
        if info.analysis.affixed:
            lines.append(f"  {info.analysis.formula}")
        if info.kind != LISTED and not info.meanings:
            lines.append("  not in the word list or any installed dictionary")
    for gloss in data["glosses"]:
        if not gloss.get("reverse"):
            text = " ".join(str(gloss["text"]).split())
            lines.append(f"  [{gloss['source']}] {gloss['headword']}: {text}")
    for source, headwords in info.english_words().items():
        lines.append(f"  [{source}] English: {', '.join(headwords)}")
    for entry in data["glossary"]:
        lines.append(f"  glossary: {entry['term_id']} / {entry['term_en']}")
        lines.append(f"    {entry['definition_en']}")
    return "\n".join(lines)


def info_json(infos: Sequence[WordInfo], glossary: Glossary | None) -> str:
    return json.dumps([info_dict(i, glossary) for i in infos], ensure_ascii=False, indent=2)
