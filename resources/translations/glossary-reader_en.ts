<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="84"/>
        <source>The glossary could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="93"/>
        <source>Another Glossary Reader window is using the notes in this data folder; highlights and notes are off in this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="106"/>
        <source>Highlights and notes are off until this is solved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/commands.py" line="42"/>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="55"/>
        <source>Change Highlight Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="76"/>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="106"/>
        <source>Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="136"/>
        <source>Add Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="138"/>
        <source>Edit Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="161"/>
        <source>Delete Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="193"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="216"/>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentsDialog</name>
    <message>
        <location filename="../../desktop/contentsdialog.py" line="36"/>
        <location filename="../../desktop/contentsdialog.py" line="37"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/contentsdialog.py" line="40"/>
        <source>Chapters and headings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DictionariesDialog</name>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="48"/>
        <location filename="../../desktop/dictionariesdialog.py" line="49"/>
        <source>Dictionaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="53"/>
        <source>Glossary Reader reads dictd and StarDict dictionaries from these folders, one per line. Install one with your package manager (for example dict-freedict-eng-ind) or copy its files into the data folder&apos;s “dictionaries” folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="61"/>
        <source>About dictionaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="66"/>
        <source>Dictionary folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="70"/>
        <source>Standard &amp;Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="72"/>
        <source>Use the standard folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="75"/>
        <source>Dictionaries found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="81"/>
        <source>Save or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="95"/>
        <location filename="../../desktop/dictionariesdialog.py" line="140"/>
        <source>Looking for dictionaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="106"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="109"/>
        <source>No dictionary in these folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="113"/>
        <source>%1 headwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="119"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/dictionariesdialog.py" line="134"/>
        <source>The folder list cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../desktop/documentactions.py" line="59"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="61"/>
        <source>&amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="62"/>
        <source>Every document you have opened, with your place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="64"/>
        <source>&amp;Contents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="65"/>
        <source>The chapters and headings of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="66"/>
        <source>Text &amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="76"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="82"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="84"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="86"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="92"/>
        <source>&amp;Find in Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="94"/>
        <source>Find words in the text; every match is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="101"/>
        <source>Marking the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="104"/>
        <source>Terms marked so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="105"/>
        <source>Marking terms… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="109"/>
        <source>Stop marking the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="116"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="122"/>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="225"/>
        <source>%1 is not UTF-8: it was read as %2. If letters look wrong, choose another in View &gt; Text Encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="239"/>
        <source>Open Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="264"/>
        <source>No recent documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/documentactions.py" line="309"/>
        <source>Marking glossary terms…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/entryeditor.py" line="56"/>
        <source>Glossary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="57"/>
        <source>Edit Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="57"/>
        <source>Add Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="66"/>
        <location filename="../../desktop/entryeditor.py" line="272"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="74"/>
        <source>&amp;Glossary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="76"/>
        <source>Term (&amp;Indonesian):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="77"/>
        <source>Term (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="78"/>
        <source>Other forms (Indonesian):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="79"/>
        <source>Other forms (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="80"/>
        <source>&amp;Definition (Indonesian):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="81"/>
        <source>Definition (E&amp;nglish):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="82"/>
        <source>In this text (Indonesian):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="83"/>
        <source>In this text (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="84"/>
        <source>&amp;Related entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="88"/>
        <location filename="../../desktop/entryeditor.py" line="266"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="103"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="107"/>
        <source>separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="110"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="200"/>
        <source>choose a glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="261"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="262"/>
        <source>Term (Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="263"/>
        <source>Term (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="264"/>
        <source>Other forms (Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="265"/>
        <source>Other forms (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="267"/>
        <source>Definition (Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="268"/>
        <source>Definition (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="269"/>
        <source>In this text (Indonesian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="270"/>
        <source>In this text (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryeditor.py" line="271"/>
        <source>Related entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop/entryview.py" line="41"/>
        <source>Glossary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryview.py" line="62"/>
        <source>Click a term with a dotted underline to read its definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryview.py" line="63"/>
        <source>Klik istilah bergaris bawah titik-titik untuk membaca definisinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryview.py" line="64"/>
        <source>Ctrl+K searches the glossary; F3 jumps to the next occurrence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryview.py" line="90"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryview.py" line="100"/>
        <source>Another definition of this term exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryview.py" line="110"/>
        <source>In this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/entryview.py" line="119"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/entryview.py" line="132"/>
        <source>In the text (%n)</source>
        <translation>
            <numerusform>In the text (%n)</numerusform>
            <numerusform>In the text (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/entryview.py" line="142"/>
        <source>F3: next occurrence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/exportdialog.py" line="78"/>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="79"/>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="86"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="93"/>
        <location filename="../../desktop/exportdialog.py" line="199"/>
        <source>Include the &amp;glossary of the terms in the highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="99"/>
        <source>Include the whole &amp;article with the highlights marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="106"/>
        <source>Terms in the deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="107"/>
        <source>Every term in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="108"/>
        <source>Only terms in the highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="111"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="119"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="120"/>
        <source>shown as the author of your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="123"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="132"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="135"/>
        <source>&amp;Terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="138"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="141"/>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="146"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="148"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="197"/>
        <source>Include the &amp;glossary of all the terms in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="221"/>
        <source>No terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="227"/>
        <source>%1 cards, one per glossary term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="232"/>
        <source>The preview shows the first %1 of %2 highlights; the file holds them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="237"/>
        <source>%1 highlights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="248"/>
        <source>Export As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/exportdialog.py" line="308"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/findbar.py" line="27"/>
        <location filename="../../desktop/findbar.py" line="31"/>
        <source>Find in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/findbar.py" line="30"/>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/findbar.py" line="35"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/findbar.py" line="40"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/findbar.py" line="41"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/findbar.py" line="45"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/findbar.py" line="46"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/findbar.py" line="50"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/findbar.py" line="51"/>
        <source>Close the Find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/findbar.py" line="84"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/findbar.py" line="87"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossariesDialog</name>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="54"/>
        <location filename="../../desktop/glossariesdialog.py" line="55"/>
        <source>Glossaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="63"/>
        <source>Glossaries for this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="72"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="73"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="74"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="75"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="86"/>
        <source>Checked glossaries mark terms in this document; yours come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="105"/>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="144"/>
        <source>New Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="145"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="163"/>
        <location filename="../../desktop/glossariesdialog.py" line="174"/>
        <source>Import Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="205"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="210"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="219"/>
        <source>Export Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="256"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="263"/>
        <source>The bundled glossary cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="268"/>
        <source>Delete Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossariesdialog.py" line="269"/>
        <source>Delete “%1” and its %2 entries?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryActions</name>
    <message>
        <location filename="../../desktop/glossaryactions.py" line="47"/>
        <source>My glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossaryactions.py" line="110"/>
        <location filename="../../desktop/glossaryactions.py" line="185"/>
        <source>Own glossaries need the notes database, which is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossaryactions.py" line="142"/>
        <source>Open an entry in the glossary first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossaryactions.py" line="169"/>
        <source>Only terms of your own glossaries can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="52"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="63"/>
        <source>Search the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="64"/>
        <source>Search terms and definitions (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="70"/>
        <source>Search suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="78"/>
        <source>Glossary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="88"/>
        <source>Glossary entries and entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="98"/>
        <source>Glossaries in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="103"/>
        <source>Glossaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="104"/>
        <source>Choose glossaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="107"/>
        <source>Add term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="108"/>
        <source>Add a term to your glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="196"/>
        <source>no glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="197"/>
        <source>Using: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="221"/>
        <source>No entry matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="226"/>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/glossarypanel.py" line="227"/>
        <source>(Enter takes the first.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../desktop/labelsdialog.py" line="17"/>
        <source>Colour labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labelsdialog.py" line="18"/>
        <source>Colour Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labelsdialog.py" line="24"/>
        <source>Label of colour %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../desktop/librarydialog.py" line="132"/>
        <location filename="../../desktop/librarydialog.py" line="133"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="139"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="151"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="155"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="158"/>
        <source>&amp;Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="160"/>
        <source>Find the file of a document that was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="161"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="163"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="235"/>
        <source>Locate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="263"/>
        <source>Remove from the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="266"/>
        <source>Remove “%1” from the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="270"/>
        <source>It has %1 highlights and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="275"/>
        <source>Remove, Keep Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="279"/>
        <source>Remove with Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="297"/>
        <source>This document is open; open another one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/librarydialog.py" line="68"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="69"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="70"/>
        <source>Last opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="71"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="72"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/librarydialog.py" line="84"/>
        <source>file missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/mainwindow.py" line="63"/>
        <location filename="../../desktop/mainwindow.py" line="144"/>
        <source>Glossary Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="88"/>
        <source>Document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="98"/>
        <source>Document source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="107"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="121"/>
        <source>Side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="122"/>
        <source>G&amp;lossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="124"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="126"/>
        <source>Wo&amp;rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="128"/>
        <source>Voca&amp;bulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="132"/>
        <source>Article and side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="148"/>
        <source>Terms marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="152"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="154"/>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="168"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="170"/>
        <source>Open a Markdown or text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="171"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="173"/>
        <source>Export the notes as a handout, spreadsheet, annotation file or Anki deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="176"/>
        <source>&amp;Import Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="178"/>
        <source>Add the highlights and notes of a shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="179"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="180"/>
        <source>&amp;Search Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="181"/>
        <source>&amp;Next Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="183"/>
        <source>&amp;Previous Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="187"/>
        <source>&amp;Indonesian Definition First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="190"/>
        <source>E&amp;nglish Definition First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="195"/>
        <source>&amp;About Glossary Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="196"/>
        <source>&amp;Add Term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="197"/>
        <source>Define the selected words in your own glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="199"/>
        <source>&amp;Edit Term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="202"/>
        <source>Edit the entry shown (a bundled entry is copied into your glossary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="204"/>
        <source>&amp;Delete Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="206"/>
        <source>&amp;Glossaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="208"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="211"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="217"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="217"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="217"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="217"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="218"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="221"/>
        <source>Highlight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="228"/>
        <source>Add or Edit &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="229"/>
        <source>Highlight the selection if needed and write its note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="230"/>
        <source>Colour &amp;Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="231"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="235"/>
        <source>Notes in &amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="236"/>
        <source>Notes in &amp;Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="245"/>
        <source>&amp;Delete Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="252"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="259"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="270"/>
        <source>&amp;Spelling of Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="272"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="276"/>
        <source>Gl&amp;ossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="283"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="287"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="290"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="292"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="439"/>
        <source>%1 glossary terms marked (%2 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="493"/>
        <source>Choose a term first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="498"/>
        <source>This term does not occur in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="503"/>
        <source>%1: occurrence %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="534"/>
        <source>About Glossary Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="535"/>
        <source>Glossary Reader %1
Read an article beside a bilingual glossary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/messagebar.py" line="15"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/messagebar.py" line="28"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/notespanel.py" line="152"/>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesActions</name>
    <message>
        <location filename="../../desktop/notesactions.py" line="44"/>
        <source>Notes are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notesactions.py" line="59"/>
        <source>Select a passage to highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notesactions.py" line="83"/>
        <source>Select a passage to write a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notesactions.py" line="96"/>
        <source>Put the cursor in a highlight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notesactions.py" line="194"/>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notesactions.py" line="212"/>
        <source>Glossary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notesactions.py" line="235"/>
        <source>This passage is no longer in the text; the note is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notesactions.py" line="262"/>
        <source>A note could not be saved (%1) nor kept in a file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notesactions.py" line="268"/>
        <source>A note could not be saved (%1). Its text is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notesactions.py" line="292"/>
        <source>The document of this note cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../desktop/notespanel.py" line="97"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/notespanel.py" line="192"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="203"/>
        <source>Search the notes of all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="204"/>
        <source>Search all notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="208"/>
        <source>Show highlights of colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="216"/>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="223"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="224"/>
        <location filename="../../desktop/notespanel.py" line="323"/>
        <location filename="../../desktop/notespanel.py" line="389"/>
        <source>Select a highlight to write its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="228"/>
        <source>Glossary terms in this highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="234"/>
        <source>Note saved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="250"/>
        <source>Highlights and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="276"/>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="362"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="387"/>
        <source>Write your note on this passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/notespanel.py" line="411"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="50"/>
        <location filename="../../desktop/preferencesdialog.py" line="51"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="55"/>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="57"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="65"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="67"/>
        <source>As the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="68"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="69"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="70"/>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="76"/>
        <source>Font of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="80"/>
        <source>Default Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="82"/>
        <source>Use the default font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="88"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="94"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="98"/>
        <source>Line spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="108"/>
        <source>Widest line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="114"/>
        <source>As wide as the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="115"/>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="118"/>
        <source>Definition shown first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="124"/>
        <source>Spelling of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="128"/>
        <source>&amp;Dictionary Folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="130"/>
        <source>Dictionary folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="132"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="133"/>
        <source>(used from the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="136"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="137"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="139"/>
        <source>Text &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="140"/>
        <source>&amp;Line spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="141"/>
        <source>&amp;Widest line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="142"/>
        <source>Definition &amp;first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="143"/>
        <source>S&amp;pelling of notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/preferencesdialog.py" line="144"/>
        <source>Dictionaries:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/readerview.py" line="81"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="37"/>
        <source>Review words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="38"/>
        <source>Review Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="44"/>
        <source>Words due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="48"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="52"/>
        <source>Show Answer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="54"/>
        <source>Show answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="57"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="57"/>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="57"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="57"/>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="62"/>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="68"/>
        <source>&amp;Known (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="70"/>
        <source>I know this word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="71"/>
        <source>Mark the word known: it leaves the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="79"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="80"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="82"/>
        <source>Close the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="112"/>
        <source>Due now: %1 (%2 never reviewed, %3 again) · answered this session: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="120"/>
        <source>Nothing to review now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="130"/>
        <source>Keep words from the Word view to review them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/reviewdialog.py" line="137"/>
        <source>The next word is due in %n minute(s).</source>
        <translation>
            <numerusform>The next word is due in %n minute.</numerusform>
            <numerusform>The next word is due in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/reviewdialog.py" line="139"/>
        <source>The next word is due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <location filename="../../desktop/selectionbar.py" line="36"/>
        <source>Highlight the selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <location filename="../../desktop/sharingactions.py" line="55"/>
        <source>Open a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sharingactions.py" line="68"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sharingactions.py" line="75"/>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sharingactions.py" line="84"/>
        <source>Notes are not available, so nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sharingactions.py" line="106"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/sharingactions.py" line="113"/>
        <source>Imported %1 highlights into %2; %3 were already here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/trashdialog.py" line="31"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/trashdialog.py" line="32"/>
        <source>Trash (kept for 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/trashdialog.py" line="36"/>
        <source>Deleted highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/trashdialog.py" line="38"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="71"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="72"/>
        <source>Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="104"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="104"/>
        <source>learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="104"/>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="104"/>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyPanel</name>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="182"/>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="189"/>
        <source>Search the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="190"/>
        <source>Search words and glosses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="194"/>
        <source>Show words of status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="195"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="200"/>
        <source>Show words of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="201"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="202"/>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="205"/>
        <source>Kept words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="220"/>
        <source>Words and reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="222"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="224"/>
        <source>Review due words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="225"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="227"/>
        <source>Export the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="228"/>
        <source>Export the words listed (filters apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="229"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="231"/>
        <source>Delete the selected word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/vocabularypanel.py" line="280"/>
        <source>%1 words · due now: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordActions</name>
    <message>
        <location filename="../../desktop/wordactions.py" line="66"/>
        <source>&amp;Look Up Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="67"/>
        <source>Show the root and meaning of the selected word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="70"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="71"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="72"/>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="73"/>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="77"/>
        <source>Mark Word %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="87"/>
        <source>Show Word &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="90"/>
        <source>Show &amp;Unknown Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="93"/>
        <source>&amp;Review Words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="95"/>
        <source>&amp;Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="98"/>
        <source>&amp;Export Vocabulary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="100"/>
        <source>&amp;Dictionaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="109"/>
        <source>&amp;Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="247"/>
        <source>The words of the text could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="259"/>
        <source>Select a word to look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="319"/>
        <source>Notes are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="351"/>
        <source>Look a word up first (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="366"/>
        <source>“%1” is in your vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="455"/>
        <source>Deleted “%1” (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="517"/>
        <source>Export Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="541"/>
        <source>No words are listed in the Vocabulary tab: nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordactions.py" line="560"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordPanel</name>
    <message>
        <location filename="../../desktop/wordpanel.py" line="65"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="70"/>
        <source>Word lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="76"/>
        <source>Gloss to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="82"/>
        <location filename="../../desktop/wordpanel.py" line="270"/>
        <source>&amp;Keep This Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="84"/>
        <source>Keep this word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="85"/>
        <source>Add the word to your vocabulary with this gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="88"/>
        <source>Word status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="94"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="94"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="94"/>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="94"/>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="99"/>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="100"/>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="125"/>
        <source>Double-click any word of the text, or select it and press Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="126"/>
        <source>Klik dua kali kata mana pun, atau pilih lalu tekan Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="127"/>
        <source>Keys 1-4 mark the word new, learning, known or ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="154"/>
        <source>A number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="157"/>
        <source>A name, left untranslated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="164"/>
        <source>Root: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="171"/>
        <source>In the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="202"/>
        <source>English words for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="209"/>
        <source>Not in the word list or any installed dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="217"/>
        <source>Same root in this text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="239"/>
        <source>In the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="263"/>
        <source>Kept as “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="267"/>
        <source>Update &amp;Gloss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/wordpanel.py" line="269"/>
        <source>Not in your vocabulary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
