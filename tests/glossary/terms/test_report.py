"""The command line's reports of the terms in a document (glossary.terms.report)."""

from __future__ import annotations

import json

from glossary.documents.loading import load_bundled_article
from glossary.model import Occurrence
from glossary.terms.glossary import load_bundled_glossary
from glossary.terms.matching import TermMatcher
from glossary.terms.report import occurrences_json


def test_the_json_is_what_json_dumps_gives_row_by_row() -> None:
    """Written a row at a time (a 50 MB text has a million occurrences), the report is
    byte for byte ``json.dumps`` of the rows, indented by 2."""
    glossary = load_bundled_glossary()
    text = load_bundled_article().text
    occurrences = TermMatcher(glossary).find(text)
    # A form with what JSON escapes: quotes, a backslash, a tab, a letter beyond ASCII.
    entry_id = occurrences[0].entry_id
    occurrences.append(Occurrence(entry_id, len(text), len(text) + 9, 'a"b\\c\td é'))
    report = occurrences_json(glossary, occurrences)
    rows = json.loads(report)
    assert len(rows) == len(occurrences) and rows[-1]["text"] == 'a"b\\c\td é'
    assert report == json.dumps(rows, ensure_ascii=False, indent=2)
    assert occurrences_json(glossary, []) == json.dumps([], ensure_ascii=False, indent=2)
