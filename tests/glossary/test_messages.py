from __future__ import annotations

from pathlib import Path

from glossary.messages import Problem, render


def test_a_message_is_filled_after_it_is_translated() -> None:
    name = Problem("The book")
    problem = Problem("{name} has no text to show.", name=name)
    assert str(problem) == "The book has no text to show."
    table = {"{name} has no text to show.": "{name} tidak berisi teks.", "The book": "Buku"}
    assert render(problem.template, problem.fields, lambda t: table.get(t, t)) == (
        "Buku tidak berisi teks."
    )


def test_a_damaged_translation_falls_back_on_the_english() -> None:
    fields = {"path": Path("catatan.md")}
    for damaged in ("{path[0]} kosong.", "{path.x} kosong.", "{berkas} kosong.", "{0} kosong."):
        assert render("{path} is empty.", fields, lambda _t, d=damaged: d) == (
            "catatan.md is empty."
        )


def test_a_message_reads_as_its_english_text_and_copies_whole() -> None:
    import copy
    import pickle

    from glossary.messages import Message

    message = Message("{name}: {count} braces {{}} kept", name="a{b}", count=2)
    assert message == "a{b}: 2 braces {} kept"
    for clone in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert clone == message and clone.template == message.template
        assert clone.fields == {"name": "a{b}", "count": 2}
