<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="134"/>
        <source>The glossary could not be loaded:</source>
        <translation>Glosarium tidak dapat dimuat:</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="144"/>
        <source>Another Glossary Reader window is using the notes in this data folder; highlights and notes are off in this one.</source>
        <translation>Jendela Glossary Reader lain sedang memakai catatan di folder data ini; sorotan dan catatan dimatikan di jendela ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="152"/>
        <source>The notes in this data folder cannot be locked (is the folder writable?); highlights and notes are off.</source>
        <translation>Catatan di folder data ini tidak dapat dikunci (apakah folder ini bisa ditulisi?); sorotan dan catatan dimatikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="166"/>
        <source>Highlights and notes are off until this is solved.</source>
        <translation>Sorotan dan catatan dimatikan sampai masalah ini teratasi.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="52"/>
        <source>Backup failed: %1</source>
        <translation>Pencadangan gagal: %1</translation>
    </message>
</context>
<context>
    <name>BookmarksController</name>
    <message>
        <location filename="../../desktop/controllers/bookmarks.py" line="76"/>
        <source>Bookmarks are not available.</source>
        <translation>Penanda tidak tersedia.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/bookmarks.py" line="84"/>
        <location filename="../../desktop/controllers/bookmarks.py" line="146"/>
        <source>Bookmark removed.</source>
        <translation>Penanda dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/bookmarks.py" line="89"/>
        <source>Bookmark added.</source>
        <translation>Penanda ditambahkan.</translation>
    </message>
</context>
<context>
    <name>ClassController</name>
    <message>
        <location filename="../../desktop/controllers/classes.py" line="124"/>
        <source>No class you follow has notes on this document.</source>
        <translation>Tidak ada kelas yang Anda ikuti yang punya catatan pada dokumen ini.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/commands.py" line="51"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="54"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="63"/>
        <source>%1 of “%2” failed: %3</source>
        <translation>%1 “%2” gagal: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="68"/>
        <source>what it changed is gone</source>
        <translation>yang diubahnya sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="83"/>
        <source>Highlight</source>
        <translation>Sorot</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="98"/>
        <source>Change Highlight Colour</source>
        <translation>Ubah Warna Sorotan</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="125"/>
        <source>Edit Note</source>
        <translation>Sunting Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="154"/>
        <source>Delete Highlight</source>
        <translation>Hapus Sorotan</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="168"/>
        <source>Restore Highlight</source>
        <translation>Pulihkan Sorotan</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="182"/>
        <source>Add Bookmark</source>
        <translation>Tambah Penanda</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="196"/>
        <source>Remove Bookmark</source>
        <translation>Hapus Penanda</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="221"/>
        <source>Add Term</source>
        <translation>Tambah Istilah</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="223"/>
        <source>Edit Term</source>
        <translation>Sunting Istilah</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="253"/>
        <source>Delete Term</source>
        <translation>Hapus Istilah</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="269"/>
        <source>Delete “%1”</source>
        <translation>Hapus “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/commands.py" line="297"/>
        <source>Change “%1”</source>
        <translation>Ubah “%1”</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="27"/>
        <source>Texts of this note from another device</source>
        <translation>Teks catatan ini dari perangkat lain</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="47"/>
        <source>Also written at the same time on another device:</source>
        <translation>Juga ditulis pada saat yang sama di perangkat lain:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="49"/>
        <source>Also written at the same time on other devices:</source>
        <translation>Juga ditulis pada saat yang sama di perangkat lain:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="58"/>
        <source>(an empty note)</source>
        <translation>(catatan kosong)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="60"/>
        <source>Text from another device</source>
        <translation>Teks dari perangkat lain</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="65"/>
        <source>Use This Text</source>
        <translation>Pakai Teks Ini</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="67"/>
        <source>Make this text the note</source>
        <translation>Jadikan teks ini catatannya</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="73"/>
        <source>Keep Mine</source>
        <translation>Pertahankan Milik Saya</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="75"/>
        <source>Keep the note as it is</source>
        <translation>Pertahankan catatan seperti sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/conflicts.py" line="76"/>
        <source>Set the other texts aside, on every device</source>
        <translation>Kesampingkan teks lainnya, di semua perangkat</translation>
    </message>
</context>
<context>
    <name>ContentsPanel</name>
    <message>
        <location filename="../../desktop/panels/contents.py" line="80"/>
        <source>Contents</source>
        <translation>Daftar Isi</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/contents.py" line="84"/>
        <source>Chapters and headings</source>
        <translation>Bab dan judul bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/contents.py" line="88"/>
        <source>This document has no chapters or headings.</source>
        <translation>Dokumen ini tidak memiliki bab atau judul bagian.</translation>
    </message>
</context>
<context>
    <name>DictionariesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="50"/>
        <location filename="../../desktop/dialogs/dictionaries.py" line="51"/>
        <source>Dictionaries</source>
        <translation>Kamus</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="55"/>
        <source>Glossary Reader reads dictd and StarDict dictionaries from these folders, one per line. Install one with your package manager (for example dict-freedict-eng-ind) or copy its files into the data folder&apos;s “dictionaries” folder.</source>
        <translation>Glossary Reader membaca kamus dictd dan StarDict dari folder-folder ini, satu per baris. Pasang kamus dengan manajer paket Anda (misalnya dict-freedict-eng-ind) atau salin berkasnya ke folder “dictionaries” di dalam folder data.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="63"/>
        <source>About dictionaries</source>
        <translation>Tentang kamus</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="68"/>
        <source>Dictionary folders</source>
        <translation>Folder kamus</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="72"/>
        <source>Standard &amp;Folders</source>
        <translation>&amp;Folder Standar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="74"/>
        <source>Use the standard folders</source>
        <translation>Gunakan folder standar</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="77"/>
        <source>Dictionaries found</source>
        <translation>Kamus yang ditemukan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="83"/>
        <source>Save or close</source>
        <translation>Simpan atau tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="97"/>
        <location filename="../../desktop/dialogs/dictionaries.py" line="150"/>
        <source>Looking for dictionaries…</source>
        <translation>Mencari kamus…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="112"/>
        <source>The folders cannot be searched: %1</source>
        <translation>Folder-folder ini tidak dapat ditelusuri: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="116"/>
        <source>Found</source>
        <translation>Ditemukan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="119"/>
        <source>No dictionary in these folders.</source>
        <translation>Tidak ada kamus di folder ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="123"/>
        <source>%1 headwords</source>
        <translation>%1 lema</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="129"/>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/dictionaries.py" line="144"/>
        <source>The folder list cannot be saved: %1</source>
        <translation>Daftar folder tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>DocumentHeader</name>
    <message>
        <location filename="../../desktop/documentheader.py" line="19"/>
        <source>Title and source</source>
        <translation>Judul dan sumber</translation>
    </message>
    <message>
        <location filename="../../desktop/documentheader.py" line="20"/>
        <source>Document title</source>
        <translation>Judul dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/documentheader.py" line="26"/>
        <source>Original title</source>
        <translation>Judul asli</translation>
    </message>
    <message>
        <location filename="../../desktop/documentheader.py" line="28"/>
        <source>Document source</source>
        <translation>Sumber dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/documentheader.py" line="53"/>
        <source>Original: %1</source>
        <translation>Judul asli: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/documentheader.py" line="58"/>
        <source>translated by %1</source>
        <translation>diterjemahkan oleh %1</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="206"/>
        <source>%1 is not UTF-8: it was read as %2. If letters look wrong, choose another in View &gt; Text Encoding.</source>
        <translation>%1 bukan UTF-8: berkas dibaca sebagai %2. Jika hurufnya tampak salah, pilih pengodean lain di Tampilan &gt; Pengodean Teks.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="238"/>
        <source>%1 is protected by a password. Password:</source>
        <translation>%1 dilindungi kata sandi. Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="240"/>
        <source>That password does not open %1. Password:</source>
        <translation>Kata sandi itu tidak membuka %1. Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="243"/>
        <source>Password</source>
        <translation>Kata Sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="259"/>
        <source>Opening the document</source>
        <translation>Membuka dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="260"/>
        <source>Stop opening the document</source>
        <translation>Hentikan pembukaan dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="262"/>
        <source>Reading pages… %p%</source>
        <translation>Membaca halaman… %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="278"/>
        <source>Open Document</source>
        <translation>Buka Dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/documents.py" line="350"/>
        <source>%1 glossary terms marked (%2 entries)</source>
        <translation>%1 istilah glosarium ditandai (%2 entri)</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="59"/>
        <source>Glossary entry</source>
        <translation>Entri glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="60"/>
        <source>Edit Term</source>
        <translation>Sunting Istilah</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="60"/>
        <source>Add Term</source>
        <translation>Tambah Istilah</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="69"/>
        <location filename="../../desktop/dialogs/entryeditor.py" line="279"/>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="77"/>
        <source>&amp;Glossary:</source>
        <translation>&amp;Glosarium:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="79"/>
        <source>Term (&amp;Indonesian):</source>
        <translation>Istilah (&amp;Indonesia):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="80"/>
        <source>Term (&amp;English):</source>
        <translation>Istilah (I&amp;nggris):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="81"/>
        <source>Other forms (Indonesian):</source>
        <translation>Bentuk lain (Indonesia):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="82"/>
        <source>Other forms (English):</source>
        <translation>Bentuk lain (Inggris):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="83"/>
        <source>&amp;Definition (Indonesian):</source>
        <translation>&amp;Definisi (Indonesia):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="84"/>
        <source>Definition (E&amp;nglish):</source>
        <translation>Definisi (Inggri&amp;s):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="85"/>
        <source>In this text (Indonesian):</source>
        <translation>Dalam teks ini (Indonesia):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="86"/>
        <source>In this text (English):</source>
        <translation>Dalam teks ini (Inggris):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="87"/>
        <source>&amp;Related entries:</source>
        <translation>Entri &amp;terkait:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="91"/>
        <location filename="../../desktop/dialogs/entryeditor.py" line="273"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="106"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="110"/>
        <source>separated by ;</source>
        <translation>dipisahkan dengan ;</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="113"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="204"/>
        <source>choose a glossary</source>
        <translation>pilih glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="268"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="269"/>
        <source>Term (Indonesian)</source>
        <translation>Istilah (Indonesia)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="270"/>
        <source>Term (English)</source>
        <translation>Istilah (Inggris)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="271"/>
        <source>Other forms (Indonesian)</source>
        <translation>Bentuk lain (Indonesia)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="272"/>
        <source>Other forms (English)</source>
        <translation>Bentuk lain (Inggris)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="274"/>
        <source>Definition (Indonesian)</source>
        <translation>Definisi (Indonesia)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="275"/>
        <source>Definition (English)</source>
        <translation>Definisi (Inggris)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="276"/>
        <source>In this text (Indonesian)</source>
        <translation>Dalam teks ini (Indonesia)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="277"/>
        <source>In this text (English)</source>
        <translation>Dalam teks ini (Inggris)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/entryeditor.py" line="278"/>
        <source>Related entries</source>
        <translation>Entri terkait</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="23"/>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="24"/>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="52"/>
        <source>Glossary entry</source>
        <translation>Entri glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="90"/>
        <source>Click a term with a dotted underline to read its definition.</source>
        <translation>Klik istilah bergaris bawah titik-titik untuk membaca definisinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="91"/>
        <source>Ctrl+K searches the glossary; F3 jumps to the next occurrence.</source>
        <translation>Ctrl+K mencari di glosarium; F3 melompat ke kemunculan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="117"/>
        <source>from %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="119"/>
        <source>Listen</source>
        <translation>Dengarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="128"/>
        <source>Hear the term:</source>
        <translation>Dengarkan istilahnya:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="138"/>
        <source>Another definition of this term exists:</source>
        <translation>Ada definisi lain untuk istilah ini:</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="151"/>
        <source>In this article</source>
        <translation>Dalam artikel ini</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="160"/>
        <source>Related</source>
        <translation>Terkait</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/panels/entryview.py" line="173"/>
        <source>In the text (%n)</source>
        <translation>
            <numerusform>Dalam teks (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/panels/entryview.py" line="185"/>
        <source>F3: next occurrence</source>
        <translation>F3: kemunculan berikutnya</translation>
    </message>
</context>
<context>
    <name>EspeakSpeaker</name>
    <message>
        <location filename="../../desktop/speech.py" line="238"/>
        <source>the sound could not be played (%1): is there a sound device?</source>
        <translation>suara tidak dapat diputar (%1): adakah perangkat suara?</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="66"/>
        <source>Export notes</source>
        <translation>Ekspor catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="67"/>
        <source>Export Notes</source>
        <translation>Ekspor Catatan</translation>
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
        <translation>Sertakan &amp;glosarium istilah yang ada di sorotan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="90"/>
        <source>Include the whole &amp;article with the highlights marked</source>
        <translation>Sertakan seluruh &amp;artikel dengan sorotan ditandai</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="97"/>
        <source>Terms in the deck</source>
        <translation>Istilah dalam dek</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="98"/>
        <source>Every term in the document</source>
        <translation>Semua istilah dalam dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="99"/>
        <source>Only terms in the highlights</source>
        <translation>Hanya istilah di dalam sorotan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="102"/>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="104"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="110"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="111"/>
        <source>shown as the author of your notes</source>
        <translation>ditampilkan sebagai penulis catatan Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="114"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="123"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="126"/>
        <source>&amp;Terms:</source>
        <translation>&amp;Istilah:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="129"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="132"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="145"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="147"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="200"/>
        <source>Include the &amp;glossary of all the terms in the article</source>
        <translation>Sertakan &amp;glosarium semua istilah dalam artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="215"/>
        <source>No terms.</source>
        <translation>Tidak ada istilah.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/export.py" line="220"/>
        <source>%n card(s), one per glossary term.</source>
        <translation>
            <numerusform>%n kartu, satu per istilah glosarium.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="223"/>
        <source>The preview shows the first %1 of %2 highlights; the file holds them all.</source>
        <translation>Pratinjau menampilkan %1 sorotan pertama dari %2; berkasnya memuat semuanya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/export.py" line="228"/>
        <source>%n highlight(s).</source>
        <translation>
            <numerusform>%n sorotan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="238"/>
        <source>Export As</source>
        <translation>Ekspor Sebagai</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/export.py" line="287"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <location filename="../../desktop/filefilters.py" line="10"/>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.xhtml *.epub *.docx *.pdf);;Text (*.txt *.md *.markdown);;Web pages (*.html *.htm *.xhtml);;EPUB books (*.epub);;Word documents (*.docx);;PDF documents (*.pdf);;All files (*)</source>
        <translation>Dokumen (*.txt *.md *.markdown *.html *.htm *.xhtml *.epub *.docx *.pdf);;Teks (*.txt *.md *.markdown);;Halaman web (*.html *.htm *.xhtml);;Buku EPUB (*.epub);;Dokumen Word (*.docx);;Dokumen PDF (*.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="19"/>
        <source>Glossaries (*.toml *.csv);;All files (*)</source>
        <translation>Glosarium (*.toml *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="25"/>
        <source>TOML glossary (*.toml)</source>
        <translation>Glosarium TOML (*.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="26"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Lembar kerja CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="27"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Dek Anki (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="32"/>
        <source>Web Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Anotasi Web (*.json *.jsonld);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/filefilters.py" line="38"/>
        <source>CSV spreadsheet (*.csv);;Anki deck (*.apkg)</source>
        <translation>Lembar kerja CSV (*.csv);;Dek Anki (*.apkg)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="29"/>
        <location filename="../../desktop/reader/findbar.py" line="34"/>
        <source>Find in the text</source>
        <translation>Cari dalam teks</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="33"/>
        <source>Text to find</source>
        <translation>Teks yang dicari</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="38"/>
        <source>Matches</source>
        <translation>Kecocokan</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="43"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Kecocokan sebelumnya (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="44"/>
        <source>Previous match</source>
        <translation>Kecocokan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="48"/>
        <source>Next match (Enter)</source>
        <translation>Kecocokan berikutnya (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="49"/>
        <source>Next match</source>
        <translation>Kecocokan berikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="53"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="54"/>
        <source>Close the Find bar</source>
        <translation>Tutup bilah Cari</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="88"/>
        <source>No matches</source>
        <translation>Tidak ada kecocokan</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="90"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/findbar.py" line="90"/>
        <source>%1 of more than %2</source>
        <translation>%1 dari lebih dari %2</translation>
    </message>
</context>
<context>
    <name>GlossariesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="50"/>
        <location filename="../../desktop/dialogs/glossaries.py" line="51"/>
        <source>Glossaries</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="59"/>
        <source>Glossaries for this document</source>
        <translation>Glosarium untuk dokumen ini</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="68"/>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="69"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="70"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="71"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="82"/>
        <source>Checked glossaries mark terms in this document; yours come first.</source>
        <translation>Glosarium yang dicentang menandai istilah dalam dokumen ini; glosarium Anda didahulukan.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="106"/>
        <source>bundled</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="145"/>
        <source>New Glossary</source>
        <translation>Glosarium Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="146"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="164"/>
        <location filename="../../desktop/dialogs/glossaries.py" line="175"/>
        <source>Import Glossary</source>
        <translation>Impor Glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="206"/>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="212"/>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="223"/>
        <source>Export Glossary</source>
        <translation>Ekspor Glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="260"/>
        <source>Exported to %1</source>
        <translation>Diekspor ke %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="267"/>
        <source>The bundled glossary cannot be deleted.</source>
        <translation>Glosarium bawaan tidak dapat dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="272"/>
        <source>Delete Glossary</source>
        <translation>Hapus Glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="273"/>
        <source>Delete “%1” and its %2 entries?</source>
        <translation>Hapus “%1” beserta %2 entrinya?</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="285"/>
        <source>“%1”: %2 new, %3 changed, %4 unchanged entries imported.</source>
        <translation>“%1”: %2 entri baru, %3 berubah, %4 tetap; sudah diimpor.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="289"/>
        <source>“%1”: %2 new, %3 changed, %4 unchanged entries.</source>
        <translation>“%1”: %2 entri baru, %3 berubah, %4 tetap.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="295"/>
        <source>changed: %1 (%2)</source>
        <translation>berubah: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/glossaries.py" line="303"/>
        <source>%1 conflicts; nothing can be imported until fixed:</source>
        <translation>%1 konflik; tidak ada yang dapat diimpor sebelum diperbaiki:</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="55"/>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="66"/>
        <source>Search the glossary</source>
        <translation>Cari di glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="67"/>
        <source>Search terms and definitions (Ctrl+K)</source>
        <translation>Cari istilah dan definisi (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="74"/>
        <source>Search suggestions</source>
        <translation>Saran pencarian</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="83"/>
        <source>Glossary entries</source>
        <translation>Entri glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="93"/>
        <source>Glossary entries and entry</source>
        <translation>Daftar entri dan isi entri</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="103"/>
        <source>Glossaries in use</source>
        <translation>Glosarium yang digunakan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="108"/>
        <source>Glossaries…</source>
        <translation>Glosarium…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="109"/>
        <source>Choose glossaries</source>
        <translation>Pilih glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="112"/>
        <source>Add term…</source>
        <translation>Tambah istilah…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="113"/>
        <source>Add a term to your glossary</source>
        <translation>Tambahkan istilah ke glosarium Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="202"/>
        <source>no glossary</source>
        <translation>tidak ada glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="203"/>
        <source>Using: %1</source>
        <translation>Menggunakan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="227"/>
        <source>No entry matches “%1”.</source>
        <translation>Tidak ada entri yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="232"/>
        <source>Did you mean</source>
        <translation>Mungkin maksud Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/glossary.py" line="233"/>
        <source>(Enter takes the first.)</source>
        <translation>(Enter memilih yang pertama.)</translation>
    </message>
</context>
<context>
    <name>HandInsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="41"/>
        <location filename="../../desktop/dialogs/handins.py" line="42"/>
        <source>Hand-ins</source>
        <translation>Tugas Terkumpul</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="51"/>
        <source>Student / document</source>
        <translation>Siswa / dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="51"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="51"/>
        <source>Handed in</source>
        <translation>Dikumpulkan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="55"/>
        <source>Hand-ins by student</source>
        <translation>Tugas terkumpul per siswa</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="65"/>
        <source>Export &amp;Spreadsheet…</source>
        <translation>Ekspor &amp;Lembar Kerja…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="67"/>
        <source>Export &amp;Handout…</source>
        <translation>Ekspor &amp;Handout…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="69"/>
        <source>Export as &amp;Web Page…</source>
        <translation>Ekspor sebagai Halaman &amp;Web…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="92"/>
        <source>Class %1 (%2)</source>
        <translation>Kelas %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="98"/>
        <source>Reading the hand-ins…</source>
        <translation>Membaca tugas yang terkumpul…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/handins.py" line="129"/>
        <source>%n student(s) handed in.</source>
        <translation>
            <numerusform>%n siswa sudah mengumpulkan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/handins.py" line="131"/>
        <source>Nobody has handed in yet.</source>
        <translation>Belum ada yang mengumpulkan.</translation>
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="77"/>
        <source>Notes are not available.</source>
        <translation>Catatan tidak tersedia.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="97"/>
        <source>Select a passage to highlight.</source>
        <translation>Pilih bagian teks yang akan disorot.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="123"/>
        <source>Select a passage to write a note.</source>
        <translation>Pilih bagian teks untuk menulis catatan.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="158"/>
        <source>Put the cursor in a highlight first.</source>
        <translation>Letakkan kursor di dalam sorotan terlebih dulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="180"/>
        <source>the notes database is closed</source>
        <translation>basis data catatan tertutup</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="201"/>
        <source>A note could not be saved (%1) nor kept in a file (%2).</source>
        <translation>Catatan tidak dapat disimpan (%1) maupun disimpan ke berkas (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="207"/>
        <source>A note could not be saved (%1). Its text is kept in %2.</source>
        <translation>Catatan tidak dapat disimpan (%1). Teksnya disimpan di %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="291"/>
        <source>This passage is no longer in the text; the note is kept.</source>
        <translation>Bagian teks ini sudah tidak ada dalam teks; catatannya tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/highlights.py" line="318"/>
        <source>The document of this note cannot be found.</source>
        <translation>Dokumen untuk catatan ini tidak ditemukan.</translation>
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
        <translation>Label warna</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/labels.py" line="19"/>
        <source>Colour Labels</source>
        <translation>Label Warna</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/labels.py" line="27"/>
        <source>Label of colour %1</source>
        <translation>Label warna %1</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="134"/>
        <location filename="../../desktop/dialogs/library.py" line="135"/>
        <source>Library</source>
        <translation>Perpustakaan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="142"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="155"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="159"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="162"/>
        <source>&amp;Locate…</source>
        <translation>&amp;Temukan…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="164"/>
        <source>Find the file of a document that was moved</source>
        <translation>Temukan berkas dokumen yang telah dipindahkan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="165"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="167"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="245"/>
        <source>Locate “%1”</source>
        <translation>Temukan “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="272"/>
        <source>Remove from the Library</source>
        <translation>Hapus dari Perpustakaan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="275"/>
        <source>Remove “%1” from the library?</source>
        <translation>Hapus “%1” dari perpustakaan?</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="284"/>
        <source>Remove, Keep Notes</source>
        <translation>Hapus, Simpan Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="288"/>
        <source>Remove with Notes</source>
        <translation>Hapus beserta Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="306"/>
        <source>This document is open; open another one first.</source>
        <translation>Dokumen ini sedang terbuka; buka dokumen lain terlebih dulu.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="70"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="71"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="72"/>
        <source>Last opened</source>
        <translation>Terakhir dibuka</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="73"/>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="74"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="81"/>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="81"/>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/library.py" line="91"/>
        <source>file missing</source>
        <translation>berkas hilang</translation>
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
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="134"/>
        <source>Side panel</source>
        <translation>Panel samping</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="135"/>
        <source>G&amp;lossary</source>
        <translation>Glosa&amp;rium</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="136"/>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="137"/>
        <source>Wo&amp;rd</source>
        <translation>K&amp;ata</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="138"/>
        <source>Voca&amp;bulary</source>
        <translation>K&amp;osakata</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="139"/>
        <location filename="../../desktop/mainwindow.py" line="362"/>
        <source>&amp;Contents</source>
        <translation>&amp;Daftar Isi</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="143"/>
        <source>Article and side panel</source>
        <translation>Artikel dan panel samping</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="151"/>
        <source>Terms marked</source>
        <translation>Istilah yang ditandai</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="152"/>
        <source>Text encoding</source>
        <translation>Pengodean teks</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="153"/>
        <source>Reading progress</source>
        <translation>Kemajuan membaca</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="154"/>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="164"/>
        <source>Status</source>
        <translation>Bilah status</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="166"/>
        <source>Menu bar</source>
        <translation>Bilah menu</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="206"/>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="209"/>
        <source>Open a Markdown or text file</source>
        <translation>Buka berkas Markdown atau teks</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="214"/>
        <source>&amp;Library…</source>
        <translation>&amp;Perpustakaan…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="217"/>
        <source>Every document you have opened, with your place</source>
        <translation>Semua dokumen yang pernah Anda buka, beserta posisi baca Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="222"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="225"/>
        <source>Export the notes as a handout, spreadsheet, annotation file or Anki deck</source>
        <translation>Ekspor catatan sebagai bahan ajar, lembar kerja, berkas anotasi, atau dek Anki</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="230"/>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Impor Anotasi…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="233"/>
        <source>Add the highlights and notes of a shared file</source>
        <translation>Tambahkan sorotan dan catatan dari berkas yang dibagikan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="238"/>
        <source>S&amp;ync Now</source>
        <translation>Si&amp;nkronkan Sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="241"/>
        <source>Send your changes and merge those of your other devices</source>
        <translation>Kirim perubahan Anda dan gabungkan perubahan dari perangkat Anda yang lain</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="245"/>
        <source>Sync &amp;Settings…</source>
        <translation>Pen&amp;gaturan Sinkronisasi…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="248"/>
        <source>Where your notes sync to: a folder kept in step on every device</source>
        <translation>Tempat catatan Anda disinkronkan: folder yang diselaraskan di setiap perangkat</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="252"/>
        <source>&amp;Hand In This Document</source>
        <translation>&amp;Kumpulkan Dokumen Ini</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="255"/>
        <source>Send your notes on this document to your class&apos;s teacher</source>
        <translation>Kirim catatan Anda pada dokumen ini kepada guru kelas Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="259"/>
        <source>Hand-&amp;ins…</source>
        <translation>&amp;Daftar Tugas Terkumpul…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="262"/>
        <source>What the students of a class you publish handed in</source>
        <translation>Apa yang dikumpulkan siswa di kelas yang Anda terbitkan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="264"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="318"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="326"/>
        <source>&amp;Find in Text…</source>
        <translation>&amp;Cari dalam Teks…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="329"/>
        <source>Find words in the text; every match is marked</source>
        <translation>Cari kata dalam teks; setiap kecocokan ditandai</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="334"/>
        <source>&amp;Search Glossary</source>
        <translation>Cari di &amp;Glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="341"/>
        <source>&amp;Next Occurrence</source>
        <translation>Kemunculan &amp;Berikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="348"/>
        <source>&amp;Previous Occurrence</source>
        <translation>Kemunculan &amp;Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="355"/>
        <location filename="../../desktop/mainwindow.py" line="946"/>
        <source>Add &amp;Bookmark</source>
        <translation>Tambah &amp;Penanda</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="358"/>
        <source>Bookmark the place you are reading, or remove its bookmark</source>
        <translation>Tandai bagian yang sedang Anda baca, atau hapus penandanya</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="370"/>
        <source>Go to &amp;Page…</source>
        <translation>Buka &amp;Halaman…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="373"/>
        <source>Go to a page of the document (a PDF)</source>
        <translation>Buka sebuah halaman dokumen (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="425"/>
        <source>&amp;Look Up Word</source>
        <translation>&amp;Lihat Arti Kata</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="428"/>
        <source>Show the root and meaning of the selected word</source>
        <translation>Tampilkan kata dasar dan arti kata yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="457"/>
        <source>&amp;Vocabulary</source>
        <translation>&amp;Kosakata</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="464"/>
        <source>&amp;Review Words…</source>
        <translation>&amp;Latih Kata…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="471"/>
        <source>&amp;Export Vocabulary…</source>
        <translation>&amp;Ekspor Kosakata…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="478"/>
        <source>S&amp;peak Word</source>
        <translation>&amp;Ucapkan Kata</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="481"/>
        <source>Hear the selection, or the word looked up</source>
        <translation>Dengarkan teks yang dipilih, atau kata yang dicari</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="486"/>
        <source>Speak Se&amp;ntence</source>
        <translation>Ucapkan K&amp;alimat</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="489"/>
        <source>Hear the sentence of the word looked up, or of the cursor</source>
        <translation>Dengarkan kalimat tempat kata yang dicari, atau tempat kursor, berada</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="493"/>
        <source>&amp;Dictionaries…</source>
        <translation>Ka&amp;mus…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="517"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Perbesar</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="525"/>
        <source>Zoom &amp;Out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="532"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Ukuran Asli</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="501"/>
        <source>&amp;Indonesian Definition First</source>
        <translation>Definisi Bahasa &amp;Indonesia Lebih Dulu</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="509"/>
        <source>E&amp;nglish Definition First</source>
        <translation>Definisi Bahasa I&amp;nggris Lebih Dulu</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="1010"/>
        <source>No recent documents</source>
        <translation>Tidak ada dokumen terbaru</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="594"/>
        <source>&amp;About Glossary Reader</source>
        <translation>&amp;Tentang Glossary Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="394"/>
        <source>&amp;Add Term…</source>
        <translation>&amp;Tambah Istilah…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="397"/>
        <source>Define the selected words in your own glossary</source>
        <translation>Definisikan kata yang dipilih di glosarium Anda sendiri</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="402"/>
        <source>&amp;Edit Term…</source>
        <translation>&amp;Sunting Istilah…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="405"/>
        <source>Edit the entry shown (a bundled entry is copied into your glossary)</source>
        <translation>Sunting entri yang ditampilkan (entri bawaan disalin ke glosarium Anda)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="410"/>
        <source>&amp;Delete Term</source>
        <translation>&amp;Hapus Istilah</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="417"/>
        <source>&amp;Glossaries…</source>
        <translation>&amp;Daftar Glosarium…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="542"/>
        <source>The page of a PDF as printed, with its figures and tables</source>
        <translation>Halaman PDF seperti tercetak, dengan gambar dan tabelnya</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="666"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="670"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>Yellow</source>
        <translation>Kuning</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>Green</source>
        <translation>Hijau</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>Blue</source>
        <translation>Biru</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="185"/>
        <source>Pink</source>
        <translation>Merah muda</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="186"/>
        <source>Purple</source>
        <translation>Ungu</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="269"/>
        <source>Highlight %1</source>
        <translation>Sorot %1</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="277"/>
        <source>Add or Edit &amp;Note</source>
        <translation>Tambah atau Sunting &amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="280"/>
        <source>Highlight the selection if needed and write its note</source>
        <translation>Sorot pilihan bila perlu, lalu tulis catatannya</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="292"/>
        <source>Colour &amp;Labels…</source>
        <translation>&amp;Label Warna…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="298"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Tempat Sampah…</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="302"/>
        <source>Notes in &amp;English</source>
        <translation>Catatan dalam Bahasa I&amp;nggris</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="310"/>
        <source>Notes in &amp;Indonesian</source>
        <translation>Catatan dalam Bahasa &amp;Indonesia</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="285"/>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Hapus Sorotan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="443"/>
        <source>Show Word &amp;Status</source>
        <translation>Tampilkan &amp;Status Kata</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="450"/>
        <source>Show &amp;Unknown Words</source>
        <translation>Tampilkan Kata yang &amp;Belum Dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="546"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Layar Penuh</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="187"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="187"/>
        <source>Learning</source>
        <translation>Dipelajari</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="187"/>
        <source>Known</source>
        <translation>Dikuasai</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="187"/>
        <source>Ignored</source>
        <translation>Diabaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="365"/>
        <source>Show or hide the chapters and headings of the document</source>
        <translation>Tampilkan atau sembunyikan bab dan judul bagian dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="377"/>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="380"/>
        <source>Back to the entry or the place before</source>
        <translation>Kembali ke entri atau tempat sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="385"/>
        <source>For&amp;ward</source>
        <translation>&amp;Maju</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="388"/>
        <source>Forward again</source>
        <translation>Maju lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="434"/>
        <source>Mark Word %1</source>
        <translation>Tandai Kata sebagai %1</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="539"/>
        <source>Show &amp;Original Page</source>
        <translation>Tampilkan Halaman &amp;Asli</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="554"/>
        <location filename="../../desktop/mainwindow.py" line="930"/>
        <source>&amp;Read Aloud</source>
        <translation>&amp;Bacakan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="557"/>
        <source>Read the text aloud from where you are; again to pause and go on</source>
        <translation>Bacakan teks mulai dari tempat Anda membaca; tekan lagi untuk menjeda dan melanjutkan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="562"/>
        <source>S&amp;top Reading Aloud</source>
        <translation>&amp;Hentikan Pembacaan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="568"/>
        <source>&amp;Caret Browsing</source>
        <translation>Na&amp;vigasi Kursor</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="571"/>
        <source>A caret in the text that the arrow keys move; with Shift they select</source>
        <translation>Kursor di dalam teks yang digerakkan dengan tombol panah; dengan Shift, tombol panah memilih teks</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="576"/>
        <source>Show C&amp;lass Notes</source>
        <translation>Tampilkan &amp;Catatan Kelas</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="579"/>
        <source>Underline the notes of the classes you follow beside your own</source>
        <translation>Garis bawahi catatan kelas yang Anda ikuti di samping catatan Anda sendiri</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="585"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Ketik</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="588"/>
        <source>Every key of the app, to search by action or key</source>
        <translation>Semua tombol pintasan aplikasi, bisa dicari menurut tindakan atau tombolnya</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="591"/>
        <source>Show &amp;Tour</source>
        <translation>Tampilkan T&amp;ur</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="675"/>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terbaru</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="677"/>
        <source>Text &amp;Encoding</source>
        <translation>Pengodean &amp;Teks</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="694"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="703"/>
        <source>&amp;Class</source>
        <translation>Kel&amp;as</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="708"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="715"/>
        <source>&amp;Spelling of Notes</source>
        <translation>&amp;Ejaan Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="719"/>
        <source>&amp;Go</source>
        <translation>&amp;Pergi</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="729"/>
        <source>Gl&amp;ossary</source>
        <translation>G&amp;losarium</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="733"/>
        <source>&amp;Words</source>
        <translation>&amp;Kata</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="746"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="758"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="763"/>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="765"/>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="927"/>
        <source>Pause &amp;Reading Aloud</source>
        <translation>&amp;Jeda Pembacaan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="928"/>
        <source>Go On &amp;Reading Aloud</source>
        <translation>Lan&amp;jutkan Pembacaan</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="946"/>
        <source>Remove &amp;Bookmark</source>
        <translation>Hapus &amp;Penanda</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="1037"/>
        <source>Caret browsing on: the arrow keys move a caret in the text (F7 turns it off)</source>
        <translation>Navigasi kursor aktif: tombol panah menggerakkan kursor di dalam teks (F7 untuk menonaktifkannya)</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="1039"/>
        <source>Caret browsing off: the arrow keys scroll the text</source>
        <translation>Navigasi kursor nonaktif: tombol panah menggulir teks</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="1052"/>
        <source>About Glossary Reader</source>
        <translation>Tentang Glossary Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/mainwindow.py" line="1053"/>
        <source>Glossary Reader %1
Read an article beside a bilingual glossary.</source>
        <translation>Glossary Reader %1
Baca artikel berdampingan dengan glosarium dwibahasa.</translation>
    </message>
</context>
<context>
    <name>MarkingController</name>
    <message>
        <location filename="../../desktop/controllers/marking.py" line="75"/>
        <source>Marking glossary terms…</source>
        <translation>Menandai istilah glosarium…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/marking.py" line="91"/>
        <source>Marking the terms</source>
        <translation>Menandai istilah</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/marking.py" line="92"/>
        <source>Stop marking the terms</source>
        <translation>Hentikan penandaan istilah</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop/messagebar.py" line="18"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/messagebar.py" line="30"/>
        <source>Dismiss message</source>
        <translation>Tutup pesan</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/panels/notes.py" line="134"/>
        <source>Add “%1” to Dictionary</source>
        <translation>Tambahkan “%1” ke Kamus</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../desktop/panels/noteslist.py" line="155"/>
        <source>Bookmark</source>
        <translation>Penanda</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/noteslist.py" line="159"/>
        <source>Not found in this text</source>
        <translation>Tidak ditemukan di teks ini</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/noteslist.py" line="162"/>
        <source>by %1</source>
        <translation>oleh %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/noteslist.py" line="179"/>
        <source>Terms: %1</source>
        <translation>Istilah: %1</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desktop/panels/notes.py" line="191"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="205"/>
        <source>Search the notes of all documents</source>
        <translation>Cari catatan di semua dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="206"/>
        <source>Search all notes</source>
        <translation>Cari semua catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="210"/>
        <source>Show highlights of colour, or bookmarks</source>
        <translation>Tampilkan sorotan berwarna ini, atau penanda</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="218"/>
        <source>Highlights and bookmarks</source>
        <translation>Sorotan dan penanda</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="229"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="230"/>
        <location filename="../../desktop/panels/notes.py" line="385"/>
        <location filename="../../desktop/panels/notes.py" line="493"/>
        <source>Select a highlight to write its note.</source>
        <translation>Pilih sorotan untuk menulis catatannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="235"/>
        <source>Glossary terms in this highlight</source>
        <translation>Istilah glosarium dalam sorotan ini</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="240"/>
        <location filename="../../desktop/panels/notes.py" line="241"/>
        <source>Show the definitions of these terms</source>
        <translation>Tampilkan definisi istilah-istilah ini</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="249"/>
        <source>Note saved state</source>
        <translation>Status penyimpanan catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="269"/>
        <source>Highlights, bookmarks and note</source>
        <translation>Sorotan, penanda, dan catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="348"/>
        <source>p. %1</source>
        <translation>hlm. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="537"/>
        <source>Terms: %1</source>
        <translation>Istilah: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="568"/>
        <source>Go to Bookmark</source>
        <translation>Buka Penanda</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="568"/>
        <source>Show in Text</source>
        <translation>Tampilkan di Teks</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="571"/>
        <source>Delete Bookmark</source>
        <translation>Hapus Penanda</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="571"/>
        <source>Delete Highlight</source>
        <translation>Hapus Sorotan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="299"/>
        <source>All colours</source>
        <translation>Semua warna</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="304"/>
        <source>Bookmarks</source>
        <translation>Penanda</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="460"/>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="489"/>
        <source>Write your note on this passage.</source>
        <translation>Tulis catatan Anda tentang bagian teks ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="491"/>
        <source>A bookmark has no note.</source>
        <translation>Penanda tidak memiliki catatan.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/notes.py" line="517"/>
        <source>Editing…</source>
        <translation>Menyunting…</translation>
    </message>
</context>
<context>
    <name>OwnGlossariesController</name>
    <message>
        <location filename="../../desktop/controllers/ownglossaries.py" line="69"/>
        <source>My glossary</source>
        <translation>Glosarium saya</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/ownglossaries.py" line="143"/>
        <location filename="../../desktop/controllers/ownglossaries.py" line="214"/>
        <source>Own glossaries need the notes database, which is off.</source>
        <translation>Glosarium sendiri memerlukan basis data catatan, yang sedang nonaktif.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/ownglossaries.py" line="175"/>
        <source>Open an entry in the glossary first.</source>
        <translation>Buka dulu sebuah entri di glosarium.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/ownglossaries.py" line="200"/>
        <source>Only terms of your own glossaries can be deleted.</source>
        <translation>Hanya istilah dari glosarium Anda sendiri yang dapat dihapus.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="38"/>
        <source>Original page</source>
        <translation>Halaman asli</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="39"/>
        <source>Original Page</source>
        <translation>Halaman Asli</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="45"/>
        <source>The page as printed</source>
        <translation>Halaman seperti tercetak</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="51"/>
        <source>&amp;Previous Page</source>
        <translation>Halaman &amp;Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="53"/>
        <source>&amp;Next Page</source>
        <translation>Halaman Beri&amp;kutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/pageview.py" line="94"/>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>PagesController</name>
    <message>
        <location filename="../../desktop/controllers/pages.py" line="82"/>
        <source>Go to Page</source>
        <translation>Buka Halaman</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/pages.py" line="83"/>
        <source>Page (1–%1):</source>
        <translation>Halaman (1–%1):</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="86"/>
        <location filename="../../desktop/dialogs/preferences.py" line="87"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="91"/>
        <source>Language of the interface</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="93"/>
        <source>As the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="101"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="103"/>
        <source>As the system (light or dark)</source>
        <translation>Ikuti sistem (terang atau gelap)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="104"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="105"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="106"/>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="112"/>
        <source>Font of the text</source>
        <translation>Fon teks</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="116"/>
        <source>Default Font</source>
        <translation>Fon Bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="118"/>
        <source>Use the default font</source>
        <translation>Gunakan fon bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="124"/>
        <source>Text size</source>
        <translation>Ukuran teks</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="129"/>
        <location filename="../../desktop/dialogs/preferences.py" line="187"/>
        <source>Default</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="133"/>
        <source>Line spacing</source>
        <translation>Jarak baris</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="147"/>
        <source>As wide as the window</source>
        <translation>Selebar jendela</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="142"/>
        <source>Width of the text</source>
        <translation>Lebar teks</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="144"/>
        <source>Narrow (about 60 characters)</source>
        <translation>Sempit (sekitar 60 karakter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="145"/>
        <source>Medium (about 70 characters)</source>
        <translation>Sedang (sekitar 70 karakter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="146"/>
        <source>Wide (about 85 characters)</source>
        <translation>Lebar (sekitar 85 karakter)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="153"/>
        <source>Glossary terms underlined</source>
        <translation>Istilah glosarium yang digarisbawahi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="155"/>
        <source>The first in each section</source>
        <translation>Yang pertama di setiap bagian</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="156"/>
        <source>Every occurrence</source>
        <translation>Setiap kemunculan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="157"/>
        <source>Only when I point at one</source>
        <translation>Hanya saat ditunjuk dengan tetikus</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="163"/>
        <source>Definition shown first</source>
        <translation>Definisi yang ditampilkan lebih dulu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="164"/>
        <location filename="../../desktop/dialogs/preferences.py" line="170"/>
        <location filename="../../desktop/dialogs/preferences.py" line="179"/>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="164"/>
        <location filename="../../desktop/dialogs/preferences.py" line="170"/>
        <location filename="../../desktop/dialogs/preferences.py" line="180"/>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="169"/>
        <source>Spelling of notes</source>
        <translation>Ejaan catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="173"/>
        <source>&amp;Dictionary Folders…</source>
        <translation>Folder &amp;Kamus…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="175"/>
        <source>Dictionary folders</source>
        <translation>Folder kamus</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="186"/>
        <source>Voice for %1</source>
        <translation>Suara untuk %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="194"/>
        <source>Reading speed in %1</source>
        <translation>Kecepatan membaca dalam %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="202"/>
        <source>S&amp;ync…</source>
        <translation>Sin&amp;kronisasi…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="204"/>
        <source>Sync settings</source>
        <translation>Pengaturan sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="205"/>
        <source>Your notes on every device, through a shared folder</source>
        <translation>Catatan Anda di setiap perangkat, melalui folder bersama</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="207"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Bahasa antarmuka:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="208"/>
        <source>(used from the next start)</source>
        <translation>(berlaku setelah aplikasi dibuka ulang)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="211"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="212"/>
        <source>&amp;Font:</source>
        <translation>&amp;Fon:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="214"/>
        <source>Text &amp;size:</source>
        <translation>&amp;Ukuran teks:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="215"/>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Jarak baris:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="216"/>
        <source>Text &amp;width:</source>
        <translation>&amp;Lebar teks:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="217"/>
        <source>&amp;Underline terms:</source>
        <translation>&amp;Garis bawahi istilah:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="218"/>
        <source>Definition &amp;first:</source>
        <translation>&amp;Definisi yang didahulukan:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="219"/>
        <source>S&amp;pelling of notes:</source>
        <translation>&amp;Ejaan catatan:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="220"/>
        <source>Dictionaries:</source>
        <translation>Kamus:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="221"/>
        <source>Sync:</source>
        <translation>Sinkronisasi:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="222"/>
        <source>Indonesian &amp;voice:</source>
        <translation>&amp;Suara bahasa Indonesia:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="223"/>
        <source>I&amp;ndonesian speed:</source>
        <translation>&amp;Kecepatan bahasa Indonesia:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="224"/>
        <source>English v&amp;oice:</source>
        <translation>S&amp;uara bahasa Inggris:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/preferences.py" line="225"/>
        <source>English sp&amp;eed:</source>
        <translation>K&amp;ecepatan bahasa Inggris:</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/translations.py" line="69"/>
        <source>… and %1 more</source>
        <translation>… dan %1 lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/translations.py" line="94"/>
        <source>The file cannot be read: %1.</source>
        <translation>Berkas ini tidak dapat dibaca: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/translations.py" line="97"/>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <location filename="../../desktop/progressbox.py" line="22"/>
        <source>Marking the terms</source>
        <translation>Menandai istilah</translation>
    </message>
    <message>
        <location filename="../../desktop/progressbox.py" line="26"/>
        <source>Terms marked so far</source>
        <translation>Istilah yang sudah ditandai</translation>
    </message>
    <message>
        <location filename="../../desktop/progressbox.py" line="28"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/progressbox.py" line="30"/>
        <source>Stop marking the terms</source>
        <translation>Hentikan penandaan istilah</translation>
    </message>
    <message>
        <location filename="../../desktop/progressbox.py" line="49"/>
        <source>Marking terms… %p%</source>
        <translation>Menandai istilah… %p%</translation>
    </message>
</context>
<context>
    <name>ProgressController</name>
    <message>
        <location filename="../../desktop/controllers/progress.py" line="65"/>
        <source>The time left at your own pace: about %1 characters a minute</source>
        <translation>Sisa waktu menurut kecepatan baca Anda: sekitar %1 karakter per menit</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/progress.py" line="76"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/progress.py" line="80"/>
        <source>p. %1 of %2</source>
        <translation>hlm. %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/progress.py" line="86"/>
        <source>%1 min left</source>
        <translation>%1 menit lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/progress.py" line="89"/>
        <source>%1 h %2 min left</source>
        <translation>%1 jam %2 menit lagi</translation>
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="104"/>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="104"/>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="106"/>
        <source>No voice for %1 was found. Install espeak-ng, which has one.</source>
        <translation>Tidak ditemukan suara untuk %1. Pasang espeak-ng, yang menyediakannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="197"/>
        <location filename="../../desktop/controllers/readaloud.py" line="207"/>
        <source>Select a word or a passage to hear it.</source>
        <translation>Pilih kata atau bagian teks untuk mendengarkannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="277"/>
        <source>Read aloud to the end.</source>
        <translation>Teks sudah dibacakan sampai akhir.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="289"/>
        <source>Reading aloud paused (Ctrl+Shift+Space goes on).</source>
        <translation>Pembacaan dijeda (Ctrl+Shift+Space untuk melanjutkan).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/readaloud.py" line="333"/>
        <source>The text could not be spoken: %1</source>
        <translation>Teks tidak dapat diucapkan: %1</translation>
    </message>
</context>
<context>
    <name>ReaderCaret</name>
    <message>
        <location filename="../../desktop/reader/caret.py" line="73"/>
        <source>Caret browsing on</source>
        <translation>Navigasi kursor aktif</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/caret.py" line="73"/>
        <source>Caret browsing off</source>
        <translation>Navigasi kursor nonaktif</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/reader/view.py" line="106"/>
        <source>Article text</source>
        <translation>Teks artikel</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="38"/>
        <source>Review words</source>
        <translation>Latih kata</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="39"/>
        <source>Review Words</source>
        <translation>Latihan Kata</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="45"/>
        <source>Words due</source>
        <translation>Kata yang perlu diulang</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="49"/>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="53"/>
        <source>Show Answer (Space)</source>
        <translation>Tampilkan Jawaban (Spasi)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="55"/>
        <source>Show answer</source>
        <translation>Tampilkan jawaban</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="58"/>
        <source>Again</source>
        <translation>Lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="58"/>
        <source>Hard</source>
        <translation>Sulit</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="58"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="58"/>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="63"/>
        <source>Key %1</source>
        <translation>Tombol %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="69"/>
        <source>&amp;Known (K)</source>
        <translation>&amp;Dikuasai (K)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="71"/>
        <source>I know this word</source>
        <translation>Saya sudah menguasai kata ini</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="72"/>
        <source>Mark the word known: it leaves the review queue</source>
        <translation>Tandai kata sebagai dikuasai: kata dikeluarkan dari antrean ulangan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="80"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="81"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="83"/>
        <source>Close the review</source>
        <translation>Tutup sesi ulangan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="113"/>
        <source>Due now: %1 (%2 never reviewed, %3 again) · answered this session: %4</source>
        <translation>Perlu diulang sekarang: %1 (%2 belum pernah diulang, %3 diulang lagi) · dijawab di sesi ini: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="121"/>
        <source>Nothing to review now.</source>
        <translation>Tidak ada yang perlu diulang sekarang.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="131"/>
        <source>Keep words from the Word view to review them here.</source>
        <translation>Simpan kata dari tab Kata untuk mengulanginya di sini.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/dialogs/review.py" line="138"/>
        <source>The next word is due in %n minute(s).</source>
        <translation>
            <numerusform>Kata berikutnya perlu diulang dalam %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/review.py" line="140"/>
        <source>The next word is due on %1.</source>
        <translation>Kata berikutnya perlu diulang pada %1.</translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <location filename="../../desktop/reader/selectionbar.py" line="36"/>
        <source>Highlight the selection</source>
        <translation>Sorot pilihan</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <location filename="../../desktop/controllers/sharing.py" line="77"/>
        <source>Open a document first.</source>
        <translation>Buka dokumen terlebih dulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sharing.py" line="90"/>
        <source>Exported to %1</source>
        <translation>Diekspor ke %1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sharing.py" line="97"/>
        <source>Import Annotations</source>
        <translation>Impor Anotasi</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sharing.py" line="107"/>
        <source>Notes are not available, so nothing can be imported.</source>
        <translation>Catatan tidak tersedia, jadi tidak ada yang dapat diimpor.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sharing.py" line="130"/>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/sharing.py" line="137"/>
        <source>Imported %n highlight(s) into %2;</source>
        <translation>
            <numerusform>%n sorotan diimpor ke %2;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/sharing.py" line="139"/>
        <source>%n were already here.</source>
        <translation>
            <numerusform>%n sudah ada sebelumnya.</numerusform>
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
        <translation>Dalam teks</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="67"/>
        <source>Go to the next or the previous marked term</source>
        <translation>Pindah ke istilah bertanda berikutnya atau sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="76"/>
        <source>Double-click</source>
        <translation>Klik ganda</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="72"/>
        <source>Open the card of the marked term gone to with Tab</source>
        <translation>Buka kartu istilah bertanda yang dituju dengan Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="77"/>
        <source>Look up the word on a card: its root and meaning</source>
        <translation>Cari kata pada kartu: kata dasar dan artinya</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="92"/>
        <source>Select a word at a time</source>
        <translation>Pilih teks per kata</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="82"/>
        <source>Select from where you clicked, a letter at a time</source>
        <translation>Pilih teks mulai dari tempat yang Anda klik, per huruf</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="87"/>
        <source>Select a line at a time</source>
        <translation>Pilih teks per baris</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="97"/>
        <source>Select to the line&apos;s start or end</source>
        <translation>Pilih sampai awal atau akhir baris</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="102"/>
        <source>Select a screen up or down</source>
        <translation>Pilih satu layar ke atas atau ke bawah</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="107"/>
        <source>Clear the selection</source>
        <translation>Hapus pilihan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="110"/>
        <source>Note editor</source>
        <translation>Penyunting catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="112"/>
        <source>Back to the text (the note is kept)</source>
        <translation>Kembali ke teks (catatan tetap tersimpan)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="115"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="120"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="125"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="130"/>
        <source>Word card</source>
        <translation>Kartu kata</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="117"/>
        <source>Mark the word new, learning, known or ignored</source>
        <translation>Tandai kata sebagai baru, sedang dipelajari, dikuasai, atau diabaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="122"/>
        <source>Keep the word in your vocabulary</source>
        <translation>Simpan kata ke kosakata Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="127"/>
        <source>Open the word or the entry in the side panel</source>
        <translation>Buka kata atau entri di panel samping</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="132"/>
        <source>Close the card and go back to the text</source>
        <translation>Tutup kartu dan kembali ke teks</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="137"/>
        <source>Go to the top or the end of the text</source>
        <translation>Pindah ke awal atau akhir teks</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="140"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="145"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="150"/>
        <source>Glossary search</source>
        <translation>Pencarian glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="142"/>
        <source>Move through the results</source>
        <translation>Berpindah di antara hasil pencarian</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="147"/>
        <source>Open the result chosen (or the first suggestion)</source>
        <translation>Buka hasil yang dipilih (atau saran pertama)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="152"/>
        <source>Clear the search; on an empty field, go back to the text</source>
        <translation>Kosongkan pencarian; jika kolomnya sudah kosong, kembali ke teks</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="155"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="160"/>
        <source>Find bar</source>
        <translation>Bilah Cari</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="157"/>
        <source>Go to the next or the previous match</source>
        <translation>Pindah ke kecocokan berikutnya atau sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="162"/>
        <source>Close the Find bar</source>
        <translation>Tutup bilah Cari</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="165"/>
        <source>Vocabulary tab</source>
        <translation>Tab Kosakata</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="167"/>
        <source>Delete the chosen word (Undo brings it back)</source>
        <translation>Hapus kata yang dipilih (Urungkan mengembalikannya)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="170"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="175"/>
        <location filename="../../desktop/dialogs/shortcuts.py" line="180"/>
        <source>Review</source>
        <translation>Ulangan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="172"/>
        <source>Show the answer</source>
        <translation>Tampilkan jawaban</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="177"/>
        <source>Answer: again, hard, good, easy</source>
        <translation>Jawab: lagi, sulit, baik, mudah</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="182"/>
        <source>I know this word: it leaves the review</source>
        <translation>Saya sudah menguasai kata ini: kata ini keluar dari ulangan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="232"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="387"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="388"/>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Ketik</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="394"/>
        <source>Search the shortcuts</source>
        <translation>Cari pintasan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="395"/>
        <source>Search by action or key</source>
        <translation>Cari menurut tindakan atau tombol</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="399"/>
        <source>Shortcuts</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="413"/>
        <source>No shortcut found</source>
        <translation>Pintasan tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="419"/>
        <source>Buttons</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="422"/>
        <source>Close the shortcuts</source>
        <translation>Tutup daftar pintasan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="447"/>
        <source>No shortcut matches “%1”.</source>
        <translation>Tidak ada pintasan yang cocok dengan “%1”.</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="302"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="302"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/shortcuts.py" line="340"/>
        <source>%1 or %2</source>
        <translation>%1 atau %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="175"/>
        <source>Sync is not set up: choose where in File &gt; Sync Settings…</source>
        <translation>Sinkronisasi belum diatur: pilih tempatnya di Berkas &gt; Pengaturan Sinkronisasi…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="190"/>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="206"/>
        <source>Synced %1, with problems</source>
        <translation>Disinkronkan %1, dengan masalah</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="209"/>
        <source>Synced %1</source>
        <translation>Disinkronkan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="211"/>
        <source>Sent %1 changes, received %2.</source>
        <translation>Mengirim %1 perubahan, menerima %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="228"/>
        <source>Not synced: changes wait</source>
        <translation>Belum disinkronkan: perubahan menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="272"/>
        <source>Notes sync through %1 from now on.</source>
        <translation>Mulai sekarang catatan disinkronkan melalui %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/sync.py" line="278"/>
        <source>This computer has no system keyring: the password and passphrase are kept only until the app closes; give them here again next time.</source>
        <translation>Komputer ini tidak memiliki keyring sistem: kata sandi dan frasa sandi hanya disimpan sampai aplikasi ditutup; masukkan lagi di sini lain kali.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/sync.py" line="308"/>
        <source>The server answers: it holds %n library(ies) of Glossary Reader.</source>
        <translation>
            <numerusform>Server menjawab: di sana ada %n pustaka Glossary Reader.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="62"/>
        <source>Sync settings</source>
        <translation>Pengaturan sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="63"/>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="113"/>
        <source>Sync status</source>
        <translation>Status sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="80"/>
        <source>Sync folder</source>
        <translation>Folder sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="81"/>
        <source>A folder shared by your computers</source>
        <translation>Folder yang dipakai bersama oleh komputer-komputer Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="82"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="84"/>
        <source>Choose the sync folder</source>
        <translation>Pilih folder sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="67"/>
        <source>Your highlights, notes, labels, bookmarks, reading places and kept words on every computer you read on, through a folder that a sync program (Syncthing, Nextcloud, Dropbox…) keeps the same on each, a USB stick, or a WebDAV server. Set up the same place on each computer.</source>
        <translation>Sorotan, catatan, label, penanda, posisi baca, dan kata simpanan Anda ada di setiap komputer tempat Anda membaca, melalui folder yang dijaga tetap sama di setiap komputer oleh program sinkronisasi (Syncthing, Nextcloud, Dropbox…), flashdisk, atau server WebDAV. Atur tempat yang sama di setiap komputer.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="75"/>
        <source>Sync through</source>
        <translation>Sinkronkan melalui</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="76"/>
        <source>A folder</source>
        <translation>Sebuah folder</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="77"/>
        <source>A WebDAV server (Nextcloud, ownCloud…)</source>
        <translation>Server WebDAV (Nextcloud, ownCloud…)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="85"/>
        <source>WebDAV address</source>
        <translation>Alamat WebDAV</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="87"/>
        <source>WebDAV user name</source>
        <translation>Nama pengguna WebDAV</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="88"/>
        <source>WebDAV password</source>
        <translation>Kata sandi WebDAV</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="90"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Uji Koneksi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="92"/>
        <source>Test the connection to the WebDAV server</source>
        <translation>Uji koneksi ke server WebDAV</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="93"/>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Enkripsi dengan frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="95"/>
        <source>Encrypt with a passphrase</source>
        <translation>Enkripsi dengan frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="98"/>
        <source>What is written to the folder or server cannot be read without it. A lost passphrase cannot be recovered.</source>
        <translation>Apa yang ditulis ke folder atau server tidak dapat dibaca tanpanya. Frasa sandi yang hilang tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="102"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="104"/>
        <source>The passphrase again</source>
        <translation>Frasa sandi sekali lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="106"/>
        <source>&amp;Use These Settings</source>
        <translation>Pakai Pen&amp;gaturan Ini</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="108"/>
        <source>Sync this way</source>
        <translation>Sinkronkan dengan cara ini</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="110"/>
        <source>Sync message</source>
        <translation>Pesan sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="114"/>
        <source>Sync &amp;Now</source>
        <translation>Sinkronkan &amp;Sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="116"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="123"/>
        <source>Sync &amp;through:</source>
        <translation>Sinkronkan &amp;melalui:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="124"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="125"/>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="126"/>
        <source>U&amp;ser:</source>
        <translation>Pe&amp;ngguna:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="127"/>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="130"/>
        <source>Pass&amp;phrase:</source>
        <translation>F&amp;rasa sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="131"/>
        <source>A&amp;gain:</source>
        <translation>U&amp;langi:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="180"/>
        <source>Give the WebDAV address.</source>
        <translation>Masukkan alamat WebDAV.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="180"/>
        <source>Choose a folder.</source>
        <translation>Pilih sebuah folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="184"/>
        <source>Give the user name for the WebDAV server.</source>
        <translation>Masukkan nama pengguna untuk server WebDAV.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="190"/>
        <source>Give the passphrase.</source>
        <translation>Masukkan frasa sandi.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="193"/>
        <source>The two passphrases typed differ.</source>
        <translation>Kedua frasa sandi yang diketik berbeda.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="208"/>
        <source>Sync is not set up.</source>
        <translation>Sinkronisasi belum diatur.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="218"/>
        <source>Syncing through %1.</source>
        <translation>Disinkronkan melalui %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="219"/>
        <source>Last sync: %1.</source>
        <translation>Sinkronisasi terakhir: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="220"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="222"/>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Perubahan yang menunggu dikirim: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="224"/>
        <source>Problem: %1</source>
        <translation>Masalah: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="238"/>
        <source>Sync Folder</source>
        <translation>Folder Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="246"/>
        <source>Setting up…</source>
        <translation>Sedang mengatur…</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/sync.py" line="253"/>
        <source>Testing…</source>
        <translation>Sedang menguji…</translation>
    </message>
</context>
<context>
    <name>TermsController</name>
    <message>
        <location filename="../../desktop/controllers/terms.py" line="84"/>
        <source>Choose a term first.</source>
        <translation>Pilih istilah terlebih dulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/terms.py" line="88"/>
        <source>This term does not occur in the text.</source>
        <translation>Istilah ini tidak muncul dalam teks.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/terms.py" line="93"/>
        <source>%1: occurrence %2 of %3</source>
        <translation>%1: kemunculan %2 dari %3</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="38"/>
        <source>Terms with a dotted line</source>
        <translation>Istilah bergaris titik-titik</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="39"/>
        <source>A word or phrase with a dotted line under it is in the glossary. Click it (or reach it with %1 and press %2) to read its entry, in Indonesian and in English.</source>
        <translation>Kata atau frasa yang bergaris titik-titik di bawahnya ada di glosarium. Klik kata itu (atau tuju dengan %1 lalu tekan %2) untuk membaca entrinya, dalam bahasa Indonesia dan bahasa Inggris.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="48"/>
        <source>Any word, looked up</source>
        <translation>Arti kata apa pun</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="49"/>
        <source>Double-click any word of the text to see its root, its affixes and what it means. Keep the words you want to learn, and review them later with %1.</source>
        <translation>Klik ganda kata apa pun dalam teks untuk melihat kata dasarnya, imbuhannya, dan artinya. Simpan kata yang ingin Anda pelajari, lalu ulangi nanti dengan %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="57"/>
        <source>Highlights and notes</source>
        <translation>Sorotan dan catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="58"/>
        <source>Select a passage and press %1 to %2 to highlight it in one of five colours; %3 writes a note on it. Your notes are listed in the Notes tab, and %4 undoes any change.</source>
        <translation>Pilih sebuah bagian teks, lalu tekan %1 sampai %2 untuk menyorotnya dengan salah satu dari lima warna; %3 menulis catatan untuknya. Catatan Anda terdaftar di tab Catatan, dan %4 mengurungkan perubahan apa pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="67"/>
        <source>Handouts for class</source>
        <translation>Bahan ajar untuk kelas</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="68"/>
        <source>File &gt; Export (%1) turns your highlights and notes into a handout to print or share, as a web page or a PDF, or into a spreadsheet or an Anki deck. Help &gt; Keyboard Shortcuts (%2) lists every key.</source>
        <translation>Berkas &gt; Ekspor (%1) mengubah sorotan dan catatan Anda menjadi bahan ajar untuk dicetak atau dibagikan, sebagai halaman web atau PDF, atau menjadi lembar kerja atau dek Anki. Bantuan &gt; Pintasan Papan Ketik (%2) mendaftar semua tombol pintasan.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="95"/>
        <source>Tour of Glossary Reader</source>
        <translation>Tur Glossary Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="96"/>
        <source>Welcome to Glossary Reader</source>
        <translation>Selamat datang di Glossary Reader</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="101"/>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="105"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="113"/>
        <source>What it teaches</source>
        <translation>Isi kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="118"/>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="120"/>
        <source>Previous card</source>
        <translation>Kartu sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="121"/>
        <source>&amp;Skip Tour</source>
        <translation>&amp;Lewati Tur</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="123"/>
        <source>End the tour</source>
        <translation>Akhiri tur</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="124"/>
        <source>&amp;Next</source>
        <translation>Ber&amp;ikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="126"/>
        <source>Next card</source>
        <translation>Kartu berikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="127"/>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="129"/>
        <source>Finish the tour</source>
        <translation>Selesaikan tur</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/tour.py" line="155"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/dialogs/trash.py" line="32"/>
        <source>Trash</source>
        <translation>Tempat Sampah</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash.py" line="33"/>
        <source>Trash (kept for 30 days)</source>
        <translation>Tempat Sampah (disimpan selama 30 hari)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash.py" line="37"/>
        <source>Deleted highlights</source>
        <translation>Sorotan yang dihapus</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash.py" line="39"/>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/trash.py" line="54"/>
        <source>deleted %1</source>
        <translation>dihapus %1</translation>
    </message>
</context>
<context>
    <name>VocabularyController</name>
    <message>
        <location filename="../../desktop/controllers/vocabulary.py" line="110"/>
        <source>Deleted “%1” (Ctrl+Z brings it back).</source>
        <translation>“%1” dihapus (Ctrl+Z mengembalikannya).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/vocabulary.py" line="137"/>
        <source>Export Vocabulary</source>
        <translation>Ekspor Kosakata</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/vocabulary.py" line="140"/>
        <source>vocabulary.csv</source>
        <translation>kosakata.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/vocabulary.py" line="162"/>
        <source>No words are listed in the Vocabulary tab: nothing to export.</source>
        <translation>Tidak ada kata yang tercantum di tab Kosakata: tidak ada yang diekspor.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/vocabulary.py" line="179"/>
        <source>Exported to %1</source>
        <translation>Diekspor ke %1</translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="72"/>
        <source>Word</source>
        <translation>Kata</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="73"/>
        <source>Gloss</source>
        <translation>Arti</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="105"/>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="105"/>
        <source>learning</source>
        <translation>dipelajari</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="105"/>
        <source>known</source>
        <translation>dikuasai</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="105"/>
        <source>ignored</source>
        <translation>diabaikan</translation>
    </message>
</context>
<context>
    <name>VocabularyPanel</name>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="183"/>
        <source>Vocabulary</source>
        <translation>Kosakata</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="191"/>
        <source>Search the vocabulary</source>
        <translation>Cari di kosakata</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="192"/>
        <source>Search words and glosses</source>
        <translation>Cari kata dan arti</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="196"/>
        <source>Show words of status</source>
        <translation>Tampilkan kata dengan status</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="197"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="202"/>
        <source>Show words of document</source>
        <translation>Tampilkan kata dari dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="203"/>
        <source>All documents</source>
        <translation>Semua dokumen</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="204"/>
        <source>This document</source>
        <translation>Dokumen ini</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="207"/>
        <source>Kept words</source>
        <translation>Kata yang disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="226"/>
        <source>Words and reviews due</source>
        <translation>Jumlah kata dan kata yang perlu diulang</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="228"/>
        <source>&amp;Review</source>
        <translation>&amp;Latih</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="230"/>
        <source>Review due words</source>
        <translation>Ulangi kata yang sudah waktunya</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="231"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="233"/>
        <source>Export the vocabulary</source>
        <translation>Ekspor kosakata</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="234"/>
        <source>Export the words listed (filters apply)</source>
        <translation>Ekspor kata yang tercantum (sesuai filter)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="235"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="237"/>
        <source>Delete the selected word</source>
        <translation>Hapus kata yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/vocabulary.py" line="286"/>
        <source>%1 words · due now: %2</source>
        <translation>%1 kata · perlu diulang sekarang: %2</translation>
    </message>
</context>
<context>
    <name>WordCard</name>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="86"/>
        <source>Word card</source>
        <translation>Kartu kata</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="102"/>
        <source>Word</source>
        <translation>Kata</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="109"/>
        <source>Listen</source>
        <translation>Dengarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="110"/>
        <source>Hear it (S)</source>
        <translation>Dengarkan (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="114"/>
        <source>Other language</source>
        <translation>Bahasa lain</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="115"/>
        <source>How the word is built</source>
        <translation>Bentukan kata</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="116"/>
        <source>Part of speech</source>
        <translation>Kelas kata</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="117"/>
        <source>Meaning</source>
        <translation>Arti</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="119"/>
        <source>Word status</source>
        <translation>Status kata</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="124"/>
        <source>Glossary entry of the word</source>
        <translation>Entri glosarium kata ini</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="125"/>
        <source>Show the entry in the Glossary tab</source>
        <translation>Tampilkan entrinya di tab Glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="129"/>
        <location filename="../../desktop/reader/wordcard.py" line="268"/>
        <source>&amp;Keep</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="131"/>
        <source>Keep this word</source>
        <translation>Simpan kata ini</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="132"/>
        <source>Add the word to your vocabulary (K)</source>
        <translation>Tambahkan kata ini ke kosakata Anda (K)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="134"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="134"/>
        <source>Learning</source>
        <translation>Dipelajari</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="134"/>
        <source>Known</source>
        <translation>Dikuasai</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="134"/>
        <source>Ignored</source>
        <translation>Diabaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="142"/>
        <source>Mark as %1</source>
        <translation>Tandai sebagai %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="144"/>
        <source>%1 (key %2)</source>
        <translation>%1 (tombol %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="151"/>
        <source>&amp;Open in Panel</source>
        <translation>&amp;Buka di Panel</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="153"/>
        <source>Open in the side panel</source>
        <translation>Buka di panel samping</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="154"/>
        <source>Everything about it in the side panel (Enter)</source>
        <translation>Selengkapnya di panel samping (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="212"/>
        <source>A name, left untranslated.</source>
        <translation>Sebuah nama, tidak diterjemahkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="216"/>
        <location filename="../../desktop/reader/wordcard.py" line="221"/>
        <source>Root: %1</source>
        <translation>Kata dasar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="218"/>
        <source>Standard spelling: %1</source>
        <translation>Ejaan baku: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="227"/>
        <source>Not in the word list or any installed dictionary.</source>
        <translation>Tidak ada di daftar kata maupun di kamus yang terpasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="230"/>
        <source>In the glossary: %1</source>
        <translation>Di glosarium: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="237"/>
        <source>Everything about the word in the Word tab (Enter)</source>
        <translation>Selengkapnya tentang kata ini di tab Kata (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="259"/>
        <source>The whole entry in the Glossary tab (Enter)</source>
        <translation>Entri lengkapnya di tab Glosarium (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="267"/>
        <source>Not in your vocabulary.</source>
        <translation>Belum ada di kosakata Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="271"/>
        <source>Kept as “%1”: %2</source>
        <translation>Disimpan sebagai “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/reader/wordcard.py" line="275"/>
        <source>Kept</source>
        <translation>Tersimpan</translation>
    </message>
</context>
<context>
    <name>WordPanel</name>
    <message>
        <location filename="../../desktop/panels/word.py" line="84"/>
        <source>Word</source>
        <translation>Kata</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="89"/>
        <source>Word lookup</source>
        <translation>Arti kata</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="96"/>
        <source>Gloss to keep</source>
        <translation>Arti yang akan disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="102"/>
        <location filename="../../desktop/panels/word.py" line="316"/>
        <source>&amp;Keep This Word</source>
        <translation>Si&amp;mpan Kata Ini</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="104"/>
        <source>Keep this word</source>
        <translation>Simpan kata ini</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="105"/>
        <source>Add the word to your vocabulary with this gloss</source>
        <translation>Tambahkan kata ke kosakata Anda dengan arti ini</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="108"/>
        <source>Word status</source>
        <translation>Status kata</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="114"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="114"/>
        <source>Learning</source>
        <translation>Dipelajari</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="114"/>
        <source>Known</source>
        <translation>Dikuasai</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="114"/>
        <source>Ignored</source>
        <translation>Diabaikan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="119"/>
        <source>Mark as %1</source>
        <translation>Tandai sebagai %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="120"/>
        <source>Key %1</source>
        <translation>Tombol %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="124"/>
        <source>&amp;Listen</source>
        <translation>&amp;Dengarkan</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="126"/>
        <source>Listen to the word</source>
        <translation>Dengarkan kata ini</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="127"/>
        <source>Hear the word (Ctrl+Shift+S)</source>
        <translation>Dengarkan kata ini (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="129"/>
        <source>Listen to the &amp;Sentence</source>
        <translation>Dengarkan &amp;Kalimatnya</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="132"/>
        <source>Listen to the sentence</source>
        <translation>Dengarkan kalimatnya</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="134"/>
        <source>Hear the sentence the word stands in (Ctrl+Alt+S)</source>
        <translation>Dengarkan kalimat tempat kata ini berada (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="169"/>
        <source>Double-click any word of the text, or select it and press Ctrl+D.</source>
        <translation>Klik dua kali kata mana pun dalam teks, atau pilih lalu tekan Ctrl+D.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="170"/>
        <source>Keys 1-4 mark the word new, learning, known or ignored.</source>
        <translation>Tombol 1-4 menandai kata sebagai baru, dipelajari, dikuasai, atau diabaikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="200"/>
        <source>A number.</source>
        <translation>Sebuah angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="203"/>
        <source>A name, left untranslated.</source>
        <translation>Sebuah nama, tidak diterjemahkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="208"/>
        <source>Root: %1</source>
        <translation>Kata dasar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="212"/>
        <source>Standard spelling: %1</source>
        <translation>Ejaan baku: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="217"/>
        <source>In the text</source>
        <translation>Dalam teks</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="248"/>
        <source>English words for it</source>
        <translation>Padanan dalam bahasa Inggris</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="255"/>
        <source>Not in the word list or any installed dictionary.</source>
        <translation>Tidak ada di daftar kata maupun di kamus yang terpasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="263"/>
        <source>Same root in this text (%1)</source>
        <translation>Kata dasar yang sama dalam teks ini (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="285"/>
        <source>In the glossary</source>
        <translation>Dalam glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="309"/>
        <source>Kept as “%1”: %2</source>
        <translation>Disimpan sebagai “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="313"/>
        <source>Update &amp;Gloss</source>
        <translation>Perbar&amp;ui Arti</translation>
    </message>
    <message>
        <location filename="../../desktop/panels/word.py" line="315"/>
        <source>Not in your vocabulary.</source>
        <translation>Belum ada di kosakata Anda.</translation>
    </message>
</context>
<context>
    <name>WordsController</name>
    <message>
        <location filename="../../desktop/controllers/words.py" line="216"/>
        <source>The words of the text could not be read: %1</source>
        <translation>Kata-kata dalam teks tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/words.py" line="231"/>
        <source>Select a word to look it up.</source>
        <translation>Pilih kata untuk melihat artinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/words.py" line="342"/>
        <source>Notes are not available.</source>
        <translation>Catatan tidak tersedia.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/words.py" line="375"/>
        <source>Look a word up first (Ctrl+D).</source>
        <translation>Lihat arti sebuah kata terlebih dulu (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/words.py" line="400"/>
        <source>“%1” is in your vocabulary.</source>
        <translation>“%1” sudah ada di kosakata Anda.</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <location filename="../../glossary/documents/errors.py" line="21"/>
        <source>The document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/epub.py" line="72"/>
        <location filename="../../glossary/documents/loading.py" line="90"/>
        <location filename="../../glossary/documents/loading.py" line="220"/>
        <location filename="../../glossary/documents/markdown.py" line="83"/>
        <location filename="../../glossary/documents/pdf.py" line="162"/>
        <location filename="../../glossary/documents/word.py" line="70"/>
        <source>{name} has no text to show.</source>
        <translation>{name} tidak berisi teks yang dapat ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="47"/>
        <source>{name} is truncated.</source>
        <translation>{name} terpotong.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="52"/>
        <source>{name} is over {limit} MB uncompressed; not read.</source>
        <translation>{name} lebih dari {limit} MB setelah diekstrak; tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="60"/>
        <source>offset beyond the end of {name}.</source>
        <translation>posisi melewati akhir {name}.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="71"/>
        <location filename="../../glossary/documents/loading.py" line="124"/>
        <location filename="../../glossary/documents/loading.py" line="169"/>
        <location filename="../../glossary/documents/loading.py" line="188"/>
        <location filename="../../glossary/terms/files.py" line="217"/>
        <source>{path} is empty.</source>
        <translation>{path} kosong.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="83"/>
        <source>{path}: no {names} beside it.</source>
        <translation>{path}: tidak ada {names} di folder yang sama.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="132"/>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="143"/>
        <source>{name}: a definition of {size:,} bytes (at most {limit:,}).</source>
        <translation>{name}: definisi sebesar {size:,} bita (paling banyak {limit:,}).</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="192"/>
        <source>{name} is not a gzip file.</source>
        <translation>{name} bukan berkas gzip.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/files.py" line="260"/>
        <source>{name} is damaged (chunk {index}).</source>
        <translation>{name} rusak (blok {index}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/loading.py" line="182"/>
        <source>{path} {problem}</source>
        <translation>{path} {problem}</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/markdown.py" line="44"/>
        <source>{name}: the metadata header is not closed (+++).</source>
        <translation>{name}: tajuk metadata tidak ditutup (+++).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/markdown.py" line="54"/>
        <source>{name}: bad metadata header: {reason}.</source>
        <translation>{name}: tajuk metadata rusak: {reason}.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/markdown.py" line="71"/>
        <source>{name} nests lists or quotes more deeply than a reader can show (over {limit} levels).</source>
        <translation>{name} memuat daftar atau kutipan yang bersarang lebih dalam daripada yang dapat ditampilkan (lebih dari {limit} tingkat).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/epub.py" line="43"/>
        <source>{name} is not an EPUB book (not a zip archive, or cut short).</source>
        <translation>{name} bukan buku EPUB (bukan arsip zip, atau terpotong).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="37"/>
        <source>{name} has {count:,} files inside; at most {limit:,}.</source>
        <translation>{name} berisi {count} berkas; paling banyak {limit}.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="47"/>
        <source>{name} would unpack to {size:,.0f} MB; at most {limit} MB.</source>
        <translation>{name} akan menjadi {size:.0f} MB setelah diekstrak; paling besar {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="58"/>
        <source>{name} names a file outside itself ({file}).</source>
        <translation>{name} menunjuk berkas di luar dirinya sendiri ({file}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="87"/>
        <source>{name} declares XML entities ({file}); such files are not opened, as they can exhaust the memory.</source>
        <translation>{name} mendeklarasikan entitas XML ({file}); berkas seperti ini tidak dibuka karena dapat menghabiskan memori.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="67"/>
        <source>{name} is a zip bomb ({file} expands too far).</source>
        <translation>{name} adalah bom zip ({file} mengembang terlalu besar).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/archive.py" line="80"/>
        <source>{name} is damaged ({file}: {reason}).</source>
        <translation>{name} rusak ({file}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/epub.py" line="38"/>
        <source>The book</source>
        <translation>Buku</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/epub.py" line="103"/>
        <source>{name} is not a readable EPUB book ({reason}).</source>
        <translation>{name} bukan buku EPUB yang dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="27"/>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Eropa Barat)</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="30"/>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Eropa Tengah)</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="31"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Sirilik)</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="33"/>
        <source>GB 18030 (Chinese)</source>
        <translation>GB 18030 (Tionghoa)</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="34"/>
        <source>Shift JIS (Japanese)</source>
        <translation>Shift JIS (Jepang)</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="123"/>
        <source>cannot be read as {encoding} (invalid byte 0x{byte:02x} at offset {offset}).</source>
        <translation>tidak dapat dibaca sebagai {encoding} (bita tidak sah 0x{byte:02x} pada posisi {offset}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="133"/>
        <source>cannot be read as {encoding}: no such encoding.</source>
        <translation>tidak dapat dibaca sebagai {encoding}: pengodean itu tidak ada.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="143"/>
        <source>starts with a {encoding} mark but is damaged at byte {offset}.</source>
        <translation>diawali tanda {encoding}, tetapi rusak pada bita ke-{offset}.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="151"/>
        <source>is a binary file, not text.</source>
        <translation>adalah berkas biner, bukan teks.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/decoding.py" line="185"/>
        <source>is not UTF-8 (invalid byte 0x{byte:02x} at offset {offset}), and no other encoding reads it as text.</source>
        <translation>bukan UTF-8 (bita tidak sah 0x{byte:02x} pada posisi {offset}), dan tidak ada pengodean lain yang dapat membacanya sebagai teks.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="98"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} adalah folder, bukan berkas.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="40"/>
        <source>{path} is too large ({size:.0f} MB); the limit is {limit} MB.</source>
        <translation>{path} terlalu besar ({size:.0f} MB); batasnya {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="51"/>
        <source>{path}: no such file.</source>
        <translation>{path}: berkas tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="53"/>
        <source>{path}: permission denied.</source>
        <translation>{path}: izin ditolak.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="55"/>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="78"/>
        <source>{path} is not a regular file (a pipe, a device or a socket); only files are read.</source>
        <translation>{path} bukan berkas biasa (melainkan pipa, perangkat, atau soket); hanya berkas yang dibaca.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="141"/>
        <source>{path} is damaged (its compressed data is invalid).</source>
        <translation>{path} rusak (data terkompresinya tidak sah).</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="146"/>
        <source>{path} would unpack to more than {limit} MB; it is not read.</source>
        <translation>{path} akan terurai menjadi lebih dari {limit} MB; berkas ini tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../../glossary/userfiles.py" line="153"/>
        <source>{path} is cut short.</source>
        <translation>{path} terpotong.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/colours.py" line="27"/>
        <source>Important</source>
        <translation>Penting</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/colours.py" line="28"/>
        <source>Term</source>
        <translation>Istilah</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/colours.py" line="29"/>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/colours.py" line="30"/>
        <source>Disagree</source>
        <translation>Tidak setuju</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/colours.py" line="31"/>
        <source>Vocabulary</source>
        <translation>Kosakata</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/store.py" line="102"/>
        <location filename="../../glossary/notes/store.py" line="134"/>
        <source>The notes database {path} cannot be opened: {reason}.</source>
        <translation>Basis data catatan {path} tidak dapat dibuka: {reason}.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/store.py" line="108"/>
        <source>The notes database {path} is not a file (a folder, a pipe or a device); move it away to start a new one.</source>
        <translation>Basis data catatan {path} bukan berkas (melainkan folder, pipa, atau perangkat); pindahkan agar basis data baru dapat dibuat.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/store.py" line="159"/>
        <source>The notes database {path} cannot use write-ahead logging.</source>
        <translation>Basis data catatan {path} tidak dapat memakai write-ahead logging.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/store.py" line="184"/>
        <source>The notes database {path} was written by a newer version of Glossary Reader (schema {version}; this one knows up to {known}).</source>
        <translation>Basis data catatan {path} ditulis oleh versi Glossary Reader yang lebih baru (skema {version}; versi ini hanya mengenal sampai {known}).</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/store.py" line="223"/>
        <source>The notes database {path} is damaged (what it holds does not match its schema version, {version}{reason}).</source>
        <translation>Basis data catatan {path} rusak (isinya tidak sesuai dengan versi skemanya, {version}{reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/errors.py" line="48"/>
        <source>The notes database {path} is in use by another program; try again.</source>
        <translation>Basis data catatan {path} sedang dipakai program lain; coba lagi.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/errors.py" line="56"/>
        <source>The disk holding {path} is full; free some space and try again.</source>
        <translation>Disk tempat {path} penuh; kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/errors.py" line="64"/>
        <source>The notes database {path} is damaged ({reason}).</source>
        <translation>Basis data catatan {path} rusak ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/errors.py" line="71"/>
        <source>The notes database {path} cannot be written (read-only).</source>
        <translation>Basis data catatan {path} tidak dapat ditulisi (hanya-baca).</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/errors.py" line="78"/>
        <source>The notes database {path} cannot be used ({reason}).</source>
        <translation>Basis data catatan {path} tidak dapat dipakai ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="24"/>
        <source>noun</source>
        <translation>nomina</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="25"/>
        <source>verb</source>
        <translation>verba</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="26"/>
        <source>adjective</source>
        <translation>adjektiva</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="27"/>
        <source>adverb</source>
        <translation>adverbia</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="28"/>
        <source>pronoun</source>
        <translation>pronomina</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="29"/>
        <source>preposition</source>
        <translation>preposisi</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="30"/>
        <source>conjunction</source>
        <translation>konjungsi</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="31"/>
        <source>numeral</source>
        <translation>numeralia</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="32"/>
        <source>particle</source>
        <translation>partikel</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="33"/>
        <source>determiner</source>
        <translation>penentu</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="34"/>
        <source>interjection</source>
        <translation>interjeksi</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="35"/>
        <source>auxiliary</source>
        <translation>verba bantu</translation>
    </message>
    <message>
        <location filename="../../glossary/words/wordlist.py" line="36"/>
        <source>prefix</source>
        <translation>prefiks</translation>
    </message>
    <message>
        <location filename="../../glossary/words/lookup.py" line="40"/>
        <source>Word list</source>
        <translation>Daftar kata</translation>
    </message>
    <message>
        <location filename="../../glossary/export/markdown.py" line="20"/>
        <source>Markdown handout</source>
        <translation>Bahan ajar Markdown</translation>
    </message>
    <message>
        <location filename="../../glossary/export/html.py" line="23"/>
        <source>HTML handout</source>
        <translation>Bahan ajar HTML</translation>
    </message>
    <message>
        <location filename="../../desktop/pdfexport.py" line="43"/>
        <source>PDF handout</source>
        <translation>Bahan ajar PDF</translation>
    </message>
    <message>
        <location filename="../../glossary/export/tabular.py" line="20"/>
        <source>CSV spreadsheet</source>
        <translation>Lembar kerja CSV</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="35"/>
        <source>Web Annotations (JSON), for sharing</source>
        <translation>Anotasi Web (JSON), untuk dibagikan</translation>
    </message>
    <message>
        <location filename="../../glossary/export/anki.py" line="26"/>
        <source>Anki deck of the terms</source>
        <translation>Dek Anki berisi istilah</translation>
    </message>
    <message>
        <location filename="../../glossary/export/__init__.py" line="46"/>
        <source>{path} cannot be written ({folder} is a file, not a folder). Choose another folder or name.</source>
        <translation>{path} tidak dapat ditulis ({folder} adalah berkas, bukan folder). Pilih folder atau nama lain.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/__init__.py" line="56"/>
        <source>{path} cannot be written ({reason}). Choose another folder or name.</source>
        <translation>{path} tidak dapat ditulis ({reason}). Pilih folder atau nama lain.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/library.py" line="96"/>
        <source>“{title}” has no file; locate it first.</source>
        <translation>“{title}” tidak punya berkas; cari berkasnya dulu.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/library.py" line="109"/>
        <source>That document is no longer in the library.</source>
        <translation>Dokumen itu sudah tidak ada di Perpustakaan.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/library.py" line="117"/>
        <source>{path} does not hold the text of “{title}”.</source>
        <translation>{path} tidak berisi teks “{title}”.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/dictd.py" line="190"/>
        <source>{path} is not a text file, so not a dictd index.</source>
        <translation>{path} bukan berkas teks, jadi bukan indeks dictd.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/dictd.py" line="225"/>
        <source>{path}: {bad} of {lines} lines are not dictd index entries.</source>
        <translation>{path}: {bad} dari {lines} baris bukan entri indeks dictd.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/dictd.py" line="235"/>
        <source>{path}: {bad} damaged lines of {lines} skipped.</source>
        <translation>{path}: {bad} baris rusak dari {lines} dilewati.</translation>
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
        <translation>sebuah dokumen tanpa nama</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/importing.py" line="145"/>
        <source>{missing} of {count} passages of {name} are not in any document the app knows ({shown}). Open that document first, then import again.</source>
        <translation>{missing} dari {count} kutipan {name} tidak ada di dokumen mana pun yang dikenal aplikasi ({shown}). Buka dokumen itu dulu, lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="50"/>
        <source>the JSON is nested too deeply.</source>
        <translation>JSON-nya bersarang terlalu dalam.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="170"/>
        <source>the file is too large ({size:.0f} MB); the limit is {limit} MB.</source>
        <translation>berkas terlalu besar ({size:.0f} MB); batasnya {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="177"/>
        <source>the file is empty.</source>
        <translation>berkas kosong.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="180"/>
        <source>the file is binary, not JSON text.</source>
        <translation>berkas biner, bukan teks JSON.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="186"/>
        <source>the file is not UTF-8 text.</source>
        <translation>berkas bukan teks UTF-8.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="194"/>
        <source>the file is not JSON (line {line}, column {column}: {reason}).</source>
        <translation>berkas bukan JSON (baris {line}, kolom {column}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="203"/>
        <source>the file holds a number too long to be read.</source>
        <translation>berkas memuat angka yang terlalu panjang untuk dibaca.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="207"/>
        <source>the file holds no annotations.</source>
        <translation>berkas tidak berisi anotasi.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="237"/>
        <source>expected a JSON object or array of Web Annotations.</source>
        <translation>diharapkan objek JSON atau larik Anotasi Web.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="248"/>
        <source>the collection&apos;s pages are links to elsewhere; only pages held in the file itself can be read.</source>
        <translation>halaman koleksinya berupa tautan ke tempat lain; hanya halaman yang ada di dalam berkas itu sendiri yang dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="257"/>
        <source>a page&apos;s &apos;items&apos; is not a list.</source>
        <translation>&apos;items&apos; sebuah halaman bukan daftar.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="264"/>
        <source>this JSON is not a Web Annotation file (no &apos;Annotation&apos;, &apos;AnnotationPage&apos; or &apos;AnnotationCollection&apos; type).</source>
        <translation>JSON ini bukan berkas Anotasi Web (tidak ada tipe &apos;Annotation&apos;, &apos;AnnotationPage&apos;, atau &apos;AnnotationCollection&apos;).</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="277"/>
        <source>{where}: &apos;{what}&apos; is not a string.</source>
        <translation>{where}: &apos;{what}&apos; bukan string.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="300"/>
        <source>annotation {number}</source>
        <translation>anotasi {number}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="303"/>
        <source>{where} is not an object of type &apos;Annotation&apos;.</source>
        <translation>{where} bukan objek bertipe &apos;Annotation&apos;.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="309"/>
        <source>annotation {number} ({id})</source>
        <translation>anotasi {number} ({id})</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="331"/>
        <source>{where}: its target has no text quote or position selector.</source>
        <translation>{where}: targetnya tidak punya pemilih kutipan teks atau posisi.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="339"/>
        <source>{where}: its quote selector&apos;s &apos;exact&apos; is empty.</source>
        <translation>{where}: &apos;exact&apos; pada pemilih kutipannya kosong.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="348"/>
        <source>{where}: its position selector is not two offsets.</source>
        <translation>{where}: pemilih posisinya bukan dua offset.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="371"/>
        <source>{where}: a text in it holds an invalid character.</source>
        <translation>{where}: salah satu teksnya berisi karakter yang tidak sah.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/webanno.py" line="383"/>
        <source>{where}: its target selects no text (no &apos;selector&apos;).</source>
        <translation>{where}: targetnya tidak memilih teks apa pun (tidak ada &apos;selector&apos;).</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="37"/>
        <source>Author: {author}</source>
        <translation>Penulis: {author}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="38"/>
        <source>Source: {source}</source>
        <translation>Sumber: {source}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="39"/>
        <source>Exported: {date}</source>
        <translation>Diekspor: {date}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="40"/>
        <source>Highlights</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="41"/>
        <source>No highlights.</source>
        <translation>Tidak ada sorotan.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="42"/>
        <source>passage no longer found in the text</source>
        <translation>bagian teks ini tidak lagi ditemukan dalam teks</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="43"/>
        <source>by {name}</source>
        <translation>oleh {name}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="44"/>
        <source>p. {page}</source>
        <translation>hlm. {page}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="45"/>
        <source>Terms: {terms}</source>
        <translation>Istilah: {terms}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="46"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handout.py" line="47"/>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="125"/>
        <source>DeepSeek article</source>
        <translation>Artikel DeepSeek</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="263"/>
        <source>unknown field</source>
        <translation>kolom tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="265"/>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="268"/>
        <source>must be non-empty text</source>
        <translation>harus berisi teks</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="271"/>
        <source>must be text</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="278"/>
        <source>must be a list of non-empty texts</source>
        <translation>harus berupa daftar teks yang tidak kosong</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="286"/>
        <source>must be lowercase letters, digits and single hyphens</source>
        <translation>hanya boleh huruf kecil, angka, dan tanda hubung tunggal</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="362"/>
        <source>duplicate id</source>
        <translation>id ganda</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="370"/>
        <source>unknown category &apos;{category}&apos;</source>
        <translation>kategori &apos;{category}&apos; tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="386"/>
        <source>the form &apos;{form}&apos; has no letters or digits</source>
        <translation>bentuk &apos;{form}&apos; tidak berisi huruf atau angka</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="401"/>
        <source>the alias &apos;{form}&apos; is already used by &apos;{other}&apos;</source>
        <translation>alias &apos;{form}&apos; sudah dipakai oleh &apos;{other}&apos;</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="417"/>
        <source>lists itself as related</source>
        <translation>mencantumkan dirinya sendiri sebagai terkait</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/glossary.py" line="426"/>
        <source>relates to &apos;{target}&apos;, which does not exist</source>
        <translation>terkait dengan &apos;{target}&apos;, yang tidak ada</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="68"/>
        <source>{file}: line {line}: field &apos;{field}&apos;: {problem}.</source>
        <translation>{file}: baris {line}: kolom &apos;{field}&apos;: {problem}.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="194"/>
        <source>{file}: the file is binary, not text.</source>
        <translation>{file}: berkas biner, bukan teks.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="206"/>
        <source>{file}: line {line}: the file is not UTF-8 text.</source>
        <translation>{file}: baris {line}: berkas bukan teks UTF-8.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="227"/>
        <source>{file}: only .toml and .csv glossaries can be read.</source>
        <translation>{file}: hanya glosarium .toml dan .csv yang dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="278"/>
        <source>{file}: [glossary] must be a table.</source>
        <translation>{file}: [glossary] harus berupa tabel.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="287"/>
        <source>{file}: [categories] must be a table.</source>
        <translation>{file}: [categories] harus berupa tabel.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="299"/>
        <source>{file}: category &apos;{category}&apos;: needs the texts &apos;en&apos; and &apos;id&apos;.</source>
        <translation>{file}: kategori &apos;{category}&apos;: memerlukan teks &apos;en&apos; dan &apos;id&apos;.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="311"/>
        <source>{file}: &apos;entry&apos; must be an array of tables ([[entry]]).</source>
        <translation>{file}: &apos;entry&apos; harus berupa larik tabel ([[entry]]).</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="334"/>
        <source>{file}: line {line}: the entry is not a table.</source>
        <translation>{file}: baris {line}: entri bukan tabel.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="374"/>
        <source>{file}: the file is empty.</source>
        <translation>{file}: berkas kosong.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="380"/>
        <source>{file}: line 1: column &apos;{column}&apos;: unknown column.</source>
        <translation>{file}: baris 1: kolom &apos;{column}&apos;: kolom tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="390"/>
        <source>{file}: line 1: column &apos;{column}&apos; appears twice.</source>
        <translation>{file}: baris 1: kolom &apos;{column}&apos; muncul dua kali.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="400"/>
        <source>{file}: line 1: column &apos;{column}&apos; is missing.</source>
        <translation>{file}: baris 1: kolom &apos;{column}&apos; tidak ada.</translation>
    </message>
    <message>
        <location filename="../../glossary/terms/files.py" line="423"/>
        <source>{file}: line {line}: {cells} cells for {columns} columns.</source>
        <translation>{file}: baris {line}: {cells} sel untuk {columns} kolom.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/installed.py" line="91"/>
        <source>{path} is not a dictionary index (.index or .ifo).</source>
        <translation>{path} bukan indeks kamus (.index atau .ifo).</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/installed.py" line="150"/>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} tidak dapat dibuka ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/installed.py" line="177"/>
        <source>{folder} cannot be listed ({reason}).</source>
        <translation>Isi {folder} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/stardict.py" line="53"/>
        <source>{path}: no wordcount.</source>
        <translation>{path}: tidak ada wordcount.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/stardict.py" line="58"/>
        <source>{path}: idxoffsetbits is {bits}, not 32 or 64.</source>
        <translation>{path}: idxoffsetbits bernilai {bits}, bukan 32 atau 64.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/stardict.py" line="77"/>
        <source>{path}: {index} is truncated after {found} of {count} entries.</source>
        <translation>{path}: {index} terpotong setelah {found} dari {count} entri.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/stardict.py" line="97"/>
        <source>{path}: wordcount is {count} but {index} has {found} entries.</source>
        <translation>{path}: wordcount bernilai {count}, tetapi {index} berisi {found} entri.</translation>
    </message>
    <message>
        <location filename="../../glossary/dictionaries/stardict.py" line="122"/>
        <source>{path}: not a StarDict .ifo file (no “{magic}” first line).</source>
        <translation>{path}: bukan berkas .ifo StarDict (baris pertamanya bukan “{magic}”).</translation>
    </message>
    <message>
        <location filename="../../glossary/messages.py" line="88"/>
        <source>it is nested too deeply</source>
        <translation>susunannya bersarang terlalu dalam</translation>
    </message>
    <message>
        <location filename="../../glossary/messages.py" line="90"/>
        <source>it needs more memory than there is</source>
        <translation>memerlukan memori lebih banyak daripada yang tersedia</translation>
    </message>
    <message>
        <location filename="../../glossary/messages.py" line="94"/>
        <source>it holds text in no known encoding</source>
        <translation>memuat teks dalam pengodean yang tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../glossary/messages.py" line="96"/>
        <source>it is cut short or damaged</source>
        <translation>terpotong atau rusak</translation>
    </message>
    <message>
        <location filename="../../glossary/messages.py" line="97"/>
        <source>its contents are damaged or not as expected</source>
        <translation>isinya rusak atau tidak seperti yang diharapkan</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="307"/>
        <source>{problem} Open Glossary Reader to repair it: the file is set aside and the newest backup restored.</source>
        <translation>{problem} Buka Glossary Reader untuk memperbaikinya: berkas itu disisihkan dan cadangan terbaru dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="355"/>
        <location filename="../../glossary/notes/store.py" line="177"/>
        <source>The notes database {path} is damaged (it fails its check).</source>
        <translation>Basis data catatan {path} rusak (gagal dalam pemeriksaannya).</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="365"/>
        <source>The notes database {path} is empty, although its backups hold notes.</source>
        <translation>Basis data catatan {path} kosong, padahal cadangannya berisi catatan.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="386"/>
        <source>The backup of {when} UTC was restored.</source>
        <translation>Cadangan dari {when} UTC dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="390"/>
        <source>No backup was found.</source>
        <translation>Tidak ada cadangan yang ditemukan.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="393"/>
        <source>No backup was found, so the notes start empty.</source>
        <translation>Tidak ada cadangan yang ditemukan, jadi catatan dimulai dari kosong.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="396"/>
        <source>{problem} It was moved to {aside}. {restored}{salvaged}</source>
        <translation>{problem} Berkas itu dipindahkan ke {aside}. {restored}{salvaged}</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="409"/>
        <source>{count} highlights and notes</source>
        <translation>{count} sorotan dan catatan</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="411"/>
        <source>{count} kept words</source>
        <translation>{count} kata yang disimpan</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="413"/>
        <source>{count} glossary entries</source>
        <translation>{count} entri glosarium</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="415"/>
        <source>{count} other records</source>
        <translation>{count} rekaman lain</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="427"/>
        <source> Written after it and recovered from the damaged file: {what}.</source>
        <translation> Ditulis sesudahnya dan dipulihkan dari berkas yang rusak: {what}.</translation>
    </message>
    <message>
        <location filename="../../glossary/notes/backups.py" line="431"/>
        <source> Recovered from the damaged file: {what}.</source>
        <translation> Dipulihkan dari berkas yang rusak: {what}.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/word.py" line="43"/>
        <source>{name} is not a Word document (not a zip archive, or cut short).</source>
        <translation>{name} bukan dokumen Word (bukan arsip zip, atau terpotong).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/word.py" line="55"/>
        <location filename="../../glossary/documents/word.py" line="65"/>
        <source>{name} is not a readable Word document ({reason}).</source>
        <translation>{name} bukan dokumen Word yang dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="100"/>
        <source>The password does not open {name}.</source>
        <translation>Kata sandi itu tidak membuka {name}.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="105"/>
        <source>{name} is protected by a password.</source>
        <translation>{name} dilindungi kata sandi.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="108"/>
        <source>{name} is damaged or is not a PDF ({reason}).</source>
        <translation>{name} rusak atau bukan PDF ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="122"/>
        <source>{name} has {count:,} pages; at most {limit:,} are read.</source>
        <translation>{name} memiliki {count:,} halaman; paling banyak {limit:,} yang dibaca.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="136"/>
        <source>{name} is damaged (page {page}: {reason}).</source>
        <translation>{name} rusak (halaman {page}: {reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="150"/>
        <source>{name} has no text to read: its pages are pictures (a scan). It needs text recognition (OCR) first, for example with OCRmyPDF.</source>
        <translation>{name} tidak memiliki teks untuk dibaca: halamannya berupa gambar (hasil pindaian). Teksnya perlu dikenali dulu (OCR), misalnya dengan OCRmyPDF.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdf.py" line="195"/>
        <source>{name} has a page with more text than any page holds (page {page}); it is not read.</source>
        <translation>{name} memiliki halaman dengan teks yang lebih banyak daripada yang dapat dimuat sebuah halaman (halaman {page}); berkas ini tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../../glossary/documents/pdfpages.py" line="36"/>
        <location filename="../../glossary/documents/pdfpages.py" line="62"/>
        <source>The page of {name} cannot be shown ({reason}).</source>
        <translation>Halaman {name} tidak dapat ditampilkan ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="38"/>
        <source>No speech engine was found. To hear the text, install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng; with speech-dispatcher, the system&apos;s voices are used as well).</source>
        <translation>Mesin suara tidak ditemukan. Untuk mendengarkan teks, pasang espeak-ng (di Debian atau Ubuntu: sudo apt install espeak-ng; jika ada speech-dispatcher, suara bawaan sistem juga dipakai).</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="145"/>
        <source>There is no text to speak.</source>
        <translation>Tidak ada teks untuk diucapkan.</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="148"/>
        <source>The text is too long to speak at once ({count} characters; at most {limit}).</source>
        <translation>Teks terlalu panjang untuk diucapkan sekaligus ({count} karakter; paling banyak {limit}).</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="173"/>
        <source>The speech engine took too long and was stopped.</source>
        <translation>Mesin suara terlalu lama bekerja dan dihentikan.</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="177"/>
        <source>The speech engine could not be started: {reason}</source>
        <translation>Mesin suara tidak dapat dijalankan: {reason}</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="183"/>
        <source>The speech engine failed: {reason}</source>
        <translation>Mesin suara gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="188"/>
        <source>The sound could not be played ({reason}): is there a sound device?</source>
        <translation>Suara tidak dapat diputar ({reason}): adakah perangkat suara?</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="210"/>
        <source>{path}: the sound is written as WAV: name it ….wav.</source>
        <translation>{path}: suara ditulis sebagai WAV: beri nama ….wav.</translation>
    </message>
    <message>
        <location filename="../../glossary/speech.py" line="251"/>
        <source>The sound written is not a WAV file: {reason}</source>
        <translation>Suara yang ditulis bukan berkas WAV: {reason}</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/roots.py" line="65"/>
        <source>The disk of the sync folder {root} is full: nothing was sent.</source>
        <translation>Disk folder sinkronisasi {root} penuh: tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/roots.py" line="72"/>
        <source>The sync folder {root} cannot be written (it is read-only for you): nothing was sent.</source>
        <translation>Folder sinkronisasi {root} tidak dapat ditulisi (hanya dapat Anda baca): tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/roots.py" line="80"/>
        <source>The sync folder {root} cannot be used: {reason}.</source>
        <translation>Folder sinkronisasi {root} tidak dapat dipakai: {reason}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/roots.py" line="106"/>
        <source>The sync folder {root} is not there (is its disk attached?).</source>
        <translation>Folder sinkronisasi {root} tidak ada (apakah disknya sudah terpasang?).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/roots.py" line="128"/>
        <source>{path} is not in the sync folder {root}.</source>
        <translation>{path} tidak ada di folder sinkronisasi {root}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/segments.py" line="101"/>
        <source>The segment {name} cannot be read ({why}): skipped.</source>
        <translation>Segmen {name} tidak dapat dibaca ({why}): dilewati.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="112"/>
        <source>The passphrase cannot be empty.</source>
        <translation>Frasa sandi tidak boleh kosong.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="141"/>
        <source>The library {library} is encrypted, but its library.json now says it is not (it was changed or lost): nothing was synced.</source>
        <translation>Pustaka {library} terenkripsi, tetapi library.json-nya sekarang menyatakan tidak (berkas itu diubah atau hilang): tidak ada yang disinkronkan.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="150"/>
        <source>The library {library} is not encrypted, so a passphrase cannot be used with it: to encrypt your notes, make a new library with a passphrase.</source>
        <translation>Pustaka {library} tidak terenkripsi, jadi frasa sandi tidak dapat dipakai dengannya: untuk mengenkripsi catatan Anda, buat pustaka baru dengan frasa sandi.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="160"/>
        <source>The library {library} is encrypted: it cannot be synced without its passphrase.</source>
        <translation>Pustaka {library} terenkripsi: pustaka ini tidak dapat disinkronkan tanpa frasa sandinya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="176"/>
        <source>The passphrase is not this library&apos;s: nothing was synced.</source>
        <translation>Frasa sandi ini bukan milik pustaka ini: tidak ada yang disinkronkan.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="191"/>
        <source>The library {library} is encrypted by a newer version of Glossary Reader: update the app to sync with it.</source>
        <translation>Pustaka {library} dienkripsi oleh versi Glossary Reader yang lebih baru: perbarui aplikasi untuk menyinkronkannya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="201"/>
        <source>The encryption settings of the library {library} are damaged: nothing was synced.</source>
        <translation>Pengaturan enkripsi pustaka {library} rusak: tidak ada yang disinkronkan.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="241"/>
        <source>The segment {name} is encrypted, but this library is not: skipped.</source>
        <translation>Segmen {name} terenkripsi, padahal pustaka ini tidak: dilewati.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="250"/>
        <source>The segment {name} is not encrypted, but this library is: skipped, never merged.</source>
        <translation>Segmen {name} tidak terenkripsi, padahal pustaka ini terenkripsi: dilewati, tidak digabungkan.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="258"/>
        <location filename="../../glossary/sync/segments.py" line="124"/>
        <source>The segment {name} was written by a newer version of Glossary Reader: update the app to read it.</source>
        <translation>Segmen {name} ditulis oleh versi Glossary Reader yang lebih baru: perbarui aplikasi untuk membacanya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/crypto.py" line="269"/>
        <source>The segment {name} fails its authentication (cut short, changed, or sealed with another passphrase): skipped, never merged.</source>
        <translation>Segmen {name} gagal diautentikasi (terpotong, diubah, atau dienkripsi dengan frasa sandi lain): dilewati, tidak digabungkan.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="118"/>
        <source>{root} holds a folder {name} that is not a Glossary Reader library: choose another folder, or an empty one.</source>
        <translation>{root} berisi folder {name} yang bukan pustaka Glossary Reader: pilih folder lain, atau folder kosong.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="139"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} bukan folder.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="162"/>
        <source>Give the user name for the WebDAV server {url}.</source>
        <translation>Berikan nama pengguna untuk server WebDAV {url}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="219"/>
        <source>{folder} holds several libraries ({names}): name one with --library.</source>
        <translation>{folder} berisi beberapa pustaka ({names}): sebutkan salah satunya dengan --library.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="230"/>
        <source>{name} is not a library&apos;s name (letters and digits).</source>
        <translation>{name} bukan nama pustaka (huruf dan angka).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/setup.py" line="330"/>
        <source>The library {library} is encrypted, and its passphrase is not in the system keyring: set up sync again with the passphrase.</source>
        <translation>Pustaka {library} terenkripsi, dan frasa sandinya tidak ada di keyring sistem: atur ulang sinkronisasi dengan frasa sandinya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/passwords.py" line="46"/>
        <source>No password for {user} at {url}: this computer has no system keyring, so give it in the environment variable {variable} each time.</source>
        <translation>Tidak ada kata sandi untuk {user} di {url}: komputer ini tidak memiliki keyring sistem, jadi berikan kata sandi melalui variabel lingkungan {variable} setiap kali.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/passwords.py" line="57"/>
        <source>The system keyring cannot give the password for {user} at {url} ({reason}): unlock it, or give the password in the environment variable {variable}.</source>
        <translation>Keyring sistem tidak dapat memberikan kata sandi untuk {user} di {url} ({reason}): buka kuncinya, atau berikan kata sandi melalui variabel lingkungan {variable}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/passwords.py" line="70"/>
        <source>No password for {user} at {url} in the system keyring: set up sync again to keep it there, or give it in the environment variable {variable}.</source>
        <translation>Tidak ada kata sandi untuk {user} di {url} dalam keyring sistem: atur ulang sinkronisasi agar kata sandi disimpan di sana, atau berikan melalui variabel lingkungan {variable}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="70"/>
        <source>{url} is not a web address: give one like {example}.</source>
        <translation>{url} bukan alamat web: berikan alamat seperti {example}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="76"/>
        <source>Give the address {url} without a user name or password in it: the user name is given apart, and the password is kept by the system keyring.</source>
        <translation>Berikan alamat {url} tanpa nama pengguna atau kata sandi di dalamnya: nama pengguna diberikan terpisah, dan kata sandi disimpan oleh keyring sistem.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="85"/>
        <source>{url} is not encrypted (http://): Glossary Reader sends notes and passwords only over https://, except to this computer (localhost).</source>
        <translation>{url} tidak terenkripsi (http://): Glossary Reader mengirim catatan dan kata sandi hanya melalui https://, kecuali ke komputer ini (localhost).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="264"/>
        <source>The WebDAV server {root} stopped answering ({reason}): nothing was lost; the changes wait here and go at the next sync.</source>
        <translation>Server WebDAV {root} berhenti menjawab ({reason}): tidak ada yang hilang; perubahan menunggu di sini dan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="279"/>
        <source>The WebDAV server {root} cannot prove who it is (its certificate is not trusted: {reason}): nothing was sent.</source>
        <translation>Server WebDAV {root} tidak dapat membuktikan identitasnya (sertifikatnya tidak tepercaya: {reason}): tidak ada yang dikirim.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="288"/>
        <source>The WebDAV server {root} cannot be reached ({reason}): the changes wait here and go at the next sync.</source>
        <translation>Server WebDAV {root} tidak dapat dihubungi ({reason}): perubahan menunggu di sini dan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="299"/>
        <source>The folder {root} is not on the WebDAV server (moved or deleted?): check the address. The changes wait here.</source>
        <translation>Folder {root} tidak ada di server WebDAV (dipindahkan atau dihapus?): periksa alamatnya. Perubahan menunggu di sini.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="309"/>
        <source>{root} is not a WebDAV folder (the server answered “{status} {reason}” to a WebDAV request): check the address; on Nextcloud or ownCloud it is like {example}.</source>
        <translation>{root} bukan folder WebDAV (server menjawab “{status} {reason}” atas permintaan WebDAV): periksa alamatnya; di Nextcloud atau ownCloud bentuknya seperti {example}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="338"/>
        <source>The WebDAV server {root} does not accept the user {user} with this password: check both, then set up sync again. The changes wait here.</source>
        <translation>Server WebDAV {root} tidak menerima pengguna {user} dengan kata sandi ini: periksa keduanya, lalu atur ulang sinkronisasi. Perubahan menunggu di sini.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="347"/>
        <source>The WebDAV folder {root} cannot be written by {user} (it is read-only for you): nothing was sent; the changes wait here.</source>
        <translation>Folder WebDAV {root} tidak dapat ditulisi oleh {user} (hanya dapat Anda baca): tidak ada yang dikirim; perubahan menunggu di sini.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="356"/>
        <source>The WebDAV server {root} does not let {user} read {path}.</source>
        <translation>Server WebDAV {root} tidak mengizinkan {user} membaca {path}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="363"/>
        <source>{path} is not on the WebDAV server {root}.</source>
        <translation>{path} tidak ada di server WebDAV {root}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="370"/>
        <source>{path} is already on the WebDAV server {root} and is not written over: the changes go at the next sync.</source>
        <translation>{path} sudah ada di server WebDAV {root} dan tidak ditimpa: perubahan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="379"/>
        <source>{path} is locked on the WebDAV server {root} (another program is using it): the changes wait here and go at the next sync.</source>
        <translation>{path} terkunci di server WebDAV {root} (sedang dipakai program lain): perubahan menunggu di sini dan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="388"/>
        <source>The WebDAV server {root} has no room left (its storage is full): nothing was sent; the changes wait here.</source>
        <translation>Server WebDAV {root} tidak punya ruang lagi (penyimpanannya penuh): tidak ada yang dikirim; perubahan menunggu di sini.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="397"/>
        <source>The WebDAV server says that {url} has moved to {location}: set up sync with that address.</source>
        <translation>Server WebDAV menyatakan bahwa {url} telah pindah ke {location}: atur sinkronisasi dengan alamat itu.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="407"/>
        <source>The WebDAV server {root} has a problem (it answered “{status} {reason}”): the changes wait here and go at the next sync.</source>
        <translation>Server WebDAV {root} sedang bermasalah (menjawab “{status} {reason}”): perubahan menunggu di sini dan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/webdav.py" line="417"/>
        <source>The WebDAV server {root} answered “{status} {reason}” to {method} {path}: the changes wait here.</source>
        <translation>Server WebDAV {root} menjawab “{status} {reason}” atas {method} {path}: perubahan menunggu di sini.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/engine.py" line="454"/>
        <source>The segment {name} names another device or number than its file name does: skipped, never merged.</source>
        <translation>Segmen {name} menyebut perangkat atau nomor yang lain dari nama berkasnya: dilewati, tidak pernah digabungkan.</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handins.py" line="25"/>
        <source>Hand-ins of the class {name}</source>
        <translation>Tugas yang dikumpulkan di kelas {name}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handins.py" line="26"/>
        <source>{student}: {document}</source>
        <translation>{student}: {document}</translation>
    </message>
    <message>
        <location filename="../../glossary/export/handins.py" line="118"/>
        <source>{path}: a handout of hand-ins is written as .md or .html.</source>
        <translation>{path}: handout tugas ditulis sebagai .md atau .html.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="154"/>
        <source>{name} is not a class&apos;s name: letters, digits, - and _ (at most 64).</source>
        <translation>{name} bukan nama kelas: huruf, angka, - dan _ (paling banyak 64).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="256"/>
        <source>You do not follow a class {name} (glossary-reader class list shows yours).</source>
        <translation>Anda tidak mengikuti kelas {name} (glossary-reader class list menampilkan kelas Anda).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="295"/>
        <source>Give the teacher&apos;s name (at most {count} characters).</source>
        <translation>Tulis nama guru (paling banyak {count} karakter).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="307"/>
        <source>No document of your notes has the fingerprint {sha}.</source>
        <translation>Tidak ada dokumen dalam catatan Anda dengan sidik jari {sha}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="318"/>
        <source>You have no own glossary named {name}.</source>
        <translation>Anda tidak punya glosarium sendiri bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="374"/>
        <source>{root} holds a folder {name} that is not a class of Glossary Reader: choose another class name or folder.</source>
        <translation>{root} berisi folder {name} yang bukan kelas Glossary Reader: pilih nama kelas atau folder lain.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="384"/>
        <source>The class {name} in {root} is published by {teacher}: only they publish it (a student subscribes to it; another teacher chooses another name).</source>
        <translation>Kelas {name} di {root} diterbitkan oleh {teacher}: hanya dia yang menerbitkannya (siswa mengikutinya; guru lain memilih nama lain).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="487"/>
        <source>The class {name} cannot be published to {root}: {reason}</source>
        <translation>Kelas {name} tidak dapat diterbitkan ke {root}: {reason}</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="540"/>
        <source>You do not publish a class {name} (glossary-reader class list shows yours).</source>
        <translation>Anda tidak menerbitkan kelas {name} (glossary-reader class list menampilkan kelas Anda).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="560"/>
        <source>Give the student&apos;s name (at most {count} characters).</source>
        <translation>Tulis nama siswa (paling banyak {count} karakter).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="571"/>
        <source>{root} holds several classes ({names}): name one with --class.</source>
        <translation>{root} berisi beberapa kelas ({names}): sebutkan satu dengan --class.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="582"/>
        <source>You publish the class {name} yourself: a teacher does not subscribe.</source>
        <translation>Anda sendiri yang menerbitkan kelas {name}: guru tidak mengikuti kelasnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="706"/>
        <source>no list of files</source>
        <translation>tanpa daftar berkas</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="773"/>
        <source>The glossary {path} cannot be used ({reason}).</source>
        <translation>Glosarium {path} tidak dapat dipakai ({reason}).</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="792"/>
        <source>You have no highlights or notes on the document {sha} to hand in: highlight passages in it first.</source>
        <translation>Anda belum punya sorotan atau catatan pada dokumen {sha} untuk dikumpulkan: sorot dulu bagian-bagiannya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classes.py" line="828"/>
        <source>Your notes cannot be handed in to the class {name} ({reason}): ask the teacher to let you write in its hand-ins folder.</source>
        <translation>Catatan Anda tidak dapat dikumpulkan ke kelas {name} ({reason}): minta guru mengizinkan Anda menulis di folder pengumpulannya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="156"/>
        <source>too large</source>
        <translation>terlalu besar</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="160"/>
        <source>not JSON</source>
        <translation>bukan JSON</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="162"/>
        <source>not a Glossary Reader file</source>
        <translation>bukan berkas Glossary Reader</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="165"/>
        <source>{path} in {root} was written by a newer version of Glossary Reader: update the app to read it.</source>
        <translation>{path} di {root} ditulis oleh versi Glossary Reader yang lebih baru: perbarui aplikasi untuk membacanya.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="179"/>
        <source>{path} in {root} cannot be read ({reason}): it was left as it was.</source>
        <translation>{path} di {root} tidak dapat dibaca ({reason}): dibiarkan seperti semula.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="203"/>
        <source>not this class&apos;s file</source>
        <translation>bukan berkas kelas ini</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="210"/>
        <source>{root} holds no class of Glossary Reader (no folder {top}): check the folder or address the teacher gave.</source>
        <translation>{root} tidak berisi kelas Glossary Reader (tidak ada folder {top}): periksa folder atau alamat dari guru.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="219"/>
        <source>{root} holds no class {name}: check the class&apos;s name and the folder or address the teacher gave.</source>
        <translation>{root} tidak berisi kelas {name}: periksa nama kelas serta folder atau alamat dari guru.</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="241"/>
        <source>not this student&apos;s hand-in</source>
        <translation>bukan tugas siswa ini</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="265"/>
        <source>not this class&apos;s layer</source>
        <translation>bukan lapisan kelas ini</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="288"/>
        <source>no list of highlights</source>
        <translation>tanpa daftar sorotan</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="293"/>
        <source>a highlight that is not an object</source>
        <translation>ada sorotan yang bukan objek</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="312"/>
        <source>a highlight with a field of the wrong type</source>
        <translation>ada sorotan dengan isian bertipe salah</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="315"/>
        <source>a highlight out of range</source>
        <translation>ada sorotan di luar batas</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="338"/>
        <source>not this class&apos;s glossary</source>
        <translation>bukan glosarium kelas ini</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="345"/>
        <source>a category without its texts en and id</source>
        <translation>ada kategori tanpa teks en dan id</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="351"/>
        <source>an entry that is not valid</source>
        <translation>ada entri yang tidak sah</translation>
    </message>
    <message>
        <location filename="../../glossary/sync/classfiles.py" line="355"/>
        <source>entries that are not valid together</source>
        <translation>entri-entri yang tidak sah bila digabung</translation>
    </message>
</context>
</TS>
