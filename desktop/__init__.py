"""Glossary Reader's Qt application: windows, panels and actions over ``glossary``."""
