<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="25"/>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="30"/>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="72"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Cadangan UKPBJ (*.zip)</source>
        <translation type="vanished">UKPBJ backups (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="26"/>
        <source>Cadangan UKPBJ (*.zip *.sqlite3)</source>
        <translation>UKPBJ backups (*.zip *.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="29"/>
        <source>Memeriksa cadangan {name}...</source>
        <translation>Checking the backup {name}...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="57"/>
        <source>Cadangan tidak dapat dipulihkan</source>
        <translation>The backup cannot be restored</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="58"/>
        <source>{path} tidak dapat dipulihkan:

{problems}

Tidak ada yang diubah.</source>
        <translation>{path} cannot be restored:

{problems}

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="61"/>
        <source>Pulihkan register dari cadangan {path}, dibuat {made}, berisi {count} permohonan?</source>
        <translation>Restore the register from the backup {path}, made {made}, holding {count} applications?</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="65"/>
        <source>{count} permohonan yang sekarang tercatat tidak ada di cadangan ini dan akan hilang dari register: {agendas}</source>
        <translation>{count} applications recorded now are not in this backup and will be gone from the register: {agendas}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="69"/>
        <source>Berkas yang sekarang tidak dihapus: disimpan dengan nama lain di folder yang sama. Setelah pemulihan aplikasi ditutup; buka lagi untuk bekerja dengan register hasil pemulihan.</source>
        <translation>The current file is not deleted: it is kept under another name in the same folder. After the restore the application closes; open it again to work with the restored register.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="82"/>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/restore.py" line="83"/>
        <source>Register dipulihkan dari {path}. Berkas sebelumnya disimpan sebagai {aside}. Aplikasi sekarang ditutup; bukalah lagi.</source>
        <translation>The register was restored from {path}. The previous file is kept as {aside}. The application now closes; open it again.</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="16"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="17"/>
        <source>Petugas</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="18"/>
        <source>Peninjau</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="35"/>
        <source>Peran {role} tidak boleh mencatat langkah SOP atau mengubah data permohonan.</source>
        <translation>The {role} role may not record SOP steps or change application data.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="36"/>
        <source>Peran {role} tidak boleh mengubah arsip atau pindaiannya.</source>
        <translation>The {role} role may not change archive records or their scans.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="37"/>
        <source>Hanya administrator yang boleh mengubah pengaturan kantor.</source>
        <translation>Only an administrator may change the office settings.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="38"/>
        <source>Hanya administrator yang boleh mengelola petugas.</source>
        <translation>Only an administrator may manage operators.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="39"/>
        <source>Peran {role} tidak boleh membuka jejak audit.</source>
        <translation>The {role} role may not open the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="40"/>
        <source>Peran {role} tidak boleh mengekspor atau mencetak.</source>
        <translation>The {role} role may not export or print.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="41"/>
        <source>Peran {role} tidak boleh membuka register.</source>
        <translation>The {role} role may not open the register.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/roles.py" line="64"/>
        <source>Akun petugas ini sudah dinonaktifkan.</source>
        <translation>This operator account has been deactivated.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ukpbj_desktop/app.py" line="59"/>
        <source>Basis data {path} belum ada. Buat register baru yang kosong di sana?

Pilih Tidak bila nama atau foldernya salah ketik.</source>
        <translation>There is no database {path} yet. Start a new, empty register there?

Choose No if the name or its folder was mistyped.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/app.py" line="61"/>
        <source>Basis data tidak ditemukan</source>
        <translation>Database not found</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/base.py" line="96"/>
        <source>Nomor agenda</source>
        <translation>Agenda number</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/base.py" line="97"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/base.py" line="98"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/base.py" line="99"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/base.py" line="100"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="25"/>
        <source>Musnah</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="26"/>
        <source>Permanen</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="27"/>
        <source>Dinilai kembali</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="28"/>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="29"/>
        <source>Salinan</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/queries/archive.py" line="57"/>
        <source>Ruang</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/queries/archive.py" line="57"/>
        <source>Rak</source>
        <translation>Rack</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/queries/archive.py" line="58"/>
        <source>Baris</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/labels.py" line="23"/>
        <source>kertas</source>
        <translation>paper</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/labels.py" line="23"/>
        <source>elektronik</source>
        <translation>electronic</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/labels.py" line="24"/>
        <source>kertas dan elektronik</source>
        <translation>paper and electronic</translation>
    </message>
</context>
<context>
    <name>ArchiveBrowser</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="66"/>
        <source>Arsip berkas permohonan</source>
        <translation>Application file archive</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="105"/>
        <source>Cari nama, NIP, no. agenda, nomor arsip, atau uraian (Ctrl+F)</source>
        <translation>Search name, NIP, agenda no., archive number or description (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="106"/>
        <source>Cari arsip</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="107"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="107"/>
        <source>Saring menurut tahun agenda</source>
        <translation>Filter by agenda year</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="108"/>
        <source>Semua klasifikasi</source>
        <translation>All classifications</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="108"/>
        <source>Saring menurut kode klasifikasi</source>
        <translation>Filter by classification code</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="109"/>
        <source>Semua boks</source>
        <translation>All boxes</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="109"/>
        <source>Saring menurut nomor boks</source>
        <translation>Filter by box number</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="110"/>
        <source>Semua lokasi</source>
        <translation>All locations</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="110"/>
        <source>Saring menurut ruang simpan</source>
        <translation>Filter by storage room</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="112"/>
        <source>Semua nasib akhir</source>
        <translation>All dispositions</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="112"/>
        <source>Saring menurut nasib akhir</source>
        <translation>Filter by final disposition</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="116"/>
        <source>Semua retensi</source>
        <translation>All retention</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="116"/>
        <source>Berkas yang retensinya berakhir tahun ini</source>
        <translation>Files whose retention ends this year</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="117"/>
        <source>Retensi berakhir {year}</source>
        <translation>Retention ends {year}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="118"/>
        <source>Retensi aktif berakhir {year}</source>
        <translation>Active retention ends {year}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="119"/>
        <source>Retensi inaktif berakhir {year}</source>
        <translation>Inactive retention ends {year}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="121"/>
        <source>&amp;Hapus saringan</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="151"/>
        <source>Cetak &amp;Daftar Arsip...</source>
        <translation>Print &amp;Daftar Arsip...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="152"/>
        <source>Daftar Arsip (PDF) dari arsip yang tampil sesuai saringan (Ctrl+P)</source>
        <translation>Archive list (Daftar Arsip) as PDF of the records shown by the filter (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="153"/>
        <source>Cetak &amp;berkas permohonan...</source>
        <translation>Print application &amp;file...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="154"/>
        <source>Riwayat lengkap permohonan terpilih sebagai PDF (Ctrl+D)</source>
        <translation>Full history of the selected application as PDF (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="155"/>
        <source>&amp;Ubah data arsip...</source>
        <translation>&amp;Edit archive record...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="156"/>
        <source>Ubah letak simpan atau data arsip terpilih (F2)</source>
        <translation>Change the storage location or data of the selected record (F2)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="157"/>
        <source>&amp;Tambah pindaian...</source>
        <translation>&amp;Add scan...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="158"/>
        <source>Lampirkan pindaian berkas ke arsip terpilih (Ctrl+T)</source>
        <translation>Attach a scan of the file to the selected record (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="159"/>
        <source>&amp;Kode klasifikasi...</source>
        <translation>Classification c&amp;odes...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="160"/>
        <source>Ubah tabel kode klasifikasi dan retensinya</source>
        <translation>Edit the table of classification codes and their retention</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="161"/>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="162"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="163"/>
        <source>Tutu&amp;p</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation type="vanished">&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="164"/>
        <source>&amp;Arsip</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="172"/>
        <source>Alat arsip</source>
        <translation>Archive tools</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="204"/>
        <source>Boks {box}</source>
        <translation>Box {box}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="205"/>
        <source>Lokasi belum diisi</source>
        <translation>No location yet</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="209"/>
        <source>&lt;b&gt;{n}&lt;/b&gt; berkas retensinya berakhir tahun {year}. &lt;a href=&apos;due&apos;&gt;Tampilkan&lt;/a&gt;</source>
        <translation>Retention ends in {year} for &lt;b&gt;{n}&lt;/b&gt; file(s). &lt;a href=&apos;due&apos;&gt;Show&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="272"/>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="283"/>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="292"/>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="297"/>
        <source>Daftar Arsip</source>
        <translation>Daftar Arsip</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="272"/>
        <source>Tidak ada arsip yang cocok dengan saringan ini.</source>
        <translation>No archive records match this filter.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="292"/>
        <source>Daftar Arsip yang sudah dibuat tidak dapat dibaca:
{reason}</source>
        <translation>The Daftar Arsip that was made cannot be read:
{reason}</translation>
    </message>
    <message>
        <source>Simpan Daftar Arsip</source>
        <translation type="vanished">Save Daftar Arsip</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="vanished">PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Daftar Arsip ({n} berkas)</source>
        <translation type="vanished">Daftar Arsip ({n} files)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="313"/>
        <source>Berkas permohonan {agenda}</source>
        <translation>Application file {agenda}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="348"/>
        <source>lebih dari {n} arsip</source>
        <translation>more than {n} records</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/browser.py" line="350"/>
        <source>{n} arsip</source>
        <translation>Records: {n}</translation>
    </message>
</context>
<context>
    <name>ArchiveDetails</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="68"/>
        <source>&amp;Tambah pindaian...</source>
        <translation>A&amp;dd scan...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="70"/>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="72"/>
        <source>Hapus pi&amp;ndaian</source>
        <translation>Re&amp;move scan</translation>
    </message>
    <message>
        <source>&amp;Arsip</source>
        <translation type="vanished">&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="86"/>
        <source>&amp;Riwayat permohonan</source>
        <translation>Application &amp;history</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="87"/>
        <source>&amp;Pindaian</source>
        <translation>&amp;Scans</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="104"/>
        <source>Tidak ada arsip dipilih</source>
        <translation>No record selected</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="105"/>
        <source>Pilih satu baris untuk melihat letak berkasnya.</source>
        <translation>Select a row to see where its file is kept.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="112"/>
        <source>Boks {box}</source>
        <translation>Box {box}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="112"/>
        <source>Boks belum diisi</source>
        <translation>Box not set</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="115"/>
        <source>Folder {folder}</source>
        <translation>Folder {folder}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="116"/>
        <source>Lokasi simpan belum diisi</source>
        <translation>Storage location not set</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="132"/>
        <source>Tambah pindaian berkas</source>
        <translation>Add file scan</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="133"/>
        <source>Pindaian ({patterns})</source>
        <translation>Scans ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="169"/>
        <source>Hapus pindaian</source>
        <translation>Remove scan</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="170"/>
        <source>Hapus pindaian &quot;{name}&quot; dari arsip ini? Berkas kertasnya tidak terpengaruh.</source>
        <translation>Remove the scan &quot;{name}&quot; from this record? The paper file is not affected.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="195"/>
        <source>RUSAK</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="198"/>
        <source>HILANG</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="196"/>
        <source>Isi berkas tidak sama dengan saat dilampirkan; pulihkan dari cadangan.</source>
        <translation>The file&apos;s content differs from when it was attached; restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="85"/>
        <source>Ar&amp;sip</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="198"/>
        <source>Berkas pindaian tidak ditemukan di folder data.</source>
        <translation>The scan file was not found in the data folder.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="200"/>
        <source>&amp;Pindaian ({n})</source>
        <translation>&amp;Scans ({n})</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="223"/>
        <source>{n} tahun (s.d. {year})</source>
        <translation>{n} years (until {year})</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="225"/>
        <source>Nomor arsip</source>
        <translation>Archive number</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="226"/>
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="227"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="228"/>
        <source>Kurun waktu</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="229"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="229"/>
        <source>{n} berkas, {media}</source>
        <translation>{n} file(s), {media}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="231"/>
        <source>Tingkat perkembangan</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="232"/>
        <source>Retensi aktif</source>
        <translation>Active retention</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="233"/>
        <source>Retensi inaktif</source>
        <translation>Inactive retention</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="234"/>
        <source>Nasib akhir</source>
        <translation>Final disposition</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="235"/>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/details.py" line="236"/>
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="41"/>
        <source>Ubah data arsip - {agenda}</source>
        <translation>Edit archive record - {agenda}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="41"/>
        <source>Pengarsipan berkas - {agenda}</source>
        <translation>Archiving the file - {agenda}</translation>
    </message>
    <message>
        <source>(ditolak)</source>
        <translation type="vanished">(rejected)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="55"/>
        <source> berkas</source>
        <translation> file(s)</translation>
    </message>
    <message>
        <source>&amp;Kelola kode...</source>
        <translation type="vanished">Manage c&amp;odes...</translation>
    </message>
    <message>
        <source>Kelola k&amp;ode...</source>
        <translation type="vanished">Manage c&amp;odes...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="75"/>
        <source>Kelola ko&amp;de...</source>
        <translation>Manage c&amp;odes...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="76"/>
        <source>Tambah atau ubah kode klasifikasi dan retensinya</source>
        <translation>Add or change classification codes and their retention</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="80"/>
        <source>&amp;Nomor arsip:</source>
        <translation>Archive &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="81"/>
        <source>&amp;Klasifikasi:</source>
        <translation>&amp;Classification:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="82"/>
        <source>&amp;Uraian:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="83"/>
        <source>Kurun &amp;waktu:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="84"/>
        <source>&amp;Jumlah:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="84"/>
        <source>&amp;Media:</source>
        <translation>&amp;Media:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="85"/>
        <source>&amp;Tingkat perkembangan:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="86"/>
        <source>Nomor &amp;folder:</source>
        <translation>&amp;Folder number:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="86"/>
        <source>Nomor b&amp;oks:</source>
        <translation>&amp;Box number:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="88"/>
        <source>&amp;Baris:</source>
        <translation>Sh&amp;elf:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="203"/>
        <source>Lokasi belum diisi</source>
        <translation>No location yet</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="204"/>
        <source>Boks, ruang, rak, dan baris belum diisi, jadi berkas kertasnya akan sulit ditemukan. Arsipkan tanpa lokasi?</source>
        <translation>Box, room, rack and shelf are empty, so the paper file will be hard to find. Archive without a location?</translation>
    </message>
    <message>
        <source>Nomor &amp;boks:</source>
        <translation type="vanished">&amp;Box number:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="87"/>
        <source>&amp;Ruang:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="87"/>
        <source>R&amp;ak/lemari:</source>
        <translation>Rac&amp;k/cabinet:</translation>
    </message>
    <message>
        <source>Bari&amp;s:</source>
        <translation type="vanished">Sh&amp;elf:</translation>
    </message>
    <message>
        <source>R&amp;ak:</source>
        <translation type="vanished">Sh&amp;elf:</translation>
    </message>
    <message>
        <source>Lemari/bari&amp;s:</source>
        <translation type="vanished">Cabinet/ro&amp;w:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="89"/>
        <source>R&amp;etensi aktif:</source>
        <translation>&amp;Active retention:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="89"/>
        <source>Retensi &amp;inaktif:</source>
        <translation>&amp;Inactive retention:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="91"/>
        <source>Nasib ak&amp;hir:</source>
        <translation>Final disposi&amp;tion:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="94"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="94"/>
        <source>Arsi&amp;pkan</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="96"/>
        <source>Bata&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="113"/>
        <source> tahun</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/archive.py" line="114"/>
        <source>-</source>
        <translation>-</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="23"/>
        <source>Nomor arsip</source>
        <translation>Archive number</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="24"/>
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="25"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="26"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="27"/>
        <source>Kurun waktu</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="28"/>
        <source>Boks</source>
        <translation>Box</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="29"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="30"/>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="31"/>
        <source>Aktif s.d.</source>
        <translation>Active until</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="32"/>
        <source>Inaktif s.d.</source>
        <translation>Inactive until</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="33"/>
        <source>Nasib akhir</source>
        <translation>Final disposition</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="138"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="138"/>
        <source>inaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/model.py" line="139"/>
        <source>Retensi {kind} berkas ini berakhir tahun {year}.</source>
        <translation>The {kind} retention of this file ends in {year}.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/automatic.py" line="49"/>
        <source>{count} pindaian tidak ikut disalin (hilang atau rusak)</source>
        <translation>{count} scans were not copied (missing or damaged)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/automatic.py" line="52"/>
        <source>folder kedua tidak bisa ditulis ({detail})</source>
        <translation>the second folder cannot be written ({detail})</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/automatic.py" line="59"/>
        <source>salinan otomatis gagal: {detail}</source>
        <translation>the automatic copy failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/automatic.py" line="65"/>
        <source>belum ada salinan di luar PC ini</source>
        <translation>no copy off this PC yet</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/automatic.py" line="66"/>
        <source>salinan terakhir di luar PC ini: {date}</source>
        <translation>last copy off this PC: {date}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/automatic.py" line="67"/>
        <source>Cadangan: {what}</source>
        <translation>Backup: {what}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/automatic.py" line="68"/>
        <source>Buat cadangan ke flashdisk (Berkas &gt; Cadangkan data) atau pilih folder kedua untuk salinan otomatis di pengaturan.</source>
        <translation>Back up to a flash drive (File &gt; Back up data) or choose a second folder for the automatic copies in the settings.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/backup/automatic.py" line="80"/>
        <source>Salinan otomatis</source>
        <translation>Automatic copy</translation>
    </message>
</context>
<context>
    <name>CheckCompletenessDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="40"/>
        <source>Ada</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="41"/>
        <source>Asli diperlihatkan</source>
        <translation>Original shown</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="44"/>
        <source>Catatan (opsional)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="68"/>
        <source>Pemeriksaan kelengkapan berkas (langkah 2)</source>
        <translation>File completeness check (step 2)</translation>
    </message>
    <message>
        <source>Cetak &amp;tanda terima...</source>
        <translation type="vanished">Print &amp;receipt...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="75"/>
        <source>Simpan dan cetak &amp;tanda terima...</source>
        <translation>Save and print &amp;receipt...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="76"/>
        <source>Simpan hasil pemeriksaan, lalu cetak tanda terima sesuai yang tersimpan</source>
        <translation>Save the check, then print the receipt of what was saved</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="78"/>
        <source>T&amp;olak permohonan...</source>
        <translation>Re&amp;ject application...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="79"/>
        <source>&amp;Simpan hasil</source>
        <translation>&amp;Save result</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="105"/>
        <source>Berkas disampaikan melalui kurir/perantara: {name}.</source>
        <translation>File delivered by courier/intermediary: {name}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="107"/>
        <source>Berkas diserahkan langsung: SK asli wajib diperlihatkan.</source>
        <translation>File delivered in person: the original SK must be shown.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="109"/>
        <source>Pemohon adalah PA yang merangkap PPK: menyerahkan SK Pelantikan, bukan SK PPK.</source>
        <translation>The applicant is a PA acting as PPK: submits the SK Pelantikan instead of the PPK SK.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="115"/>
        <source>Dokumen yang wajib ada</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="118"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="118"/>
        <source>Ada/Tidak ada</source>
        <translation>Present/Missing</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="118"/>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="119"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="142"/>
        <source>TIDAK LENGKAP: {missing}</source>
        <translation>INCOMPLETE: {missing}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="144"/>
        <source>Setelah disimpan: langkah 3, surat pemberitahuan kelengkapan kepada PPK.</source>
        <translation>After saving: step 3, notice to the PPK to complete the file.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="147"/>
        <source>LENGKAP</source>
        <translation>COMPLETE</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="148"/>
        <source>Setelah disimpan: langkah 5, pemeriksaan kebenaran berkas.</source>
        <translation>After saving: step 5, file validity check.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="157"/>
        <source>Tanda terima berkas</source>
        <translation>File receipt</translation>
    </message>
    <message>
        <source>Berkas tidak lengkap</source>
        <translation type="vanished">File incomplete</translation>
    </message>
    <message>
        <source>Berkas {agenda} belum lengkap:
{missing}

Buat surat pemberitahuan kelengkapan sekarang (langkah 3)?</source>
        <translation type="vanished">File {agenda} is incomplete:
{missing}

Prepare the notice to complete the file now (step 3)?</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="182"/>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="187"/>
        <source>Tolak permohonan</source>
        <translation>Reject application</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="183"/>
        <source>Tuliskan alasan penolakan, satu per baris. Alasan ini dicantumkan dalam surat pemberitahuan penolakan kepada PPK.</source>
        <translation>Enter the reasons for rejection, one per line. They are included in the rejection notice letter to the PPK.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="185"/>
        <source>&amp;Tolak permohonan</source>
        <translation>&amp;Reject application</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_completeness.py" line="188"/>
        <source>Permohonan {agenda} akan ditolak dan tidak dapat dilanjutkan. Lanjutkan?</source>
        <translation>Application {agenda} will be rejected and cannot be continued. Proceed?</translation>
    </message>
    <message>
        <source>Pemberitahuan penolakan</source>
        <translation type="vanished">Rejection notice</translation>
    </message>
    <message>
        <source>Buat surat pemberitahuan penolakan sekarang (langkah 7)?</source>
        <translation type="vanished">Prepare the rejection notice letter now (step 7)?</translation>
    </message>
</context>
<context>
    <name>CheckValidityDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="43"/>
        <source>Tidak dihubungi</source>
        <translation>Not contacted</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="44"/>
        <source>Lewat telepon</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="45"/>
        <source>Langsung (tatap muka)</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="66"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="67"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="68"/>
        <source>NIP (tanpa spasi)</source>
        <translation>NIP (without spaces)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="69"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="70"/>
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="71"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="72"/>
        <source>Satuan kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="73"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="74"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="75"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="76"/>
        <source>HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="77"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="78"/>
        <source>Nomor SK</source>
        <translation>SK number</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="79"/>
        <source>Masa berlaku SK</source>
        <translation>SK valid until</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="81"/>
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="83"/>
        <source>Jenis sertifikat</source>
        <translation>Certificate type</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="93"/>
        <source>Pemeriksaan kebenaran berkas (langkah 5)</source>
        <translation>File validity check (step 5)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="103"/>
        <source>Benar / &amp;valid</source>
        <translation>&amp;Valid</translation>
    </message>
    <message>
        <source>&amp;Benar / valid</source>
        <translation type="vanished">&amp;Valid</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="104"/>
        <source>&amp;Tidak valid...</source>
        <translation>&amp;Invalid...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="112"/>
        <source>Cocokkan setiap data dengan dokumen asli, centang &quot;sesuai dokumen&quot;, lalu salin ke formulir pegawai di SPSE.</source>
        <translation>Compare each item with the original documents, tick &quot;matches documents&quot;, then copy it to the staff form in SPSE.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="125"/>
        <source>Data untuk formulir pegawai SPSE</source>
        <translation>Data for the SPSE staff form</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="137"/>
        <source>sesuai dokumen</source>
        <translation>matches documents</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="138"/>
        <source>tidak sesuai</source>
        <translation>does not match</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="140"/>
        <source>Perbaiki data...</source>
        <translation>Correct data...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="141"/>
        <source>Buka isian permohonan untuk membetulkan {label}</source>
        <translation>Open the application form to correct {label}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="157"/>
        <source>Konfirmasi dengan PPK</source>
        <translation>Confirmation with the PPK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="167"/>
        <source>Catatan konfirmasi, mis. dengan siapa dan apa hasilnya</source>
        <translation>Confirmation notes, e.g. with whom and the result</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="174"/>
        <source>{label} disalin ke clipboard.</source>
        <translation>{label} copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="205"/>
        <source>Data diperbaiki: {labels}. Cocokkan lagi dengan dokumen.</source>
        <translation>Data corrected: {labels}. Compare them with the documents again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="225"/>
        <source>%n data belum dicocokkan dengan dokumen.</source>
        <translation>
            <numerusform>%n item not yet checked against the documents.</numerusform>
            <numerusform>%n items not yet checked against the documents.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="227"/>
        <source>Semua data sesuai dokumen.</source>
        <translation>All data match the documents.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="243"/>
        <source>Berkas tidak valid</source>
        <translation>File invalid</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="244"/>
        <source>Tuliskan mengapa berkas tidak benar, satu alasan per baris. Alasan ini dicantumkan dalam surat pemberitahuan penolakan kepada PPK.</source>
        <translation>Enter why the file is invalid, one reason per line. The reasons are included in the rejection notice letter to the PPK.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/check_validity.py" line="246"/>
        <source>&amp;Simpan: tidak valid</source>
        <translation>&amp;Save as invalid</translation>
    </message>
    <message>
        <source>Pemberitahuan penolakan</source>
        <translation type="vanished">Rejection notice</translation>
    </message>
    <message>
        <source>Buat surat pemberitahuan penolakan sekarang (langkah 7)?</source>
        <translation type="vanished">Prepare the rejection notice letter now (step 7)?</translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="50"/>
        <source>{n} tahun</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="200"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="200"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="201"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="202"/>
        <source>Retensi aktif</source>
        <translation>Active retention</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="203"/>
        <source>Retensi inaktif</source>
        <translation>Inactive retention</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="204"/>
        <source>Nasib akhir</source>
        <translation>Final disposition</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="205"/>
        <source>Dipakai arsip</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="211"/>
        <source>Kode Klasifikasi Arsip</source>
        <translation>Archive Classification Codes</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="215"/>
        <source>Retensi dan nasib akhir sebuah kode menjadi isian bawaan saat berkas diarsipkan. Mengubahnya tidak mengubah arsip yang sudah diberkaskan: arsip itu tetap memakai retensinya sendiri. Kode yang sudah dipakai arsip tidak bisa diganti atau dihapus.</source>
        <translation>A code&apos;s retention and final disposition are the defaults when a file is archived. Changing them does not change records already filed: those keep their own retention. A code already used by records cannot be renamed or deleted.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="232"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="233"/>
        <source>Tambah kode (Insert)</source>
        <translation>Add code (Insert)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="234"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="235"/>
        <source>Ubah kode terpilih (Enter, klik ganda)</source>
        <translation>Edit the selected code (Enter, double-click)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="236"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="237"/>
        <source>Hapus kode terpilih (Delete)</source>
        <translation>Delete the selected code (Delete)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="242"/>
        <source>Tutu&amp;p</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>T&amp;utup</source>
        <translation type="vanished">Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="336"/>
        <source>Hapus kode klasifikasi</source>
        <translation>Delete classification code</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="337"/>
        <source>Hapus kode {code} ({name})? Kode itu tidak bisa dipilih lagi saat mengarsipkan.</source>
        <translation>Delete code {code} ({name})? It can no longer be chosen when archiving.</translation>
    </message>
</context>
<context>
    <name>ClassificationEditor</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="65"/>
        <source>Ubah kode klasifikasi {code}</source>
        <translation>Edit classification code {code}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="66"/>
        <source>Tambah kode klasifikasi</source>
        <translation>Add classification code</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="69"/>
        <source>mis. 000.3.5</source>
        <translation>e.g. 000.3.5</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="73"/>
        <source>mis. Permendagri 83/2022</source>
        <translation>e.g. Permendagri 83/2022</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="76"/>
        <source>(belum ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="80"/>
        <source>mis. 2 tahun setelah pemutakhiran data</source>
        <translation>e.g. 2 years after the data update</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="86"/>
        <source>&amp;Kode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="86"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="87"/>
        <source>Ske&amp;ma:</source>
        <translation>Sche&amp;me:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="88"/>
        <source>Retensi &amp;aktif:</source>
        <translation>&amp;Active retention:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="89"/>
        <source>Retensi &amp;inaktif:</source>
        <translation>&amp;Inactive retention:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="90"/>
        <source>Nasib ak&amp;hir:</source>
        <translation>Final disposi&amp;tion:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="91"/>
        <source>&amp;Catatan:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="98"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="120"/>
        <source>Kode yang sudah dipakai arsip tidak bisa diganti.</source>
        <translation>A code already used by records cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="126"/>
        <source>Kode ini dipakai {n} arsip, jadi kodenya tidak bisa diganti. Perubahan retensi dan nasib akhir hanya berlaku untuk berkas yang diarsipkan sesudah ini; {n} arsip yang sudah ada tetap memakai retensinya sendiri.</source>
        <translation>This code is used by {n} record(s), so the code itself cannot be changed. Changes to retention and final disposition apply only to files archived from now on; the {n} existing record(s) keep their own retention.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="129"/>
        <source>Retensi dan nasib akhir menjadi isian bawaan saat berkas diarsipkan dengan kode ini. Kosongkan retensi bila belum ditentukan.</source>
        <translation>Retention and final disposition become the defaults when a file is archived with this code. Leave retention empty if it has not been decided.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="135"/>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/archive/classifications.py" line="144"/>
        <source>tahun</source>
        <translation>years</translation>
    </message>
</context>
<context>
    <name>CopyField</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/fields.py" line="206"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/fields.py" line="209"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/fields.py" line="210"/>
        <source>Salin ke clipboard untuk ditempel di SPSE</source>
        <translation>Copy to the clipboard to paste into SPSE</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="35"/>
        <source>Pembuatan akun SPSE - {agenda}</source>
        <translation>SPSE account creation - {agenda}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="39"/>
        <source>Buat akun PPK di SPSE (&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;) dengan user ID dan password di bawah ini. Password hanya ada di memori aplikasi sampai slip akun dicetak; ia tidak pernah disimpan.</source>
        <translation>Create the PPK account in SPSE (&lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;) with the user ID and password below. The password is kept only in the application&apos;s memory until the account slip is printed; it is never saved.</translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation type="vanished">&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="45"/>
        <source>Salin user ID</source>
        <translation>Copy user ID</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="45"/>
        <source>S&amp;alin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="50"/>
        <source>Sal&amp;in</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="50"/>
        <source>Salin password</source>
        <translation>Copy password</translation>
    </message>
    <message>
        <source>Buat &amp;ulang password</source>
        <translation type="vanished">&amp;Generate new password</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="51"/>
        <source>Buat ulan&amp;g password</source>
        <translation>&amp;Generate new password</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="54"/>
        <source>Akun sudah &amp;dibuat di SPSE dengan user ID dan password ini</source>
        <translation>&amp;Account created in SPSE with this user ID and password</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="57"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="58"/>
        <source>&amp;Batal</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="64"/>
        <source>&amp;User ID:</source>
        <translation>&amp;User ID:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="68"/>
        <source>&amp;Password awal:</source>
        <translation>Initial pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="107"/>
        <source>User ID {user_id} sudah dipakai akun lain.</source>
        <translation>User ID {user_id} is already used by another account.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="119"/>
        <source>User ID dapat dipakai.</source>
        <translation>User ID is available.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="120"/>
        <source>User ID dapat dipakai; ketik di SPSE sebagai: {user_id}</source>
        <translation>User ID is available; type it in SPSE as: {user_id}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="147"/>
        <source>Akun belum dicatat</source>
        <translation>Account not recorded</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/create_account.py" line="148"/>
        <source>Akun sudah dibuat di SPSE tetapi belum dicatat di sini. Bila jendela ini ditutup, password ini hilang dan harus diganti lagi di SPSE. Tetap tutup?</source>
        <translation>The account has been created in SPSE but not yet recorded here. If this window is closed, the password is lost and has to be reset in SPSE. Close anyway?</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/fields.py" line="128"/>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/fields.py" line="132"/>
        <source>Pilih tanggal dari kalender</source>
        <translation>Pick the date from a calendar</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="51"/>
        <source>Lihat di ar&amp;sip</source>
        <translation>Show &amp;in archive</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="70"/>
        <source>Pilih satu baris di daftar untuk melihat rinciannya.</source>
        <translation>Select a row in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="81"/>
        <source>&amp;Proses langkah {step}</source>
        <translation>&amp;Process step {step}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="100"/>
        <source>Menunggu {waited} di langkah {step}.</source>
        <translation>Waiting {waited} at step {step}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="103"/>
        <source>Melewati standar waktu {minutes} menit.</source>
        <translation>Over the {minutes}-minute time standard.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="108"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="108"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="109"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="109"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="110"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="110"/>
        <source>Satuan kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="111"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="111"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="112"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="113"/>
        <source>HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="114"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="121"/>
        <source>{number}, tanggal {date}, berlaku s.d. {until}</source>
        <translation>{number}, dated {date}, valid until {until}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="125"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="126"/>
        <source>Penyampaian</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="127"/>
        <source>Pemohon sebagai</source>
        <translation>Applying as</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="128"/>
        <source>PA yang merangkap PPK</source>
        <translation>PA acting as PPK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="128"/>
        <source>PPK</source>
        <translation>PPK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="129"/>
        <source>SK</source>
        <translation>SK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="129"/>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="130"/>
        <source>User ID SPSE</source>
        <translation>SPSE user ID</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="131"/>
        <source>No. arsip</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="133"/>
        <source>Alasan penolakan</source>
        <translation>Reasons for rejection</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="146"/>
        <source>tidak ada</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="148"/>
        <source>asli diperlihatkan</source>
        <translation>original shown</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="162"/>
        <source>{duration} (standar {minutes} menit)</source>
        <translation>{duration} (standard {minutes} min)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="68"/>
        <source>Tidak ada permohonan dipilih</source>
        <translation>No application selected</translation>
    </message>
    <message>
        <source>Lihat di &amp;arsip</source>
        <translation type="vanished">Show in &amp;archive</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="52"/>
        <source>Buka arsip berkas ini: letak boks, pindaian, Daftar Arsip</source>
        <translation>Open this file&apos;s archive record: box location, scans, archive list</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="115"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="134"/>
        <source>Permohonan</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="137"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="139"/>
        <source>Kelengkapan berkas belum diperiksa.</source>
        <translation>File completeness not checked yet.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="168"/>
        <source>melewati standar</source>
        <translation>over standard</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/application_details.py" line="174"/>
        <source>Riwayat langkah</source>
        <translation>Step history</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ukpbj_desktop/required_documents.py" line="21"/>
        <source>Surat Permohonan Pembuatan Akun PPK pada Aplikasi SPSE</source>
        <translation>Letter requesting a PPK account in SPSE</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/required_documents.py" line="22"/>
        <source>Surat Keputusan Pengangkatan sebagai PPK</source>
        <translation>Decree (SK) appointing the PPK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/required_documents.py" line="23"/>
        <source>SK Pelantikan (bagi PA yang merangkap PPK)</source>
        <translation>Inauguration decree (for a PA acting as PPK)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/required_documents.py" line="24"/>
        <source>Sertifikat PBJ Tingkat Dasar (atau sertifikat kompetensi yang berlaku)</source>
        <translation>Basic procurement certificate (or a valid competence certificate)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/required_documents.py" line="25"/>
        <source>Diserahkan langsung</source>
        <translation>Delivered in person</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/required_documents.py" line="26"/>
        <source>Melalui kurir / perantara</source>
        <translation>By courier / intermediary</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/required_documents.py" line="28"/>
        <source>{name} (asli wajib diperlihatkan)</source>
        <translation>{name} (original must be shown)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ukpbj_desktop/cli.py" line="420"/>
        <source>Ekspor gagal karena kesalahan yang tidak terduga. Rinciannya tercatat di {log}.</source>
        <translation>The export failed because of an unexpected error. The details are in {log}.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/export_runner.py" line="124"/>
        <source>Sedang membuat berkas...</source>
        <translation>Creating the file...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/export_runner.py" line="141"/>
        <source>Menyiapkan...</source>
        <translation>Preparing...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/export_runner.py" line="142"/>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/export_runner.py" line="173"/>
        <source>Membatalkan...</source>
        <translation>Cancelling...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/export_runner.py" line="255"/>
        <source>Ekspor gagal karena kesalahan tak terduga; berkas tidak dibuat. Rinciannya sudah dicatat di folder log:
{folder}
Kirimkan berkas log itu kepada pengelola aplikasi bila masalah berulang.</source>
        <translation>The export failed because of an unexpected error; no file was created. The details have been written to the log folder:
{folder}
Send that log file to the application&apos;s administrator if the problem happens again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/export_runner.py" line="265"/>
        <source>Berkas sudah disimpan:
{path}

Buka berkas itu sekarang?</source>
        <translation>The file has been saved:
{path}

Open it now?</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/export_runner.py" line="273"/>
        <source>Tidak ada program untuk membuka berkas ini. Berkasnya ada di folder:
{folder}</source>
        <translation>No program is available to open this file. It is in the folder:
{folder}</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/fields.py" line="99"/>
        <source>&amp;Batal</source>
        <translation>Cance&amp;l</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="42"/>
        <source>Cari di panduan</source>
        <translation>Find in the manual</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="49"/>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="50"/>
        <source>Temuan sebelumnya (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="53"/>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="54"/>
        <source>Temuan berikutnya (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="94"/>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>GenericStepDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="29"/>
        <source>Langkah {no}: {name} - {agenda}</source>
        <translation>Step {no}: {name} - {agenda}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="32"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="32"/>
        <source>Pelaksana</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="33"/>
        <source>Keluaran</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="38"/>
        <source>Kelengkapan:</source>
        <translation>Inputs:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="39"/>
        <source>{minutes} menit</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="40"/>
        <source>tanpa standar waktu</source>
        <translation>no time standard</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="41"/>
        <source>Waktu baku:</source>
        <translation>Time standard:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="45"/>
        <source>Keterangan SOP:</source>
        <translation>SOP note:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="47"/>
        <source>Catatan (opsional)</source>
        <translation>Notes (optional)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="48"/>
        <source>&amp;Catatan:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/generic.py" line="56"/>
        <source>Bata&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="95"/>
        <source>Penyerahan akun SPSE - {agenda}</source>
        <translation>SPSE account handover - {agenda}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="97"/>
        <source>&amp;Cetak slip</source>
        <translation>&amp;Print slip</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="99"/>
        <source>Cetak salinan &amp;arsip (password disamarkan)</source>
        <translation>Print &amp;archive copy (password masked)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="103"/>
        <source>Cetak ulang slip dengan password &amp;baru...</source>
        <translation>Reprint slip with a &amp;new password...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="109"/>
        <source>1. Slip akun</source>
        <translation>1. Account slip</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="120"/>
        <source>Password awal dari pembuatan akun masih ada di memori aplikasi. Cetak slip, lalu serahkan kepada PPK.</source>
        <translation>The initial password from the account creation is still in the application&apos;s memory. Print the slip, then hand it to the PPK.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="133"/>
        <source>Diterima &amp;langsung oleh PPK ({name})</source>
        <translation>Received in person &amp;by the PPK ({name})</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="134"/>
        <source>Diterima oleh &amp;kuasa, atas nama:</source>
        <translation>Received by a pro&amp;xy, named:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="137"/>
        <source>Nama penerima kuasa</source>
        <translation>Proxy&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="140"/>
        <source>2. Penyerahan</source>
        <translation>2. Handover</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="149"/>
        <source>Catat &amp;penyerahan</source>
        <translation>&amp;Record handover</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="150"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="156"/>
        <source>User ID SPSE</source>
        <translation>SPSE user ID</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password awal tidak lagi tersimpan&lt;/b&gt; (aplikasi atau jendela sudah ditutup sejak akun dibuat; password memang tidak pernah disimpan). Slip hanya bisa dicetak dengan password &lt;b&gt;BARU&lt;/b&gt;: buka SPSE, ganti (reset) password akun &lt;b&gt;{user_id}&lt;/b&gt; menjadi password di bawah ini, lalu centang konfirmasinya.</source>
        <translation type="vanished">&lt;b&gt;The initial password is no longer available&lt;/b&gt; (the application or window has been closed since the account was created; passwords are never saved). The slip can only be printed with a &lt;b&gt;NEW&lt;/b&gt; password: open SPSE, reset the password of account &lt;b&gt;{user_id}&lt;/b&gt; to the password below, then tick the confirmation.</translation>
    </message>
    <message>
        <source>Slip ini akan bertanda CETAK ULANG dan slip sebelumnya tidak berlaku lagi.</source>
        <translation type="vanished">This slip will be marked REPRINT and the previous slip will no longer be valid.</translation>
    </message>
    <message>
        <source>Sal&amp;in</source>
        <translation type="vanished">C&amp;opy</translation>
    </message>
    <message>
        <source>Salin password</source>
        <translation type="vanished">Copy password</translation>
    </message>
    <message>
        <source>Buat &amp;ulang password</source>
        <translation type="vanished">&amp;Generate new password</translation>
    </message>
    <message>
        <source>Password sudah &amp;diganti di SPSE</source>
        <translation type="vanished">Password c&amp;hanged in SPSE</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="192"/>
        <source>Belum ada slip dicetak. Cetak slip sebelum mencatat penyerahan.</source>
        <translation>No slip printed yet. Print the slip before recording the handover.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="194"/>
        <source>Slip terakhir: kode {code}, dibuat {when} oleh {who}.</source>
        <translation>Last slip: code {code}, made {when} by {who}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="197"/>
        <source>(cetak ulang)</source>
        <translation>(reprint)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="224"/>
        <source>Slip akun SPSE - {agenda}</source>
        <translation>SPSE account slip - {agenda}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="226"/>
        <source>Slip ini memuat password awal. Berkas PDF yang disimpan bisa tersalin, tersinkron ke cloud, atau dibaca orang lain, padahal password seharusnya hanya ada di kertas yang diterima PPK. Sebaiknya slip cukup dicetak.

Tetap simpan sebagai berkas?</source>
        <translation>This slip contains the initial password. A saved PDF file can be copied, synced to the cloud or read by others, while the password should exist only on the paper the PPK receives. It is better to just print the slip.

Save it as a file anyway?</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="244"/>
        <source>Salinan arsip slip akun - {agenda}</source>
        <translation>Archive copy of account slip - {agenda}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="250"/>
        <source>Periksa isian</source>
        <translation>Check the input</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="250"/>
        <source>Tulis nama kuasa yang menerima slip akun.</source>
        <translation>Enter the name of the proxy who received the account slip.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/manual.py" line="30"/>
        <source>id</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="104"/>
        <source>Panduan {app}</source>
        <translation>{app} manual</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="110"/>
        <source>Daftar isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="138"/>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="139"/>
        <source>Kembali ke bagian sebelumnya (Alt+Left)</source>
        <translation>Back to the previous part (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="140"/>
        <source>&amp;Maju</source>
        <translation>F&amp;orward</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="141"/>
        <source>Maju lagi (Alt+Right)</source>
        <translation>Forward again (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="142"/>
        <source>&amp;Awal</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="143"/>
        <source>Awal panduan dan daftar isi (Alt+Home, F1)</source>
        <translation>Start of the manual and its contents (Alt+Home, F1)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="145"/>
        <source>&amp;Cari</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="146"/>
        <source>Cari kata di panduan (Ctrl+F)</source>
        <translation>Find a word in the manual (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="147"/>
        <source>Temuan berikutnya</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="149"/>
        <source>Temuan sebelumnya</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="151"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/help/window.py" line="156"/>
        <source>Navigasi panduan</source>
        <translation>Manual navigation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="83"/>
        <source>Permohonan &amp;baru...</source>
        <translation>&amp;New application...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="84"/>
        <source>Catat berkas permohonan yang baru masuk (Ctrl+N)</source>
        <translation>Record a newly received application file (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="85"/>
        <source>&amp;Proses langkah...</source>
        <translation>&amp;Process step...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="86"/>
        <source>Buka isian langkah yang ditunggu permohonan terpilih (Enter)</source>
        <translation>Open the form of the step the selected application is waiting for (Enter)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="87"/>
        <source>&amp;Ubah data permohonan...</source>
        <translation>&amp;Correct application data...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="88"/>
        <source>Betulkan data permohonan terpilih selama akun SPSE-nya belum dibuat (F2)</source>
        <translation>Correct the selected application&apos;s data while its SPSE account has not been created (F2)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="90"/>
        <source>Periksa &amp;slip akun...</source>
        <translation>Check account &amp;slip...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="91"/>
        <source>Periksa keaslian slip akun dari kode verifikasi atau kode QR-nya</source>
        <translation>Check whether an account slip is genuine from its verification code or QR code</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="93"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="94"/>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="95"/>
        <source>Cari no. agenda, nama, NIP, atau satuan kerja (Ctrl+F)</source>
        <translation>Search agenda no., name, NIP or work unit (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="96"/>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="97"/>
        <source>Baca ulang daftar dari basis data (F5)</source>
        <translation>Reload the list from the database (F5)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="98"/>
        <source>Panel &amp;rincian</source>
        <translation>&amp;Details panel</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="99"/>
        <source>Tampilkan atau sembunyikan rincian permohonan terpilih (F9)</source>
        <translation>Show or hide the details of the selected application (F9)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="103"/>
        <source>&amp;Telusuri arsip...</source>
        <translation>&amp;Browse archive...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="104"/>
        <source>Cari berkas yang sudah diarsipkan dan cetak Daftar Arsip (Ctrl+Shift+A)</source>
        <translation>Find archived files and print the Daftar Arsip (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="106"/>
        <source>Kode &amp;klasifikasi...</source>
        <translation>Classification &amp;codes...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="107"/>
        <source>Ubah tabel kode klasifikasi arsip dan retensinya</source>
        <translation>Edit the table of archive classification codes and their retention</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="108"/>
        <source>&amp;Ekspor register...</source>
        <translation>&amp;Export register...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="109"/>
        <source>Simpan permohonan yang tampil sebagai CSV atau Excel (Ctrl+E)</source>
        <translation>Save the applications shown as CSV or Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="110"/>
        <source>&amp;Cadangkan data...</source>
        <translation>&amp;Back up data...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="111"/>
        <source>Simpan basis data dan semua pindaian ke satu berkas .zip</source>
        <translation>Save the database and all scans to one .zip file</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="113"/>
        <source>Pu&amp;lihkan dari cadangan...</source>
        <translation>Res&amp;tore from backup...</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan...</source>
        <translation type="vanished">&amp;Restore from backup...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="114"/>
        <source>Ganti register dengan isi berkas cadangan; berkas yang sekarang disimpan, tidak dihapus</source>
        <translation>Replace the register by a backup&apos;s content; the current file is kept, not deleted</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Panduan</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="119"/>
        <source>Buka panduan pemakaian aplikasi (F1)</source>
        <translation>Open the application&apos;s user manual (F1)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="120"/>
        <source>&amp;Tentang {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="126"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="134"/>
        <source>&amp;Lihat</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="138"/>
        <source>A&amp;rsip</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="140"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="144"/>
        <source>Alat</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="155"/>
        <source>Basis data yang dipakai</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="179"/>
        <source>Berkas basis data ini rusak ({finding}). Aplikasi tidak akan menulis apa pun ke berkas ini: data yang ada tetap bisa dibaca dan dicetak. Tutup aplikasi, lalu pulihkan dari cadangan terbaru (Berkas &gt; Pulihkan dari cadangan) atau hubungi pengelola TI.</source>
        <translation>This database file is damaged ({finding}). The application will write nothing to it: what it holds can still be read and printed. Close the application, then restore the newest backup (File &gt; Restore from backup) or call your IT support.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="184"/>
        <source>Basis data rusak: hanya baca</source>
        <translation>Database damaged: read only</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="186"/>
        <source>Basis data rusak</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="271"/>
        <source>Ekspor register</source>
        <translation>Export register</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="278"/>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="284"/>
        <source>Cadangkan data</source>
        <translation>Back up data</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="279"/>
        <source>Arsip ZIP (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="307"/>
        <source>{app} {version}

Menjalankan {title}
({number}) tanpa server dan tanpa internet.</source>
        <translation>{app} {version}

Runs {title}
({number}) without a server and without internet.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="309"/>
        <source>Tentang {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="338"/>
        <source>lebih dari {n} permohonan</source>
        <translation>more than {n} applications</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="340"/>
        <source>{n} permohonan</source>
        <translation>Applications: {n}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/messages.py" line="28"/>
        <source>Periksa isian</source>
        <translation>Check the input</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/messages.py" line="29"/>
        <source>Langkah tidak dapat dilakukan</source>
        <translation>Step not possible</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/messages.py" line="30"/>
        <source>Basis data bermasalah</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/messages.py" line="32"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/messages.py" line="43"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/messages.py" line="69"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/messages.py" line="70"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/messages.py" line="137"/>
        <source>Terjadi kesalahan tak terduga. Rinciannya sudah dicatat di log aplikasi.</source>
        <translation>An unexpected error occurred. The details have been written to the application log.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/messages.py" line="140"/>
        <source>Terjadi kesalahan tak terduga. Rinciannya sudah dicatat di berkas log:
{log_file}
Kirimkan berkas itu kepada pengelola aplikasi bila masalah berulang.</source>
        <translation>An unexpected error occurred. The details have been written to the log file:
{log_file}
Send that file to the application&apos;s administrator if the problem happens again.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="41"/>
        <source>Opsional; dicetak di bawah daftar pada surat</source>
        <translation>Optional; printed below the list in the letter</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="43"/>
        <source>&amp;Pratinjau dan cetak surat...</source>
        <translation>&amp;Preview and print letter...</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="46"/>
        <source>&amp;Catat: surat sudah diberikan</source>
        <translation>&amp;Record: letter delivered</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="51"/>
        <source>Catatan &amp;surat</source>
        <translation>Letter &amp;notes</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="83"/>
        <source>Buka pratinjau surat dan cetak, lalu catat bahwa surat sudah diberikan kepada PPK.</source>
        <translation>Open the letter preview and print it, then record that the letter has been given to the PPK.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="98"/>
        <source>Surat sudah dibuat. Setelah dicetak dan diberikan kepada PPK, klik &quot;Catat: surat sudah diberikan&quot;.</source>
        <translation>The letter has been prepared. Once it is printed and given to the PPK, click &quot;Record: letter delivered&quot;.</translation>
    </message>
</context>
<context>
    <name>NoticeDialogs</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/base.py" line="77"/>
        <source>&lt;b&gt;{agenda}&lt;/b&gt;&lt;br&gt;{name} &amp;mdash; NIP {nip}&lt;br&gt;{unit}</source>
        <translation>&lt;b&gt;{agenda}&lt;/b&gt;&lt;br&gt;{name} &amp;mdash; NIP {nip}&lt;br&gt;{unit}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Centang bila tanggal ini ada pada dokumen</source>
        <translation type="vanished">Tick if the document shows this date</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation type="vanished">not set</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="70"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="71"/>
        <source>Dokumen tidak dapat ditampilkan.</source>
        <translation>The document cannot be displayed.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="73"/>
        <source>Perkecil (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="75"/>
        <source>Perbesar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="78"/>
        <source>Lebar halaman</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="78"/>
        <source>Sesuaikan dengan lebar jendela (Ctrl+0)</source>
        <translation>Fit to the window&apos;s width (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="81"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="85"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="88"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="195"/>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="196"/>
        <source>Dokumen tidak dapat dicetak. Periksa apakah printer menyala, tersambung, dan kertasnya cukup, lalu coba lagi.</source>
        <translation>The document could not be printed. Check that the printer is on, connected and has paper, then try again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="204"/>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="210"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="205"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="220"/>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/pdf_preview.py" line="221"/>
        <source>Berkas tidak dapat disimpan ke:
{path}

{reason}

Pastikan folder itu dapat ditulisi dan ruang disknya cukup, atau pilih tempat lain.</source>
        <translation>The file could not be saved to:
{path}

{reason}

Make sure the folder is writable and the disk has enough space, or choose another place.</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/fields.py" line="274"/>
        <source>Tuliskan paling sedikit satu alasan.</source>
        <translation>Enter at least one reason.</translation>
    </message>
</context>
<context>
    <name>ReasonsEdit</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/fields.py" line="238"/>
        <source>Satu alasan per baris</source>
        <translation>One reason per line</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/export.py" line="19"/>
        <source>CSV untuk Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/export.py" line="20"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/export.py" line="22"/>
        <source>Ekspor register</source>
        <translation>Export register</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/model.py" line="29"/>
        <source>No. Agenda</source>
        <translation>Agenda No.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/model.py" line="30"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/model.py" line="31"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/model.py" line="32"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/model.py" line="33"/>
        <source>Satuan kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/model.py" line="34"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/model.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/model.py" line="36"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/formatting.py" line="90"/>
        <source>&lt; 1 m</source>
        <translation>&lt; 1 m</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/formatting.py" line="90"/>
        <source>{m} m</source>
        <translation>{m} m</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/formatting.py" line="91"/>
        <source>{h} j {m} m</source>
        <translation>{h} h {m} m</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/formatting.py" line="92"/>
        <source>{d} hari</source>
        <translation>{d} d</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/model.py" line="214"/>
        <source>Melewati standar waktu: menunggu {waited} di langkah {step}, standarnya {minutes} menit.</source>
        <translation>Over the time standard: waiting {waited} at step {step}; the standard is {minutes} minutes.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="66"/>
        <source>Cari no. agenda, nama, NIP, atau satuan kerja (Ctrl+F)</source>
        <translation>Search agenda no., name, NIP or work unit (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="67"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="68"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="68"/>
        <source>Saring menurut status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="71"/>
        <source>Semua keputusan</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="71"/>
        <source>Saring menurut keputusan, juga setelah berkas diarsipkan</source>
        <translation>Filter by decision, also after the file was archived</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="72"/>
        <source>Belum diputuskan</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="73"/>
        <source>Semua langkah</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="73"/>
        <source>Saring menurut langkah yang ditunggu</source>
        <translation>Filter by the step awaited</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="76"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="76"/>
        <source>Saring menurut tahun agenda</source>
        <translation>Filter by agenda year</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="77"/>
        <source>Semua satuan kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="77"/>
        <source>Saring menurut satuan kerja</source>
        <translation>Filter by work unit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="79"/>
        <source>&amp;Hapus saringan</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="80"/>
        <source>Tampilkan semua permohonan lagi</source>
        <translation>Show all applications again</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="217"/>
        <source>Tidak ada permohonan yang cocok dengan pencarian dan saringan ini.</source>
        <translation>No applications match this search and filter.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/register/view.py" line="219"/>
        <source>Belum ada permohonan. Catat berkas yang masuk dengan Permohonan baru (Ctrl+N).</source>
        <translation>No applications yet. Record an incoming file with New application (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="147"/>
        <source>Pemberitahuan penolakan (langkah 7)</source>
        <translation>Rejection notice (step 7)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="150"/>
        <source>&amp;Alasan penolakan</source>
        <translation>R&amp;easons for rejection</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="163"/>
        <source>Tuliskan paling sedikit satu alasan penolakan.</source>
        <translation>Enter at least one reason for rejection.</translation>
    </message>
</context>
<context>
    <name>RequestDocumentsDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="121"/>
        <source>Pemberitahuan kelengkapan berkas (langkah 3)</source>
        <translation>Notice to complete the file (step 3)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="124"/>
        <source>Dokumen yang kurang</source>
        <translation>Missing documents</translation>
    </message>
</context>
<context>
    <name>ResetPanel</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="48"/>
        <source>&lt;b&gt;Password awal tidak lagi tersimpan&lt;/b&gt; (aplikasi atau jendela sudah ditutup sejak akun dibuat; password memang tidak pernah disimpan). Slip hanya bisa dicetak dengan password &lt;b&gt;BARU&lt;/b&gt;: buka SPSE, ganti (reset) password akun &lt;b&gt;{user_id}&lt;/b&gt; menjadi password di bawah ini, lalu centang konfirmasinya.</source>
        <translation>&lt;b&gt;The initial password is no longer available&lt;/b&gt; (the application or window has been closed since the account was created; passwords are never saved). The slip can only be printed with a &lt;b&gt;NEW&lt;/b&gt; password: open SPSE, reset the password of account &lt;b&gt;{user_id}&lt;/b&gt; to the password below, then tick the confirmation.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="53"/>
        <source>Slip ini akan bertanda CETAK ULANG dan slip sebelumnya tidak berlaku lagi.</source>
        <translation>This slip will be marked REPRINT and the previous slip will no longer be valid.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="56"/>
        <source>Sal&amp;in</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="56"/>
        <source>Salin password</source>
        <translation>Copy password</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="58"/>
        <source>Buat &amp;ulang password</source>
        <translation>&amp;Generate new password</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/hand_over.py" line="61"/>
        <source>Password sudah &amp;diganti di SPSE</source>
        <translation>Password c&amp;hanged in SPSE</translation>
    </message>
</context>
<context>
    <name>SlipVerifyDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="38"/>
        <source>Periksa keaslian slip akun</source>
        <translation>Verify an account slip</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="42"/>
        <source>Kode verifikasi (mis. K7QXM-3HRTA) atau pindai kode QR slip</source>
        <translation>Verification code (e.g. K7QXM-3HRTA) or scan the slip&apos;s QR code</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="45"/>
        <source>&amp;Kode:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="47"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="50"/>
        <source>Ketik kode verifikasi yang tercetak di slip, atau arahkan pemindai ke kode QR-nya.</source>
        <translation>Type the verification code printed on the slip, or point the scanner at its QR code.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="58"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="81"/>
        <source>Kode tidak dikenal - slip mungkin palsu.</source>
        <translation>Unknown code - the slip may be forged.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="82"/>
        <source>Tidak ada slip dengan kode ini yang pernah dicetak kantor ini. Jangan layani permintaan berdasarkan slip ini; hubungi PPK yang namanya tertera.</source>
        <translation>This office has never printed a slip with this code. Do not act on requests based on this slip; contact the PPK named on it.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="94"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="94"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="96"/>
        <source>Slip ini pernah dicetak kantor ini, tetapi SUDAH TIDAK BERLAKU: diganti cetak ulang dengan password baru pada {when}.</source>
        <translation>This slip was printed by this office but is NO LONGER VALID: it was replaced by a reprint with a new password on {when}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="100"/>
        <source>Slip asli: tercatat di register kantor ini.</source>
        <translation>Genuine slip: recorded in this office&apos;s register.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="103"/>
        <source>(kuasa)</source>
        <translation>(proxy)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="105"/>
        <source>belum diserahkan</source>
        <translation>not handed over yet</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="106"/>
        <source>Nomor agenda</source>
        <translation>Agenda number</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="106"/>
        <source>Nama PPK</source>
        <translation>PPK name</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="107"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="107"/>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="108"/>
        <source>Kode verifikasi</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="109"/>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="109"/>
        <source>{when} oleh {who}</source>
        <translation>{when} by {who}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="111"/>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/slip_verify.py" line="111"/>
        <source>Diserahkan kepada</source>
        <translation>Handed over to</translation>
    </message>
</context>
<context>
    <name>StepDispatch</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/dispatch.py" line="130"/>
        <source>Permohonan selesai</source>
        <translation>Application finished</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/dispatch.py" line="131"/>
        <source>Permohonan {agenda} sudah diarsipkan; tidak ada langkah lagi.</source>
        <translation>Application {agenda} is archived; there are no more steps.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/dispatch.py" line="154"/>
        <source>Permohonan {agenda} sekarang menunggu langkah {no} ({name}). Lanjutkan sekarang?</source>
        <translation>Application {agenda} now waits at step {no} ({name}). Continue now?</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/dispatch.py" line="156"/>
        <source>Langkah berikutnya</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Tidak ada isian</source>
        <translation type="vanished">No form</translation>
    </message>
    <message>
        <source>Langkah {step} tidak memiliki isian di aplikasi ini.</source>
        <translation type="vanished">Step {step} has no form in this application.</translation>
    </message>
    <message>
        <source>Akun dicatat</source>
        <translation type="vanished">Account recorded</translation>
    </message>
    <message>
        <source>Akun SPSE sudah dicatat. Cetak slip akun dan serahkan kepada PPK sekarang?</source>
        <translation type="vanished">The SPSE account has been recorded. Print the account slip and hand it to the PPK now?</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../ukpbj_desktop/store/db.py" line="58"/>
        <source>Pemeriksaan basis data saat mulai belum selesai; tunggu sebentar, lalu simpan lagi.</source>
        <translation>The start-up check of the database has not finished; wait a moment, then save again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/db.py" line="94"/>
        <source>Basis data tidak ditemukan: {path}. Periksa nama dan foldernya; tidak ada basis data baru yang dibuat.</source>
        <translation>Database not found: {path}. Check its name and folder; no new database was created.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/db.py" line="150"/>
        <source>Berkas basis data {path} sudah tidak ada: dihapus atau dipindahkan saat aplikasi berjalan. Tidak ada yang disimpan. Tutup aplikasi, kembalikan berkasnya (atau pulihkan dari cadangan), lalu buka lagi.</source>
        <translation>The database file {path} is gone: it was deleted or moved while the application was running. Nothing was saved. Close the application, put the file back (or restore it from a backup), then open it again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/db.py" line="154"/>
        <source>Berkas basis data {path} diganti dengan berkas lain saat aplikasi berjalan. Tidak ada yang disimpan. Tutup aplikasi, lalu buka lagi agar berkas yang sekarang dibaca.</source>
        <translation>The database file {path} was replaced by another file while the application was running. Nothing was saved. Close the application and open it again so the file now there is read.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/db.py" line="204"/>
        <source>Basis data sedang dipakai proses lain. Tutup aplikasi lain yang membukanya, lalu coba lagi.</source>
        <translation>The database is in use by another process. Close the other application that has it open, then try again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/db.py" line="207"/>
        <source>Disk penuh atau tidak bisa ditulis. Kosongkan ruang disk, lalu coba lagi. Data yang belum tersimpan tidak ditulis.</source>
        <translation>The disk is full or cannot be written to. Free up disk space, then try again. Unsaved data was not written.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/db.py" line="210"/>
        <source>Berkas basis data rusak. Pulihkan dari cadangan terakhir.</source>
        <translation>The database file is damaged. Restore it from the latest backup.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/db.py" line="212"/>
        <source>Basis data hanya bisa dibaca. Periksa izin berkas.</source>
        <translation>The database is read-only. Check the file permissions.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/db.py" line="214"/>
        <source>Basis data tidak bisa dibuka atau ditulis: {detail}</source>
        <translation>The database cannot be opened or written: {detail}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/db.py" line="259"/>
        <source>Cadangan berkas hanya untuk basis data SQLite.</source>
        <translation>File backups are only for SQLite databases.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/documents/export_files.py" line="73"/>
        <source>Disk penuh: berkas {name} tidak bisa ditulis di folder {folder}. Kosongkan ruang disk atau pilih folder lain, lalu coba lagi.</source>
        <translation>Disk full: the file {name} cannot be written in the folder {folder}. Free up disk space or choose another folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/documents/export_files.py" line="76"/>
        <source>Berkas {name} di folder {folder} tidak bisa ditulis: tidak ada izin, atau berkas itu sedang dibuka program lain (mis. Excel atau pembaca PDF). Tutup berkas itu atau pilih folder lain, lalu coba lagi.</source>
        <translation>The file {name} in the folder {folder} cannot be written: there is no permission, or the file is open in another program (e.g. Excel or a PDF reader). Close that file or choose another folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/documents/export_files.py" line="80"/>
        <source>Folder {folder} tidak ada. Pilih folder yang ada, lalu coba lagi.</source>
        <translation>The folder {folder} does not exist. Choose an existing folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/documents/export_files.py" line="82"/>
        <source>Berkas {name} tidak bisa ditulis di folder {folder} ({detail}). Pilih folder lain, lalu coba lagi.</source>
        <translation>The file {name} cannot be written in the folder {folder} ({detail}). Choose another folder, then try again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/scans.py" line="119"/>
        <source>Berkas pindaian {name} tidak ada di folder data. Pulihkan dari cadangan atau lampirkan ulang.</source>
        <translation>The scan file {name} is not in the data folder. Restore it from a backup or attach it again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/scans.py" line="123"/>
        <source>Berkas pindaian {name} rusak: isinya berubah sejak dilampirkan. Pulihkan dari cadangan atau lampirkan ulang.</source>
        <translation>The scan file {name} is damaged: its content has changed since it was attached. Restore it from a backup or attach it again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/migrations/__init__.py" line="56"/>
        <source>Basis data ini dibuat oleh versi aplikasi yang lebih baru ({names}); perbarui aplikasi ini sebelum membukanya.</source>
        <translation>This database was written by a newer version of the application ({names}); update this application before opening it.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/main_window.py" line="182"/>
        <source>Berkas basis data rusak; tidak ada yang ditulis. Pulihkan dari cadangan terbaru.</source>
        <translation>The database file is damaged; nothing was written. Restore the newest backup.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/backup.py" line="115"/>
        <source>Basis data rusak ({detail}); cadangan tidak dibuat agar cadangan yang baik tidak tertimpa. Pulihkan dari cadangan terakhir.</source>
        <translation>The database is damaged ({detail}); no backup was made, so no good backup is overwritten. Restore the last backup.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/backup.py" line="141"/>
        <source>Cadangan {path} dibuat, tetapi {count} pindaian tidak ikut karena hilang atau rusak: {names}. Lampirkan ulang pindaiannya, lalu cadangkan lagi.</source>
        <translation>The backup {path} was made, but {count} scans were left out because they are missing or damaged: {names}. Attach those scans again, then back up again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/restore.py" line="143"/>
        <source>Cadangan {path} tidak bisa dipulihkan: {problems}</source>
        <translation>The backup {path} cannot be restored: {problems}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/restore.py" line="147"/>
        <source>Pemulihan dari cadangan hanya untuk basis data SQLite.</source>
        <translation>Restoring from a backup is for SQLite databases only.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/restore.py" line="224"/>
        <source>Basis data hasil pemulihan tidak lolos pemeriksaan ({detail}); berkas semula dikembalikan.</source>
        <translation>The restored database failed its check ({detail}); the original file was put back.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/autobackup.py" line="89"/>
        <source>Basis data rusak ({detail}); salinan otomatis tidak dibuat agar salinan yang baik tetap ada.</source>
        <translation>The database is damaged ({detail}); no automatic copy was made, so the good copies stay.</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="64"/>
        <source>Ubah data permohonan {agenda}</source>
        <translation>Edit application {agenda}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="65"/>
        <source>Permohonan baru (langkah 1: penyampaian berkas)</source>
        <translation>New application (step 1: file submission)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="91"/>
        <source>18 digit, mis. 19650705 199203 1 023</source>
        <translation>18 digits, e.g. 19650705 199203 1 023</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="92"/>
        <source>Nama lengkap dengan gelar, sesuai SK</source>
        <translation>Full name with titles, as in the SK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="93"/>
        <source>16 digit, sesuai KTP</source>
        <translation>16 digits, as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="100"/>
        <source>nama@contoh.go.id</source>
        <translation>name@example.go.id</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="101"/>
        <source>mis. 0914 21000</source>
        <translation>e.g. 0914 21000</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="102"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="106"/>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="108"/>
        <source>&amp;Isi dari data tersimpan</source>
        <translation>&amp;Fill from saved data</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="115"/>
        <source>Na&amp;ma</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="116"/>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="117"/>
        <source>&amp;Jabatan</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="118"/>
        <source>&amp;Pangkat/golongan</source>
        <translation>&amp;Rank/grade</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="119"/>
        <source>Satuan ke&amp;rja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="120"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="121"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="122"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="123"/>
        <source>&amp;HP</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="124"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="126"/>
        <source>Diserahkan langsung</source>
        <translation>Delivered in person</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="127"/>
        <source>Melalui kurir</source>
        <translation>By courier</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="138"/>
        <source>Nama kurir atau perantara</source>
        <translation>Name of the courier or intermediary</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="139"/>
        <source>PA yang merangkap PPK (menyerahkan SK Pelantikan)</source>
        <translation>PA acting as PPK (submits the SK Pelantikan)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="145"/>
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="151"/>
        <source>Cara penyampaian</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="152"/>
        <source>Nama k&amp;urir</source>
        <translation>&amp;Courier name</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="154"/>
        <source>N&amp;omor SK</source>
        <translation>SK n&amp;umber</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="324"/>
        <source>Isian yang sudah diketik belum disimpan dan akan dibuang. Tutup tanpa menyimpan?</source>
        <translation>What you typed has not been saved and will be discarded. Close without saving?</translation>
    </message>
    <message>
        <source>Nama &amp;kurir</source>
        <translation type="vanished">&amp;Courier name</translation>
    </message>
    <message>
        <source>Nomor &amp;SK</source>
        <translation type="vanished">SK n&amp;umber</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="155"/>
        <source>Tanggal SK</source>
        <translation>SK date</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="156"/>
        <source>SK berlaku sampai</source>
        <translation>SK valid until</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="157"/>
        <source>Jenis sertifika&amp;t</source>
        <translation>Cer&amp;tificate type</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="158"/>
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="160"/>
        <source>kosong = saat ini; mis. 17-08-2026 08.30</source>
        <translation>empty = now; e.g. 17-08-2026 08.30</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="161"/>
        <source>Isi bila berkas diterima lebih awal daripada dicatat: standar waktu dihitung sejak berkas diterima</source>
        <translation>Fill in when the file came in earlier than it is recorded: the time standard runs from when it came in</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="163"/>
        <source>mis. komputer mati, diterima sebelum aplikasi dipakai</source>
        <translation>e.g. computer was down, received before the application was in use</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="164"/>
        <source>Diterima pada</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="165"/>
        <source>Alasan terlambat</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="168"/>
        <source>Data PPK (pemohon)</source>
        <translation>PPK data (applicant)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="169"/>
        <source>Berkas permohonan</source>
        <translation>Application file</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="171"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="240"/>
        <source>NIP ini masih punya permohonan yang belum selesai: {agenda}. Lanjutkan permohonan itu, jangan membuat yang baru.</source>
        <translation>This NIP still has an unfinished application: {agenda}. Continue that application instead of creating a new one.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="268"/>
        <source>PPK ini sudah pernah terdaftar: {name}, {unit}.</source>
        <translation>This PPK is already registered: {name}, {unit}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="256"/>
        <source>Belum disimpan: %n isian perlu diperbaiki (ditandai merah).</source>
        <translation>
            <numerusform>Not saved: %n field needs correcting (marked in red).</numerusform>
            <numerusform>Not saved: %n fields need correcting (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="312"/>
        <source>Permohonan tercatat</source>
        <translation>Application recorded</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/submit.py" line="313"/>
        <source>Nomor agenda: {agenda}

Nomor ini sudah disalin ke clipboard. Tuliskan pada sampul berkas, lalu lanjutkan dengan pemeriksaan kelengkapan (langkah 2).</source>
        <translation>Agenda number: {agenda}

The number has been copied to the clipboard. Write it on the file cover, then continue with the completeness check (step 2).</translation>
    </message>
</context>
<context>
    <name>SupplyDocumentsDialog</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="183"/>
        <source>Kelengkapan oleh PPK (langkah 4)</source>
        <translation>Completion by PPK (step 4)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="184"/>
        <source>PPK telah &amp;melengkapi berkas (periksa kelengkapan lagi)</source>
        <translation>The PPK &amp;completed the file (check completeness again)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="185"/>
        <source>PPK &amp;tidak melengkapi berkas (permohonan ditolak)</source>
        <translation>The PPK did &amp;not complete the file (application rejected)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="191"/>
        <source>Berkas tidak dilengkapi oleh PPK.</source>
        <translation>The file was not completed by the PPK.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="194"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="198"/>
        <source>Dokumen yang diminta</source>
        <translation>Documents requested</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="202"/>
        <source>&amp;Alasan</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="216"/>
        <source>Tolak permohonan</source>
        <translation>Reject application</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/steps/notices.py" line="217"/>
        <source>Permohonan {agenda} akan ditolak karena berkas tidak dilengkapi. Lanjutkan?</source>
        <translation>Application {agenda} will be rejected because the file was not completed. Proceed?</translation>
    </message>
    <message>
        <source>Periksa kelengkapan</source>
        <translation type="vanished">Check completeness</translation>
    </message>
    <message>
        <source>Periksa kelengkapan berkas yang sudah dilengkapi sekarang (langkah 2)?</source>
        <translation type="vanished">Check the completeness of the completed file now (step 2)?</translation>
    </message>
    <message>
        <source>Pemberitahuan penolakan</source>
        <translation type="vanished">Rejection notice</translation>
    </message>
    <message>
        <source>Buat surat pemberitahuan penolakan sekarang (langkah 7)?</source>
        <translation type="vanished">Prepare the rejection notice letter now (step 7)?</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="22"/>
        <source>NIP tampaknya NIP PPPK (digit 13-14 bernilai 21, bukan bulan pengangkatan): bulan pengangkatan tidak diperiksa. Pastikan dengan SK pengangkatan.</source>
        <translation>This looks like a PPPK NIP (digits 13-14 are 21, not an appointment month): the appointment month is not checked. Confirm it with the appointment SK.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="75"/>
        <source>Isian ini memuat karakter kendali atau karakter rusak yang tidak bisa disimpan; ketik ulang isiannya.</source>
        <translation>This field holds a control character or a broken character that cannot be stored; type it again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="88"/>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="104"/>
        <source>NIP wajib diisi.</source>
        <translation>NIP is required.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="105"/>
        <source>NIP hanya boleh berisi angka; spasi, titik, dan tanda hubung boleh dipakai sebagai pemisah.</source>
        <translation>NIP may contain only digits; spaces, dots and hyphens may be used as separators.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="112"/>
        <source>NIP harus 18 digit, bukan {n}. Periksa kembali dengan SK atau kartu pegawai.</source>
        <translation>NIP must have 18 digits, not {n}. Check it against the SK or the employee card.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="126"/>
        <source>Tanggal lahir pada NIP (digit 1-8: {value}) bukan tanggal yang ada. Periksa kembali NIP.</source>
        <translation>The birth date in the NIP (digits 1-8: {value}) is not a real date. Check the NIP again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="135"/>
        <source>Tahun lahir pada NIP ({year}) sebelum 1940. Periksa kembali digit 1-4.</source>
        <translation>The birth year in the NIP ({year}) is before 1940. Check digits 1-4 again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="144"/>
        <source>Menurut tanggal lahir pada NIP ({value}), pemiliknya belum berumur 18 tahun. Periksa kembali digit 1-8.</source>
        <translation>By the birth date in the NIP ({value}), its holder is not yet 18 years old. Check digits 1-8 again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="169"/>
        <source>Bulan pengangkatan pada NIP (digit 13-14: {value}) harus 01 sampai 12.</source>
        <translation>The appointment month in the NIP (digits 13-14: {value}) must be 01 to 12.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="177"/>
        <source>Menurut NIP, pemiliknya diangkat ({value}) sebelum berumur 18 tahun. Periksa kembali digit 9-14.</source>
        <translation>By the NIP, its holder was appointed ({value}) before the age of 18. Check digits 9-14 again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="186"/>
        <source>Tahun/bulan pengangkatan pada NIP ({value}) masih di masa depan. Periksa kembali digit 9-14.</source>
        <translation>The appointment year/month in the NIP ({value}) is in the future. Check digits 9-14 again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="195"/>
        <source>Digit ke-15 NIP (jenis kelamin) harus 1 (pria) atau 2 (wanita), bukan {value}.</source>
        <translation>Digit 15 of the NIP (sex) must be 1 (male) or 2 (female), not {value}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="203"/>
        <source>Nomor urut pada NIP (digit 16-18) tidak boleh 000.</source>
        <translation>The serial number in the NIP (digits 16-18) cannot be 000.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="218"/>
        <source>NIK wajib diisi.</source>
        <translation>NIK is required.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="219"/>
        <source>NIK hanya boleh berisi angka; spasi dan titik boleh dipakai sebagai pemisah.</source>
        <translation>NIK may contain only digits; spaces and dots may be used as separators.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="229"/>
        <source>NIK harus 16 digit, bukan {n}. Periksa kembali dengan KTP.</source>
        <translation>NIK must have 16 digits, not {n}. Check it against the KTP.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="233"/>
        <source>Kode provinsi pada NIK (digit 1-2: {value}) tidak ada; kode provinsi mulai dari 11.</source>
        <translation>The province code in the NIK (digits 1-2: {value}) does not exist; province codes start at 11.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="239"/>
        <source>Kode kabupaten/kota pada NIK (digit 3-4) tidak boleh 00.</source>
        <translation>The regency/city code in the NIK (digits 3-4) cannot be 00.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="241"/>
        <source>Kode kecamatan pada NIK (digit 5-6) tidak boleh 00.</source>
        <translation>The district code in the NIK (digits 5-6) cannot be 00.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="246"/>
        <source>Tanggal lahir pada NIK (digit 7-8: {value}) harus 01-31, atau 41-71 untuk perempuan.</source>
        <translation>The birth day in the NIK (digits 7-8: {value}) must be 01-31, or 41-71 for women.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="253"/>
        <source>Bulan lahir pada NIK (digit 9-10: {value}) harus 01 sampai 12.</source>
        <translation>The birth month in the NIK (digits 9-10: {value}) must be 01 to 12.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="258"/>
        <source>Tanggal lahir pada NIK ({value}) tidak ada di kalender. Periksa kembali digit 7-10.</source>
        <translation>The birth date in the NIK ({value}) is not a calendar date. Check digits 7-10 again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="264"/>
        <source>Nomor urut pada NIK (digit 13-16) tidak boleh 0000.</source>
        <translation>The serial number in the NIK (digits 13-16) cannot be 0000.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="270"/>
        <source>E-mail wajib diisi.</source>
        <translation>E-mail is required.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="272"/>
        <source>E-mail tidak boleh berisi spasi.</source>
        <translation>E-mail cannot contain spaces.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="275"/>
        <source>E-mail harus berisi tepat satu tanda @, misalnya budi.santoso@contoh.go.id.</source>
        <translation>E-mail must contain exactly one @ sign, for example budi.santoso@contoh.go.id.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="283"/>
        <source>Bagian e-mail sebelum @ kosong atau berisi karakter yang tidak diizinkan.</source>
        <translation>The part of the e-mail before the @ is empty or contains characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="290"/>
        <source>Domain e-mail (setelah @) tidak lengkap atau tidak valid; contoh yang benar: nama@contoh.go.id.</source>
        <translation>The e-mail domain (after the @) is incomplete or invalid; a correct example: nama@contoh.go.id.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="298"/>
        <source>E-mail terlalu panjang: {n} karakter, maksimal 254.</source>
        <translation>E-mail is too long: {n} characters, at most 254.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="308"/>
        <source>Nomor telepon wajib diisi.</source>
        <translation>Phone number is required.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="316"/>
        <source>Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, titik, kurung, dan + di depan.</source>
        <translation>A phone number may contain only digits, spaces, hyphens, dots, parentheses and a leading +.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="325"/>
        <source>Nomor luar negeri tidak diterima; gunakan nomor Indonesia (0, 62, atau +62).</source>
        <translation>Foreign numbers are not accepted; use an Indonesian number (0, 62 or +62).</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="336"/>
        <source>Nomor telepon harus diawali 0, 62, atau +62, misalnya 081234567890.</source>
        <translation>A phone number must start with 0, 62 or +62, for example 081234567890.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="342"/>
        <source>Nomor telepon terlalu pendek: {n} digit, minimal {min} digit (dengan 0 di depan).</source>
        <translation>Phone number too short: {n} digits, at least {min} digits (with the leading 0).</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="350"/>
        <source>Nomor telepon terlalu panjang: {n} digit, maksimal 13 digit (dengan 0 di depan).</source>
        <translation>Phone number too long: {n} digits, at most 13 digits (with the leading 0).</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="357"/>
        <source>Kode wilayah tidak ada: setelah 0 harus angka 2 sampai 9 (misalnya 021 atau 0812).</source>
        <translation>No such area code: the digit after 0 must be 2 to 9 (for example 021 or 0812).</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="370"/>
        <source>{label} berisi karakter tak terlihat atau karakter kontrol; ketik ulang nomornya.</source>
        <translation>{label} contains invisible or control characters; type the number again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="378"/>
        <source>{label} terlalu panjang: {n} karakter, maksimal 100.</source>
        <translation>{label} is too long: {n} characters, at most 100.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="389"/>
        <source>Nama wajib diisi.</source>
        <translation>Name is required.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="394"/>
        <source>Nama tidak boleh berisi angka. Tulis nama sesuai SK, tanpa NIP.</source>
        <translation>The name cannot contain digits. Write the name as in the SK, without the NIP.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="400"/>
        <source>Nama berisi karakter yang tidak diizinkan ({chars}). Gunakan huruf, spasi, titik, koma, apostrof, tanda petik, atau tanda hubung.</source>
        <translation>The name contains characters that are not allowed ({chars}). Use letters, spaces, full stops, commas, apostrophes, quotation marks or hyphens.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="431"/>
        <source>Tulis tanggal sebagai hh-bb-tttt, misalnya 17-08-2026.</source>
        <translation>Write the date as dd-mm-yyyy, for example 17-08-2026.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="436"/>
        <source>Tahun {year} tidak masuk akal; periksa ketikannya.</source>
        <translation>The year {year} is not plausible; check what was typed.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="442"/>
        <source>Bulan {month} tidak ada; bulan ditulis 01 sampai 12.</source>
        <translation>There is no month {month}; months are written 01 to 12.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="449"/>
        <source>Tanggal {date} tidak ada: bulan {month:02d}-{year} hanya sampai tanggal {last}.</source>
        <translation>The date {date} does not exist: month {month:02d}-{year} only has {last} days.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="470"/>
        <source>Tulis tanggal dan jam sebagai hh-bb-tttt jj.mm, misalnya 17-08-2026 08.30.</source>
        <translation>Write the date and time as dd-mm-yyyy hh.mm, for example 17-08-2026 08.30.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="480"/>
        <source>Jam {time} tidak ada; jam ditulis 00.00 sampai 23.59.</source>
        <translation>There is no time {time}; times are written 00.00 to 23.59.</translation>
    </message>
    <message>
        <source>Nama berisi karakter yang tidak diizinkan ({chars}). Gunakan huruf, spasi, titik, koma, apostrof, atau tanda hubung.</source>
        <translation type="vanished">The name contains characters that are not allowed ({chars}). Use letters, spaces, dots, commas, apostrophes or hyphens.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="410"/>
        <source>Nama terlalu pendek: minimal 2 huruf.</source>
        <translation>The name is too short: at least 2 letters.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="414"/>
        <source>Nama terlalu panjang: {n} karakter, maksimal 100.</source>
        <translation>The name is too long: {n} characters, at most 100.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="72"/>
        <source>User ID wajib diisi.</source>
        <translation>User ID is required.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="74"/>
        <source>User ID tidak boleh berisi spasi.</source>
        <translation>User ID cannot contain spaces.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="77"/>
        <source>User ID terlalu panjang: {n} karakter, maksimal 30.</source>
        <translation>User ID is too long: {n} characters, at most 30.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="82"/>
        <source>User ID hanya boleh berisi huruf a-z, angka, titik, dan garis bawah; bukan: {chars}</source>
        <translation>User ID may contain only letters a-z, digits, dots and underscores; not: {chars}</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="89"/>
        <source>User ID harus diawali dan diakhiri huruf atau angka.</source>
        <translation>User ID must start and end with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="105"/>
        <source>Nama tidak menghasilkan user ID (tidak ada huruf setelah gelar dihapus); pakai konvensi NIP.</source>
        <translation>The name gives no user ID (no letters are left once titles are removed); use the NIP convention.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="135"/>
        <source>Semua user ID turunan dari {base} sudah dipakai; isi user ID secara manual.</source>
        <translation>All user IDs derived from {base} are taken; enter a user ID manually.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="155"/>
        <source>Kode verifikasi wajib diisi.</source>
        <translation>Verification code is required.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="159"/>
        <source>Kode verifikasi berisi karakter yang tidak dipakai ({chars}); kode hanya memakai huruf A-Z tanpa I, L, O, dan angka 2-9.</source>
        <translation>The verification code contains characters that are not used ({chars}); codes use only the letters A-Z without I, L and O, and the digits 2-9.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="168"/>
        <source>Kode verifikasi harus 10 karakter (tanpa tanda hubung), bukan {n}.</source>
        <translation>The verification code must have 10 characters (without the hyphen), not {n}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="129"/>
        <source>Pilih cara penyampaian berkas.</source>
        <translation>Choose how the file was delivered.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="144"/>
        <source>Masa berlaku SK berakhir sebelum tanggal SK.</source>
        <translation>The SK&apos;s validity ends before the SK date.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="131"/>
        <location filename="../../ukpbj_desktop/services/steps.py" line="78"/>
        <source>Nomor SK</source>
        <translation>SK number</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="86"/>
        <source>Waktu diterima tidak boleh setelah saat ini ({now}).</source>
        <translation>The time received cannot be later than now ({now}).</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="90"/>
        <source>Waktu diterima tidak boleh sebelum SOP berlaku ({date}).</source>
        <translation>The time received cannot be before the SOP came into force ({date}).</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="94"/>
        <source>Tuliskan mengapa berkas dicatat setelah diterima, mis. &quot;komputer mati&quot; atau &quot;diterima sebelum aplikasi dipakai&quot;.</source>
        <translation>Write why the file is recorded after it came in, e.g. &quot;computer was down&quot; or &quot;received before the application was in use&quot;.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="116"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="118"/>
        <source>Satuan kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="133"/>
        <location filename="../../ukpbj_desktop/services/steps.py" line="79"/>
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="137"/>
        <source>Jenis sertifikat &quot;{code}&quot; tidak dikenal; pilih dari daftar.</source>
        <translation>Certificate type &quot;{code}&quot; is unknown; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="288"/>
        <source>Status PA dan cara penyampaian menentukan dokumen yang sudah diperiksa pada pemeriksaan kelengkapan, jadi tidak bisa diubah lagi.</source>
        <translation>Whether a PA applies and how the file was delivered decide which documents the completeness check looked at, so they can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/steps.py" line="95"/>
        <source>{label} belum diisi; SPSE memerlukannya.</source>
        <translation>{label} is not filled in; SPSE requires it.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/steps.py" line="98"/>
        <source>SK sudah tidak berlaku; berkas tidak bisa dinyatakan benar.</source>
        <translation>The SK has expired; the file cannot be declared valid.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/steps.py" line="101"/>
        <source>Tuliskan alasan mengapa berkas tidak benar.</source>
        <translation>Enter the reasons why the file is invalid.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/steps.py" line="111"/>
        <source>Tuliskan alasan penolakan.</source>
        <translation>Enter the reasons for rejection.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/steps.py" line="142"/>
        <source>User ID {user_id} sudah dipakai akun lain.</source>
        <translation>User ID {user_id} is already used by another account.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/archiving.py" line="73"/>
        <source>Pilih kode klasifikasi arsip.</source>
        <translation>Choose an archive classification code.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/archiving.py" line="74"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/archiving.py" line="75"/>
        <source>Kurun waktu</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/archiving.py" line="77"/>
        <source>Jumlah berkas minimal 1.</source>
        <translation>The number of files must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/archiving.py" line="97"/>
        <source>Nomor arsip {number} sudah dipakai berkas lain.</source>
        <translation>Archive number {number} is already used by another file.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="33"/>
        <source>Kode klasifikasi</source>
        <translation>Classification code</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="34"/>
        <location filename="../../ukpbj_desktop/classifications.py" line="102"/>
        <source>Nama klasifikasi</source>
        <translation>Classification name</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="35"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="36"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="37"/>
        <source>Retensi aktif</source>
        <translation>Active retention</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="38"/>
        <source>Retensi inaktif</source>
        <translation>Inactive retention</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="95"/>
        <source>Kode klasifikasi wajib diisi.</source>
        <translation>Classification code is required.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="99"/>
        <source>Kode hanya boleh angka dipisah titik, mis. 027 atau 000.3.5.</source>
        <translation>A code may contain only digits separated by dots, e.g. 027 or 000.3.5.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="108"/>
        <source>{label} paling panjang {max} karakter.</source>
        <translation>{label} can be at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="114"/>
        <source>{label} harus 0 sampai {max} tahun, atau dikosongkan.</source>
        <translation>{label} must be 0 to {max} years, or left empty.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="118"/>
        <source>Nasib akhir harus musnah, permanen, atau dinilai kembali.</source>
        <translation>Final disposition must be destroy, permanent or review.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="128"/>
        <source>Kode {code} sudah ada.</source>
        <translation>Code {code} already exists.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="132"/>
        <source>Kode {original} sudah dipakai {count} arsip, jadi kodenya tidak bisa diubah. Tambahkan kode {code} sebagai kode baru.</source>
        <translation>Code {original} is already used by {count} record(s), so it cannot be changed. Add code {code} as a new code.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="154"/>
        <source>Kode {code} tidak ada lagi; mungkin sudah dihapus dari komputer lain.</source>
        <translation>Code {code} no longer exists; it may have been deleted from another computer.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/classifications.py" line="199"/>
        <source>Kode {code} dipakai {count} arsip dan tidak bisa dihapus. Arsip yang sudah diberkaskan tetap memakai kodenya.</source>
        <translation>Code {code} is used by {count} record(s) and cannot be deleted. Records already filed keep their code.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/cli.py" line="292"/>
        <source>Petugas {name} tidak dikenal.</source>
        <translation>Unknown operator {name}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/cli.py" line="309"/>
        <source>Nomor agenda {number} tidak ditemukan.</source>
        <translation>Agenda number {number} not found.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/documents/exports.py" line="149"/>
        <source>Register hanya bisa diekspor ke berkas .csv atau .xlsx, bukan {name}.</source>
        <translation>The register can only be exported to a .csv or .xlsx file, not {name}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/documents/paperwork.py" line="188"/>
        <source>Permohonan dengan id {id} tidak ditemukan.</source>
        <translation>Application with id {id} not found.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/scans.py" line="97"/>
        <source>Berkas {name} tidak bisa dibaca ({detail}).</source>
        <translation>The file {name} cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/scans.py" line="132"/>
        <source>Berkas {name} tidak bisa dilampirkan. Jenis yang diterima: {allowed}.</source>
        <translation>The file {name} cannot be attached. Accepted types: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/scans.py" line="144"/>
        <source>{name} bukan berkas biasa (mungkin perangkat atau pipa). Lampirkan berkas pindaiannya.</source>
        <translation>{name} is not a regular file (perhaps a device or a pipe). Attach the scan file itself.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/scans.py" line="157"/>
        <source>Berkas {name} terlalu besar ({size} MB); batasnya {most} MB. Pindai dengan resolusi lebih rendah, atau minta administrator menaikkan batasnya.</source>
        <translation>The file {name} is too large ({size} MB); the limit is {most} MB. Scan at a lower resolution, or ask an administrator to raise the limit.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/scans.py" line="166"/>
        <source>Isi berkas {name} bukan {kind} seperti namanya. Lampirkan pindaian aslinya.</source>
        <translation>The content of {name} is not {kind} as its name says. Attach the original scan.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/scans.py" line="173"/>
        <source>Pindaian ini sudah dilampirkan pada arsip ini.</source>
        <translation>This scan is already attached to this record.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/scans.py" line="188"/>
        <source>Berkas {name} berubah saat disalin. Tutup program yang mengubahnya, lalu coba lagi.</source>
        <translation>The file {name} changed while it was being copied. Close the program that is changing it, then try again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/scans.py" line="206"/>
        <source>Berkas {name} kosong.</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/store/limits.py" line="39"/>
        <source>Isian terlalu panjang: {n} karakter, maksimal {most}.</source>
        <translation>Too long: {n} characters, at most {most}.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="26"/>
        <source>Dalam proses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="27"/>
        <source>Menunggu kelengkapan PPK</source>
        <translation>Awaiting PPK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="28"/>
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="29"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="30"/>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="53"/>
        <source>berkas diterima</source>
        <translation>file received</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="54"/>
        <source>lengkap</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="55"/>
        <source>tidak lengkap</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="37"/>
        <location filename="../../ukpbj_desktop/workflow.py" line="56"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="57"/>
        <source>pemberitahuan disampaikan</source>
        <translation>notice delivered</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="58"/>
        <source>dilengkapi</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="59"/>
        <source>tidak dilengkapi</source>
        <translation>not completed</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="60"/>
        <source>benar</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="61"/>
        <source>tidak benar</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="62"/>
        <source>akun dibuat</source>
        <translation>account created</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="63"/>
        <source>akun diserahkan</source>
        <translation>account handed over</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="64"/>
        <source>diarsipkan</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="44"/>
        <source>Penyampaian berkas</source>
        <translation>File submission</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="36"/>
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="45"/>
        <source>Pemeriksaan kelengkapan</source>
        <translation>Completeness check</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="46"/>
        <source>Pemberitahuan kelengkapan</source>
        <translation>Notice to complete</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="47"/>
        <source>Kelengkapan oleh PPK</source>
        <translation>Completion by PPK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="48"/>
        <source>Pemeriksaan kebenaran</source>
        <translation>Validity check</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="49"/>
        <source>Pembuatan akun SPSE</source>
        <translation>SPSE account creation</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="50"/>
        <source>Pemberitahuan penolakan</source>
        <translation>Rejection notice</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="51"/>
        <source>Penyerahan akun</source>
        <translation>Account handover</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="52"/>
        <source>Pengarsipan</source>
        <translation>Archiving</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="197"/>
        <source>Permohonan ini sudah diarsipkan; tidak ada langkah lagi.</source>
        <translation>This application is archived; there are no more steps.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="199"/>
        <source>Langkah {step} tidak ada dalam SOP.</source>
        <translation>Step {step} is not in the SOP.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="202"/>
        <source>Langkah {step} ({name}) tidak bisa dilakukan sekarang: permohonan sedang menunggu langkah {current} ({current_name}).</source>
        <translation>Step {step} ({name}) cannot be done now: the application is waiting for step {current} ({current_name}).</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="209"/>
        <source>Hasil &quot;{outcome}&quot; tidak dikenal untuk langkah {step}.</source>
        <translation>Unknown outcome &quot;{outcome}&quot; for step {step}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="225"/>
        <source>NIP ini masih punya permohonan yang belum selesai: {agenda}. Lanjutkan permohonan itu, jangan membuat yang baru.</source>
        <translation>This NIP still has an unfinished application: {agenda}. Continue that application instead of creating a new one.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="263"/>
        <source>Akun SPSE permohonan {agenda} sudah dibuat, jadi datanya tidak bisa diubah lagi di sini.</source>
        <translation>The SPSE account of application {agenda} has been created, so its data can no longer be changed here.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/applications.py" line="267"/>
        <source>Permohonan {agenda} sudah ditolak atau diarsipkan, jadi datanya tidak bisa diubah lagi.</source>
        <translation>Application {agenda} has been rejected or archived, so its data can no longer be changed.</translation>
    </message>
    <message>
        <source>Data permohonan hanya bisa diubah sebelum kelengkapan berkas diperiksa.</source>
        <translation type="vanished">Application data can only be changed before the file&apos;s completeness is checked.</translation>
    </message>
    <message>
        <source>NIP ini masih punya permohonan yang belum selesai: {agenda}.</source>
        <translation type="vanished">This NIP still has an unfinished application: {agenda}.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/steps.py" line="185"/>
        <source>Slip akun hanya bisa dicetak setelah akun SPSE dibuat dan sebelum diserahkan.</source>
        <translation>The account slip can only be printed after the SPSE account is created and before it is handed over.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/steps.py" line="204"/>
        <source>Cetak slip akun lebih dulu sebelum penyerahan.</source>
        <translation>Print the account slip before the handover.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/steps.py" line="216"/>
        <source>Langkah {name} dicatat melalui isiannya sendiri.</source>
        <translation>The step {name} is recorded through its own form.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/engine.py" line="37"/>
        <source>Data arsip ini baru saja diubah pukul {time}. Muat ulang lalu periksa lagi.</source>
        <translation>This archive record was just changed at {time}. Reload it, then check again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/engine.py" line="39"/>
        <source>Permohonan ini baru saja diubah pukul {time}. Muat ulang lalu periksa lagi.</source>
        <translation>This application was just changed at {time}. Reload it, then check again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/engine.py" line="42"/>
        <source>Data arsip ini baru saja diubah oleh {operator} pukul {time}. Muat ulang lalu periksa lagi.</source>
        <translation>This archive record was just changed by {operator} at {time}. Reload it, then check again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services/engine.py" line="44"/>
        <source>Permohonan ini baru saja diubah oleh {operator} pukul {time}. Muat ulang lalu periksa lagi.</source>
        <translation>This application was just changed by {operator} at {time}. Reload it, then check again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/widgets/labels.py" line="41"/>
        <source>{state} · {decision}</source>
        <translation>{state} · {decision}</translation>
    </message>
</context>
</TS>
