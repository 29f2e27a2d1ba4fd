"""Articles written for the ingest tests in the style of Indonesian online news (the events are invented;
no outlet's text is copied)."""

# Title, caption block with "Sumber :" and a bullet, VIVA-style lead, an NBSP, a read-also link, an end tag.
VIVA_STYLE = (
    "Tank Tempur Dikerahkan ke Garis Depan, Warga Diminta Mengungsi\n"
    "\n"
    "VIVA Militer: Tank tempur melintas di jalan desa.\n"
    "Sumber :\n"
    "  • Istimewa\n"
    "\n"
    "VIVA\u00a0–\u00a0Pasukan pemerintah mengerahkan puluhan tank tempur ke garis depan setelah kelompok "
    "bersenjata menyerang tiga pos pengamanan di wilayah perbatasan.\n"
    "\n"
    "“Kami akan membalas setiap serangan terhadap pos kami,” kata juru bicara militer dalam keterangan "
    "yang dikutip VIVA Militer dari kantor berita setempat, Selasa, 13 Februari 2024.\n"
    "\n"
    "Menurut laporan, serangan pertama terjadi pada 10 Februari 2024 dan menewaskan setidaknya\u00a0 "
    "lima orang warga sipil.\n"
    "\n"
    "Baca juga: Gencatan Senjata di Perbatasan Kembali Dilanggar\n"
    "\n"
    "Pemerintah daerah meminta warga di sekitar garis depan untuk segera mengungsi ke tempat yang lebih "
    "aman. {viva}"
)

# Kompas-style dateline, photo credit inside the lead, ad slot, editor line; the event date comes first
# and the publication date is the one attached to "kepada wartawan".
KOMPAS_STYLE = (
    "JAKARTA, KOMPAS.com - Kelompok bersenjata menyerang pos pengamanan di Distrik Sugapa pada Minggu "
    "(11/2/2024) dini hari. (Foto: Dok. Penerangan Kodam) Dua prajurit dilaporkan terluka dalam serangan "
    "tersebut.\n"
    "SCROLL TO CONTINUE WITH CONTENT\n"
    "\"Kontak tembak berlangsung sekitar 30 menit,\" kata juru bicara Komando Operasi kepada wartawan di "
    "Jayapura, Senin (12/2/2024).\n"
    "ADVERTISEMENT\n"
    "Kedua prajurit telah dievakuasi ke rumah sakit di Timika untuk mendapatkan perawatan.\n"
    "Editor: Budi Santoso\n"
    "Copyright 2024 Kompas Cyber Media. All Rights Reserved."
)

# detik-style masthead: title, a date line, a bare "Jakarta -" dateline, and share buttons.
DETIK_STYLE = (
    "Kontak Tembak di Perbatasan, Satu Anggota Milisi Tewas\n"
    "Senin, 12 Feb 2024 10:15 WIB\n"
    "\n"
    "Jakarta - Aparat keamanan terlibat kontak tembak dengan kelompok milisi di kawasan hutan dekat "
    "perbatasan. Satu anggota milisi dilaporkan tewas.\n"
    "\n"
    "Share\n"
    "Facebook Twitter WhatsApp\n"
    "\n"
    "Aparat juga menyita dua pucuk senjata api rakitan dari lokasi kejadian."
)

# Antara-style dateline, credit lines and copyright tail.
ANTARA_STYLE = (
    "Jakarta (ANTARA) - Militer mengumumkan penarikan satu batalyon dari wilayah konflik setelah "
    "perundingan damai mencapai kesepakatan awal.\n"
    "\n"
    "Penarikan pasukan akan dimulai pekan depan dan diawasi oleh pemantau internasional. (ant/rhm)\n"
    "\n"
    "Pewarta: Siti Rahma\n"
    "Editor: Agus Salim\n"
    "COPYRIGHT © ANTARA 2024"
)

# Nothing in this text says when it was published: only event dates.
UNDATED = (
    "Penapembaharu.com -Kabul- Ledakan bom mobil mengguncang pusat kota pada 5 Maret 2023 dan melukai "
    "sedikitnya dua belas orang.\n"
    "Sejak pertempuran pecah pada 1 Januari 2023, ribuan warga telah meninggalkan rumah mereka.\n"
    "Pejabat setempat mengatakan penyelidikan masih berlangsung."
)
