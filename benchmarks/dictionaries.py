"""Installed dictionaries (dictd, StarDict), with generated 10,000-headword dictd files
compressed by dictzip in its usual 58 KB chunks:

- opening a dictionary: under 150 ms. It parses the ``.index`` only; the baseline is the
  bare floor, reading the ``.index`` file and splitting it into lines.
- looking up an Indonesian word, warm: forward in an ind-eng dictionary and in reverse in
  an eng-ind one (its English headwords whose translations hold the word): under 5 ms per
  call, median over 200 words. The reverse index is built in the warm-up. The baseline is
  a plain dict lookup.

Information rows: building the reverse index once, and a lookup right after ``close()``
(the file opened again, its chunks decompressed afresh).
"""

from __future__ import annotations

import random
import tempfile
import time
from itertools import accumulate
from pathlib import Path

from benchmarks.common import Result, alternate, command_line, median
from glossary.dictionaries.installed import Dictionaries, open_dictionary
from tests.glossary.dictfactories import DICTZIP_CHUNK, write_dictd

HEADWORDS = 10_000
WORDS_LOOKED_UP = 200
_SYLLABLES = ["ka", "ri", "mo", "ta", "se", "lu", "pe", "na", "go", "bi", "ra", "du", "me"]
_SYLLABLES += ["si", "to", "ban", "lar", "kin", "tor", "pang", "sur", "dra", "ngan", "kan"]
_ENGLISH = ["the", "of", "act", "ion", "ment", "ness", "ful", "ing", "er", "ly", "over"]
_ENGLISH += ["under", "port", "form", "struct", "graph", "wise", "hood"]


def _words(rng: random.Random, syllables: list[str], count: int) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def write_pair(folder: Path, seed: int = 3) -> tuple[Path, Path, list[str]]:
    """An ind-eng and an eng-ind dictionary sharing one Indonesian vocabulary, shaped like
    FreeDict's (headword line with pronunciation and part of speech, numbered senses);
    and the Indonesian headwords."""
    rng = random.Random(seed)
    indonesian = _words(rng, _SYLLABLES, HEADWORDS)
    english = _words(rng, _ENGLISH, HEADWORDS)
    # Zipf-like: a few Indonesian words are in many translations, as "orang" or "buat" are.
    # Cumulative once: given plain weights, each choices() call summed all 10,000 again.
    cumulative = list(accumulate(1 / (rank + 1) for rank in range(len(indonesian))))

    def senses(headword: str, words: list[str], weighted: bool) -> str:
        lines = [f"{headword} /{headword[:4]}/ <n>"]
        for n in range(1, rng.randint(1, 3) + 1):
            picked = rng.choices(
                words, cum_weights=cumulative if weighted else None, k=rng.randint(1, 3)
            )
            lines.append(f"{n}. {', '.join(picked)}")
        return "\n".join(lines)

    ind_eng = [(word, senses(word, english, False)) for word in indonesian]
    eng_ind = [(word, senses(word, indonesian, True)) for word in english]
    forward = write_dictd(folder, "freedict-ind-eng", ind_eng, True, None, DICTZIP_CHUNK)
    reverse = write_dictd(folder, "freedict-eng-ind", eng_ind, True, None, DICTZIP_CHUNK)
    return forward, reverse, indonesian


def run(rounds: int) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        return _run(Path(folder), rounds)


def _run(folder: Path, rounds: int) -> list[Result]:
    forward, reverse, indonesian = write_pair(folder)
    opened, floor = alternate(
        lambda: open_dictionary(forward),
        lambda: forward.read_bytes().decode("utf-8").splitlines(),
        rounds,
    )
    dictionaries = Dictionaries([open_dictionary(forward), open_dictionary(reverse)])
    started = time.perf_counter()
    dictionaries.lookup("warm up", "ind")  # builds the reverse index of eng-ind
    building = time.perf_counter() - started
    words = random.Random(5).sample(indonesian, WORDS_LOOKED_UP)
    table = {word: i for i, word in enumerate(indonesian)}
    found: list[int] = []

    def ours(word: str) -> None:
        found.append(len(dictionaries.lookup(word, "ind")))

    def baseline(word: str) -> None:
        table.get(word)

    a: list[float] = []
    b: list[float] = []
    for round_no in range(rounds):
        for word in words:
            pair = ((ours, a), (baseline, b)) if round_no % 2 == 0 else ((baseline, b), (ours, a))
            for fn, out in pair:
                start = time.perf_counter()
                fn(word)
                out.append(time.perf_counter() - start)
    cold: list[float] = []
    for word in words[:20]:
        dictionaries.close()
        start = time.perf_counter()
        dictionaries.lookup(word, "ind")
        cold.append(time.perf_counter() - start)
    dictionaries.close()
    assert not dictionaries.warnings, dictionaries.warnings
    per_lookup = sum(found) / len(found)
    return [
        Result(
            "dictd open 10k headwords",
            median(opened),
            median(floor),
            "< 150 ms",
            median(opened) < 0.150,
        ),
        Result(
            "dictionary lookup warm",
            median(a),
            median(b),
            "< 5 ms",
            median(a) < 0.005,
            f"{per_lookup:.1f} definitions per lookup",
        ),
        Result("  reverse index, built once", building, None, "(information)", True),
        Result("  lookup after close()", median(cold), None, "(information)", True),
    ]


if __name__ == "__main__":
    command_line(run, __doc__, 5)
