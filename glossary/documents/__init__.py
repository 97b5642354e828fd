"""Documents: reading txt, Markdown, HTML and EPUB files into text, blocks and offsets."""
