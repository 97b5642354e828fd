"""The application's dialogs: each is given what it shows and signals what the reader chose."""
