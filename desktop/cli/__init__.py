"""The command line: ``glossary-reader`` and its subcommands."""
