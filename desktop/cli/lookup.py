"""``glossary-reader lookup WORD``: a word's root, affixes and meanings, from the
command line, as the window's Word view shows them (no Qt)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from glossary.terms.glossary import Glossary

LOOKUP_USAGE = (
    "glossary-reader [--data-dir DIR] lookup WORD [WORD ...] [--json] [--no-dictionaries] "
    "[--glossary NAME]"
)


def add_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_data_dir: Callable[[argparse.ArgumentParser], None],
    add_glossary_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    lookup = commands.add_parser(
        "lookup",
        help="print the root, affixes and English meanings of Indonesian words",
        usage=LOOKUP_USAGE,
    )
    lookup.add_argument("words", nargs="+", metavar="WORD")
    lookup.add_argument("--json", action="store_true", help="print a JSON array")
    lookup.add_argument(
        "--no-dictionaries",
        dest="dictionaries",
        action="store_false",
        help="use only the app's word list, not installed dictionaries",
    )
    add_glossary_option(lookup)
    add_data_dir(lookup)


def run_lookup(
    args: argparse.Namespace,
    data_dir: Path,
    fail: Callable[[str], int],
    with_own: Callable[[Glossary], Glossary],
) -> int:
    """Print the words' lookups; ``with_own`` adds the reader's own glossaries (those
    on for the bundled article, or named by --glossary) to the bundled one."""
    import sys

    from desktop.cli.terminal import printable
    from glossary.terms.glossary import GlossaryError, load_bundled_glossary
    from glossary.words.setup import (
        build_lookup,
        dictionary_folders,
        find_dictionaries,
        info_json,
        info_text,
    )
    from glossary.words.stemming import IndonesianStemmer
    from glossary.words.wordlist import WordListError

    words = [" ".join(word.split()) for word in args.words]
    bad = [word for word in words if not any(ch.isalnum() for ch in word)]
    if bad:
        return fail(f"lookup: {bad[0]!r} is not a word.")
    from glossary.notes.store import StoreError

    try:
        glossary = with_own(load_bundled_glossary())
        found = find_dictionaries(dictionary_folders(data_dir)) if args.dictionaries else None
        lookup = build_lookup(data_dir if data_dir.is_dir() else None, glossary, found)
        infos = [lookup.lookup(word) for word in words]
    except (GlossaryError, WordListError, StoreError) as exc:
        return fail(str(exc))
    for warning in found.warnings if found else []:
        print(f"glossary-reader: {printable(str(warning), one_line=True)}", file=sys.stderr)
    if args.json:
        print(info_json(infos, glossary))
    else:
        print("\n\n".join(info_text(info, glossary) for info in infos))
    if isinstance(lookup.stemmer, IndonesianStemmer):
        lookup.stemmer.save()  # the next lookup of these words skips PySastrawi
    return 0
