"""The reading view: the text with its marks, highlights, tints and Find bar."""
