<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="134"/>
        <source>The glossary could not be loaded:</source>
        <translation>The glossary could not be loaded:</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="144"/>
        <source>Another Glossary Reader window is using the notes in this data folder; highlights and notes are off in this one.</source>
        <translation>Another Glossary Reader window is using the notes in this data folder; highlights and notes are off in this one.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="152"/>
        <source>The notes in this data folder cannot be locked (is the folder writable?); highlights and notes are off.</source>
        <translation>The notes in this data folder cannot be locked (is the folder writable?); highlights and notes are off.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="166"/>
        <source>Highlights and notes are off until this is solved.</source>
        <translation>Highlights and notes are off until this is solved.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="52"/>
        <source>Backup failed: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
</context>
<context>
    <name>BookmarksController</name>
    <message>
        <location filename="../../desktop/controllers/bookmarks.py" line="76"/>
        <source>Bookmarks are not available.</source>
        <translation>Bookmarks are not available.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/bookmarks.py" line="84"/>
        <location filename="../../desktop/controllers/bookmarks.py" line="146"/>
        <source>Bookmark removed.</source>
        <translation>Bookmark removed.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/bookmarks.py" line="89"/>
        <source>Bookmark added.</source>
        <translation>Bookmark added.</translation>
    </message>
</context>
<context>
    <name>ClassController</name>
    <message>
        <location filename="../../desktop/controllers/classes.py" line="124"/>
        <source>No class you follow has notes on this document.</source>
        <translation>No class you follow has notes on this document.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/commands.py" line="51"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="54"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="63"/>
        <source>%1 of “%2” failed: %3</source>
        <translation>%1 of “%2” failed: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="68"/>
        <source>what it changed is gone</source>
        <translation>what it changed is gone</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="83"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="98"/>
        <source>Change Highlight Colour</source>
        <translation>Change Highlight Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="125"/>
        <source>Edit Note</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="154"/>
        <source>Delete Highlight</source>
        <translation>Delete Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="168"/>
        <source>Restore Highlight</source>
        <translation>Restore Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="182"/>
        <source>Add Bookmark</source>
        <translation>Add Bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="196"/>
        <source>Remove Bookmark</source>
        <translation>Remove Bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="221"/>
        <source>Add Term</source>
        <translation>Add Term</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="223"/>
        <source>Edit Term</source>
        <translation>Edit Term</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="253"/>
        <source>Delete Term</source>
        <translation>Delete Term</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="269"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="297"/>
        <source>Change “%1”</source>
        <translation>Change “%1”</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="27"/>
        <source>Texts of this note from another device</source>
        <translation>Texts of this note from another device</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="47"/>
        <source>Also written at the same time on another device:</source>
        <translation>Also written at the same time on another device:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="49"/>
        <source>Also written at the same time on other devices:</source>
        <translation>Also written at the same time on other devices:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="58"/>
        <source>(an empty note)</source>
        <translation>(an empty note)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="60"/>
        <source>Text from another device</source>
        <translation>Text from another device</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="65"/>
        <source>Use This Text</source>
        <translation>Use This Text</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="67"/>
        <source>Make this text the note</source>
        <translation>Make this text the note</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="73"/>
        <source>Keep Mine</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="75"/>
        <source>Keep the note as it is</source>
        <translation>Keep the note as it is</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="76"/>
        <source>Set the other texts aside, on every device</source>
        <translation>Set the other texts aside, on every device</translation>
    </message>
</context>
<context>
    <name>ContentsPanel</name>
    <message>
        <location filename="../../desktop/panels/contents.py" line="80"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/contents.py" line="84"/>
        <source>Chapters and headings</source>
        <translation>Chapters and headings</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/contents.py" line="88"/>
        <source>This document has no chapters or headings.</source>
        <translation>This document has no chapters or headings.</translation>
    </message>
</context>
<context>
    <name>DictionariesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="50"/>
        <location filename="../../desktop/dialogs/dictionaries.py" line="51"/>
        <source>Dictionaries</source>
        <translation>Dictionaries</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="55"/>
        <source>Glossary Reader reads dictd and StarDict dictionaries from these folders, one per line. Install one with your package manager (for example dict-freedict-eng-ind) or copy its files into the data folder&apos;s “dictionaries” folder.</source>
        <translation>Glossary Reader reads dictd and StarDict dictionaries from these folders, one per line. Install one with your package manager (for example dict-freedict-eng-ind) or copy its files into the data folder&apos;s “dictionaries” folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="63"/>
        <source>About dictionaries</source>
        <translation>About dictionaries</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="68"/>
        <source>Dictionary folders</source>
        <translation>Dictionary folders</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="72"/>
        <source>Standard &amp;Folders</source>
        <translation>Standard &amp;Folders</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="74"/>
        <source>Use the standard folders</source>
        <translation>Use the standard folders</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="77"/>
        <source>Dictionaries found</source>
        <translation>Dictionaries found</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="83"/>
        <source>Save or close</source>
        <translation>Save or close</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="97"/>
        <location filename="../../desktop/dialogs/dictionaries.py" line="150"/>
        <source>Looking for dictionaries…</source>
        <translation>Looking for dictionaries…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="112"/>
        <source>The folders cannot be searched: %1</source>
        <translation>The folders cannot be searched: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="116"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="119"/>
        <source>No dictionary in these folders.</source>
        <translation>No dictionary in these folders.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="123"/>
        <source>%1 headwords</source>
        <translation>%1 headwords</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="129"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="144"/>
        <source>The folder list cannot be saved: %1</source>
        <translation>The folder list cannot be saved: %1</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <location filename="../../desktop/documentheader.py" line="19"/>
        <source>Title and source</source>
        <translation>Title and source</translation>
    </message>
    <message>
        <location filename="../../desktop/documentheader.py" line="20"/>
        <source>Document title</source>
        <translation>Document title</translation>
    </message>
    <message>
        <location filename="../../desktop/documentheader.py" line="26"/>
        <source>Original title</source>
        <translation>Original title</translation>
    </message>
    <message>
        <location filename="../../desktop/documentheader.py" line="28"/>
        <source>Document source</source>
        <translation>Document source</translation>
    </message>
    <message>
        <location filename="../../desktop/documentheader.py" line="53"/>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/documentheader.py" line="58"/>
        <source>translated by %1</source>
        <translation>translated by %1</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="206"/>
        <source>%1 is not UTF-8: it was read as %2. If letters look wrong, choose another in View &gt; Text Encoding.</source>
        <translation>%1 is not UTF-8: it was read as %2. If letters look wrong, choose another in View &gt; Text Encoding.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="238"/>
        <source>%1 is protected by a password. Password:</source>
        <translation>%1 is protected by a password. Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="240"/>
        <source>That password does not open %1. Password:</source>
        <translation>That password does not open %1. Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="243"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="259"/>
        <source>Opening the document</source>
        <translation>Opening the document</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="260"/>
        <source>Stop opening the document</source>
        <translation>Stop opening the document</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="262"/>
        <source>Reading pages… %p%</source>
        <translation>Reading pages… %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="278"/>
        <source>Open Document</source>
        <translation>Open Document</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="350"/>
        <source>%1 glossary terms marked (%2 entries)</source>
        <translation>%1 glossary terms marked (%2 entries)</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="59"/>
        <source>Glossary entry</source>
        <translation>Glossary entry</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="60"/>
        <source>Edit Term</source>
        <translation>Edit Term</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="60"/>
        <source>Add Term</source>
        <translation>Add Term</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="69"/>
        <location filename="../../desktop/dialogs/entryeditor.py" line="279"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="77"/>
        <source>&amp;Glossary:</source>
        <translation>&amp;Glossary:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="79"/>
        <source>Term (&amp;Indonesian):</source>
        <translation>Term (&amp;Indonesian):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="80"/>
        <source>Term (&amp;English):</source>
        <translation>Term (&amp;English):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="81"/>
        <source>Other forms (Indonesian):</source>
        <translation>Other forms (Indonesian):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="82"/>
        <source>Other forms (English):</source>
        <translation>Other forms (English):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="83"/>
        <source>&amp;Definition (Indonesian):</source>
        <translation>&amp;Definition (Indonesian):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="84"/>
        <source>Definition (E&amp;nglish):</source>
        <translation>Definition (E&amp;nglish):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="85"/>
        <source>In this text (Indonesian):</source>
        <translation>In this text (Indonesian):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="86"/>
        <source>In this text (English):</source>
        <translation>In this text (English):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="87"/>
        <source>&amp;Related entries:</source>
        <translation>&amp;Related entries:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="91"/>
        <location filename="../../desktop/dialogs/entryeditor.py" line="273"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="106"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="110"/>
        <source>separated by ;</source>
        <translation>separated by ;</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="113"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="204"/>
        <source>choose a glossary</source>
        <translation>choose a glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="268"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="269"/>
        <source>Term (Indonesian)</source>
        <translation>Term (Indonesian)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="270"/>
        <source>Term (English)</source>
        <translation>Term (English)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="271"/>
        <source>Other forms (Indonesian)</source>
        <translation>Other forms (Indonesian)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="272"/>
        <source>Other forms (English)</source>
        <translation>Other forms (English)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="274"/>
        <source>Definition (Indonesian)</source>
        <translation>Definition (Indonesian)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="275"/>
        <source>Definition (English)</source>
        <translation>Definition (English)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="276"/>
        <source>In this text (Indonesian)</source>
        <translation>In this text (Indonesian)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="277"/>
        <source>In this text (English)</source>
        <translation>In this text (English)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="278"/>
        <source>Related entries</source>
        <translation>Related entries</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="23"/>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="24"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="52"/>
        <source>Glossary entry</source>
        <translation>Glossary entry</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="90"/>
        <source>Click a term with a dotted underline to read its definition.</source>
        <translation>Click a term with a dotted underline to read its definition.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="91"/>
        <source>Ctrl+K searches the glossary; F3 jumps to the next occurrence.</source>
        <translation>Ctrl+K searches the glossary; F3 jumps to the next occurrence.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="117"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="119"/>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="128"/>
        <source>Hear the term:</source>
        <translation>Hear the term:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="138"/>
        <source>Another definition of this term exists:</source>
        <translation>Another definition of this term exists:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="151"/>
        <source>In this article</source>
        <translation>In this article</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="160"/>
        <source>Related</source>
        <translation>Related</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/panels/entryview.py" line="173"/>
        <source>In the text (%n)</source>
        <translation>
            <numerusform>In the text (%n)</numerusform>
            <numerusform>In the text (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="185"/>
        <source>F3: next occurrence</source>
        <translation>F3: next occurrence</translation>
    </message>
</context>
<context>
    <name>EspeakSpeaker</name>
    <message>
        <location filename="../../desktop/speech.py" line="238"/>
        <source>the sound could not be played (%1): is there a sound device?</source>
        <translation>the sound could not be played (%1): is there a sound device?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="66"/>
        <source>Export notes</source>
        <translation>Export notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="67"/>
        <source>Export Notes</source>
        <translation>Export Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="76"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="84"/>
        <location filename="../../desktop/dialogs/export.py" line="202"/>
        <source>Include the &amp;glossary of the terms in the highlights</source>
        <translation>Include the &amp;glossary of the terms in the highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="90"/>
        <source>Include the whole &amp;article with the highlights marked</source>
        <translation>Include the whole &amp;article with the highlights marked</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="97"/>
        <source>Terms in the deck</source>
        <translation>Terms in the deck</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="98"/>
        <source>Every term in the document</source>
        <translation>Every term in the document</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="99"/>
        <source>Only terms in the highlights</source>
        <translation>Only terms in the highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="102"/>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="104"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="110"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="111"/>
        <source>shown as the author of your notes</source>
        <translation>shown as the author of your notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="114"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="123"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="126"/>
        <source>&amp;Terms:</source>
        <translation>&amp;Terms:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="129"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="132"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="145"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="147"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="200"/>
        <source>Include the &amp;glossary of all the terms in the article</source>
        <translation>Include the &amp;glossary of all the terms in the article</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="215"/>
        <source>No terms.</source>
        <translation>No terms.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/export.py" line="220"/>
        <source>%n card(s), one per glossary term.</source>
        <translation>
            <numerusform>%n card, one per glossary term.</numerusform>
            <numerusform>%n cards, one per glossary term.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="223"/>
        <source>The preview shows the first %1 of %2 highlights; the file holds them all.</source>
        <translation>The preview shows the first %1 of %2 highlights; the file holds them all.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/export.py" line="228"/>
        <source>%n highlight(s).</source>
        <translation>
            <numerusform>%n highlight.</numerusform>
            <numerusform>%n highlights.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="238"/>
        <source>Export As</source>
        <translation>Export As</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="287"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <location filename="../../desktop/filefilters.py" line="10"/>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.xhtml *.epub *.docx *.pdf);;Text (*.txt *.md *.markdown);;Web pages (*.html *.htm *.xhtml);;EPUB books (*.epub);;Word documents (*.docx);;PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents (*.txt *.md *.markdown *.html *.htm *.xhtml *.epub *.docx *.pdf);;Text (*.txt *.md *.markdown);;Web pages (*.html *.htm *.xhtml);;EPUB books (*.epub);;Word documents (*.docx);;PDF documents (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="19"/>
        <source>Glossaries (*.toml *.csv);;All files (*)</source>
        <translation>Glossaries (*.toml *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="25"/>
        <source>TOML glossary (*.toml)</source>
        <translation>TOML glossary (*.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="26"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="27"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Anki deck (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="32"/>
        <source>Web Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Web Annotations (*.json *.jsonld);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="38"/>
        <source>CSV spreadsheet (*.csv);;Anki deck (*.apkg)</source>
        <translation>CSV spreadsheet (*.csv);;Anki deck (*.apkg)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="29"/>
        <location filename="../../desktop/reader/findbar.py" line="34"/>
        <source>Find in the text</source>
        <translation>Find in the text</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="33"/>
        <source>Text to find</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="38"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="43"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="44"/>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="48"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="49"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="53"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="54"/>
        <source>Close the Find bar</source>
        <translation>Close the Find bar</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="88"/>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="90"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="90"/>
        <source>%1 of more than %2</source>
        <translation>%1 of more than %2</translation>
    </message>
</context>
<context>
    <name>GlossariesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="50"/>
        <location filename="../../desktop/dialogs/glossaries.py" line="51"/>
        <source>Glossaries</source>
        <translation>Glossaries</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="59"/>
        <source>Glossaries for this document</source>
        <translation>Glossaries for this document</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="68"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="69"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="70"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="71"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="82"/>
        <source>Checked glossaries mark terms in this document; yours come first.</source>
        <translation>Checked glossaries mark terms in this document; yours come first.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="106"/>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="145"/>
        <source>New Glossary</source>
        <translation>New Glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="146"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="164"/>
        <location filename="../../desktop/dialogs/glossaries.py" line="175"/>
        <source>Import Glossary</source>
        <translation>Import Glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="206"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="212"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="223"/>
        <source>Export Glossary</source>
        <translation>Export Glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="260"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="267"/>
        <source>The bundled glossary cannot be deleted.</source>
        <translation>The bundled glossary cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="272"/>
        <source>Delete Glossary</source>
        <translation>Delete Glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="273"/>
        <source>Delete “%1” and its %2 entries?</source>
        <translation>Delete “%1” and its %2 entries?</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="285"/>
        <source>“%1”: %2 new, %3 changed, %4 unchanged entries imported.</source>
        <translation>“%1”: %2 new, %3 changed, %4 unchanged entries imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="289"/>
        <source>“%1”: %2 new, %3 changed, %4 unchanged entries.</source>
        <translation>“%1”: %2 new, %3 changed, %4 unchanged entries.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="295"/>
        <source>changed: %1 (%2)</source>
        <translation>changed: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="303"/>
        <source>%1 conflicts; nothing can be imported until fixed:</source>
        <translation>%1 conflicts; nothing can be imported until fixed:</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="55"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="66"/>
        <source>Search the glossary</source>
        <translation>Search the glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="67"/>
        <source>Search terms and definitions (Ctrl+K)</source>
        <translation>Search terms and definitions (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="74"/>
        <source>Search suggestions</source>
        <translation>Search suggestions</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="83"/>
        <source>Glossary entries</source>
        <translation>Glossary entries</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="93"/>
        <source>Glossary entries and entry</source>
        <translation>Glossary entries and entry</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="103"/>
        <source>Glossaries in use</source>
        <translation>Glossaries in use</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="108"/>
        <source>Glossaries…</source>
        <translation>Glossaries…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="109"/>
        <source>Choose glossaries</source>
        <translation>Choose glossaries</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="112"/>
        <source>Add term…</source>
        <translation>Add term…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="113"/>
        <source>Add a term to your glossary</source>
        <translation>Add a term to your glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="202"/>
        <source>no glossary</source>
        <translation>no glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="203"/>
        <source>Using: %1</source>
        <translation>Using: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="227"/>
        <source>No entry matches “%1”.</source>
        <translation>No entry matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="232"/>
        <source>Did you mean</source>
        <translation>Did you mean</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="233"/>
        <source>(Enter takes the first.)</source>
        <translation>(Enter takes the first.)</translation>
    </message>
</context>
<context>
    <name>HandInsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="41"/>
        <location filename="../../desktop/dialogs/handins.py" line="42"/>
        <source>Hand-ins</source>
        <translation>Hand-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="51"/>
        <source>Student / document</source>
        <translation>Student / document</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="51"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="51"/>
        <source>Handed in</source>
        <translation>Handed in</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="55"/>
        <source>Hand-ins by student</source>
        <translation>Hand-ins by student</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="65"/>
        <source>Export &amp;Spreadsheet…</source>
        <translation>Export &amp;Spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="67"/>
        <source>Export &amp;Handout…</source>
        <translation>Export &amp;Handout…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="69"/>
        <source>Export as &amp;Web Page…</source>
        <translation>Export as &amp;Web Page…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="92"/>
        <source>Class %1 (%2)</source>
        <translation>Class %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="98"/>
        <source>Reading the hand-ins…</source>
        <translation>Reading the hand-ins…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/handins.py" line="129"/>
        <source>%n student(s) handed in.</source>
        <translation>
            <numerusform>%n student handed in.</numerusform>
            <numerusform>%n students handed in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="131"/>
        <source>Nobody has handed in yet.</source>
        <translation>Nobody has handed in yet.</translation>
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="77"/>
        <source>Notes are not available.</source>
        <translation>Notes are not available.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="97"/>
        <source>Select a passage to highlight.</source>
        <translation>Select a passage to highlight.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="123"/>
        <source>Select a passage to write a note.</source>
        <translation>Select a passage to write a note.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="158"/>
        <source>Put the cursor in a highlight first.</source>
        <translation>Put the cursor in a highlight first.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="180"/>
        <source>the notes database is closed</source>
        <translation>the notes database is closed</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="201"/>
        <source>A note could not be saved (%1) nor kept in a file (%2).</source>
        <translation>A note could not be saved (%1) nor kept in a file (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="207"/>
        <source>A note could not be saved (%1). Its text is kept in %2.</source>
        <translation>A note could not be saved (%1). Its text is kept in %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="291"/>
        <source>This passage is no longer in the text; the note is kept.</source>
        <translation>This passage is no longer in the text; the note is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="318"/>
        <source>The document of this note cannot be found.</source>
        <translation>The document of this note cannot be found.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../desktop/workers.py" line="145"/>
        <source>Glossary Reader</source>
        <translation>Glossary Reader</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/labels.py" line="18"/>
        <source>Colour labels</source>
        <translation>Colour labels</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/labels.py" line="19"/>
        <source>Colour Labels</source>
        <translation>Colour Labels</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/labels.py" line="27"/>
        <source>Label of colour %1</source>
        <translation>Label of colour %1</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="134"/>
        <location filename="../../desktop/dialogs/library.py" line="135"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="142"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="155"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="159"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="162"/>
        <source>&amp;Locate…</source>
        <translation>&amp;Locate…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="164"/>
        <source>Find the file of a document that was moved</source>
        <translation>Find the file of a document that was moved</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="165"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="167"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="245"/>
        <source>Locate “%1”</source>
        <translation>Locate “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="272"/>
        <source>Remove from the Library</source>
        <translation>Remove from the Library</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="275"/>
        <source>Remove “%1” from the library?</source>
        <translation>Remove “%1” from the library?</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="284"/>
        <source>Remove, Keep Notes</source>
        <translation>Remove, Keep Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="288"/>
        <source>Remove with Notes</source>
        <translation>Remove with Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="306"/>
        <source>This document is open; open another one first.</source>
        <translation>This document is open; open another one first.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="70"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="71"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="72"/>
        <source>Last opened</source>
        <translation>Last opened</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="73"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="74"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="81"/>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="81"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="91"/>
        <source>file missing</source>
        <translation>file missing</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/mainwindow.py" line="99"/>
        <location filename="../../desktop/mainwindow.py" line="169"/>
        <source>Glossary Reader</source>
        <translation>Glossary Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="117"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="134"/>
        <source>Side panel</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="135"/>
        <source>G&amp;lossary</source>
        <translation>G&amp;lossary</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="136"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="137"/>
        <source>Wo&amp;rd</source>
        <translation>Wo&amp;rd</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="138"/>
        <source>Voca&amp;bulary</source>
        <translation>Voca&amp;bulary</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="139"/>
        <location filename="../../desktop/mainwindow.py" line="362"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="143"/>
        <source>Article and side panel</source>
        <translation>Article and side panel</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="151"/>
        <source>Terms marked</source>
        <translation>Terms marked</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="152"/>
        <source>Text encoding</source>
        <translation>Text encoding</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="153"/>
        <source>Reading progress</source>
        <translation>Reading progress</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="154"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="164"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="166"/>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="206"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="209"/>
        <source>Open a Markdown or text file</source>
        <translation>Open a Markdown or text file</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="214"/>
        <source>&amp;Library…</source>
        <translation>&amp;Library…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="217"/>
        <source>Every document you have opened, with your place</source>
        <translation>Every document you have opened, with your place</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="222"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="225"/>
        <source>Export the notes as a handout, spreadsheet, annotation file or Anki deck</source>
        <translation>Export the notes as a handout, spreadsheet, annotation file or Anki deck</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="230"/>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Import Annotations…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="233"/>
        <source>Add the highlights and notes of a shared file</source>
        <translation>Add the highlights and notes of a shared file</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="238"/>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ync Now</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="241"/>
        <source>Send your changes and merge those of your other devices</source>
        <translation>Send your changes and merge those of your other devices</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="245"/>
        <source>Sync &amp;Settings…</source>
        <translation>Sync &amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="248"/>
        <source>Where your notes sync to: a folder kept in step on every device</source>
        <translation>Where your notes sync to: a folder kept in step on every device</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="252"/>
        <source>&amp;Hand In This Document</source>
        <translation>&amp;Hand In This Document</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="255"/>
        <source>Send your notes on this document to your class&apos;s teacher</source>
        <translation>Send your notes on this document to your class&apos;s teacher</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="259"/>
        <source>Hand-&amp;ins…</source>
        <translation>Hand-&amp;ins…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="262"/>
        <source>What the students of a class you publish handed in</source>
        <translation>What the students of a class you publish handed in</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="264"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="318"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="326"/>
        <source>&amp;Find in Text…</source>
        <translation>&amp;Find in Text…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="329"/>
        <source>Find words in the text; every match is marked</source>
        <translation>Find words in the text; every match is marked</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="334"/>
        <source>&amp;Search Glossary</source>
        <translation>&amp;Search Glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="341"/>
        <source>&amp;Next Occurrence</source>
        <translation>&amp;Next Occurrence</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="348"/>
        <source>&amp;Previous Occurrence</source>
        <translation>&amp;Previous Occurrence</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="355"/>
        <location filename="../../desktop/mainwindow.py" line="946"/>
        <source>Add &amp;Bookmark</source>
        <translation>Add &amp;Bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="358"/>
        <source>Bookmark the place you are reading, or remove its bookmark</source>
        <translation>Bookmark the place you are reading, or remove its bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="370"/>
        <source>Go to &amp;Page…</source>
        <translation>Go to &amp;Page…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="373"/>
        <source>Go to a page of the document (a PDF)</source>
        <translation>Go to a page of the document (a PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="425"/>
        <source>&amp;Look Up Word</source>
        <translation>&amp;Look Up Word</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="428"/>
        <source>Show the root and meaning of the selected word</source>
        <translation>Show the root and meaning of the selected word</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="457"/>
        <source>&amp;Vocabulary</source>
        <translation>&amp;Vocabulary</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="464"/>
        <source>&amp;Review Words…</source>
        <translation>&amp;Review Words…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="471"/>
        <source>&amp;Export Vocabulary…</source>
        <translation>&amp;Export Vocabulary…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="478"/>
        <source>S&amp;peak Word</source>
        <translation>&amp;Speak Word</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="481"/>
        <source>Hear the selection, or the word looked up</source>
        <translation>Hear the selection, or the word looked up</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="486"/>
        <source>Speak Se&amp;ntence</source>
        <translation>Speak Se&amp;ntence</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="489"/>
        <source>Hear the sentence of the word looked up, or of the cursor</source>
        <translation>Hear the sentence of the word looked up, or of the cursor</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="493"/>
        <source>&amp;Dictionaries…</source>
        <translation>&amp;Dictionaries…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="517"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="525"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="532"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="501"/>
        <source>&amp;Indonesian Definition First</source>
        <translation>&amp;Indonesian Definition First</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="509"/>
        <source>E&amp;nglish Definition First</source>
        <translation>E&amp;nglish Definition First</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="1010"/>
        <source>No recent documents</source>
        <translation>No recent documents</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="594"/>
        <source>&amp;About Glossary Reader</source>
        <translation>&amp;About Glossary Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="394"/>
        <source>&amp;Add Term…</source>
        <translation>&amp;Add Term…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="397"/>
        <source>Define the selected words in your own glossary</source>
        <translation>Define the selected words in your own glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="402"/>
        <source>&amp;Edit Term…</source>
        <translation>&amp;Edit Term…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="405"/>
        <source>Edit the entry shown (a bundled entry is copied into your glossary)</source>
        <translation>Edit the entry shown (a bundled entry is copied into your glossary)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="410"/>
        <source>&amp;Delete Term</source>
        <translation>&amp;Delete Term</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="417"/>
        <source>&amp;Glossaries…</source>
        <translation>&amp;Glossaries…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="542"/>
        <source>The page of a PDF as printed, with its figures and tables</source>
        <translation>The page of a PDF as printed, with its figures and tables</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="666"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="670"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="186"/>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="269"/>
        <source>Highlight %1</source>
        <translation>Highlight %1</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="277"/>
        <source>Add or Edit &amp;Note</source>
        <translation>Add or Edit &amp;Note</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="280"/>
        <source>Highlight the selection if needed and write its note</source>
        <translation>Highlight the selection if needed and write its note</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="292"/>
        <source>Colour &amp;Labels…</source>
        <translation>Colour &amp;Labels…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="298"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="302"/>
        <source>Notes in &amp;English</source>
        <translation>Notes in &amp;English</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="310"/>
        <source>Notes in &amp;Indonesian</source>
        <translation>Notes in &amp;Indonesian</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="285"/>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Delete Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="443"/>
        <source>Show Word &amp;Status</source>
        <translation>Show Word &amp;Status</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="450"/>
        <source>Show &amp;Unknown Words</source>
        <translation>Show &amp;Unknown Words</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="546"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="187"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="187"/>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="187"/>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="187"/>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="365"/>
        <source>Show or hide the chapters and headings of the document</source>
        <translation>Show or hide the chapters and headings of the document</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="377"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="380"/>
        <source>Back to the entry or the place before</source>
        <translation>Back to the entry or the place before</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="385"/>
        <source>For&amp;ward</source>
        <translation>For&amp;ward</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="388"/>
        <source>Forward again</source>
        <translation>Forward again</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="434"/>
        <source>Mark Word %1</source>
        <translation>Mark Word %1</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="539"/>
        <source>Show &amp;Original Page</source>
        <translation>Show &amp;Original Page</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="554"/>
        <location filename="../../desktop/mainwindow.py" line="930"/>
        <source>&amp;Read Aloud</source>
        <translation>&amp;Read Aloud</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="557"/>
        <source>Read the text aloud from where you are; again to pause and go on</source>
        <translation>Read the text aloud from where you are; again to pause and go on</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="562"/>
        <source>S&amp;top Reading Aloud</source>
        <translation>S&amp;top Reading Aloud</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="568"/>
        <source>&amp;Caret Browsing</source>
        <translation>&amp;Caret Browsing</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="571"/>
        <source>A caret in the text that the arrow keys move; with Shift they select</source>
        <translation>A caret in the text that the arrow keys move; with Shift they select</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="576"/>
        <source>Show C&amp;lass Notes</source>
        <translation>Show C&amp;lass Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="579"/>
        <source>Underline the notes of the classes you follow beside your own</source>
        <translation>Underline the notes of the classes you follow beside your own</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="585"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="588"/>
        <source>Every key of the app, to search by action or key</source>
        <translation>Every key of the app, to search by action or key</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="591"/>
        <source>Show &amp;Tour</source>
        <translation>Show &amp;Tour</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="675"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="677"/>
        <source>Text &amp;Encoding</source>
        <translation>Text &amp;Encoding</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="694"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="703"/>
        <source>&amp;Class</source>
        <translation>&amp;Class</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="708"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="715"/>
        <source>&amp;Spelling of Notes</source>
        <translation>&amp;Spelling of Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="719"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="729"/>
        <source>Gl&amp;ossary</source>
        <translation>Gl&amp;ossary</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="733"/>
        <source>&amp;Words</source>
        <translation>&amp;Words</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="746"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="758"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="763"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="765"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="927"/>
        <source>Pause &amp;Reading Aloud</source>
        <translation>Pause &amp;Reading Aloud</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="928"/>
        <source>Go On &amp;Reading Aloud</source>
        <translation>Go On &amp;Reading Aloud</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="946"/>
        <source>Remove &amp;Bookmark</source>
        <translation>Remove &amp;Bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="1037"/>
        <source>Caret browsing on: the arrow keys move a caret in the text (F7 turns it off)</source>
        <translation>Caret browsing on: the arrow keys move a caret in the text (F7 turns it off)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="1039"/>
        <source>Caret browsing off: the arrow keys scroll the text</source>
        <translation>Caret browsing off: the arrow keys scroll the text</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="1052"/>
        <source>About Glossary Reader</source>
        <translation>About Glossary Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="1053"/>
        <source>Glossary Reader %1
Read an article beside a bilingual glossary.</source>
        <translation>Glossary Reader %1
Read an article beside a bilingual glossary.</translation>
    </message>
</context>
<context>
    <name>MarkingController</name>
    <message>
        <location filename="../../desktop/controllers/marking.py" line="75"/>
        <source>Marking glossary terms…</source>
        <translation>Marking glossary terms…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/marking.py" line="91"/>
        <source>Marking the terms</source>
        <translation>Marking the terms</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/marking.py" line="92"/>
        <source>Stop marking the terms</source>
        <translation>Stop marking the terms</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/messagebar.py" line="18"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../desktop/messagebar.py" line="30"/>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/panels/notes.py" line="134"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Add “%1” to Dictionary</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../desktop/panels/noteslist.py" line="155"/>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/noteslist.py" line="159"/>
        <source>Not found in this text</source>
        <translation>Not found in this text</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/noteslist.py" line="162"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/noteslist.py" line="179"/>
        <source>Terms: %1</source>
        <translation>Terms: %1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/panels/notes.py" line="191"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="205"/>
        <source>Search the notes of all documents</source>
        <translation>Search the notes of all documents</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="206"/>
        <source>Search all notes</source>
        <translation>Search all notes</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="210"/>
        <source>Show highlights of colour, or bookmarks</source>
        <translation>Show highlights of colour, or bookmarks</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="218"/>
        <source>Highlights and bookmarks</source>
        <translation>Highlights and bookmarks</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="229"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="230"/>
        <location filename="../../desktop/panels/notes.py" line="385"/>
        <location filename="../../desktop/panels/notes.py" line="493"/>
        <source>Select a highlight to write its note.</source>
        <translation>Select a highlight to write its note.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="235"/>
        <source>Glossary terms in this highlight</source>
        <translation>Glossary terms in this highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="240"/>
        <location filename="../../desktop/panels/notes.py" line="241"/>
        <source>Show the definitions of these terms</source>
        <translation>Show the definitions of these terms</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="249"/>
        <source>Note saved state</source>
        <translation>Note saved state</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="269"/>
        <source>Highlights, bookmarks and note</source>
        <translation>Highlights, bookmarks and note</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="348"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="537"/>
        <source>Terms: %1</source>
        <translation>Terms: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="568"/>
        <source>Go to Bookmark</source>
        <translation>Go to Bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="568"/>
        <source>Show in Text</source>
        <translation>Show in Text</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="571"/>
        <source>Delete Bookmark</source>
        <translation>Delete Bookmark</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="571"/>
        <source>Delete Highlight</source>
        <translation>Delete Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="299"/>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="304"/>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="460"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="489"/>
        <source>Write your note on this passage.</source>
        <translation>Write your note on this passage.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="491"/>
        <source>A bookmark has no note.</source>
        <translation>A bookmark has no note.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="517"/>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
</context>
<context>
    <name>OwnGlossariesController</name>
    <message>
        <location filename="../../desktop/controllers/ownglossaries.py" line="69"/>
        <source>My glossary</source>
        <translation>My glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/ownglossaries.py" line="143"/>
        <location filename="../../desktop/controllers/ownglossaries.py" line="214"/>
        <source>Own glossaries need the notes database, which is off.</source>
        <translation>Own glossaries need the notes database, which is off.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/ownglossaries.py" line="175"/>
        <source>Open an entry in the glossary first.</source>
        <translation>Open an entry in the glossary first.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/ownglossaries.py" line="200"/>
        <source>Only terms of your own glossaries can be deleted.</source>
        <translation>Only terms of your own glossaries can be deleted.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="38"/>
        <source>Original page</source>
        <translation>Original page</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="39"/>
        <source>Original Page</source>
        <translation>Original Page</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="45"/>
        <source>The page as printed</source>
        <translation>The page as printed</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="51"/>
        <source>&amp;Previous Page</source>
        <translation>&amp;Previous Page</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="53"/>
        <source>&amp;Next Page</source>
        <translation>&amp;Next Page</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="94"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PagesController</name>
    <message>
        <location filename="../../desktop/controllers/pages.py" line="82"/>
        <source>Go to Page</source>
        <translation>Go to Page</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/pages.py" line="83"/>
        <source>Page (1–%1):</source>
        <translation>Page (1–%1):</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="86"/>
        <location filename="../../desktop/dialogs/preferences.py" line="87"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="91"/>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="93"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="101"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="103"/>
        <source>As the system (light or dark)</source>
        <translation>As the system (light or dark)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="104"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="105"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="106"/>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="112"/>
        <source>Font of the text</source>
        <translation>Font of the text</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="116"/>
        <source>Default Font</source>
        <translation>Default Font</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="118"/>
        <source>Use the default font</source>
        <translation>Use the default font</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="124"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="129"/>
        <location filename="../../desktop/dialogs/preferences.py" line="187"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="133"/>
        <source>Line spacing</source>
        <translation>Line spacing</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="147"/>
        <source>As wide as the window</source>
        <translation>As wide as the window</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="142"/>
        <source>Width of the text</source>
        <translation>Width of the text</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="144"/>
        <source>Narrow (about 60 characters)</source>
        <translation>Narrow (about 60 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="145"/>
        <source>Medium (about 70 characters)</source>
        <translation>Medium (about 70 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="146"/>
        <source>Wide (about 85 characters)</source>
        <translation>Wide (about 85 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="153"/>
        <source>Glossary terms underlined</source>
        <translation>Glossary terms underlined</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="155"/>
        <source>The first in each section</source>
        <translation>The first in each section</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="156"/>
        <source>Every occurrence</source>
        <translation>Every occurrence</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="157"/>
        <source>Only when I point at one</source>
        <translation>Only when I point at one</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="163"/>
        <source>Definition shown first</source>
        <translation>Definition shown first</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="164"/>
        <location filename="../../desktop/dialogs/preferences.py" line="170"/>
        <location filename="../../desktop/dialogs/preferences.py" line="179"/>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="164"/>
        <location filename="../../desktop/dialogs/preferences.py" line="170"/>
        <location filename="../../desktop/dialogs/preferences.py" line="180"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="169"/>
        <source>Spelling of notes</source>
        <translation>Spelling of notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="173"/>
        <source>&amp;Dictionary Folders…</source>
        <translation>&amp;Dictionary Folders…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="175"/>
        <source>Dictionary folders</source>
        <translation>Dictionary folders</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="186"/>
        <source>Voice for %1</source>
        <translation>Voice for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="194"/>
        <source>Reading speed in %1</source>
        <translation>Reading speed in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="202"/>
        <source>S&amp;ync…</source>
        <translation>S&amp;ync…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="204"/>
        <source>Sync settings</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="205"/>
        <source>Your notes on every device, through a shared folder</source>
        <translation>Your notes on every device, through a shared folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="207"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="208"/>
        <source>(used from the next start)</source>
        <translation>(used from the next start)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="211"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="212"/>
        <source>&amp;Font:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="214"/>
        <source>Text &amp;size:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="215"/>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Line spacing:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="216"/>
        <source>Text &amp;width:</source>
        <translation>Text &amp;width:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="217"/>
        <source>&amp;Underline terms:</source>
        <translation>&amp;Underline terms:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="218"/>
        <source>Definition &amp;first:</source>
        <translation>Definition &amp;first:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="219"/>
        <source>S&amp;pelling of notes:</source>
        <translation>S&amp;pelling of notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="220"/>
        <source>Dictionaries:</source>
        <translation>Dictionaries:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="221"/>
        <source>Sync:</source>
        <translation>Sync:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="222"/>
        <source>Indonesian &amp;voice:</source>
        <translation>Indonesian &amp;voice:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="223"/>
        <source>I&amp;ndonesian speed:</source>
        <translation>I&amp;ndonesian speed:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="224"/>
        <source>English v&amp;oice:</source>
        <translation>English v&amp;oice:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="225"/>
        <source>English sp&amp;eed:</source>
        <translation>English sp&amp;eed:</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/translations.py" line="69"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop/translations.py" line="94"/>
        <source>The file cannot be read: %1.</source>
        <translation>The file cannot be read: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/translations.py" line="97"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <location filename="../../desktop/progressbox.py" line="22"/>
        <source>Marking the terms</source>
        <translation>Marking the terms</translation>
    </message>
    <message>
        <location filename="../../desktop/progressbox.py" line="26"/>
        <source>Terms marked so far</source>
        <translation>Terms marked so far</translation>
    </message>
    <message>
        <location filename="../../desktop/progressbox.py" line="28"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/progressbox.py" line="30"/>
        <source>Stop marking the terms</source>
        <translation>Stop marking the terms</translation>
    </message>
    <message>
        <location filename="../../desktop/progressbox.py" line="49"/>
        <source>Marking terms… %p%</source>
        <translation>Marking terms… %p%</translation>
    </message>
</context>
<context>
    <name>ProgressController</name>
    <message>
        <location filename="../../desktop/controllers/progress.py" line="65"/>
        <source>The time left at your own pace: about %1 characters a minute</source>
        <translation>The time left at your own pace: about %1 characters a minute</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/progress.py" line="76"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/progress.py" line="80"/>
        <source>p. %1 of %2</source>
        <translation>p. %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/progress.py" line="86"/>
        <source>%1 min left</source>
        <translation>%1 min left</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/progress.py" line="89"/>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min left</translation>
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="104"/>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="104"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="106"/>
        <source>No voice for %1 was found. Install espeak-ng, which has one.</source>
        <translation>No voice for %1 was found. Install espeak-ng, which has one.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="197"/>
        <location filename="../../desktop/controllers/readaloud.py" line="207"/>
        <source>Select a word or a passage to hear it.</source>
        <translation>Select a word or a passage to hear it.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="277"/>
        <source>Read aloud to the end.</source>
        <translation>Read aloud to the end.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="289"/>
        <source>Reading aloud paused (Ctrl+Shift+Space goes on).</source>
        <translation>Reading aloud paused (Ctrl+Shift+Space goes on).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="333"/>
        <source>The text could not be spoken: %1</source>
        <translation>The text could not be spoken: %1</translation>
    </message>
</context>
<context>
    <name>ReaderCaret</name>
    <message>
        <location filename="../../desktop/reader/caret.py" line="73"/>
        <source>Caret browsing on</source>
        <translation>Caret browsing on</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/caret.py" line="73"/>
        <source>Caret browsing off</source>
        <translation>Caret browsing off</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/reader/view.py" line="106"/>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="38"/>
        <source>Review words</source>
        <translation>Review words</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="39"/>
        <source>Review Words</source>
        <translation>Review Words</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="45"/>
        <source>Words due</source>
        <translation>Words due</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="49"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="53"/>
        <source>Show Answer (Space)</source>
        <translation>Show Answer (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="55"/>
        <source>Show answer</source>
        <translation>Show answer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="58"/>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="58"/>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="58"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="58"/>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="63"/>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="69"/>
        <source>&amp;Known (K)</source>
        <translation>&amp;Known (K)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="71"/>
        <source>I know this word</source>
        <translation>I know this word</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="72"/>
        <source>Mark the word known: it leaves the review queue</source>
        <translation>Mark the word known: it leaves the review queue</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="80"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="81"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="83"/>
        <source>Close the review</source>
        <translation>Close the review</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="113"/>
        <source>Due now: %1 (%2 never reviewed, %3 again) · answered this session: %4</source>
        <translation>Due now: %1 (%2 never reviewed, %3 again) · answered this session: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="121"/>
        <source>Nothing to review now.</source>
        <translation>Nothing to review now.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="131"/>
        <source>Keep words from the Word view to review them here.</source>
        <translation>Keep words from the Word view to review them here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/review.py" line="138"/>
        <source>The next word is due in %n minute(s).</source>
        <translation>
            <numerusform>The next word is due in %n minute.</numerusform>
            <numerusform>The next word is due in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="140"/>
        <source>The next word is due on %1.</source>
        <translation>The next word is due on %1.</translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <location filename="../../desktop/reader/selectionbar.py" line="36"/>
        <source>Highlight the selection</source>
        <translation>Highlight the selection</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <location filename="../../desktop/controllers/sharing.py" line="77"/>
        <source>Open a document first.</source>
        <translation>Open a document first.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sharing.py" line="90"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sharing.py" line="97"/>
        <source>Import Annotations</source>
        <translation>Import Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sharing.py" line="107"/>
        <source>Notes are not available, so nothing can be imported.</source>
        <translation>Notes are not available, so nothing can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sharing.py" line="130"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/sharing.py" line="137"/>
        <source>Imported %n highlight(s) into %2;</source>
        <translation>
            <numerusform>Imported %n highlight into %2;</numerusform>
            <numerusform>Imported %n highlights into %2;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/sharing.py" line="139"/>
        <source>%n were already here.</source>
        <translation>
            <numerusform>%n was already here.</numerusform>
            <numerusform>%n were already here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="65"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="70"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="75"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="80"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="85"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="90"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="95"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="100"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="105"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="135"/>
        <source>In the text</source>
        <translation>In the text</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="67"/>
        <source>Go to the next or the previous marked term</source>
        <translation>Go to the next or the previous marked term</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="76"/>
        <source>Double-click</source>
        <translation>Double-click</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="72"/>
        <source>Open the card of the marked term gone to with Tab</source>
        <translation>Open the card of the marked term gone to with Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="77"/>
        <source>Look up the word on a card: its root and meaning</source>
        <translation>Look up the word on a card: its root and meaning</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="92"/>
        <source>Select a word at a time</source>
        <translation>Select a word at a time</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="82"/>
        <source>Select from where you clicked, a letter at a time</source>
        <translation>Select from where you clicked, a letter at a time</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="87"/>
        <source>Select a line at a time</source>
        <translation>Select a line at a time</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="97"/>
        <source>Select to the line&apos;s start or end</source>
        <translation>Select to the line&apos;s start or end</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="102"/>
        <source>Select a screen up or down</source>
        <translation>Select a screen up or down</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="107"/>
        <source>Clear the selection</source>
        <translation>Clear the selection</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="110"/>
        <source>Note editor</source>
        <translation>Note editor</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="112"/>
        <source>Back to the text (the note is kept)</source>
        <translation>Back to the text (the note is kept)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="115"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="120"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="125"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="130"/>
        <source>Word card</source>
        <translation>Word card</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="117"/>
        <source>Mark the word new, learning, known or ignored</source>
        <translation>Mark the word new, learning, known or ignored</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="122"/>
        <source>Keep the word in your vocabulary</source>
        <translation>Keep the word in your vocabulary</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="127"/>
        <source>Open the word or the entry in the side panel</source>
        <translation>Open the word or the entry in the side panel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="132"/>
        <source>Close the card and go back to the text</source>
        <translation>Close the card and go back to the text</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="137"/>
        <source>Go to the top or the end of the text</source>
        <translation>Go to the top or the end of the text</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="140"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="145"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="150"/>
        <source>Glossary search</source>
        <translation>Glossary search</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="142"/>
        <source>Move through the results</source>
        <translation>Move through the results</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="147"/>
        <source>Open the result chosen (or the first suggestion)</source>
        <translation>Open the result chosen (or the first suggestion)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="152"/>
        <source>Clear the search; on an empty field, go back to the text</source>
        <translation>Clear the search; on an empty field, go back to the text</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="155"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="160"/>
        <source>Find bar</source>
        <translation>Find bar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="157"/>
        <source>Go to the next or the previous match</source>
        <translation>Go to the next or the previous match</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="162"/>
        <source>Close the Find bar</source>
        <translation>Close the Find bar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="165"/>
        <source>Vocabulary tab</source>
        <translation>Vocabulary tab</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="167"/>
        <source>Delete the chosen word (Undo brings it back)</source>
        <translation>Delete the chosen word (Undo brings it back)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="170"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="175"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="180"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="172"/>
        <source>Show the answer</source>
        <translation>Show the answer</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="177"/>
        <source>Answer: again, hard, good, easy</source>
        <translation>Answer: again, hard, good, easy</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="182"/>
        <source>I know this word: it leaves the review</source>
        <translation>I know this word: it leaves the review</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="232"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="387"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="388"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="394"/>
        <source>Search the shortcuts</source>
        <translation>Search the shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="395"/>
        <source>Search by action or key</source>
        <translation>Search by action or key</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="399"/>
        <source>Shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="413"/>
        <source>No shortcut found</source>
        <translation>No shortcut found</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="419"/>
        <source>Buttons</source>
        <translation>Buttons</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="422"/>
        <source>Close the shortcuts</source>
        <translation>Close the shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="447"/>
        <source>No shortcut matches “%1”.</source>
        <translation>No shortcut matches “%1”.</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="302"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="302"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="340"/>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="175"/>
        <source>Sync is not set up: choose where in File &gt; Sync Settings…</source>
        <translation>Sync is not set up: choose where in File &gt; Sync Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="190"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="206"/>
        <source>Synced %1, with problems</source>
        <translation>Synced %1, with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="209"/>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="211"/>
        <source>Sent %1 changes, received %2.</source>
        <translation>Sent %1 changes, received %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="228"/>
        <source>Not synced: changes wait</source>
        <translation>Not synced: changes wait</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="272"/>
        <source>Notes sync through %1 from now on.</source>
        <translation>Notes sync through %1 from now on.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="278"/>
        <source>This computer has no system keyring: the password and passphrase are kept only until the app closes; give them here again next time.</source>
        <translation>This computer has no system keyring: the password and passphrase are kept only until the app closes; give them here again next time.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/sync.py" line="308"/>
        <source>The server answers: it holds %n library(ies) of Glossary Reader.</source>
        <translation>
            <numerusform>The server answers: it holds %n library of Glossary Reader.</numerusform>
            <numerusform>The server answers: it holds %n libraries of Glossary Reader.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="62"/>
        <source>Sync settings</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="63"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="113"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="80"/>
        <source>Sync folder</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="81"/>
        <source>A folder shared by your computers</source>
        <translation>A folder shared by your computers</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="82"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="84"/>
        <source>Choose the sync folder</source>
        <translation>Choose the sync folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="67"/>
        <source>Your highlights, notes, labels, bookmarks, reading places and kept words on every computer you read on, through a folder that a sync program (Syncthing, Nextcloud, Dropbox…) keeps the same on each, a USB stick, or a WebDAV server. Set up the same place on each computer.</source>
        <translation>Your highlights, notes, labels, bookmarks, reading places and kept words on every computer you read on, through a folder that a sync program (Syncthing, Nextcloud, Dropbox…) keeps the same on each, a USB stick, or a WebDAV server. Set up the same place on each computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="75"/>
        <source>Sync through</source>
        <translation>Sync through</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="76"/>
        <source>A folder</source>
        <translation>A folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="77"/>
        <source>A WebDAV server (Nextcloud, ownCloud…)</source>
        <translation>A WebDAV server (Nextcloud, ownCloud…)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="85"/>
        <source>WebDAV address</source>
        <translation>WebDAV address</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="87"/>
        <source>WebDAV user name</source>
        <translation>WebDAV user name</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="88"/>
        <source>WebDAV password</source>
        <translation>WebDAV password</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="90"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="92"/>
        <source>Test the connection to the WebDAV server</source>
        <translation>Test the connection to the WebDAV server</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="93"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Encrypt with a passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="95"/>
        <source>Encrypt with a passphrase</source>
        <translation>Encrypt with a passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="98"/>
        <source>What is written to the folder or server cannot be read without it. A lost passphrase cannot be recovered.</source>
        <translation>What is written to the folder or server cannot be read without it. A lost passphrase cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="102"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="104"/>
        <source>The passphrase again</source>
        <translation>The passphrase again</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="106"/>
        <source>&amp;Use These Settings</source>
        <translation>&amp;Use These Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="108"/>
        <source>Sync this way</source>
        <translation>Sync this way</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="110"/>
        <source>Sync message</source>
        <translation>Sync message</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="114"/>
        <source>Sync &amp;Now</source>
        <translation>Sync &amp;Now</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="116"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="123"/>
        <source>Sync &amp;through:</source>
        <translation>Sync &amp;through:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="124"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="125"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="126"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="127"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="130"/>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="131"/>
        <source>A&amp;gain:</source>
        <translation>A&amp;gain:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="180"/>
        <source>Give the WebDAV address.</source>
        <translation>Give the WebDAV address.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="180"/>
        <source>Choose a folder.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="184"/>
        <source>Give the user name for the WebDAV server.</source>
        <translation>Give the user name for the WebDAV server.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="190"/>
        <source>Give the passphrase.</source>
        <translation>Give the passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="193"/>
        <source>The two passphrases typed differ.</source>
        <translation>The two passphrases typed differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="208"/>
        <source>Sync is not set up.</source>
        <translation>Sync is not set up.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="218"/>
        <source>Syncing through %1.</source>
        <translation>Syncing through %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="219"/>
        <source>Last sync: %1.</source>
        <translation>Last sync: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="220"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="222"/>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Changes waiting to be sent: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="224"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="238"/>
        <source>Sync Folder</source>
        <translation>Sync Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="246"/>
        <source>Setting up…</source>
        <translation>Setting up…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="253"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
</context>
<context>
    <name>TermsController</name>
    <message>
        <location filename="../../desktop/controllers/terms.py" line="84"/>
        <source>Choose a term first.</source>
        <translation>Choose a term first.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/terms.py" line="88"/>
        <source>This term does not occur in the text.</source>
        <translation>This term does not occur in the text.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/terms.py" line="93"/>
        <source>%1: occurrence %2 of %3</source>
        <translation>%1: occurrence %2 of %3</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="38"/>
        <source>Terms with a dotted line</source>
        <translation>Terms with a dotted line</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="39"/>
        <source>A word or phrase with a dotted line under it is in the glossary. Click it (or reach it with %1 and press %2) to read its entry, in Indonesian and in English.</source>
        <translation>A word or phrase with a dotted line under it is in the glossary. Click it (or reach it with %1 and press %2) to read its entry, in Indonesian and in English.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="48"/>
        <source>Any word, looked up</source>
        <translation>Any word, looked up</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="49"/>
        <source>Double-click any word of the text to see its root, its affixes and what it means. Keep the words you want to learn, and review them later with %1.</source>
        <translation>Double-click any word of the text to see its root, its affixes and what it means. Keep the words you want to learn, and review them later with %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="57"/>
        <source>Highlights and notes</source>
        <translation>Highlights and notes</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="58"/>
        <source>Select a passage and press %1 to %2 to highlight it in one of five colours; %3 writes a note on it. Your notes are listed in the Notes tab, and %4 undoes any change.</source>
        <translation>Select a passage and press %1 to %2 to highlight it in one of five colours; %3 writes a note on it. Your notes are listed in the Notes tab, and %4 undoes any change.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="67"/>
        <source>Handouts for class</source>
        <translation>Handouts for class</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="68"/>
        <source>File &gt; Export (%1) turns your highlights and notes into a handout to print or share, as a web page or a PDF, or into a spreadsheet or an Anki deck. Help &gt; Keyboard Shortcuts (%2) lists every key.</source>
        <translation>File &gt; Export (%1) turns your highlights and notes into a handout to print or share, as a web page or a PDF, or into a spreadsheet or an Anki deck. Help &gt; Keyboard Shortcuts (%2) lists every key.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="95"/>
        <source>Tour of Glossary Reader</source>
        <translation>Tour of Glossary Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="96"/>
        <source>Welcome to Glossary Reader</source>
        <translation>Welcome to Glossary Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="101"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="105"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="113"/>
        <source>What it teaches</source>
        <translation>What it teaches</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="118"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="120"/>
        <source>Previous card</source>
        <translation>Previous card</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="121"/>
        <source>&amp;Skip Tour</source>
        <translation>&amp;Skip Tour</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="123"/>
        <source>End the tour</source>
        <translation>End the tour</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="124"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="126"/>
        <source>Next card</source>
        <translation>Next card</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="127"/>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="129"/>
        <source>Finish the tour</source>
        <translation>Finish the tour</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="155"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/dialogs/trash.py" line="32"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash.py" line="33"/>
        <source>Trash (kept for 30 days)</source>
        <translation>Trash (kept for 30 days)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash.py" line="37"/>
        <source>Deleted highlights</source>
        <translation>Deleted highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash.py" line="39"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash.py" line="54"/>
        <source>deleted %1</source>
        <translation>deleted %1</translation>
    </message>
</context>
<context>
    <name>VocabularyController</name>
    <message>
        <location filename="../../desktop/controllers/vocabulary.py" line="110"/>
        <source>Deleted “%1” (Ctrl+Z brings it back).</source>
        <translation>Deleted “%1” (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/vocabulary.py" line="137"/>
        <source>Export Vocabulary</source>
        <translation>Export Vocabulary</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/vocabulary.py" line="140"/>
        <source>vocabulary.csv</source>
        <translation>vocabulary.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/vocabulary.py" line="162"/>
        <source>No words are listed in the Vocabulary tab: nothing to export.</source>
        <translation>No words are listed in the Vocabulary tab: nothing to export.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/vocabulary.py" line="179"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="72"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="73"/>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="105"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="105"/>
        <source>learning</source>
        <translation>learning</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="105"/>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="105"/>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
</context>
<context>
    <name>VocabularyPanel</name>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="183"/>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="191"/>
        <source>Search the vocabulary</source>
        <translation>Search the vocabulary</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="192"/>
        <source>Search words and glosses</source>
        <translation>Search words and glosses</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="196"/>
        <source>Show words of status</source>
        <translation>Show words of status</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="197"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="202"/>
        <source>Show words of document</source>
        <translation>Show words of document</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="203"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="204"/>
        <source>This document</source>
        <translation>This document</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="207"/>
        <source>Kept words</source>
        <translation>Kept words</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="226"/>
        <source>Words and reviews due</source>
        <translation>Words and reviews due</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="228"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="230"/>
        <source>Review due words</source>
        <translation>Review due words</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="231"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="233"/>
        <source>Export the vocabulary</source>
        <translation>Export the vocabulary</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="234"/>
        <source>Export the words listed (filters apply)</source>
        <translation>Export the words listed (filters apply)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="235"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="237"/>
        <source>Delete the selected word</source>
        <translation>Delete the selected word</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="286"/>
        <source>%1 words · due now: %2</source>
        <translation>%1 words · due now: %2</translation>
    </message>
</context>
<context>
    <name>WordCard</name>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="86"/>
        <source>Word card</source>
        <translation>Word card</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="102"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="109"/>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="110"/>
        <source>Hear it (S)</source>
        <translation>Hear it (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="114"/>
        <source>Other language</source>
        <translation>Other language</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="115"/>
        <source>How the word is built</source>
        <translation>How the word is built</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="116"/>
        <source>Part of speech</source>
        <translation>Part of speech</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="117"/>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="119"/>
        <source>Word status</source>
        <translation>Word status</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="124"/>
        <source>Glossary entry of the word</source>
        <translation>Glossary entry of the word</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="125"/>
        <source>Show the entry in the Glossary tab</source>
        <translation>Show the entry in the Glossary tab</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="129"/>
        <location filename="../../desktop/reader/wordcard.py" line="268"/>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="131"/>
        <source>Keep this word</source>
        <translation>Keep this word</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="132"/>
        <source>Add the word to your vocabulary (K)</source>
        <translation>Add the word to your vocabulary (K)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="134"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="134"/>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="134"/>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="134"/>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="142"/>
        <source>Mark as %1</source>
        <translation>Mark as %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="144"/>
        <source>%1 (key %2)</source>
        <translation>%1 (key %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="151"/>
        <source>&amp;Open in Panel</source>
        <translation>&amp;Open in Panel</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="153"/>
        <source>Open in the side panel</source>
        <translation>Open in the side panel</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="154"/>
        <source>Everything about it in the side panel (Enter)</source>
        <translation>Everything about it in the side panel (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="212"/>
        <source>A name, left untranslated.</source>
        <translation>A name, left untranslated.</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="216"/>
        <location filename="../../desktop/reader/wordcard.py" line="221"/>
        <source>Root: %1</source>
        <translation>Root: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="218"/>
        <source>Standard spelling: %1</source>
        <translation>Standard spelling: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="227"/>
        <source>Not in the word list or any installed dictionary.</source>
        <translation>Not in the word list or any installed dictionary.</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="230"/>
        <source>In the glossary: %1</source>
        <translation>In the glossary: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="237"/>
        <source>Everything about the word in the Word tab (Enter)</source>
        <translation>Everything about the word in the Word tab (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="259"/>
        <source>The whole entry in the Glossary tab (Enter)</source>
        <translation>The whole entry in the Glossary tab (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="267"/>
        <source>Not in your vocabulary.</source>
        <translation>Not in your vocabulary.</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="271"/>
        <source>Kept as “%1”: %2</source>
        <translation>Kept as “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="275"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
</context>
<context>
    <name>WordPanel</name>
    <message>
        <location filename="../../desktop/panels/word.py" line="84"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="89"/>
        <source>Word lookup</source>
        <translation>Word lookup</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="96"/>
        <source>Gloss to keep</source>
        <translation>Gloss to keep</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="102"/>
        <location filename="../../desktop/panels/word.py" line="316"/>
        <source>&amp;Keep This Word</source>
        <translation>&amp;Keep This Word</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="104"/>
        <source>Keep this word</source>
        <translation>Keep this word</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="105"/>
        <source>Add the word to your vocabulary with this gloss</source>
        <translation>Add the word to your vocabulary with this gloss</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="108"/>
        <source>Word status</source>
        <translation>Word status</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="114"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="114"/>
        <source>Learning</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="114"/>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="114"/>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="119"/>
        <source>Mark as %1</source>
        <translation>Mark as %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="120"/>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="124"/>
        <source>&amp;Listen</source>
        <translation>&amp;Listen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="126"/>
        <source>Listen to the word</source>
        <translation>Listen to the word</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="127"/>
        <source>Hear the word (Ctrl+Shift+S)</source>
        <translation>Hear the word (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="129"/>
        <source>Listen to the &amp;Sentence</source>
        <translation>Listen to the &amp;Sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="132"/>
        <source>Listen to the sentence</source>
        <translation>Listen to the sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="134"/>
        <source>Hear the sentence the word stands in (Ctrl+Alt+S)</source>
        <translation>Hear the sentence the word stands in (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="169"/>
        <source>Double-click any word of the text, or select it and press Ctrl+D.</source>
        <translation>Double-click any word of the text, or select it and press Ctrl+D.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="170"/>
        <source>Keys 1-4 mark the word new, learning, known or ignored.</source>
        <translation>Keys 1-4 mark the word new, learning, known or ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="200"/>
        <source>A number.</source>
        <translation>A number.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="203"/>
        <source>A name, left untranslated.</source>
        <translation>A name, left untranslated.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="208"/>
        <source>Root: %1</source>
        <translation>Root: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="212"/>
        <source>Standard spelling: %1</source>
        <translation>Standard spelling: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="217"/>
        <source>In the text</source>
        <translation>In the text</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="248"/>
        <source>English words for it</source>
        <translation>English words for it</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="255"/>
        <source>Not in the word list or any installed dictionary.</source>
        <translation>Not in the word list or any installed dictionary.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="263"/>
        <source>Same root in this text (%1)</source>
        <translation>Same root in this text (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="285"/>
        <source>In the glossary</source>
        <translation>In the glossary</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="309"/>
        <source>Kept as “%1”: %2</source>
        <translation>Kept as “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="313"/>
        <source>Update &amp;Gloss</source>
        <translation>Update &amp;Gloss</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="315"/>
        <source>Not in your vocabulary.</source>
        <translation>Not in your vocabulary.</translation>
    </message>
</context>
<context>
    <name>WordsController</name>
    <message>
        <location filename="../../desktop/controllers/words.py" line="216"/>
        <source>The words of the text could not be read: %1</source>
        <translation>The words of the text could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/words.py" line="231"/>
        <source>Select a word to look it up.</source>
        <translation>Select a word to look it up.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/words.py" line="342"/>
        <source>Notes are not available.</source>
        <translation>Notes are not available.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/words.py" line="375"/>
        <source>Look a word up first (Ctrl+D).</source>
        <translation>Look a word up first (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/words.py" line="400"/>
        <source>“%1” is in your vocabulary.</source>
        <translation>“%1” is in your vocabulary.</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <location filename="../../glossary/documents/errors.py" line="21"/>
        <source>The document</source>
        <translation>The document</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/epub.py" line="72"/>
        <location filename="../../glossary/documents/loading.py" line="90"/>
        <location filename="../../glossary/documents/loading.py" line="220"/>
        <location filename="../../glossary/documents/markdown.py" line="83"/>
        <location filename="../../glossary/documents/pdf.py" line="162"/>
        <location filename="../../glossary/documents/word.py" line="70"/>
        <source>{name} has no text to show.</source>
        <translation>{name} has no text to show.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="47"/>
        <source>{name} is truncated.</source>
        <translation>{name} is truncated.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="52"/>
        <source>{name} is over {limit} MB uncompressed; not read.</source>
        <translation>{name} is over {limit} MB uncompressed; not read.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="60"/>
        <source>offset beyond the end of {name}.</source>
        <translation>offset beyond the end of {name}.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="71"/>
        <location filename="../../glossary/documents/loading.py" line="124"/>
        <location filename="../../glossary/documents/loading.py" line="169"/>
        <location filename="../../glossary/documents/loading.py" line="188"/>
        <location filename="../../glossary/terms/files.py" line="217"/>
        <source>{path} is empty.</source>
        <translation>{path} is empty.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="83"/>
        <source>{path}: no {names} beside it.</source>
        <translation>{path}: no {names} beside it.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="132"/>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="143"/>
        <source>{name}: a definition of {size:,} bytes (at most {limit:,}).</source>
        <translation>{name}: a definition of {size:,} bytes (at most {limit:,}).</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="192"/>
        <source>{name} is not a gzip file.</source>
        <translation>{name} is not a gzip file.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="260"/>
        <source>{name} is damaged (chunk {index}).</source>
        <translation>{name} is damaged (chunk {index}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/loading.py" line="182"/>
        <source>{path} {problem}</source>
        <translation>{path} {problem}</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/markdown.py" line="44"/>
        <source>{name}: the metadata header is not closed (+++).</source>
        <translation>{name}: the metadata header is not closed (+++).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/markdown.py" line="54"/>
        <source>{name}: bad metadata header: {reason}.</source>
        <translation>{name}: bad metadata header: {reason}.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/markdown.py" line="71"/>
        <source>{name} nests lists or quotes more deeply than a reader can show (over {limit} levels).</source>
        <translation>{name} nests lists or quotes more deeply than a reader can show (over {limit} levels).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/epub.py" line="43"/>
        <source>{name} is not an EPUB book (not a zip archive, or cut short).</source>
        <translation>{name} is not an EPUB book (not a zip archive, or cut short).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="37"/>
        <source>{name} has {count:,} files inside; at most {limit:,}.</source>
        <translation>{name} has {count:,} files inside; at most {limit:,}.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="47"/>
        <source>{name} would unpack to {size:,.0f} MB; at most {limit} MB.</source>
        <translation>{name} would unpack to {size:,.0f} MB; at most {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="58"/>
        <source>{name} names a file outside itself ({file}).</source>
        <translation>{name} names a file outside itself ({file}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="87"/>
        <source>{name} declares XML entities ({file}); such files are not opened, as they can exhaust the memory.</source>
        <translation>{name} declares XML entities ({file}); such files are not opened, as they can exhaust the memory.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="67"/>
        <source>{name} is a zip bomb ({file} expands too far).</source>
        <translation>{name} is a zip bomb ({file} expands too far).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="80"/>
        <source>{name} is damaged ({file}: {reason}).</source>
        <translation>{name} is damaged ({file}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/epub.py" line="38"/>
        <source>The book</source>
        <translation>The book</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/epub.py" line="103"/>
        <source>{name} is not a readable EPUB book ({reason}).</source>
        <translation>{name} is not a readable EPUB book ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="27"/>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Western)</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="30"/>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Central European)</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="31"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Cyrillic)</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="33"/>
        <source>GB 18030 (Chinese)</source>
        <translation>GB 18030 (Chinese)</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="34"/>
        <source>Shift JIS (Japanese)</source>
        <translation>Shift JIS (Japanese)</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="123"/>
        <source>cannot be read as {encoding} (invalid byte 0x{byte:02x} at offset {offset}).</source>
        <translation>cannot be read as {encoding} (invalid byte 0x{byte:02x} at offset {offset}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="133"/>
        <source>cannot be read as {encoding}: no such encoding.</source>
        <translation>cannot be read as {encoding}: no such encoding.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="143"/>
        <source>starts with a {encoding} mark but is damaged at byte {offset}.</source>
        <translation>starts with a {encoding} mark but is damaged at byte {offset}.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="151"/>
        <source>is a binary file, not text.</source>
        <translation>is a binary file, not text.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="185"/>
        <source>is not UTF-8 (invalid byte 0x{byte:02x} at offset {offset}), and no other encoding reads it as text.</source>
        <translation>is not UTF-8 (invalid byte 0x{byte:02x} at offset {offset}), and no other encoding reads it as text.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="98"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="40"/>
        <source>{path} is too large ({size:.0f} MB); the limit is {limit} MB.</source>
        <translation>{path} is too large ({size:.0f} MB); the limit is {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="51"/>
        <source>{path}: no such file.</source>
        <translation>{path}: no such file.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="53"/>
        <source>{path}: permission denied.</source>
        <translation>{path}: permission denied.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="55"/>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="78"/>
        <source>{path} is not a regular file (a pipe, a device or a socket); only files are read.</source>
        <translation>{path} is not a regular file (a pipe, a device or a socket); only files are read.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="141"/>
        <source>{path} is damaged (its compressed data is invalid).</source>
        <translation>{path} is damaged (its compressed data is invalid).</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="146"/>
        <source>{path} would unpack to more than {limit} MB; it is not read.</source>
        <translation>{path} would unpack to more than {limit} MB; it is not read.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="153"/>
        <source>{path} is cut short.</source>
        <translation>{path} is cut short.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/colours.py" line="27"/>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/colours.py" line="28"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/colours.py" line="29"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/colours.py" line="30"/>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/colours.py" line="31"/>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/store.py" line="102"/>
        <location filename="../../glossary/notes/store.py" line="134"/>
        <source>The notes database {path} cannot be opened: {reason}.</source>
        <translation>The notes database {path} cannot be opened: {reason}.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/store.py" line="108"/>
        <source>The notes database {path} is not a file (a folder, a pipe or a device); move it away to start a new one.</source>
        <translation>The notes database {path} is not a file (a folder, a pipe or a device); move it away to start a new one.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/store.py" line="159"/>
        <source>The notes database {path} cannot use write-ahead logging.</source>
        <translation>The notes database {path} cannot use write-ahead logging.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/store.py" line="184"/>
        <source>The notes database {path} was written by a newer version of Glossary Reader (schema {version}; this one knows up to {known}).</source>
        <translation>The notes database {path} was written by a newer version of Glossary Reader (schema {version}; this one knows up to {known}).</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/store.py" line="223"/>
        <source>The notes database {path} is damaged (what it holds does not match its schema version, {version}{reason}).</source>
        <translation>The notes database {path} is damaged (what it holds does not match its schema version, {version}{reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/errors.py" line="48"/>
        <source>The notes database {path} is in use by another program; try again.</source>
        <translation>The notes database {path} is in use by another program; try again.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/errors.py" line="56"/>
        <source>The disk holding {path} is full; free some space and try again.</source>
        <translation>The disk holding {path} is full; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/errors.py" line="64"/>
        <source>The notes database {path} is damaged ({reason}).</source>
        <translation>The notes database {path} is damaged ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/errors.py" line="71"/>
        <source>The notes database {path} cannot be written (read-only).</source>
        <translation>The notes database {path} cannot be written (read-only).</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/errors.py" line="78"/>
        <source>The notes database {path} cannot be used ({reason}).</source>
        <translation>The notes database {path} cannot be used ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="24"/>
        <source>noun</source>
        <translation>noun</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="25"/>
        <source>verb</source>
        <translation>verb</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="26"/>
        <source>adjective</source>
        <translation>adjective</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="27"/>
        <source>adverb</source>
        <translation>adverb</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="28"/>
        <source>pronoun</source>
        <translation>pronoun</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="29"/>
        <source>preposition</source>
        <translation>preposition</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="30"/>
        <source>conjunction</source>
        <translation>conjunction</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="31"/>
        <source>numeral</source>
        <translation>numeral</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="32"/>
        <source>particle</source>
        <translation>particle</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="33"/>
        <source>determiner</source>
        <translation>determiner</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="34"/>
        <source>interjection</source>
        <translation>interjection</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="35"/>
        <source>auxiliary</source>
        <translation>auxiliary</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="36"/>
        <source>prefix</source>
        <translation>prefix</translation>
    </message>
    <message>
        <location filename="../../glossary/words/lookup.py" line="40"/>
        <source>Word list</source>
        <translation>Word list</translation>
    </message>
    <message>
        <location filename="../../glossary/export/markdown.py" line="20"/>
        <source>Markdown handout</source>
        <translation>Markdown handout</translation>
    </message>
    <message>
        <location filename="../../glossary/export/html.py" line="23"/>
        <source>HTML handout</source>
        <translation>HTML handout</translation>
    </message>
    <message>
        <location filename="../../desktop/pdfexport.py" line="43"/>
        <source>PDF handout</source>
        <translation>PDF handout</translation>
    </message>
    <message>
        <location filename="../../glossary/export/tabular.py" line="20"/>
        <source>CSV spreadsheet</source>
        <translation>CSV spreadsheet</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="35"/>
        <source>Web Annotations (JSON), for sharing</source>
        <translation>Web Annotations (JSON), for sharing</translation>
    </message>
    <message>
        <location filename="../../glossary/export/anki.py" line="26"/>
        <source>Anki deck of the terms</source>
        <translation>Anki deck of the terms</translation>
    </message>
    <message>
        <location filename="../../glossary/export/__init__.py" line="46"/>
        <source>{path} cannot be written ({folder} is a file, not a folder). Choose another folder or name.</source>
        <translation>{path} cannot be written ({folder} is a file, not a folder). Choose another folder or name.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/__init__.py" line="56"/>
        <source>{path} cannot be written ({reason}). Choose another folder or name.</source>
        <translation>{path} cannot be written ({reason}). Choose another folder or name.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/library.py" line="96"/>
        <source>“{title}” has no file; locate it first.</source>
        <translation>“{title}” has no file; locate it first.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/library.py" line="109"/>
        <source>That document is no longer in the library.</source>
        <translation>That document is no longer in the library.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/library.py" line="117"/>
        <source>{path} does not hold the text of “{title}”.</source>
        <translation>{path} does not hold the text of “{title}”.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/dictd.py" line="190"/>
        <source>{path} is not a text file, so not a dictd index.</source>
        <translation>{path} is not a text file, so not a dictd index.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/dictd.py" line="225"/>
        <source>{path}: {bad} of {lines} lines are not dictd index entries.</source>
        <translation>{path}: {bad} of {lines} lines are not dictd index entries.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/dictd.py" line="235"/>
        <source>{path}: {bad} damaged lines of {lines} skipped.</source>
        <translation>{path}: {bad} damaged lines of {lines} skipped.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/dictd.py" line="298"/>
        <location filename="../../glossary/notes/importing.py" line="47"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/importing.py" line="143"/>
        <source>an unnamed document</source>
        <translation>an unnamed document</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/importing.py" line="145"/>
        <source>{missing} of {count} passages of {name} are not in any document the app knows ({shown}). Open that document first, then import again.</source>
        <translation>{missing} of {count} passages of {name} are not in any document the app knows ({shown}). Open that document first, then import again.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="50"/>
        <source>the JSON is nested too deeply.</source>
        <translation>the JSON is nested too deeply.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="170"/>
        <source>the file is too large ({size:.0f} MB); the limit is {limit} MB.</source>
        <translation>the file is too large ({size:.0f} MB); the limit is {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="177"/>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="180"/>
        <source>the file is binary, not JSON text.</source>
        <translation>the file is binary, not JSON text.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="186"/>
        <source>the file is not UTF-8 text.</source>
        <translation>the file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="194"/>
        <source>the file is not JSON (line {line}, column {column}: {reason}).</source>
        <translation>the file is not JSON (line {line}, column {column}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="203"/>
        <source>the file holds a number too long to be read.</source>
        <translation>the file holds a number too long to be read.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="207"/>
        <source>the file holds no annotations.</source>
        <translation>the file holds no annotations.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="237"/>
        <source>expected a JSON object or array of Web Annotations.</source>
        <translation>expected a JSON object or array of Web Annotations.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="248"/>
        <source>the collection&apos;s pages are links to elsewhere; only pages held in the file itself can be read.</source>
        <translation>the collection&apos;s pages are links to elsewhere; only pages held in the file itself can be read.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="257"/>
        <source>a page&apos;s &apos;items&apos; is not a list.</source>
        <translation>a page&apos;s &apos;items&apos; is not a list.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="264"/>
        <source>this JSON is not a Web Annotation file (no &apos;Annotation&apos;, &apos;AnnotationPage&apos; or &apos;AnnotationCollection&apos; type).</source>
        <translation>this JSON is not a Web Annotation file (no &apos;Annotation&apos;, &apos;AnnotationPage&apos; or &apos;AnnotationCollection&apos; type).</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="277"/>
        <source>{where}: &apos;{what}&apos; is not a string.</source>
        <translation>{where}: &apos;{what}&apos; is not a string.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="300"/>
        <source>annotation {number}</source>
        <translation>annotation {number}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="303"/>
        <source>{where} is not an object of type &apos;Annotation&apos;.</source>
        <translation>{where} is not an object of type &apos;Annotation&apos;.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="309"/>
        <source>annotation {number} ({id})</source>
        <translation>annotation {number} ({id})</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="331"/>
        <source>{where}: its target has no text quote or position selector.</source>
        <translation>{where}: its target has no text quote or position selector.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="339"/>
        <source>{where}: its quote selector&apos;s &apos;exact&apos; is empty.</source>
        <translation>{where}: its quote selector&apos;s &apos;exact&apos; is empty.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="348"/>
        <source>{where}: its position selector is not two offsets.</source>
        <translation>{where}: its position selector is not two offsets.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="371"/>
        <source>{where}: a text in it holds an invalid character.</source>
        <translation>{where}: a text in it holds an invalid character.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="383"/>
        <source>{where}: its target selects no text (no &apos;selector&apos;).</source>
        <translation>{where}: its target selects no text (no &apos;selector&apos;).</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="37"/>
        <source>Author: {author}</source>
        <translation>Author: {author}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="38"/>
        <source>Source: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="39"/>
        <source>Exported: {date}</source>
        <translation>Exported: {date}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="40"/>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="41"/>
        <source>No highlights.</source>
        <translation>No highlights.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="42"/>
        <source>passage no longer found in the text</source>
        <translation>passage no longer found in the text</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="43"/>
        <source>by {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="44"/>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="45"/>
        <source>Terms: {terms}</source>
        <translation>Terms: {terms}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="46"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="47"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="125"/>
        <source>DeepSeek article</source>
        <translation>DeepSeek article</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="263"/>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="265"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="268"/>
        <source>must be non-empty text</source>
        <translation>must be non-empty text</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="271"/>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="278"/>
        <source>must be a list of non-empty texts</source>
        <translation>must be a list of non-empty texts</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="286"/>
        <source>must be lowercase letters, digits and single hyphens</source>
        <translation>must be lowercase letters, digits and single hyphens</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="362"/>
        <source>duplicate id</source>
        <translation>duplicate id</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="370"/>
        <source>unknown category &apos;{category}&apos;</source>
        <translation>unknown category &apos;{category}&apos;</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="386"/>
        <source>the form &apos;{form}&apos; has no letters or digits</source>
        <translation>the form &apos;{form}&apos; has no letters or digits</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="401"/>
        <source>the alias &apos;{form}&apos; is already used by &apos;{other}&apos;</source>
        <translation>the alias “{form}” is already used by &apos;{other}&apos;</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="417"/>
        <source>lists itself as related</source>
        <translation>lists itself as related</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="426"/>
        <source>relates to &apos;{target}&apos;, which does not exist</source>
        <translation>relates to &apos;{target}&apos;, which does not exist</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="68"/>
        <source>{file}: line {line}: field &apos;{field}&apos;: {problem}.</source>
        <translation>{file}: line {line}: field &apos;{field}&apos;: {problem}.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="194"/>
        <source>{file}: the file is binary, not text.</source>
        <translation>{file}: the file is binary, not text.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="206"/>
        <source>{file}: line {line}: the file is not UTF-8 text.</source>
        <translation>{file}: line {line}: the file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="227"/>
        <source>{file}: only .toml and .csv glossaries can be read.</source>
        <translation>{file}: only .toml and .csv glossaries can be read.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="278"/>
        <source>{file}: [glossary] must be a table.</source>
        <translation>{file}: [glossary] must be a table.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="287"/>
        <source>{file}: [categories] must be a table.</source>
        <translation>{file}: [categories] must be a table.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="299"/>
        <source>{file}: category &apos;{category}&apos;: needs the texts &apos;en&apos; and &apos;id&apos;.</source>
        <translation>{file}: category &apos;{category}&apos;: needs the texts &apos;en&apos; and &apos;id&apos;.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="311"/>
        <source>{file}: &apos;entry&apos; must be an array of tables ([[entry]]).</source>
        <translation>{file}: &apos;entry&apos; must be an array of tables ([[entry]]).</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="334"/>
        <source>{file}: line {line}: the entry is not a table.</source>
        <translation>{file}: line {line}: the entry is not a table.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="374"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}: the file is empty.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="380"/>
        <source>{file}: line 1: column &apos;{column}&apos;: unknown column.</source>
        <translation>{file}: line 1: column &apos;{column}&apos;: unknown column.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="390"/>
        <source>{file}: line 1: column &apos;{column}&apos; appears twice.</source>
        <translation>{file}: line 1: column &apos;{column}&apos; appears twice.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="400"/>
        <source>{file}: line 1: column &apos;{column}&apos; is missing.</source>
        <translation>{file}: line 1: column &apos;{column}&apos; is missing.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="423"/>
        <source>{file}: line {line}: {cells} cells for {columns} columns.</source>
        <translation>{file}: line {line}: {cells} cells for {columns} columns.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/installed.py" line="91"/>
        <source>{path} is not a dictionary index (.index or .ifo).</source>
        <translation>{path} is not a dictionary index (.index or .ifo).</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/installed.py" line="150"/>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} cannot be opened ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/installed.py" line="177"/>
        <source>{folder} cannot be listed ({reason}).</source>
        <translation>{folder} cannot be listed ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/stardict.py" line="53"/>
        <source>{path}: no wordcount.</source>
        <translation>{path}: no wordcount.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/stardict.py" line="58"/>
        <source>{path}: idxoffsetbits is {bits}, not 32 or 64.</source>
        <translation>{path}: idxoffsetbits is {bits}, not 32 or 64.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/stardict.py" line="77"/>
        <source>{path}: {index} is truncated after {found} of {count} entries.</source>
        <translation>{path}: {index} is truncated after {found} of {count} entries.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/stardict.py" line="97"/>
        <source>{path}: wordcount is {count} but {index} has {found} entries.</source>
        <translation>{path}: wordcount is {count} but {index} has {found} entries.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/stardict.py" line="122"/>
        <source>{path}: not a StarDict .ifo file (no “{magic}” first line).</source>
        <translation>{path}: not a StarDict .ifo file (no “{magic}” first line).</translation>
    </message>
    <message>
        <location filename="../../glossary/messages.py" line="88"/>
        <source>it is nested too deeply</source>
        <translation>it is nested too deeply</translation>
    </message>
    <message>
        <location filename="../../glossary/messages.py" line="90"/>
        <source>it needs more memory than there is</source>
        <translation>it needs more memory than there is</translation>
    </message>
    <message>
        <location filename="../../glossary/messages.py" line="94"/>
        <source>it holds text in no known encoding</source>
        <translation>it holds text in no known encoding</translation>
    </message>
    <message>
        <location filename="../../glossary/messages.py" line="96"/>
        <source>it is cut short or damaged</source>
        <translation>it is cut short or damaged</translation>
    </message>
    <message>
        <location filename="../../glossary/messages.py" line="97"/>
        <source>its contents are damaged or not as expected</source>
        <translation>its contents are damaged or not as expected</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="307"/>
        <source>{problem} Open Glossary Reader to repair it: the file is set aside and the newest backup restored.</source>
        <translation>{problem} Open Glossary Reader to repair it: the file is set aside and the newest backup restored.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="355"/>
        <location filename="../../glossary/notes/store.py" line="177"/>
        <source>The notes database {path} is damaged (it fails its check).</source>
        <translation>The notes database {path} is damaged (it fails its check).</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="365"/>
        <source>The notes database {path} is empty, although its backups hold notes.</source>
        <translation>The notes database {path} is empty, although its backups hold notes.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="386"/>
        <source>The backup of {when} UTC was restored.</source>
        <translation>The backup of {when} UTC was restored.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="390"/>
        <source>No backup was found.</source>
        <translation>No backup was found.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="393"/>
        <source>No backup was found, so the notes start empty.</source>
        <translation>No backup was found, so the notes start empty.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="396"/>
        <source>{problem} It was moved to {aside}. {restored}{salvaged}</source>
        <translation>{problem} It was moved to {aside}. {restored}{salvaged}</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="409"/>
        <source>{count} highlights and notes</source>
        <translation>{count} highlights and notes</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="411"/>
        <source>{count} kept words</source>
        <translation>{count} kept words</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="413"/>
        <source>{count} glossary entries</source>
        <translation>{count} glossary entries</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="415"/>
        <source>{count} other records</source>
        <translation>{count} other records</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="427"/>
        <source> Written after it and recovered from the damaged file: {what}.</source>
        <translation> Written after it and recovered from the damaged file: {what}.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="431"/>
        <source> Recovered from the damaged file: {what}.</source>
        <translation> Recovered from the damaged file: {what}.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/word.py" line="43"/>
        <source>{name} is not a Word document (not a zip archive, or cut short).</source>
        <translation>{name} is not a Word document (not a zip archive, or cut short).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/word.py" line="55"/>
        <location filename="../../glossary/documents/word.py" line="65"/>
        <source>{name} is not a readable Word document ({reason}).</source>
        <translation>{name} is not a readable Word document ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="100"/>
        <source>The password does not open {name}.</source>
        <translation>The password does not open {name}.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="105"/>
        <source>{name} is protected by a password.</source>
        <translation>{name} is protected by a password.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="108"/>
        <source>{name} is damaged or is not a PDF ({reason}).</source>
        <translation>{name} is damaged or is not a PDF ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="122"/>
        <source>{name} has {count:,} pages; at most {limit:,} are read.</source>
        <translation>{name} has {count:,} pages; at most {limit:,} are read.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="136"/>
        <source>{name} is damaged (page {page}: {reason}).</source>
        <translation>{name} is damaged (page {page}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="150"/>
        <source>{name} has no text to read: its pages are pictures (a scan). It needs text recognition (OCR) first, for example with OCRmyPDF.</source>
        <translation>{name} has no text to read: its pages are pictures (a scan). It needs text recognition (OCR) first, for example with OCRmyPDF.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="195"/>
        <source>{name} has a page with more text than any page holds (page {page}); it is not read.</source>
        <translation>{name} has a page with more text than any page holds (page {page}); it is not read.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdfpages.py" line="36"/>
        <location filename="../../glossary/documents/pdfpages.py" line="62"/>
        <source>The page of {name} cannot be shown ({reason}).</source>
        <translation>The page of {name} cannot be shown ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="38"/>
        <source>No speech engine was found. To hear the text, install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng; with speech-dispatcher, the system&apos;s voices are used as well).</source>
        <translation>No speech engine was found. To hear the text, install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng; with speech-dispatcher, the system&apos;s voices are used as well).</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="145"/>
        <source>There is no text to speak.</source>
        <translation>There is no text to speak.</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="148"/>
        <source>The text is too long to speak at once ({count} characters; at most {limit}).</source>
        <translation>The text is too long to speak at once ({count} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="173"/>
        <source>The speech engine took too long and was stopped.</source>
        <translation>The speech engine took too long and was stopped.</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="177"/>
        <source>The speech engine could not be started: {reason}</source>
        <translation>The speech engine could not be started: {reason}</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="183"/>
        <source>The speech engine failed: {reason}</source>
        <translation>The speech engine failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="188"/>
        <source>The sound could not be played ({reason}): is there a sound device?</source>
        <translation>The sound could not be played ({reason}): is there a sound device?</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="210"/>
        <source>{path}: the sound is written as WAV: name it ….wav.</source>
        <translation>{path}: the sound is written as WAV: name it ….wav.</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="251"/>
        <source>The sound written is not a WAV file: {reason}</source>
        <translation>The sound written is not a WAV file: {reason}</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/roots.py" line="65"/>
        <source>The disk of the sync folder {root} is full: nothing was sent.</source>
        <translation>The disk of the sync folder {root} is full: nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/roots.py" line="72"/>
        <source>The sync folder {root} cannot be written (it is read-only for you): nothing was sent.</source>
        <translation>The sync folder {root} cannot be written (it is read-only for you): nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/roots.py" line="80"/>
        <source>The sync folder {root} cannot be used: {reason}.</source>
        <translation>The sync folder {root} cannot be used: {reason}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/roots.py" line="106"/>
        <source>The sync folder {root} is not there (is its disk attached?).</source>
        <translation>The sync folder {root} is not there (is its disk attached?).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/roots.py" line="128"/>
        <source>{path} is not in the sync folder {root}.</source>
        <translation>{path} is not in the sync folder {root}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/segments.py" line="101"/>
        <source>The segment {name} cannot be read ({why}): skipped.</source>
        <translation>The segment {name} cannot be read ({why}): skipped.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="112"/>
        <source>The passphrase cannot be empty.</source>
        <translation>The passphrase cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="141"/>
        <source>The library {library} is encrypted, but its library.json now says it is not (it was changed or lost): nothing was synced.</source>
        <translation>The library {library} is encrypted, but its library.json now says it is not (it was changed or lost): nothing was synced.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="150"/>
        <source>The library {library} is not encrypted, so a passphrase cannot be used with it: to encrypt your notes, make a new library with a passphrase.</source>
        <translation>The library {library} is not encrypted, so a passphrase cannot be used with it: to encrypt your notes, make a new library with a passphrase.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="160"/>
        <source>The library {library} is encrypted: it cannot be synced without its passphrase.</source>
        <translation>The library {library} is encrypted: it cannot be synced without its passphrase.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="176"/>
        <source>The passphrase is not this library&apos;s: nothing was synced.</source>
        <translation>The passphrase is not this library&apos;s: nothing was synced.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="191"/>
        <source>The library {library} is encrypted by a newer version of Glossary Reader: update the app to sync with it.</source>
        <translation>The library {library} is encrypted by a newer version of Glossary Reader: update the app to sync with it.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="201"/>
        <source>The encryption settings of the library {library} are damaged: nothing was synced.</source>
        <translation>The encryption settings of the library {library} are damaged: nothing was synced.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="241"/>
        <source>The segment {name} is encrypted, but this library is not: skipped.</source>
        <translation>The segment {name} is encrypted, but this library is not: skipped.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="250"/>
        <source>The segment {name} is not encrypted, but this library is: skipped, never merged.</source>
        <translation>The segment {name} is not encrypted, but this library is: skipped, never merged.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="258"/>
        <location filename="../../glossary/sync/segments.py" line="124"/>
        <source>The segment {name} was written by a newer version of Glossary Reader: update the app to read it.</source>
        <translation>The segment {name} was written by a newer version of Glossary Reader: update the app to read it.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="269"/>
        <source>The segment {name} fails its authentication (cut short, changed, or sealed with another passphrase): skipped, never merged.</source>
        <translation>The segment {name} fails its authentication (cut short, changed, or sealed with another passphrase): skipped, never merged.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="118"/>
        <source>{root} holds a folder {name} that is not a Glossary Reader library: choose another folder, or an empty one.</source>
        <translation>{root} holds a folder {name} that is not a Glossary Reader library: choose another folder, or an empty one.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="139"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} is not a folder.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="162"/>
        <source>Give the user name for the WebDAV server {url}.</source>
        <translation>Give the user name for the WebDAV server {url}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="219"/>
        <source>{folder} holds several libraries ({names}): name one with --library.</source>
        <translation>{folder} holds several libraries ({names}): name one with --library.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="230"/>
        <source>{name} is not a library&apos;s name (letters and digits).</source>
        <translation>{name} is not a library&apos;s name (letters and digits).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="330"/>
        <source>The library {library} is encrypted, and its passphrase is not in the system keyring: set up sync again with the passphrase.</source>
        <translation>The library {library} is encrypted, and its passphrase is not in the system keyring: set up sync again with the passphrase.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/passwords.py" line="46"/>
        <source>No password for {user} at {url}: this computer has no system keyring, so give it in the environment variable {variable} each time.</source>
        <translation>No password for {user} at {url}: this computer has no system keyring, so give it in the environment variable {variable} each time.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/passwords.py" line="57"/>
        <source>The system keyring cannot give the password for {user} at {url} ({reason}): unlock it, or give the password in the environment variable {variable}.</source>
        <translation>The system keyring cannot give the password for {user} at {url} ({reason}): unlock it, or give the password in the environment variable {variable}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/passwords.py" line="70"/>
        <source>No password for {user} at {url} in the system keyring: set up sync again to keep it there, or give it in the environment variable {variable}.</source>
        <translation>No password for {user} at {url} in the system keyring: set up sync again to keep it there, or give it in the environment variable {variable}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="70"/>
        <source>{url} is not a web address: give one like {example}.</source>
        <translation>{url} is not a web address: give one like {example}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="76"/>
        <source>Give the address {url} without a user name or password in it: the user name is given apart, and the password is kept by the system keyring.</source>
        <translation>Give the address {url} without a user name or password in it: the user name is given apart, and the password is kept by the system keyring.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="85"/>
        <source>{url} is not encrypted (http://): Glossary Reader sends notes and passwords only over https://, except to this computer (localhost).</source>
        <translation>{url} is not encrypted (http://): Glossary Reader sends notes and passwords only over https://, except to this computer (localhost).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="264"/>
        <source>The WebDAV server {root} stopped answering ({reason}): nothing was lost; the changes wait here and go at the next sync.</source>
        <translation>The WebDAV server {root} stopped answering ({reason}): nothing was lost; the changes wait here and go at the next sync.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="279"/>
        <source>The WebDAV server {root} cannot prove who it is (its certificate is not trusted: {reason}): nothing was sent.</source>
        <translation>The WebDAV server {root} cannot prove who it is (its certificate is not trusted: {reason}): nothing was sent.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="288"/>
        <source>The WebDAV server {root} cannot be reached ({reason}): the changes wait here and go at the next sync.</source>
        <translation>The WebDAV server {root} cannot be reached ({reason}): the changes wait here and go at the next sync.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="299"/>
        <source>The folder {root} is not on the WebDAV server (moved or deleted?): check the address. The changes wait here.</source>
        <translation>The folder {root} is not on the WebDAV server (moved or deleted?): check the address. The changes wait here.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="309"/>
        <source>{root} is not a WebDAV folder (the server answered “{status} {reason}” to a WebDAV request): check the address; on Nextcloud or ownCloud it is like {example}.</source>
        <translation>{root} is not a WebDAV folder (the server answered “{status} {reason}” to a WebDAV request): check the address; on Nextcloud or ownCloud it is like {example}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="338"/>
        <source>The WebDAV server {root} does not accept the user {user} with this password: check both, then set up sync again. The changes wait here.</source>
        <translation>The WebDAV server {root} does not accept the user {user} with this password: check both, then set up sync again. The changes wait here.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="347"/>
        <source>The WebDAV folder {root} cannot be written by {user} (it is read-only for you): nothing was sent; the changes wait here.</source>
        <translation>The WebDAV folder {root} cannot be written by {user} (it is read-only for you): nothing was sent; the changes wait here.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="356"/>
        <source>The WebDAV server {root} does not let {user} read {path}.</source>
        <translation>The WebDAV server {root} does not let {user} read {path}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="363"/>
        <source>{path} is not on the WebDAV server {root}.</source>
        <translation>{path} is not on the WebDAV server {root}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="370"/>
        <source>{path} is already on the WebDAV server {root} and is not written over: the changes go at the next sync.</source>
        <translation>{path} is already on the WebDAV server {root} and is not written over: the changes go at the next sync.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="379"/>
        <source>{path} is locked on the WebDAV server {root} (another program is using it): the changes wait here and go at the next sync.</source>
        <translation>{path} is locked on the WebDAV server {root} (another program is using it): the changes wait here and go at the next sync.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="388"/>
        <source>The WebDAV server {root} has no room left (its storage is full): nothing was sent; the changes wait here.</source>
        <translation>The WebDAV server {root} has no room left (its storage is full): nothing was sent; the changes wait here.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="397"/>
        <source>The WebDAV server says that {url} has moved to {location}: set up sync with that address.</source>
        <translation>The WebDAV server says that {url} has moved to {location}: set up sync with that address.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="407"/>
        <source>The WebDAV server {root} has a problem (it answered “{status} {reason}”): the changes wait here and go at the next sync.</source>
        <translation>The WebDAV server {root} has a problem (it answered “{status} {reason}”): the changes wait here and go at the next sync.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="417"/>
        <source>The WebDAV server {root} answered “{status} {reason}” to {method} {path}: the changes wait here.</source>
        <translation>The WebDAV server {root} answered “{status} {reason}” to {method} {path}: the changes wait here.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/engine.py" line="454"/>
        <source>The segment {name} names another device or number than its file name does: skipped, never merged.</source>
        <translation>The segment {name} names another device or number than its file name does: skipped, never merged.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handins.py" line="25"/>
        <source>Hand-ins of the class {name}</source>
        <translation>Hand-ins of the class {name}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handins.py" line="26"/>
        <source>{student}: {document}</source>
        <translation>{student}: {document}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handins.py" line="118"/>
        <source>{path}: a handout of hand-ins is written as .md or .html.</source>
        <translation>{path}: a handout of hand-ins is written as .md or .html.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="154"/>
        <source>{name} is not a class&apos;s name: letters, digits, - and _ (at most 64).</source>
        <translation>{name} is not a class&apos;s name: letters, digits, - and _ (at most 64).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="256"/>
        <source>You do not follow a class {name} (glossary-reader class list shows yours).</source>
        <translation>You do not follow a class {name} (glossary-reader class list shows yours).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="295"/>
        <source>Give the teacher&apos;s name (at most {count} characters).</source>
        <translation>Give the teacher&apos;s name (at most {count} characters).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="307"/>
        <source>No document of your notes has the fingerprint {sha}.</source>
        <translation>No document of your notes has the fingerprint {sha}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="318"/>
        <source>You have no own glossary named {name}.</source>
        <translation>You have no own glossary named {name}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="374"/>
        <source>{root} holds a folder {name} that is not a class of Glossary Reader: choose another class name or folder.</source>
        <translation>{root} holds a folder {name} that is not a class of Glossary Reader: choose another class name or folder.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="384"/>
        <source>The class {name} in {root} is published by {teacher}: only they publish it (a student subscribes to it; another teacher chooses another name).</source>
        <translation>The class {name} in {root} is published by {teacher}: only they publish it (a student subscribes to it; another teacher chooses another name).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="487"/>
        <source>The class {name} cannot be published to {root}: {reason}</source>
        <translation>The class {name} cannot be published to {root}: {reason}</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="540"/>
        <source>You do not publish a class {name} (glossary-reader class list shows yours).</source>
        <translation>You do not publish a class {name} (glossary-reader class list shows yours).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="560"/>
        <source>Give the student&apos;s name (at most {count} characters).</source>
        <translation>Give the student&apos;s name (at most {count} characters).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="571"/>
        <source>{root} holds several classes ({names}): name one with --class.</source>
        <translation>{root} holds several classes ({names}): name one with --class.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="582"/>
        <source>You publish the class {name} yourself: a teacher does not subscribe.</source>
        <translation>You publish the class {name} yourself: a teacher does not subscribe.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="706"/>
        <source>no list of files</source>
        <translation>no list of files</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="773"/>
        <source>The glossary {path} cannot be used ({reason}).</source>
        <translation>The glossary {path} cannot be used ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="792"/>
        <source>You have no highlights or notes on the document {sha} to hand in: highlight passages in it first.</source>
        <translation>You have no highlights or notes on the document {sha} to hand in: highlight passages in it first.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="828"/>
        <source>Your notes cannot be handed in to the class {name} ({reason}): ask the teacher to let you write in its hand-ins folder.</source>
        <translation>Your notes cannot be handed in to the class {name} ({reason}): ask the teacher to let you write in its hand-ins folder.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="156"/>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="160"/>
        <source>not JSON</source>
        <translation>not JSON</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="162"/>
        <source>not a Glossary Reader file</source>
        <translation>not a Glossary Reader file</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="165"/>
        <source>{path} in {root} was written by a newer version of Glossary Reader: update the app to read it.</source>
        <translation>{path} in {root} was written by a newer version of Glossary Reader: update the app to read it.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="179"/>
        <source>{path} in {root} cannot be read ({reason}): it was left as it was.</source>
        <translation>{path} in {root} cannot be read ({reason}): it was left as it was.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="203"/>
        <source>not this class&apos;s file</source>
        <translation>not this class&apos;s file</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="210"/>
        <source>{root} holds no class of Glossary Reader (no folder {top}): check the folder or address the teacher gave.</source>
        <translation>{root} holds no class of Glossary Reader (no folder {top}): check the folder or address the teacher gave.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="219"/>
        <source>{root} holds no class {name}: check the class&apos;s name and the folder or address the teacher gave.</source>
        <translation>{root} holds no class {name}: check the class&apos;s name and the folder or address the teacher gave.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="241"/>
        <source>not this student&apos;s hand-in</source>
        <translation>not this student&apos;s hand-in</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="265"/>
        <source>not this class&apos;s layer</source>
        <translation>not this class&apos;s layer</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="288"/>
        <source>no list of highlights</source>
        <translation>no list of highlights</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="293"/>
        <source>a highlight that is not an object</source>
        <translation>a highlight that is not an object</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="312"/>
        <source>a highlight with a field of the wrong type</source>
        <translation>a highlight with a field of the wrong type</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="315"/>
        <source>a highlight out of range</source>
        <translation>a highlight out of range</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="338"/>
        <source>not this class&apos;s glossary</source>
        <translation>not this class&apos;s glossary</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="345"/>
        <source>a category without its texts en and id</source>
        <translation>a category without its texts en and id</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="351"/>
        <source>an entry that is not valid</source>
        <translation>an entry that is not valid</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="355"/>
        <source>entries that are not valid together</source>
        <translation>entries that are not valid together</translation>
    </message>
</context>
</TS>
