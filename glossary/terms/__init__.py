"""Glossary terms: entries and their files, matching in a text, search, own glossaries."""
