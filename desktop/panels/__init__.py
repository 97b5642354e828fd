"""The side panels: glossary, notes, word and vocabulary, with their item models."""
