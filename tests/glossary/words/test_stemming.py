from __future__ import annotations

import json
from pathlib import Path

from glossary.words.stemming import IndonesianStemmer


def test_stems_affixed_words_and_glossary_loan_words() -> None:
    stemmer = IndonesianStemmer(["valuasi", "sulingan"])
    assert stemmer.stem("valuasinya") == "valuasi"
    assert stemmer.stem("Penyulingan") == "suling"
    assert stemmer.stem("menyebabkan") == "sebab"
    assert stemmer.stem("model-model") == "model"


def test_cache_on_disk_spares_loading_pysastrawi(tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "stems.json"
    first = IndonesianStemmer(["valuasi"], cache)
    assert first.stem("valuasinya") == "valuasi"
    assert first.loaded
    first.save()
    assert json.loads(cache.read_text(encoding="utf-8"))["stems"]["valuasinya"] == "valuasi"
    second = IndonesianStemmer(["valuasi"], cache)
    assert second.stem("valuasinya") == "valuasi"
    assert not second.loaded


def test_cache_of_other_roots_or_damaged_cache_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "stems.json"
    first = IndonesianStemmer(["valuasi"], cache)
    first.stem("valuasinya")
    first.save()
    other = IndonesianStemmer(["komputasi"], cache)
    other.stem("valuasinya")
    assert other.loaded  # another glossary: the cache does not apply
    cache.write_bytes(b"\x00not json")
    damaged = IndonesianStemmer(["valuasi"], cache)
    assert damaged.stem("valuasinya") == "valuasi"
    damaged.save()
    assert json.loads(cache.read_text(encoding="utf-8"))["stems"]["valuasinya"] == "valuasi"


def test_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    stemmer = IndonesianStemmer([], blocker / "stems.json")
    assert stemmer.stem("berinovasi") == "inovasi"
    stemmer.save()  # the folder cannot exist: nothing raised, nothing written
    assert blocker.read_text(encoding="utf-8") == "x"
