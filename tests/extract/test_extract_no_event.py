"""Articles with conflict words but no armed event: the right output is nothing (texts written for the tests)."""

import pytest

NO_EVENT_ARTICLES = {
    "heart attack": (
        "Aktor senior itu meninggal dunia akibat serangan jantung di rumahnya di Jakarta Selatan pada Rabu pagi. "
        "Keluarga mengatakan almarhum sempat dilarikan ke rumah sakit, namun nyawanya tidak tertolong."
    ),
    "drone smuggling": (
        "Polisi menggagalkan penyelundupan sabu menggunakan drone dari Malaysia ke Nunukan, Kalimantan Utara. "
        "Drone itu membawa dua paket narkoba seberat satu kilogram dan jatuh di dekat pelabuhan pada Selasa malam."
    ),
    "football": (
        "Persija menyerang sejak menit awal dan menguasai lini tengah. Serangan balik cepat Persib pada menit ke-70 "
        "membuahkan gol, sementara pertahanan tuan rumah kerap kewalahan di Stadion Gelora Bung Karno, Jakarta."
    ),
    "price war": (
        "Perang harga antara dua maskapai murah membuat tiket Jakarta-Denpasar turun hingga 40 persen pekan lalu. "
        "Analis menilai perang tarif itu akan berlangsung hingga musim liburan."
    ),
    "military exercise": (
        "TNI Angkatan Laut menggelar latihan gabungan di perairan Natuna pada Senin. Dalam latihan itu, KRI "
        "menembakkan rudal ke sasaran apung dan pesawat tempur menjatuhkan bom latihan."
    ),
    "ceasefire appeal": (
        "Menteri Luar Negeri Indonesia menyerukan gencatan senjata segera di Gaza dan mendesak semua pihak "
        "menghentikan serangan terhadap warga sipil dalam pertemuan di Jenewa, Selasa."
    ),
    "film review": (
        "Film perang terbaru sutradara itu tayang di bioskop pekan ini. Penonton diajak mengikuti sekelompok "
        "jurnalis yang menembus garis depan. Adegan baku tembak di jalanan kota dibuat sangat meyakinkan, dan "
        "aktor utamanya bermain apik sebagai fotografer perang."
    ),
    "procurement": (
        "Kementerian Pertahanan menandatangani kontrak pembelian 42 jet tempur Rafale dari Prancis. Pesawat "
        "pertama dijadwalkan tiba pada 2026, kata juru bicara kementerian."
    ),
    "volleyball": (
        "Tim bola voli putra Indonesia menggempur pertahanan Filipina dan menang 3-0 di GOR Amongrogo. "
        "Serangan cepat dari sayap kanan membuat lawan tertekan sejak set pertama. "
        "Pelatih tim mengatakan para pemain tampil disiplin menjelang laga final melawan Thailand."
    ),
    "cyber attack": (
        "Serangan siber ransomware melumpuhkan layanan paspor di sejumlah kantor imigrasi sejak Kamis. "
        "Peretas meminta tebusan 5 juta dolar AS, tetapi pemerintah menolak membayar."
    ),
    "crop pest": (
        "Serangan hama tikus merusak sekitar 800 hektare sawah di Indramayu, Jawa Barat, pada Rabu. "
        "Petani terpaksa memanen padi lebih awal."
    ),
    "street robbery": (
        "Polisi menangkap komplotan begal yang beraksi di Jalan Raya Bogor pada Senin malam. "
        "Para pelaku bersenjata tajam menganiaya seorang pengemudi ojek dan merampas sepeda motornya. "
        "Dari tangan pelaku, polisi menyita dua celurit dan sebuah senjata api rakitan."
    ),
    "flood relief": (
        "MAMUJU - Banjir bandang dan longsor melanda Kabupaten Mamasa, Sulawesi Barat, pada Jumat (10/5/2024). "
        "Helikopter TNI Angkatan Udara dikerahkan untuk mengirimkan logistik ke Kecamatan Tabulahan yang akses "
        "jalannya terputus."
    ),
    "evidence handed over": (
        "PONTIANAK - Petugas lapas menggagalkan penyelundupan sabu menggunakan drone pada Senin (3/6/2024). "
        "Barang bukti berikut drone telah diserahkan ke Badan Narkotika Nasional Provinsi Kalimantan Barat di "
        "Pontianak untuk penyelidikan lebih lanjut."
    ),
    "duty handed on": (
        "Pada Juni, kontraktor militer swasta itu mengumumkan telah menyelesaikan kontraknya di Bamako. Tugasnya "
        "diambil alih oleh sebuah unit baru di bawah Kementerian Pertahanan Rusia, yang juga mengambil alih peran "
        "pelatihan tentara Mali."
    ),
}


@pytest.mark.parametrize("name", sorted(NO_EVENT_ARTICLES))
def test_no_armed_event_gives_no_mention(extract, name):
    mentions = extract(NO_EVENT_ARTICLES[name])
    assert mentions == [], [(m.event_type, m.sub_event_type, m.evidence[0].text[:70]) for m in mentions]



def test_a_flooded_area_like_one_hit_by_a_bomb_is_no_bombing():
    """dev_c's flood report: "Kawasan itu tampak porak-poranda seperti habis dihantam bom" is a simile."""
    from pathlib import Path

    from tests.extract.conftest import article_of
    from warta.pipeline import extract_mentions

    path = Path(__file__).parents[2] / "samples" / "dev_c" / "articles" / "23_antara_banjir_luwu_tni.txt"
    mentions = extract_mentions(article_of(path.read_text(encoding="utf-8"), None))
    assert not [m for m in mentions if m.event_type == "explosions_remote_violence"]


def test_a_power_struggle_captures_no_territory(extract):
    text = (
        "Perang antara tentara Sudan dan RSF pecah pada April 2023 akibat perebutan kekuasaan antara panglima "
        "militer dan komandan RSF di Khartoum, Sudan."
    )
    assert all(m.event_type != "battles" or m.sub_event_type == "armed_clash" for m in extract(text))


def test_a_war_said_to_reach_us_now_is_no_event(extract):
    text = ("Pasukan Dukungan Cepat (RSF) melancarkan serangan drone ke Port Sudan pada Selasa (6/5/2025).\n\n"
            "\"Kami lari dari Khartoum dua tahun lalu. Sekarang perang mengejar kami sampai ke sini,\" kata Amna, "
            "seorang pengungsi, kepada wartawan.")
    assert [m for m in extract(text) if m.event_type == "battles"] == []
