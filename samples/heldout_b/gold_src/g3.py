from lib import *
RUS = lambda t: A(t, "Military Forces of Russia", "RUS", "state_forces")
UKR = lambda t: A(t, "Military Forces of Ukraine", "UKR", "state_forces")
CUA = lambda t: A(t, "Civilians (Ukraine)", "UKR", "civilians")

# ---------- 11 Kompas Sumy ----------
f = "11_kompas_sumy_rudal_minggu_palma.txt"
R = ["Reuters", "Kyiv Independent"]
SUMY = lambda t: L(t, "Sumy", "UKR", "Sumy", 50.91, 34.8, "town")
article(f, "2025-04-14", "\"Kompas.com - 14/04/2025, 08:30 WIB\".", "Kompas",
 "Rudal Balistik Rusia Hantam Pusat Kota Sumy saat Minggu Palma, 35 Orang Tewas", [
 M(ER, "shelling_artillery_missile_attack", day("2025-04-13", "pada Minggu (13/4/2025) pagi"), SUMY("pusat kota Sumy, Ukraina timur laut"),
   RUS("Rusia"), CUA("penumpang"),
   ["KYIV, KOMPAS.com - Tiga puluh lima orang tewas, termasuk dua anak-anak, dan 117 lainnya luka-luka setelah dua rudal balistik Rusia menghantam pusat kota Sumy, Ukraina timur laut, pada Minggu (13/4/2025) pagi.",
    "Salah satu rudal meledak di dekat gedung kongres Universitas Negeri Sumy, sementara rudal kedua menghantam sebuah bus troli yang sedang mengangkut penumpang.",
    "Layanan Darurat Negara Ukraina (DSNS) menyatakan jumlah korban tewas bertambah menjadi 35 orang setelah tim penyelamat menyisir reruntuhan hingga Minggu malam.",
    "Kementerian Pertahanan Rusia, dalam pernyataan yang dikutip kantor berita TASS, mengklaim pasukannya menyerang pertemuan para komandan militer Ukraina di Sumy dengan dua rudal Iskander-M dan menewaskan lebih dari 60 personel militer."],
   C("State Emergency Service of Ukraine", "UKR", ["Reuters", "Kyiv Independent", "TASS"], "disputed", "Layanan Darurat Negara Ukraina (DSNS) menyatakan"),
   k=(35, 35), w=(117, 117), civ=True, ftext="Tiga puluh lima orang tewas, termasuk dua anak-anak, dan 117 lainnya luka-luka",
   mat=[MAT("building", "UKR", 1, 1, "gedung kongres Universitas Negeri Sumy"), MAT("vehicle", "UKR", 1, 1, "sebuah bus troli")],
   note="Ballistic missiles: shelling/missile. Russia's MoD (via TASS) says it hit a commanders' meeting and killed 60+ servicemen; Ukraine's DSNS counts civilians: disputed, counts from DSNS. 'Tiga puluh lima' written in words at sentence start. The acting mayor's remark about an award ceremony does not change the coding."),
 M(ER, "air_drone_strike", day("2025-04-13", "Pada Minggu malam"), L("kota Zaporizhzhia di selatan Ukraina", "Zaporizhzhia", "UKR", "Zaporizhzhia", 47.84, 35.14, "town"),
   RUS("Rusia"), CUA("lima warga"),
   ["Pada Minggu malam, Rusia juga melancarkan serangan bom luncur ke kota Zaporizhzhia di selatan Ukraina. Gubernur Zaporizhzhia mengatakan lima warga terluka dan sebuah gedung apartemen rusak."],
   C("Governor of Zaporizhzhia", "UKR", R, "asserted", "Gubernur Zaporizhzhia mengatakan"),
   w=(5, 5), civ=True, ftext="lima warga terluka",
   mat=[MAT("building", "UKR", 1, 1, "sebuah gedung apartemen")],
   note="Guided glide bombs are dropped from aircraft: air strike. Wounded only; killed not stated (null)."),
 M(ER, "shelling_artillery_missile_attack", day("2025-04-04", "sembilan hari setelah"), L("sebuah taman bermain di Kryvyi Rih", "Kryvyi Rih", "UKR", "Dnipropetrovsk", 47.91, 33.39, "town"),
   RUS("rudal Rusia"), CUA(None),
   ["Serangan di Sumy terjadi sembilan hari setelah rudal Rusia menewaskan 20 orang, termasuk sembilan anak-anak, di sebuah taman bermain di Kryvyi Rih, kota kelahiran Zelensky."],
   UN(R), k=(20, 20), civ=True, ftext="menewaskan 20 orang, termasuk sembilan anak-anak",
   note="13 April minus nine days = 4 April 2025. Children at a playground: Civilians."),
 M(ER, "shelling_artillery_missile_attack", NOD, SUMY("Sumy"),
   RUS(None), NOA,
   ["Sumy terletak sekitar 30 kilometer dari perbatasan Rusia dan kerap menjadi sasaran serangan drone serta artileri."],
   UN(R), opt=True, note="Habitual ('kerap'): optional."),
 M(ER, "air_drone_strike", NOD, SUMY("Sumy"),
   RUS(None), NOA,
   ["Sumy terletak sekitar 30 kilometer dari perbatasan Rusia dan kerap menjadi sasaran serangan drone serta artileri."],
   UN(R), opt=True, note="Habitual ('kerap'), the drone part: optional."),
])

# ---------- 12 CNN Indonesia Spiderweb ----------
f = "12_cnnindonesia_operasi_jaring_laba_laba.txt"
LEAD = "Dinas Keamanan Ukraina (SBU) mengklaim telah menghantam 41 pesawat militer Rusia, termasuk pesawat pengebom strategis Tu-95 dan Tu-22M3 serta pesawat peringatan dini A-50, dalam serangan drone terkoordinasi ke sejumlah pangkalan udara jauh di dalam wilayah Rusia pada Minggu (1/6)."
LIST = "Menurut SBU, serangan menyasar antara lain Pangkalan Udara Belaya di wilayah Irkutsk, Siberia, yang berjarak lebih dari 4.000 kilometer dari Ukraina, serta Pangkalan Udara Olenya di wilayah Murmansk di kawasan Arktik."
RUSMOD = "Kementerian Pertahanan Rusia mengakui serangan drone di wilayah Murmansk dan Irkutsk menyebabkan \"beberapa unit pesawat\" terbakar, namun menyatakan api berhasil dipadamkan."
REP = "Menurut kementerian itu, serangan serupa di wilayah Ivanovo, Ryazan, dan Amur berhasil digagalkan."
SBU = A("Dinas Keamanan Ukraina (SBU)", "Military Forces of Ukraine", "UKR", "state_forces")
def repelled(name, admin1, lat, lon):
    return M(SD, "disrupted_weapons_use", day("2025-06-01", None), L(name, name, "RUS", admin1, lat, lon, "region"),
             RUS(None), UKR(None), [REP],
             C("Ministry of Defence of Russia", "RUS", [], "asserted", "Menurut kementerian itu"),
             note=f"Attack on {name} region repelled, per Russia's MoD: one disrupted-weapons mention per listed region. The 'no casualties' quote covers all regions and is attached to none.")
article(f, "2025-06-02", "Page date line \"Senin, 02 Jun 2025 10:15 WIB\".", "CNN Indonesia",
 "Ukraina Klaim Hancurkan 41 Pesawat Rusia lewat Drone Selundupan Truk", [
 M(ER, "air_drone_strike", day("2025-06-01", "pada Minggu (1/6)"), L("Pangkalan Udara Belaya di wilayah Irkutsk, Siberia", "Belaya", "RUS", "Irkutsk", 52.9, 103.57, "town"),
   SBU, RUS(None),
   [LEAD, LIST, "Citra satelit yang dianalisis sejumlah pakar dan dikutip kantor berita Associated Press (AP) menunjukkan sedikitnya empat pesawat pengebom Tu-95 dan tiga Tu-22M3 hancur di Belaya.", RUSMOD],
   C("Security Service of Ukraine", "UKR", ["Associated Press"], "disputed", "Menurut SBU"),
   mat=[MAT("aircraft", "RUS", 4, None, "sedikitnya empat pesawat pengebom Tu-95"), MAT("aircraft", "RUS", 3, None, "tiga Tu-22M3")],
   note="One mention per named air base. SBU's 41 aircraft cover all bases and are attached to none; Russia admits only 'beberapa unit pesawat' burning in Murmansk and Irkutsk: disputed. Belaya's materiel is the satellite count relayed by AP ('sedikitnya' read as applying to both types). SBU operations coded as Military Forces of Ukraine; target the Russian air force (actor2 inferred, text null)."),
 M(ER, "air_drone_strike", day("2025-06-01", "pada Minggu (1/6)"), L("Pangkalan Udara Olenya di wilayah Murmansk", "Olenya", "RUS", "Murmansk", 68.15, 33.46, "town"),
   SBU, RUS(None),
   [LEAD, LIST, RUSMOD],
   C("Security Service of Ukraine", "UKR", [], "disputed", "Menurut SBU"),
   note="Second named base. No base-specific count of aircraft."),
 repelled("Ivanovo", "Ivanovo", 57.0, 40.97),
 repelled("Ryazan", "Ryazan", 54.63, 39.74),
 repelled("Amur", "Amur", 50.27, 127.54),
 M(ER, "shelling_artillery_missile_attack", day("2025-06-01", "Pada hari yang sama"), L("wilayah Dnipropetrovsk", "Dnipropetrovsk", "UKR", "Dnipropetrovsk", 48.46, 35.05, "region"),
   RUS("rudal Rusia"), UKR("sebuah unit pelatihan Angkatan Darat Ukraina"),
   ["Pada hari yang sama, serangan rudal Rusia menghantam sebuah unit pelatihan Angkatan Darat Ukraina di wilayah Dnipropetrovsk. Komando Angkatan Darat Ukraina menyatakan 12 prajurit tewas dan lebih dari 60 lainnya terluka."],
   C("Ground Forces of Ukraine", "UKR", [], "asserted", "Komando Angkatan Darat Ukraina menyatakan"),
   k=(12, 12), w=(60, None), civ=False, ftext="12 prajurit tewas dan lebih dari 60 lainnya terluka",
   note="Missile strike on a training unit; soldiers only: civilian false. Oblast given: region level at Dnipro."),
 M(ER, "air_drone_strike", rng("2025-05-31", "2025-06-01", "pada malam sebelumnya"), L("berbagai wilayah Ukraina", "Ukraine", "UKR", None, 50.45, 30.52, "country"),
   RUS("Rusia"), NOA,
   ["Angkatan Udara Ukraina juga melaporkan Rusia meluncurkan 472 drone dan tujuh rudal ke berbagai wilayah Ukraina pada malam sebelumnya, jumlah drone terbanyak dalam satu malam sejak invasi dimulai."],
   C("Air Force of Ukraine", "UKR", [], "asserted", "Angkatan Udara Ukraina juga melaporkan"), opt=True,
   note="Nationwide overnight barrage with no place: aggregate, optional (as in sample 06). Launched drones are not materiel."),
])

# ---------- 13 Antara Puncak Jaya ----------
f = "13_antara_puncakjaya_prajurit_terluka.txt"
OPM = lambda t: A(t, "OPM: Free Papua Movement", None, "rebel_group")
TNI = lambda t: A(t, "Military Forces of Indonesia", "IDN", "state_forces")
POL = lambda t: A(t, "Police Forces of Indonesia", "IDN", "state_forces")
article(f, "2025-03-21", "Page date line \"Jumat, 21 Maret 2025 15:48 WIB\".", "Antara",
 "Prajurit TNI terluka ditembak KKB di Mulia, Puncak Jaya", [
 M(BA, "armed_clash", day("2025-03-20", "Kamis (20/3) sore"), L("Kampung Pagaleme, Distrik Mulia, Kabupaten Puncak Jaya, Papua Tengah", "Mulia", "IDN", "Papua Tengah", -3.73, 137.98, "district"),
   OPM("kelompok kriminal bersenjata (KKB)"), TNI("Seorang prajurit TNI"),
   ["Mulia (ANTARA) - Seorang prajurit TNI dari Satuan Tugas Pengamanan Daerah Rawan terluka setelah ditembak kelompok kriminal bersenjata (KKB) saat berpatroli di sekitar Kampung Pagaleme, Distrik Mulia, Kabupaten Puncak Jaya, Papua Tengah, Kamis (20/3) sore.",
    "\"Kondisi korban stabil. Setelah penembakan, personel di lapangan sempat membalas tembakan, kemudian para pelaku melarikan diri ke arah hutan,\" ujar Andreas."],
   C("Military Forces of Indonesia", "IDN", [], "asserted", "Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Andreas Wibisono di Jayapura, Jumat, mengatakan"),
   w=(1, 1), civ=False, ftext="Seorang prajurit TNI dari Satuan Tugas Pengamanan Daerah Rawan terluka",
   note="Shooting of a patrolling soldier with return fire: armed clash (as the samples code KKB attacks on TNI). Wounded only; no death reported, killed null."),
 M(SD, "looting_property_destruction", day("2025-03-19", "Sehari sebelumnya, Rabu malam"), L("Distrik Ilu", "Ilu", "IDN", "Papua Tengah", None, None, "district"),
   OPM("KKB"), NOA,
   ["Sehari sebelumnya, Rabu malam, KKB juga membakar satu gedung sekolah dasar dan dua rumah guru di Distrik Ilu. Tidak ada korban jiwa dalam peristiwa itu karena para guru telah mengungsi ke Mulia sejak awal bulan."],
   UN(), k=(0, 0), ftext="Tidak ada korban jiwa",
   mat=[MAT("building", "IDN", 1, 1, "satu gedung sekolah dasar"), MAT("building", "IDN", 2, 2, "dua rumah guru")],
   note="Arson without casualties: property destruction (as the Beoga burning in sample 11). Ilu's coordinates not verified: null."),
 M(SD, "change_to_group_activity", day("2025-03-21", "pada Jumat pagi"), L("Mulia", "Mulia", "IDN", "Papua Tengah", -3.73, 137.98, "town"),
   POL("Polda Papua Tengah"), NOA,
   ["Untuk memperkuat pengamanan, Polda Papua Tengah mengirimkan 100 personel Brimob tambahan ke Mulia pada Jumat pagi."],
   UN(), note="Reinforcement deployment: change to group activity. 100 personnel are not casualties."),
 M(BA, "armed_clash", NOD, L("Puncak Jaya", "Puncak Jaya", "IDN", "Papua Tengah", -3.73, 137.98, "region"),
   OPM("KKB"), A("aparat keamanan", "Military Forces of Indonesia", "IDN", "state_forces"),
   ["Puncak Jaya merupakan salah satu kabupaten di wilayah pegunungan tengah Papua yang kerap menjadi lokasi aksi kekerasan KKB terhadap aparat keamanan maupun warga sipil."],
   UN(), opt=True, note="Habitual ('kerap'): optional."),
 M(VAC, "attack", NOD, L("Puncak Jaya", "Puncak Jaya", "IDN", "Papua Tengah", -3.73, 137.98, "region"),
   OPM("KKB"), A("warga sipil", "Civilians (Indonesia)", "IDN", "civilians"),
   ["Puncak Jaya merupakan salah satu kabupaten di wilayah pegunungan tengah Papua yang kerap menjadi lokasi aksi kekerasan KKB terhadap aparat keamanan maupun warga sipil."],
   UN(), opt=True, note="Same habitual sentence, civilian targets: optional."),
])

# ---------- 14 detik Paniai ----------
f = "14_detik_paniai_kontak_tembak.txt"
article(f, "2025-07-09", "Page date line \"Rabu, 09 Jul 2025 17:32 WIB\".", "detik",
 "TNI Tembak Mati 3 Anggota KKB di Paniai, TPNPB: Mereka Petani", [
 M(BA, "armed_clash", day("2025-07-08", "pada Selasa (8/7/2025)"), L("Kampung Yagiyo, Distrik Paniai Timur, Kabupaten Paniai, Papua Tengah", "Paniai Timur", "IDN", "Papua Tengah", -3.92, 136.37, "district"),
   TNI("prajurit TNI"), OPM("Tiga orang yang diduga anggota kelompok kriminal bersenjata (KKB)"),
   ["Paniai - Tiga orang yang diduga anggota kelompok kriminal bersenjata (KKB) tewas dalam kontak tembak dengan prajurit TNI di Kampung Yagiyo, Distrik Paniai Timur, Kabupaten Paniai, Papua Tengah. Namun Tentara Pembebasan Nasional Papua Barat (TPNPB) menyebut ketiganya warga sipil.",
    "Kontak tembak terjadi pada Selasa (8/7/2025) sekitar pukul 06.30 WIT saat pasukan Satgas Habema menyisir kawasan yang diduga menjadi tempat persembunyian KKB.",
    "Juru bicara TPNPB Markus Gobay membantah klaim tersebut. Menurut dia, ketiga korban adalah petani yang sedang berangkat ke kebun dan tidak memiliki hubungan dengan TPNPB."],
   C("Military Forces of Indonesia", "IDN", ["Antara"], "denied", "kata Kepala Penerangan Satgas Habema Letkol Inf Ridwan Siregar seperti dikutip dari Antara"),
   k=(3, 3), civ=False, ftext="Tiga orang yang diduga anggota kelompok kriminal bersenjata (KKB) tewas",
   note="TNI sweep and firefight as the TNI tells it (headline 'TNI Tembak Mati'), so TNI is actor1. TPNPB denies the victims were members and calls them farmers: stance denied, deniers TPNPB; civilian coded false as the claimant says. Seized rifle, ammunition and flag are not materiel. The TNI statement is quoted via Antara: relay. Paniai Timur district at Enarotali."),
 M(BA, "armed_clash", day("2025-07-09", "pada Rabu dini hari"), L("pos TNI di Enarotali", "Enarotali", "IDN", "Papua Tengah", -3.92, 136.37, "town"),
   OPM("pasukan TPNPB Kodap XIII Kegepa"), TNI("pos TNI"),
   ["Markus juga mengklaim pasukan TPNPB Kodap XIII Kegepa membalas dengan menembaki pos TNI di Enarotali pada Rabu dini hari. Satgas Habema membenarkan adanya gangguan tembakan ke arah pos tersebut, tetapi memastikan tidak ada prajurit yang terluka."],
   C("OPM: Free Papua Movement", None, [], "asserted", "Markus juga mengklaim"),
   w=(0, 0), ftext="tidak ada prajurit yang terluka",
   note="Gunfire on a TNI post, confirmed by the Satgas: asserted. 'tidak ada prajurit yang terluka' = wounded 0..0."),
 M(SD, "arrests", rng("2025-06-30", "2025-07-06", "Pekan lalu"), L("Nabire", "Nabire", "IDN", "Papua Tengah", -3.37, 135.5, "town"),
   POL("polisi"), OPM("seorang pria yang diduga memasok amunisi kepada KKB"),
   ["Pekan lalu, polisi menangkap seorang pria yang diduga memasok amunisi kepada KKB di Nabire. Dari tangan pelaku, polisi menyita 150 butir peluru kaliber 5,56 milimeter."],
   UN(), note="'Pekan lalu' in a Wednesday 9 July report = the previous Mon-Sun week (30 Jun - 6 Jul). Arrest of a suspected KKB supplier (as sample 14)."),
 M(VAC, "attack", month(2025, 5, "Pada Mei lalu"), L("Distrik Bogobaida", "Bogobaida", "IDN", "Papua Tengah", None, None, "district"),
   OPM("KKB"), A("dua pendulang emas", "Civilians (Indonesia)", "IDN", "civilians"),
   ["Pada Mei lalu, KKB menembak mati dua pendulang emas di Distrik Bogobaida."],
   UN(), k=(2, 2), civ=True, ftext="menembak mati dua pendulang emas",
   note="Dated, placed background killing: non-optional, month precision. Coordinates not verified: null."),
])

# ---------- 15 Republika Philippines ----------
f = "15_republika_filipina_basilan_penyergapan.txt"
PHL = lambda t: A(t, "Military Forces of the Philippines", "PHL", "state_forces")
BARMM = "Bangsamoro Autonomous Region in Muslim Mindanao"
article(f, "2025-01-23", "Page date line \"Kamis 23 Jan 2025 14:20 WIB\".", "Republika",
 "Tentara Filipina Disergap di Basilan, Dua Tewas dan Belasan Terluka", [
 M(BA, "armed_clash", day("2025-01-22", "Rabu (22/1/2025)"), L("kota Sumisip, Provinsi Basilan, Filipina selatan", "Sumisip", "PHL", BARMM, None, None, "town"),
   A("kelompok bersenjata", "Unidentified Armed Group (Philippines)", "PHL", "political_militia"), PHL("Dua tentara Filipina"),
   ["REPUBLIKA.CO.ID, MANILA -- Dua tentara Filipina tewas dan belasan lainnya terluka setelah disergap kelompok bersenjata di kota Sumisip, Provinsi Basilan, Filipina selatan, Rabu (22/1/2025). Para prajurit dari Batalyon Pasukan Khusus ke-4 itu tengah mengawal proyek pembangunan jalan ketika diserang dari arah perbukitan.",
    "Juru bicara Komando Mindanao Barat, Letkol Rodrigo Santos, mengatakan baku tembak berlangsung lebih dari dua jam sebelum para penyerang mundur ke arah hutan."],
   C("Military Forces of the Philippines", "PHL", ["Philippine News Agency"], "asserted", "Juru bicara Komando Mindanao Barat, Letkol Rodrigo Santos, mengatakan"),
   k=(2, 2), w=(11, 19), civ=False, ftext="Dua tentara Filipina tewas dan belasan lainnya terluka",
   note="Ambush with a two-hour firefight: armed clash. Attackers unidentified (the military has not confirmed local reports). 'belasan' = 11..19. Santos is quoted via the Philippine News Agency (PNA). admin1 is the region (BARMM), the Philippines' first-level unit as ACLED uses it. Sumisip coordinates not verified: null."),
 M(BA, "armed_clash", day("2025-01-20", "Dua hari sebelumnya"), L("Shariff Aguak, Provinsi Maguindanao del Sur", "Shariff Aguak", "PHL", BARMM, 6.86, 124.44, "town"),
   PHL("pasukan Divisi Infanteri ke-6"), A("Pejuang Kemerdekaan Islam Bangsamoro (BIFF)", "BIFF: Bangsamoro Islamic Freedom Fighters", "PHL", "rebel_group"),
   ["Dua hari sebelumnya, pasukan Divisi Infanteri ke-6 menewaskan lima anggota Pejuang Kemerdekaan Islam Bangsamoro (BIFF) dalam pertempuran di Shariff Aguak, Provinsi Maguindanao del Sur. Menurut militer, pertempuran pecah ketika pasukan menggerebek tempat persembunyian kelompok itu. Seorang tentara terluka ringan."],
   C("Military Forces of the Philippines", "PHL", [], "asserted", "Menurut militer"),
   k=(5, 5), w=(1, 1), civ=False, ftext="menewaskan lima anggota Pejuang Kemerdekaan Islam Bangsamoro (BIFF)",
   note="22 Jan minus two days = 20 Jan. Raid on a hideout and battle."),
 M(BA, "non_state_actor_overtakes_territory", year(2017, "pada 2017"), L("kota itu", "Marawi", "PHL", BARMM, 8.0, 124.29, "town"),
   A("militan pro-ISIS", "Islamic State (Philippines)", "PHL", "rebel_group"), NOA,
   ["Wilayah Mindanao juga menyimpan trauma mendalam akibat pengepungan Marawi pada 2017, ketika militan pro-ISIS menduduki kota itu selama lima bulan sebelum direbut kembali oleh militer."],
   UN(), note="2017 is after the 2016 cut-off: dated, placed background, non-optional. Takeover of Marawi by pro-IS militants."),
 M(BA, "government_regains_territory", year(2017, "pada 2017"), L("kota itu", "Marawi", "PHL", BARMM, 8.0, 124.29, "town"),
   PHL("militer"), A("militan pro-ISIS", "Islamic State (Philippines)", "PHL", "rebel_group"),
   ["Wilayah Mindanao juga menyimpan trauma mendalam akibat pengepungan Marawi pada 2017, ketika militan pro-ISIS menduduki kota itu selama lima bulan sebelum direbut kembali oleh militer."],
   UN(), note="The army's recapture of Marawi in the same sentence: a second event (different sub-type and actor order), same evidence."),
])
