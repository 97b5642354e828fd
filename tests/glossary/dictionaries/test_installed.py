from __future__ import annotations

import gzip
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.dictionaries.files import DataFile
from glossary.dictionaries.installed import (
    DEFAULT_FOLDERS,
    Definition,
    Dictionaries,
    DictionaryError,
    discover,
    language_pair,
    normalise_language,
    open_dictionary,
)
from tests.glossary.dictfactories import (
    dictd_number,
    star_entry_bytes,
    write_dictd,
    write_dictzip,
    write_stardict,
)

ENG_IND = {
    "cause": "sebab; menyebabkan",
    "because": "karena, sebab",
    "reason": "alasan, sebab musabab",
    "train": "kereta api",
    "cart": "kereta",
    "company": "1. usaha\n2. perusahaan, firma",
}


def texts(found: list[Definition]) -> list[tuple[str, str]]:
    return [(d.headword, d.text) for d in found]


# Forward lookups


@pytest.mark.parametrize("compress", [False, True])
def test_dictd_lookup_finds_the_definition(tmp_path: Path, compress: bool) -> None:
    index = write_dictd(tmp_path, "freedict-eng-ind", ENG_IND, compress=compress)
    dictionary = open_dictionary(index)
    assert len(dictionary) == len(ENG_IND)
    assert dictionary.lookup("cause") == [
        Definition("freedict-eng-ind", "cause", "sebab; menyebabkan")
    ]
    assert dictionary.lookup("company")[0].text == "1. usaha\n2. perusahaan, firma"
    assert dictionary.lookup("nothing") == []
    assert dictionary.warnings == []


@pytest.mark.parametrize("compress", [False, True])
def test_stardict_lookup_finds_the_definition(tmp_path: Path, compress: bool) -> None:
    ifo = write_stardict(tmp_path, "eng-ind", ENG_IND, bookname="Kamus", compress=compress)
    dictionary = open_dictionary(ifo)
    assert dictionary.name == "Kamus"
    assert len(dictionary) == len(ENG_IND)
    assert texts(dictionary.lookup("train")) == [("train", "kereta api")]


def test_lookup_ignores_case(tmp_path: Path) -> None:
    dictionary = open_dictionary(write_dictd(tmp_path, "d", {"Jakarta": "ibu kota", "ß": "ss"}))
    for word in ("jakarta", "JAKARTA", " Jakarta "):
        assert texts(dictionary.lookup(word)) == [("Jakarta", "ibu kota")]
    assert texts(dictionary.lookup("SS")) == [("ß", "ss")]  # casefold: ß is ss
    assert texts(dictionary.lookup("ß")) == [("ß", "ss")]


@pytest.mark.parametrize("write", [write_dictd, write_stardict])
def test_every_entry_of_a_headword_is_returned(tmp_path: Path, write: Callable[..., Path]) -> None:
    entries = [("bank", "tepi sungai"), ("Bank", "lembaga keuangan"), ("bar", "batang")]
    dictionary = open_dictionary(write(tmp_path, "d", entries))
    assert texts(dictionary.lookup("bank")) == [
        ("bank", "tepi sungai"),
        ("Bank", "lembaga keuangan"),
    ]
    assert len(dictionary.lookup("bank", limit=1)) == 1


def test_dictd_name_comes_from_00_database_short(tmp_path: Path) -> None:
    index = write_dictd(tmp_path, "d", {"a": "b"}, compress=True, short_name="Kamus Kecil")
    dictionary = open_dictionary(index)
    assert len(dictionary) == 1  # the 00-database entry is not a word
    assert dictionary.lookup("00-database-short") == []
    assert dictionary.lookup("a")[0].dictionary == "Kamus Kecil"


def test_old_dictd_names_without_dashes(tmp_path: Path) -> None:
    (tmp_path / "old.dict").write_bytes(b"Old Dictionary\nword\ndefinition\n")
    (tmp_path / "old.index").write_text("00databaseshort\tA\tP\nword\tP\tQ\n")
    dictionary = open_dictionary(tmp_path / "old.index")
    assert dictionary.name == "Old Dictionary"
    assert texts(dictionary.lookup("word")) == [("word", "definition")]


def test_a_headword_line_with_more_than_the_headword_is_kept(tmp_path: Path) -> None:
    index = write_dictd(tmp_path, "d", [("cause", "x")])
    # Rewrite the entry as FreeDict does: pronunciation and part of speech by the headword.
    body = b"cause /k\xc9\x94z/ <v>\nmenyebabkan\n"
    (tmp_path / "d.dict").write_bytes(body)
    index.write_text(f"cause\tA\t{dictd_number(len(body))}\n")
    assert open_dictionary(index).lookup("cause")[0].text == "cause /kɔz/ <v>\nmenyebabkan"


# dictzip


def test_dictzip_files_are_gzip_files(tmp_path: Path) -> None:
    data = os.urandom(1000) + b"text " * 500
    path = write_dictzip(tmp_path / "x.dict.dz", data, chunk_length=100)
    assert gzip.decompress(path.read_bytes()) == data


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(min_size=1, max_size=3000),
    chunk_length=st.integers(min_value=1, max_value=300),
    ranges=st.lists(st.tuples(st.integers(0, 3000), st.integers(0, 700)), max_size=20),
)
def test_dictzip_ranges_read_as_the_plain_bytes(
    data: bytes, chunk_length: int, ranges: list[tuple[int, int]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = DataFile(write_dictzip(Path(folder) / "x.dict.dz", data, chunk_length))
        try:
            for offset, size in ranges:
                if offset + size <= len(data):
                    assert file.read(offset, size) == data[offset : offset + size]
                else:
                    with pytest.raises(DictionaryError, match=r"beyond the end of x\.dict\.dz"):
                        file.read(offset, size)
        finally:
            file.close()


printable = st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"])
headwords = st.text(printable, min_size=1).filter(
    lambda w: w.strip() == w and not w.startswith("00")
)
definitions = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)


@settings(max_examples=30, deadline=None)
@given(
    entries=st.dictionaries(
        headwords, definitions.map(str.strip).filter(bool), min_size=1, max_size=30
    )
)
def test_random_entries_round_trip_through_dictzip(entries: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        dictionary = open_dictionary(write_dictd(Path(folder), "d", entries, compress=True))
        try:
            for headword, definition in entries.items():
                found = [d.text for d in dictionary.lookup(headword) if d.headword == headword]
                assert found == [definition]
            assert dictionary.warnings == []
        finally:
            dictionary.close()


def test_plain_gzip_without_a_chunk_table_still_works(tmp_path: Path) -> None:
    write_dictd(tmp_path, "d", ENG_IND)
    (tmp_path / "d.dict.dz").write_bytes(gzip.compress((tmp_path / "d.dict").read_bytes()))
    (tmp_path / "d.dict").unlink()
    dictionary = open_dictionary(tmp_path / "d.index")
    assert texts(dictionary.lookup("cart")) == [("cart", "kereta")]
    assert texts(dictionary.reverse_lookup("kereta"))[0] == ("cart", "kereta")


# Reverse lookups


@pytest.fixture
def eng_ind(tmp_path: Path) -> Iterator[Dictionaries]:
    write_dictd(tmp_path / "dictd", "freedict-eng-ind", ENG_IND, compress=True)
    write_dictd(tmp_path / "dictd", "freedict-ind-eng", {"sebab": "cause, reason"})
    found = discover([tmp_path / "dictd"])
    yield found
    found.close()


def test_an_indonesian_word_finds_english_headwords_in_eng_ind(eng_ind: Dictionaries) -> None:
    found = eng_ind.lookup("sebab", source_language="ind")
    assert [(d.headword, d.reverse) for d in found] == [
        ("sebab", False),  # forward, from ind-eng, first
        ("cause", True),
        ("because", True),
        ("reason", True),
    ]
    assert found[1] == Definition("freedict-eng-ind", "cause", "sebab; menyebabkan", True)
    assert eng_ind.lookup("sebab", source_language="id") == found


def test_reverse_lookup_ranks_the_entries_where_the_word_comes_first(
    eng_ind: Dictionaries,
) -> None:
    found = [d.headword for d in eng_ind.lookup("kereta") if d.reverse]
    assert found == ["cart", "train"]  # "kereta" alone before "kereta api"


def test_reverse_lookup_ranks_translations_of_their_own_first(tmp_path: Path) -> None:
    entries = {
        "field hospital": "rumah sakit lapangan",
        "hospital": "rumah sakit",
        "home": "tempat tinggal, rumah",
    }
    dictionary = open_dictionary(write_dictd(tmp_path, "eng-ind", entries))
    assert [d.headword for d in dictionary.reverse_lookup("rumah")] == [
        "home",  # listed alone, though third
        "hospital",
        "field hospital",
    ]
    assert [d.headword for d in dictionary.reverse_lookup("rumah sakit")] == [
        "hospital",
        "field hospital",
    ]
    assert [d.headword for d in dictionary.reverse_lookup("rumah", limit=1)] == ["home"]


def test_reverse_lookup_matches_whole_words_and_phrases(eng_ind: Dictionaries) -> None:
    eng_ind_dictionary = eng_ind.dictionaries[0]
    assert eng_ind_dictionary.languages == ("eng", "ind")
    assert texts(eng_ind_dictionary.reverse_lookup("menyebabkan")) == [
        ("cause", "sebab; menyebabkan")
    ]
    assert eng_ind_dictionary.reverse_lookup("sebabkan") == []
    assert eng_ind_dictionary.reverse_lookup("seb") == []
    assert [d.headword for d in eng_ind_dictionary.reverse_lookup("Kereta  API")] == ["train"]
    assert eng_ind_dictionary.reverse_lookup("api kereta") == []
    assert eng_ind_dictionary.reverse_lookup("perusahaan")[0].headword == "company"
    assert eng_ind_dictionary.reverse_lookup("2") == []  # sense numbers are not words
    assert eng_ind_dictionary.reverse_lookup("...") == []
    # The headword line is not a translation.
    assert eng_ind_dictionary.reverse_lookup("cause") == []


def test_english_words_are_looked_up_the_other_way(eng_ind: Dictionaries) -> None:
    found = eng_ind.lookup("cause", source_language="en")
    assert [(d.headword, d.reverse) for d in found] == [("cause", False), ("sebab", True)]


def test_dictionaries_of_unknown_languages_are_looked_up_forward(tmp_path: Path) -> None:
    write_dictd(tmp_path, "jargon", {"sebab": "(unknown language)"})
    write_dictd(tmp_path, "freedict-eng-ind", {"sebab": "not an English word"})
    found = discover([tmp_path])
    try:
        assert [d.dictionary for d in found.lookup("sebab")] == ["jargon"]
    finally:
        found.close()


@pytest.mark.parametrize(
    ("name", "pair"),
    [
        ("freedict-eng-ind", ("eng", "ind")),
        ("en-id", ("eng", "ind")),
        ("freedict-ind-eng-2022.11.18", ("ind", "eng")),
        ("stardict_ger_eng", ("deu", "eng")),
        ("stardict-big-dic", None),
        ("gcide", None),
        ("eng", None),
    ],
)
def test_languages_come_from_the_name(name: str, pair: tuple[str, str] | None) -> None:
    assert language_pair(name) == pair


def test_language_codes_are_normalised() -> None:
    assert [normalise_language(c) for c in ("en", "ID", "ind", "ger", "xyz")] == [
        "eng",
        "ind",
        "ind",
        "deu",
        "xyz",
    ]


def test_a_stardict_folder_name_gives_the_languages(tmp_path: Path) -> None:
    ifo = write_stardict(tmp_path / "freedict-eng-ind-2022.11.18", "dictionary", ENG_IND)
    assert open_dictionary(ifo).languages == ("eng", "ind")


# StarDict fields


def test_stardict_html_becomes_plain_text(tmp_path: Path) -> None:
    html = (
        "<b>sebab</b>&nbsp;&amp; <i>menyebabkan</i><br/>"
        "<script>alert('no')</script><style>b {}</style>"
        '<p>  lihat   <a href="x">alasan</a> </p><img src="http://example.com/x.png">'
    )
    dictionary = open_dictionary(
        write_stardict(tmp_path, "d", {"cause": html}, sametypesequence="h")
    )
    assert dictionary.lookup("cause")[0].text == "sebab & menyebabkan\nlihat alasan"
    assert dictionary.reverse_lookup("alasan")[0].headword == "cause"


def test_stardict_typed_fields_keep_text_and_drop_binary(tmp_path: Path) -> None:
    fields: list[tuple[str, str | bytes]] = [
        ("t", "kɔz"),
        ("P", b"\x89PNG\0\0binary"),
        ("x", "<k>cause</k><def>sebab</def>"),
        ("m", "menyebabkan"),
        ("W", b"\0\1\2"),
    ]
    dictionary = open_dictionary(
        write_stardict(tmp_path, "d", {"cause": fields}, sametypesequence=None)
    )
    assert dictionary.lookup("cause")[0].text == "kɔz\ncause\nsebab\nmenyebabkan"


def test_stardict_sequences_of_several_types(tmp_path: Path) -> None:
    entry = [("t", "kɔz"), ("g", "<span>sebab</span>"), ("m", "menyebabkan")]
    dictionary = open_dictionary(
        write_stardict(tmp_path, "d", {"cause": entry}, sametypesequence="tgm")
    )
    assert dictionary.lookup("cause")[0].text == "kɔz\nsebab\nmenyebabkan"
    assert star_entry_bytes(entry, "tgm") == "kɔz\0<span>sebab</span>\0menyebabkan".encode()


def test_stardict_64_bit_offsets_and_gzipped_idx(tmp_path: Path) -> None:
    ifo = write_stardict(
        tmp_path, "d", ENG_IND, offset_bits=64, gzip_idx=True, compress=True, chunk_length=7
    )
    dictionary = open_dictionary(ifo)
    assert len(dictionary) == len(ENG_IND)
    for headword, definition in ENG_IND.items():
        assert texts(dictionary.lookup(headword)) == [(headword, definition)]
    assert dictionary.warnings == []


# Discovery


def test_discover_searches_folders_and_their_subfolders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    write_dictd(tmp_path / "dictd", "freedict-eng-ind", ENG_IND, compress=True)
    write_dictd(tmp_path / "dictd", "broken", {"a": "b"})
    (tmp_path / "dictd" / "broken.dict").unlink()
    write_stardict(tmp_path / "home/.stardict/dic/kamus", "kamus", {"a": "b"}, bookname="Kamus")
    write_stardict(tmp_path / "home/.stardict/dic/a/b", "too-deep", {"a": "b"})
    (tmp_path / "dictd" / "notes.txt").write_text("not a dictionary")
    found = discover(
        [tmp_path / "dictd", "~/.stardict/dic", tmp_path / "missing", tmp_path / "dictd"]
    )
    try:
        assert sorted(d.name for d in found.dictionaries) == ["Kamus", "freedict-eng-ind"]
        assert found.warnings == [
            f"{tmp_path / 'dictd' / 'broken.index'}: no broken.dict / broken.dict.dz beside it."
        ]
    finally:
        found.close()


def test_the_same_dictionary_through_a_link_is_found_once(tmp_path: Path) -> None:
    write_dictd(tmp_path / "real", "d", {"a": "b"})
    (tmp_path / "link").symlink_to(tmp_path / "real")
    found = discover([tmp_path / "real", tmp_path / "link"])
    assert len(found.dictionaries) == 1
    found.close()


def test_default_folders_are_searched_without_errors() -> None:
    found = discover(DEFAULT_FOLDERS)
    found.close()
    assert isinstance(found.warnings, list)


# Threads and closing


def test_lookups_from_several_threads_agree(tmp_path: Path) -> None:
    entries = {f"word{i}": f"definisi {i} " * (i % 7 + 1) for i in range(300)}
    dictionary = open_dictionary(write_dictd(tmp_path, "d", entries, compress=True))
    failures: list[str] = []

    def work(start: int) -> None:
        for i in range(start, start + 300):
            word = f"word{i % 300}"
            found = dictionary.lookup(word)
            if [d.text for d in found] != [entries[word].strip()]:
                failures.append(word)

    threads = [threading.Thread(target=work, args=(n * 37,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    dictionary.close()


def test_a_closed_dictionary_opens_its_file_again(tmp_path: Path) -> None:
    dictionary = open_dictionary(write_dictd(tmp_path, "d", ENG_IND, compress=True))
    assert dictionary.lookup("cart")
    dictionary.close()
    assert texts(dictionary.lookup("cart")) == [("cart", "kereta")]
    dictionary.close()
