"""The controllers: plain QObjects that act on the session and the notes for the
widgets they are given. None holds the main window; the window wires their signals."""
