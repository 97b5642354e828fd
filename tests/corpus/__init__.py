"""Broken and hostile inputs for every file the app reads: valid samples of each format
(``samples``), and cases built from them (``cases``) that the command-line test and the
fuzz tests run the readers over."""
