<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ukpbj_desktop/ui/messages.py" line="28"/>
        <source>Periksa isian</source>
        <translation>Check the input</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/messages.py" line="29"/>
        <source>Langkah tidak dapat dilakukan</source>
        <translation>Step not possible</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/messages.py" line="30"/>
        <source>Basis data bermasalah</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/messages.py" line="32"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/messages.py" line="43"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/messages.py" line="69"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/messages.py" line="70"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/messages.py" line="137"/>
        <source>Terjadi kesalahan tak terduga. Rinciannya sudah dicatat di log aplikasi.</source>
        <translation>An unexpected error occurred. The details have been written to the application log.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/messages.py" line="140"/>
        <source>Terjadi kesalahan tak terduga. Rinciannya sudah dicatat di berkas log:
{log_file}
Kirimkan berkas itu kepada pengelola aplikasi bila masalah berulang.</source>
        <translation>An unexpected error occurred. The details have been written to the log file:
{log_file}
Send that file to the application&apos;s administrator if the problem happens again.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="67"/>
        <source>%n halaman</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="68"/>
        <source>Dokumen tidak dapat ditampilkan.</source>
        <translation>The document cannot be displayed.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="70"/>
        <source>Perkecil (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="72"/>
        <source>Perbesar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="75"/>
        <source>Lebar halaman</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="75"/>
        <source>Sesuaikan dengan lebar jendela (Ctrl+0)</source>
        <translation>Fit to the window&apos;s width (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="78"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="82"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="85"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="192"/>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="193"/>
        <source>Dokumen tidak dapat dicetak. Periksa apakah printer menyala, tersambung, dan kertasnya cukup, lalu coba lagi.</source>
        <translation>The document could not be printed. Check that the printer is on, connected and has paper, then try again.</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="201"/>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="207"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="202"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="217"/>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/ui/pdf_preview.py" line="218"/>
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
    <name>Storage</name>
    <message>
        <location filename="../../ukpbj_desktop/db.py" line="71"/>
        <source>Basis data sedang dipakai proses lain. Tutup aplikasi lain yang membukanya, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/db.py" line="74"/>
        <source>Disk penuh atau tidak bisa ditulis. Kosongkan ruang disk, lalu coba lagi. Data yang belum tersimpan tidak ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/db.py" line="77"/>
        <source>Berkas basis data rusak. Pulihkan dari cadangan terakhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/db.py" line="79"/>
        <source>Basis data hanya bisa dibaca. Periksa izin berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/db.py" line="81"/>
        <source>Basis data tidak bisa dibuka atau ditulis: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/db.py" line="89"/>
        <source>Cadangan berkas hanya untuk basis data SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="22"/>
        <source>NIP tampaknya NIP PPPK (digit 13-14 bernilai 21, bukan bulan pengangkatan): bulan pengangkatan tidak diperiksa. Pastikan dengan SK pengangkatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="71"/>
        <source>{label} wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="87"/>
        <source>NIP wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="88"/>
        <source>NIP hanya boleh berisi angka; spasi, titik, dan tanda hubung boleh dipakai sebagai pemisah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="95"/>
        <source>NIP harus 18 digit, bukan {n}. Periksa kembali dengan SK atau kartu pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="107"/>
        <source>Tanggal lahir pada NIP (digit 1-8: {value}) bukan tanggal yang ada. Periksa kembali NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="116"/>
        <source>Tahun lahir pada NIP ({year}) sebelum 1940. Periksa kembali digit 1-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="125"/>
        <source>Menurut tanggal lahir pada NIP ({value}), pemiliknya belum berumur 18 tahun. Periksa kembali digit 1-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="150"/>
        <source>Bulan pengangkatan pada NIP (digit 13-14: {value}) harus 01 sampai 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="158"/>
        <source>Menurut NIP, pemiliknya diangkat ({value}) sebelum berumur 18 tahun. Periksa kembali digit 9-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="167"/>
        <source>Tahun/bulan pengangkatan pada NIP ({value}) masih di masa depan. Periksa kembali digit 9-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="175"/>
        <source>Digit ke-15 NIP (jenis kelamin) harus 1 (pria) atau 2 (wanita), bukan {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="183"/>
        <source>Nomor urut pada NIP (digit 16-18) tidak boleh 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="204"/>
        <source>NIK wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="205"/>
        <source>NIK hanya boleh berisi angka; spasi dan titik boleh dipakai sebagai pemisah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="214"/>
        <source>NIK harus 16 digit, bukan {n}. Periksa kembali dengan KTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="217"/>
        <source>Kode provinsi pada NIK (digit 1-2: {value}) tidak ada; kode provinsi mulai dari 11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="223"/>
        <source>Kode kabupaten/kota pada NIK (digit 3-4) tidak boleh 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="225"/>
        <source>Kode kecamatan pada NIK (digit 5-6) tidak boleh 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="230"/>
        <source>Tanggal lahir pada NIK (digit 7-8: {value}) harus 01-31, atau 41-71 untuk perempuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="237"/>
        <source>Bulan lahir pada NIK (digit 9-10: {value}) harus 01 sampai 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="242"/>
        <source>Tanggal lahir pada NIK ({value}) tidak ada di kalender. Periksa kembali digit 7-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="248"/>
        <source>Nomor urut pada NIK (digit 13-16) tidak boleh 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="254"/>
        <source>E-mail wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="256"/>
        <source>E-mail tidak boleh berisi spasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="259"/>
        <source>E-mail harus berisi tepat satu tanda @, misalnya budi.santoso@contoh.go.id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="267"/>
        <source>Bagian e-mail sebelum @ kosong atau berisi karakter yang tidak diizinkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="274"/>
        <source>Domain e-mail (setelah @) tidak lengkap atau tidak valid; contoh yang benar: nama@contoh.go.id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="282"/>
        <source>E-mail terlalu panjang: {n} karakter, maksimal 254.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="292"/>
        <source>Nomor telepon wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="300"/>
        <source>Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, titik, kurung, dan + di depan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="309"/>
        <source>Nomor luar negeri tidak diterima; gunakan nomor Indonesia (0, 62, atau +62).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="320"/>
        <source>Nomor telepon harus diawali 0, 62, atau +62, misalnya 081234567890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="326"/>
        <source>Nomor telepon terlalu pendek: {n} digit, minimal {min} digit (dengan 0 di depan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="334"/>
        <source>Nomor telepon terlalu panjang: {n} digit, maksimal 13 digit (dengan 0 di depan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="341"/>
        <source>Kode wilayah tidak ada: setelah 0 harus angka 2 sampai 9 (misalnya 021 atau 0812).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="354"/>
        <source>{label} berisi karakter tak terlihat atau karakter kontrol; ketik ulang nomornya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="362"/>
        <source>{label} terlalu panjang: {n} karakter, maksimal 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="373"/>
        <source>Nama wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="378"/>
        <source>Nama tidak boleh berisi angka. Tulis nama sesuai SK, tanpa NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="384"/>
        <source>Nama berisi karakter yang tidak diizinkan ({chars}). Gunakan huruf, spasi, titik, koma, apostrof, atau tanda hubung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="394"/>
        <source>Nama terlalu pendek: minimal 2 huruf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/validation.py" line="398"/>
        <source>Nama terlalu panjang: {n} karakter, maksimal 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="71"/>
        <source>User ID wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="73"/>
        <source>User ID tidak boleh berisi spasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="76"/>
        <source>User ID terlalu panjang: {n} karakter, maksimal 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="81"/>
        <source>User ID hanya boleh berisi huruf a-z, angka, titik, dan garis bawah; bukan: {chars}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="88"/>
        <source>User ID harus diawali dan diakhiri huruf atau angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="104"/>
        <source>Nama tidak menghasilkan user ID (tidak ada huruf setelah gelar dihapus); pakai konvensi NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="134"/>
        <source>Semua user ID turunan dari {base} sudah dipakai; isi user ID secara manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="154"/>
        <source>Kode verifikasi wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="158"/>
        <source>Kode verifikasi berisi karakter yang tidak dipakai ({chars}); kode hanya memakai huruf A-Z tanpa I, L, O, dan angka 2-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/credentials.py" line="167"/>
        <source>Kode verifikasi harus 10 karakter (tanpa tanda hubung), bukan {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="100"/>
        <source>Pilih cara penyampaian berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="107"/>
        <source>Masa berlaku SK berakhir sebelum tanggal SK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="310"/>
        <source>Nomor SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="311"/>
        <source>Nomor sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="323"/>
        <source>{label} belum diisi; SPSE memerlukannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="326"/>
        <source>SK sudah tidak berlaku; berkas tidak bisa dinyatakan benar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="329"/>
        <source>Tuliskan alasan mengapa berkas tidak benar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="349"/>
        <location filename="../../ukpbj_desktop/services.py" line="366"/>
        <source>Tuliskan alasan penolakan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="389"/>
        <source>User ID {user_id} sudah dipakai akun lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="474"/>
        <source>Pilih kode klasifikasi arsip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="478"/>
        <source>Jumlah berkas minimal 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="22"/>
        <source>Dalam proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="23"/>
        <source>Menunggu kelengkapan PPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="24"/>
        <source>Akun dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="25"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="26"/>
        <source>Diarsipkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="29"/>
        <source>Penyampaian berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="30"/>
        <source>Pemeriksaan kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="31"/>
        <source>Pemberitahuan kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="32"/>
        <source>Kelengkapan oleh PPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="33"/>
        <source>Pemeriksaan kebenaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="34"/>
        <source>Pembuatan akun SPSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="35"/>
        <source>Pemberitahuan penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="36"/>
        <source>Penyerahan akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="37"/>
        <source>Pengarsipan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="135"/>
        <source>Permohonan ini sudah diarsipkan; tidak ada langkah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="137"/>
        <source>Langkah {step} tidak ada dalam SOP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="140"/>
        <source>Langkah {step} ({name}) tidak bisa dilakukan sekarang: permohonan sedang menunggu langkah {current} ({current_name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/workflow.py" line="145"/>
        <source>Hasil &quot;{outcome}&quot; tidak dikenal untuk langkah {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="213"/>
        <source>NIP ini masih punya permohonan yang belum selesai: {agenda}. Lanjutkan permohonan itu, jangan membuat yang baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="236"/>
        <source>Data permohonan hanya bisa diubah sebelum kelengkapan berkas diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="241"/>
        <source>NIP ini masih punya permohonan yang belum selesai: {agenda}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="402"/>
        <source>Slip akun hanya bisa dicetak setelah akun SPSE dibuat dan sebelum diserahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ukpbj_desktop/services.py" line="423"/>
        <source>Cetak slip akun lebih dulu sebelum penyerahan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
