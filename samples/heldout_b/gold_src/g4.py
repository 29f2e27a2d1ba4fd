from lib import *

# ---------- 16 Liputan6 Mogadishu ----------
f = "16_liputan6_mogadishu_pantai_lido.txt"
SHB = lambda t: A(t, "Al Shabaab", "SOM", "rebel_group")
MOG = lambda t: L(t, "Mogadishu", "SOM", "Banaadir", 2.04, 45.34, "town")
article(f, "2024-08-03", "No page date; \"seperti dikutip dari Al Jazeera, Sabtu (3/8/2024)\" is the latest date cue.", "Liputan6",
 "Bom Bunuh Diri dan Serbuan Bersenjata di Pantai Lido Mogadishu, 32 Orang Tewas", [
 M(ER, "suicide_bomb", day("2024-08-02", "Jumat malam (2/8/2024)"), MOG("sebuah restoran di Pantai Lido, Mogadishu, ibu kota Somalia"),
   SHB("Kelompok militan Al-Shabaab"), A("warga sipil", "Civilians (Somalia)", "SOM", "civilians"),
   ["Liputan6.com, Mogadishu - Sedikitnya 32 orang tewas dan 63 lainnya terluka ketika seorang pelaku bom bunuh diri meledakkan diri dan sekelompok pria bersenjata menyerbu sebuah restoran di Pantai Lido, Mogadishu, ibu kota Somalia, Jumat malam (2/8/2024).",
    "Juru bicara kepolisian Somalia, Abdirahman Farah Nur, mengatakan serangan dimulai ketika pelaku bom bunuh diri meledakkan rompi peledaknya di pintu masuk restoran yang dipadati pengunjung. Beberapa saat kemudian, para penyerang bersenjata masuk dan menembaki orang-orang yang berada di dalam.",
    "\"Sebagian besar korban adalah warga sipil yang sedang menikmati akhir pekan bersama keluarga,\" ujarnya kepada wartawan, seperti dikutip dari Al Jazeera, Sabtu (3/8/2024).",
    "Kelompok militan Al-Shabaab yang berafiliasi dengan Al-Qaeda mengaku bertanggung jawab atas serangan itu melalui siaran radio Andalus yang dikelolanya."],
   C("Police Forces of Somalia", "SOM", ["Al Jazeera"], "asserted", "Juru bicara kepolisian Somalia, Abdirahman Farah Nur, mengatakan"),
   k=(32, None), w=(63, 63), civ=True, ftext="Sedikitnya 32 orang tewas dan 63 lainnya terluka",
   note="Complex attack opened by a suicide bomber; the gunmen's assault on the diners is folded into one suicide-bomb event (ACLED precedence). Al-Shabaab's own radio claim confirms the perpetrator. Radio Andalus is the group's channel, not a relay."),
 M(BA, "armed_clash", rng("2024-08-02", "2024-08-03", "hingga dini hari"), MOG(None),
   A("Pasukan keamanan", "Police Forces of Somalia", "SOM", "state_forces"), SHB("tiga penyerang"),
   ["Pasukan keamanan menembak mati tiga penyerang dalam baku tembak yang berlangsung hingga dini hari, sementara seorang penyerang lainnya ditangkap hidup-hidup, menurut polisi."],
   C("Police Forces of Somalia", "SOM", [], "asserted", "menurut polisi"),
   k=(3, 3), civ=False, ftext="menembak mati tiga penyerang",
   note="The security forces' firefight with the attackers, into the early hours: split from the bombing (different type and actor pair). 'Pasukan keamanan' as reported by the police: Police Forces of Somalia. The captured attacker is part of the clash, not a separate arrest."),
 M(VAC, "attack", month(2023, 6, "pada Juni 2023"), MOG("sebuah hotel di tepi pantai"),
   SHB("Al-Shabaab"), A("sebuah hotel di tepi pantai", "Civilians (Somalia)", "SOM", "civilians"),
   ["Kawasan itu pernah diserang Al-Shabaab pada Juni 2023, ketika sebuah hotel di tepi pantai dikepung selama berjam-jam."],
   UN(), note="Dated, placed background attack (June 2023 hotel siege at Lido): non-optional, month precision."),
 M(BA, "armed_clash", day("2024-07-30", "Pada Selasa lalu"), L("wilayah Middle Shabelle", "Middle Shabelle", "SOM", "Middle Shabelle", 2.78, 45.5, "region"),
   A("pasukannya", "Military Forces of Somalia", "SOM", "state_forces"), SHB("sepuluh militan Al-Shabaab"),
   ["Pada Selasa lalu, pemerintah Somalia mengklaim pasukannya menewaskan sepuluh militan Al-Shabaab dalam operasi militer di wilayah Middle Shabelle."],
   C("Government of Somalia", "SOM", [], "asserted", "pemerintah Somalia mengklaim"),
   k=(10, 10), civ=False, ftext="menewaskan sepuluh militan Al-Shabaab",
   note="'Selasa lalu' in a Saturday 3 Aug report = Tuesday 30 July 2024. Region level at Jowhar."),
 M(BA, "armed_clash", NOD, L(None, "Somalia", "SOM", None, 2.04, 45.34, "country"),
   SHB("Al-Shabaab"), A("pemerintah federal Somalia", "Military Forces of Somalia", "SOM", "state_forces"),
   ["Al-Shabaab telah memerangi pemerintah federal Somalia yang didukung internasional selama lebih dari 15 tahun."],
   UN(), opt=True, note="Insurgency as a whole: aggregate, optional."),
 M(ER, "suicide_bomb", month(2017, 10, "pada Oktober 2017"), MOG("persimpangan Zoobe, Mogadishu"),
   SHB("Kelompok itu"), NOA,
   ["Kelompok itu juga bertanggung jawab atas serangan bom truk bunuh diri di persimpangan Zoobe, Mogadishu, pada Oktober 2017 yang menewaskan lebih dari 500 orang."],
   UN(), k=(500, None), ftext="menewaskan lebih dari 500 orang",
   note="2017 truck suicide bombing: after the 2016 cut-off, dated and placed, non-optional. No target group named: actor2 null, civilian null."),
])

# ---------- 17 Antara Nagorno-Karabakh 2023 ----------
f = "17_antara_karabakh_operasi_azerbaijan.txt"
R = ["Anadolu Agency"]
AZE = lambda t: A(t, "Military Forces of Azerbaijan", "AZE", "state_forces")
ART = lambda t: A(t, "Military Forces of Artsakh", None, "rebel_group")
NK = lambda t: L(t, "Nagorno-Karabakh", "AZE", None, 39.82, 46.75, "region")
article(f, "2023-09-21", "Page date line \"Kamis, 21 September 2023 09:35 WIB\".", "Antara",
 "Separatis Karabakh letakkan senjata setelah operasi kilat Azerbaijan", [
 M(SD, "agreement", day("2023-09-20", "pada Rabu (20/9) pukul 13.00"), NK("Nagorno-Karabakh"),
   A("Otoritas separatis Armenia di Nagorno-Karabakh", "Government of Artsakh", None, "rebel_group"), A(None, "Government of Azerbaijan", "AZE", "state_forces"),
   ["Baku (ANTARA) - Otoritas separatis Armenia di Nagorno-Karabakh sepakat meletakkan senjata dan membubarkan pasukan mereka setelah operasi militer Azerbaijan selama kurang dari 24 jam, menurut pernyataan yang dirilis Rabu.",
    "Kesepakatan gencatan senjata itu mulai berlaku pada Rabu (20/9) pukul 13.00 waktu setempat dan dicapai melalui mediasi pasukan penjaga perdamaian Rusia yang ditempatkan di kawasan tersebut, kata otoritas Karabakh."],
   C("Government of Artsakh", None, R, "asserted", "kata otoritas Karabakh"),
   note="Ceasefire and disarmament agreement of 20 Sep 2023, confirmed by Azerbaijan's MoD. Artsakh entities: rebel_group, country null (guidelines §6). The Yevlakh talks are a future step, not coded. 'Sumber: Anadolu-OANA' puts Anadolu on all mentions."),
 M(BA, "government_regains_territory", rng("2023-09-19", "2023-09-20", "pada Selasa (19/9)"), NK(None),
   AZE("pasukannya"), ART("pasukan Armenia Karabakh"),
   ["Azerbaijan melancarkan apa yang disebutnya sebagai \"operasi antiteror lokal\" pada Selasa (19/9). Kementerian Pertahanan Azerbaijan menyatakan pasukannya telah merebut lebih dari 90 pos tempur dan menghancurkan sejumlah sistem artileri serta peralatan pertahanan udara milik pasukan Armenia Karabakh."],
   C("Ministry of Defence of Azerbaijan", "AZE", R, "asserted", "Kementerian Pertahanan Azerbaijan menyatakan"),
   mat=[MAT("artillery", None, None, None, "sejumlah sistem artileri"), MAT("air_defence", None, None, None, "peralatan pertahanan udara")],
   note="The offensive and the capture of 90+ posts merged into one government_regains_territory (Azerbaijani capture in Nagorno-Karabakh), from launch on Tuesday to the ceasefire on Wednesday. Posts captured are not materiel; the destroyed artillery and air defence are. Owner is the Artsakh force: side null."),
 M(ER, "shelling_artillery_missile_attack", rng("2023-09-19", "2023-09-20", "sejak Selasa siang"), L("Stepanakert, yang oleh Azerbaijan disebut Khankendi", "Stepanakert", "AZE", "Khankendi", 39.82, 46.75, "town"),
   AZE(None), A("dua warga sipil, termasuk seorang anak", "Civilians (Azerbaijan)", "AZE", "civilians"),
   ["Menurut pejabat Karabakh, ibu kota wilayah itu, Stepanakert, yang oleh Azerbaijan disebut Khankendi, dihujani tembakan artileri sejak Selasa siang. Kantor ombudsman hak asasi manusia Karabakh mengatakan dua warga sipil, termasuk seorang anak, tewas di Stepanakert dan puluhan lainnya terluka.",
    "Baku membantah menyasar warga sipil dan menyatakan hanya menyerang sasaran militer yang sah."],
   C("Artsakh Human Rights Ombudsman", None, R, "denied", "Kantor ombudsman hak asasi manusia Karabakh mengatakan"),
   k=(2, 2), w=(10, None), civ=True, ftext="dua warga sipil, termasuk seorang anak, tewas di Stepanakert dan puluhan lainnya terluka",
   note="Passive 'dihujani tembakan artileri': attacker inferred (Azerbaijan), text null. Civilians in Nagorno-Karabakh are Civilians (Azerbaijan) as in the seeds. Baku denies targeting civilians in direct reply: denied, deniers Government of Azerbaijan. 'puluhan' = min 10."),
 M(BA, "armed_clash", day("2023-09-20", "pada Rabu"), L("desa Dzhanyatag", "Dzhanyatag", "AZE", None, None, None, "town"),
   AZE(None), A("lima personel pasukan penjaga perdamaiannya", "Military Forces of Russia", "RUS", "external_force"),
   ["Kementerian Pertahanan Rusia mengatakan lima personel pasukan penjaga perdamaiannya tewas pada Rabu ketika kendaraan mereka ditembaki di dekat desa Dzhanyatag. Presiden Azerbaijan Ilham Aliyev menyampaikan permintaan maaf kepada Presiden Rusia Vladimir Putin atas insiden tersebut, seperti dikutip kantor berita TASS."],
   C("Ministry of Defence of Russia", "RUS", ["Anadolu Agency", "TASS"], "asserted", "Kementerian Pertahanan Rusia mengatakan"),
   k=(5, 5), civ=False, ftext="lima personel pasukan penjaga perdamaiannya tewas",
   note="Gunfire on a peacekeepers' vehicle: armed clash. The shooter is implied by Aliyev's apology (text null). The vehicle is not said to be destroyed. Village coordinates not verified: null."),
 M(SD, "other", month(2022, 12, "sejak Desember 2022"), L("koridor Lachin", "Lachin corridor", "AZE", None, None, None, "region"),
   A("Azerbaijan", "Government of Azerbaijan", "AZE", "state_forces"), NOA,
   ["Wilayah itu telah diblokade sejak Desember 2022 setelah Azerbaijan menutup koridor Lachin, satu-satunya jalan yang menghubungkannya dengan Armenia."],
   UN(R), opt=True, note="Blockade given as background duration ('sejak Desember 2022'): bare time reference, optional."),
 M(BA, "government_regains_territory", year(2020, "pada 2020"), NK("wilayah di sekitar Nagorno-Karabakh"),
   AZE("Azerbaijan"), A(None, "Military Forces of Armenia", "ARM", "state_forces"),
   ["Azerbaijan merebut kembali sebagian besar wilayah di sekitar Nagorno-Karabakh dalam perang 44 hari pada 2020."],
   UN(R), opt=True, note="The 2020 war as a whole: war-wide aggregate, optional (as in sample 60)."),
])

# ---------- 18 CNN Indonesia India-Pakistan ----------
f = "18_cnnindonesia_india_pakistan_operasi_sindoor.txt"
IND = lambda t: A(t, "Military Forces of India", "IND", "state_forces")
PAK = lambda t: A(t, "Military Forces of Pakistan", "PAK", "state_forces")
PLACES = "Juru bicara militer Pakistan mengatakan rudal-rudal India menghantam Bahawalpur, Muridke, Muzaffarabad, dan Kotli."
MOSQ = "Menurut dia, sebuah masjid di Bahawalpur hancur, dan total 26 warga sipil, termasuk anak-anak, tewas dalam serangan tersebut."
def place(name, admin1, lat, lon, a2=None, mat=(), ev=(PLACES,), note=""):
    return M(ER, "shelling_artillery_missile_attack", day("2025-05-07", "pada Rabu (7/5) dini hari"), L(name, name, "PAK", admin1, lat, lon, "town"),
             IND("rudal-rudal India"), a2 or NOA, list(ev),
             C("Military Forces of Pakistan", "PAK", [], "disputed", "Juru bicara militer Pakistan mengatakan"), mat=mat,
             note=note or f"{name}: one mention per listed place. India says it hit 'terrorist infrastructure', Pakistan civilians and mosques: disputed. The 26 civilian dead are a total over all places and attached to none.")
article(f, "2025-05-07", "Page date line \"Rabu, 07 Mei 2025 13:40 WIB\".", "CNN Indonesia",
 "India Tembakkan Rudal ke Pakistan, Islamabad Klaim Tembak Jatuh 5 Jet Tempur", [
 place("Bahawalpur", "Punjab", 29.4, 71.68, a2=A("sebuah masjid di Bahawalpur", "Civilians (Pakistan)", "PAK", "civilians"),
       mat=[MAT("building", "PAK", 1, 1, "sebuah masjid di Bahawalpur")], ev=(PLACES, MOSQ),
       note="Bahawalpur: the mosque destroyed there makes civilians the named target. India says it hit 'terrorist infrastructure' (JeM), Pakistan says civilians: disputed. The 26 dead are a total over all places and attached to none."),
 place("Muridke", "Punjab", 31.8, 74.26),
 place("Muzaffarabad", "Azad Kashmir", 34.37, 73.47),
 place("Kotli", "Azad Kashmir", 33.52, 73.9),
 M(ER, "shelling_artillery_missile_attack", day("2025-05-07", "pada Rabu (7/5) dini hari"), L("sejumlah lokasi di Pakistan dan Kashmir yang dikuasai Pakistan", "Pakistan", "PAK", None, 33.69, 73.06, "country"),
   IND("India"), A("Jaish-e-Mohammed dan Lashkar-e-Taiba", "JeM: Jaish-e-Mohammed", "PAK", "rebel_group"),
   ["India melancarkan serangan rudal ke sejumlah lokasi di Pakistan dan Kashmir yang dikuasai Pakistan pada Rabu (7/5) dini hari, dua pekan setelah serangan mematikan terhadap wisatawan di Kashmir India.",
    "Kementerian Pertahanan India menyebut operasi bersandi \"Sindoor\" itu menyasar sembilan lokasi yang disebutnya sebagai \"infrastruktur teroris\" milik kelompok Jaish-e-Mohammed dan Lashkar-e-Taiba."],
   C("Ministry of Defence of India", "IND", [], "disputed", "Kementerian Pertahanan India menyebut"), opt=True,
   note="The operation as a whole ('sejumlah lokasi', 'sembilan lokasi'): aggregate of the per-place mentions, optional. Kept apart from them by evidence."),
 M(BA, "armed_clash", day("2025-05-07", "selama serangan berlangsung"), NOL,
   A("angkatan udara negaranya", "Military Forces of Pakistan", "PAK", "state_forces"), IND(None),
   ["Menteri Pertahanan Pakistan mengklaim angkatan udara negaranya menembak jatuh lima jet tempur India, termasuk tiga Rafale, selama serangan berlangsung. India belum mengomentari klaim tersebut."],
   C("Government of Pakistan", "PAK", [], "asserted", "Menteri Pertahanan Pakistan mengklaim"),
   mat=[MAT("aircraft", "IND", 5, 5, "lima jet tempur India")],
   note="Air combat between two air forces (manned jets shot down during the raid): coded as an armed clash, not as an interception of munitions. No place given: unknown. India's silence is not a denial."),
 M(BA, "armed_clash", day("2025-05-07", "Tak lama setelah serangan rudal"), L("sepanjang Garis Kontrol (LoC) yang membelah Kashmir", "Jammu and Kashmir", "IND", "Jammu and Kashmir", 34.08, 74.8, "region"),
   A("pasukan kedua negara", "Military Forces of India", "IND", "state_forces"), PAK(None),
   ["Tak lama setelah serangan rudal, pasukan kedua negara saling tembak artileri di sepanjang Garis Kontrol (LoC) yang membelah Kashmir."],
   UN(), opt=True, note="Artillery exchanges 'all along' the LoC, no place: vague, optional. The Poonch shelling below is the placed part."),
 M(ER, "shelling_artillery_missile_attack", day("2025-05-07", None), L("distrik Poonch, Jammu dan Kashmir", "Poonch", "IND", "Jammu and Kashmir", 33.77, 74.09, "district"),
   PAK("tembakan artileri Pakistan"), A("12 warga sipil", "Civilians (India)", "IND", "civilians"),
   ["Militer India menyatakan tembakan artileri Pakistan menewaskan sedikitnya 12 warga sipil dan melukai puluhan lainnya di distrik Poonch, Jammu dan Kashmir. Sejumlah rumah dan sebuah gurdwara rusak."],
   C("Military Forces of India", "IND", [], "asserted", "Militer India menyatakan"),
   k=(12, None), w=(10, None), civ=True, ftext="menewaskan sedikitnya 12 warga sipil dan melukai puluhan lainnya",
   mat=[MAT("building", "IND", None, None, "Sejumlah rumah"), MAT("building", "IND", 1, 1, "sebuah gurdwara")],
   note="One-sided artillery on a district: shelling. 'puluhan' = min 10."),
 M(VAC, "attack", day("2025-04-22", "sejak 22 April"), L("kawasan wisata Pahalgam, Kashmir India", "Pahalgam", "IND", "Jammu and Kashmir", 34.02, 75.32, "town"),
   A("orang-orang bersenjata", "Unidentified Armed Group (India)", "IND", "political_militia"), A("wisatawan", "Civilians (India)", "IND", "civilians"),
   ["Ketegangan kedua negara bersenjata nuklir itu meningkat sejak 22 April, ketika orang-orang bersenjata menembak mati 26 orang, sebagian besar wisatawan, di kawasan wisata Pahalgam, Kashmir India."],
   UN(), k=(26, 26), civ=True, ftext="menembak mati 26 orang",
   note="Dated background attack on tourists. The gunmen are not named; India's accusation that Pakistan backs them (denied by Islamabad) concerns sponsorship, not the event, so no claimant and unattributed."),
])

# ---------- 19 Sindonews Armenia-Azerbaijan ----------
f = "19_sindonews_armenia_azerbaijan_nerkin_hand.txt"
AZE = lambda t: A(t, "Military Forces of Azerbaijan", "AZE", "state_forces")
ARM = lambda t: A(t, "Military Forces of Armenia", "ARM", "state_forces")
article(f, "2024-02-13", "No date anywhere in the text. Written as a same-day report of the Tuesday 13 Feb 2024 shooting at Nerkin Hand; 'Selasa pagi' and 'Senin malam' resolve against that date. 'September tahun lalu' (the 2023 Karabakh offensive) confirms the year.", "Sindonews",
 "Empat Tentara Armenia Tewas Ditembak Pasukan Azerbaijan di Perbatasan", [
 M(BA, "armed_clash", day("2024-02-13", "pada Selasa pagi"), L("desa Nerkin Hand, provinsi Syunik", "Nerkin Hand", "ARM", "Syunik", None, None, "town"),
   AZE("pasukan Azerbaijan"), ARM("posisi militer Armenia"),
   ["YEREVAN - Empat tentara Armenia tewas dan satu lainnya terluka setelah pasukan Azerbaijan melepaskan tembakan ke posisi militer Armenia di dekat desa Nerkin Hand, provinsi Syunik, pada Selasa pagi.",
    "Kementerian Pertahanan Armenia mengatakan tembakan dilepaskan dari posisi Azerbaijan sekitar pukul 05.40 waktu setempat.",
    "Dinas Perbatasan Negara Azerbaijan membenarkan telah melakukan apa yang disebutnya sebagai \"operasi balas dendam\".",
    "\"Seluruh pos tempur tempat provokasi itu dilakukan telah dihancurkan sepenuhnya,\" demikian pernyataan Dinas Perbatasan Negara Azerbaijan."],
   C("Ministry of Defence of Armenia", "ARM", ["Reuters"], "asserted", "Kementerian Pertahanan Armenia mengatakan"),
   k=(4, 4), w=(1, 1), civ=False, ftext="Empat tentara Armenia tewas dan satu lainnya terluka",
   mat=[MAT("fortification", "ARM", None, None, "Seluruh pos tempur tempat provokasi itu dilakukan")],
   note="Gunfire on positions: armed clash. Azerbaijan confirms its 'revenge operation', so asserted. The destroyed combat posts (Azerbaijan's words) are fortifications. Reuters relays the Armenian MoD statement. Nerkin Hand coordinates not verified: null."),
 M(BA, "armed_clash", day("2024-02-12", "pada Senin malam"), L("sektor Kokanli, distrik Zangilan", "Zangilan", "AZE", "Zangilan", 39.09, 46.65, "district"),
   ARM("tembakan dari sisi Armenia"), AZE("seorang prajurit Azerbaijan"),
   ["Menurut Baku, operasi itu merupakan tanggapan atas insiden pada Senin malam, ketika tembakan dari sisi Armenia melukai seorang prajurit Azerbaijan di sektor Kokanli, distrik Zangilan.",
    "Kementerian Pertahanan Armenia membantah pasukannya menembaki posisi Azerbaijan pada Senin dan menyebut tuduhan tersebut \"tidak benar\"."],
   C("State Border Service of Azerbaijan", "AZE", [], "denied", "Menurut Baku"),
   w=(1, 1), civ=False, ftext="melukai seorang prajurit Azerbaijan",
   note="Wounded-only incident claimed by Azerbaijan and denied by Armenia's MoD: stance denied, deniers Ministry of Defence of Armenia."),
 M(BA, "armed_clash", month(2022, 9, "Pada September 2022"), L("wilayah Armenia", "Armenia", "ARM", None, 40.18, 44.51, "country"),
   AZE("Azerbaijan"), ARM(None),
   ["Pada September 2022, serangan Azerbaijan ke wilayah Armenia memicu pertempuran selama dua hari yang menewaskan hampir 300 tentara dari kedua belah pihak."],
   UN(), k=(None, 300), civ=False, ftext="menewaskan hampir 300 tentara dari kedua belah pihak",
   note="Dated background (September 2022, after the 2016 cut-off): non-optional, month precision, country level. 'hampir 300' = max 300."),
 M(BA, "government_regains_territory", month(2023, 9, "pada September tahun lalu"), L(None, "Nagorno-Karabakh", "AZE", None, 39.82, 46.75, "region"),
   AZE("Azerbaijan"), NOA,
   ["Insiden ini menjadi bentrokan paling mematikan di perbatasan kedua negara sejak Azerbaijan merebut kembali Nagorno-Karabakh pada September tahun lalu."],
   UN(), note="The September 2023 recapture named in a 'sejak' clause. It is a concrete dated action (as the 10 May offensive in sample 01), not a bare continuation like 'sejak perang berlanjut', so non-optional; 'tahun lalu' in a 2024 report = 2023. Government capture in Nagorno-Karabakh: government_regains_territory. No defender named: actor2 null."),
 M(BA, "armed_clash", rng("1990-01-01", "1994-12-31", "pada awal 1990-an"), L(None, "Nagorno-Karabakh", "AZE", None, 39.82, 46.75, "region"),
   ARM("Armenia"), AZE("Azerbaijan"),
   ["Armenia dan Azerbaijan telah berperang dua kali memperebutkan Nagorno-Karabakh, yakni pada awal 1990-an dan pada 2020."],
   UN(), opt=True, note="History before 2016: optional."),
 M(BA, "armed_clash", year(2020, "pada 2020"), L(None, "Nagorno-Karabakh", "AZE", None, 39.82, 46.75, "region"),
   ARM("Armenia"), AZE("Azerbaijan"),
   ["Armenia dan Azerbaijan telah berperang dua kali memperebutkan Nagorno-Karabakh, yakni pada awal 1990-an dan pada 2020."],
   UN(), opt=True, note="The 2020 war as a whole: aggregate, optional."),
])

# ---------- 20 Kompas Nepal ----------
f = "20_kompas_nepal_demo_gen_z.txt"
R = ["Kathmandu Post", "Reuters"]
KTM = lambda t: L(t, "Kathmandu", "NPL", "Bagmati", 27.72, 85.32, "town")
PNP = lambda t: A(t, "Police Forces of Nepal", "NPL", "state_forces")
PRO = lambda t: A(t, "Protesters (Nepal)", "NPL", "protesters")
def peaceful(name, admin1, lat, lon):
    return M(PR, "peaceful_protest", day("2025-09-08", None), L(name, name, "NPL", admin1, lat, lon, "town"), PRO(None), NOA,
             ["Aksi serupa juga berlangsung di Pokhara, Butwal, dan Biratnagar. Di kota-kota tersebut, unjuk rasa berjalan relatif tertib."],
             UN(R), note=f"City list: one peaceful-protest mention per city ({name}).")
article(f, "2025-09-09", "\"Kompas.com - 09/09/2025, 07:45 WIB\".", "Kompas",
 "Demo Gen Z Tolak Pemblokiran Media Sosial di Nepal Berujung Maut, 19 Orang Tewas", [
 M(RI, "violent_demonstration", day("2025-09-08", None), KTM("kawasan kompleks parlemen di Baneshwor"),
   A("ribuan pelajar dan mahasiswa", "Rioters (Nepal)", "NPL", "rioters"), PNP("polisi"),
   ["Di ibu kota Kathmandu, ribuan pelajar dan mahasiswa yang sebagian masih mengenakan seragam sekolah menerobos barikade polisi dan memasuki kawasan kompleks parlemen di Baneshwor. Sebagian massa membakar sebuah pos jaga dan merusak gerbang gedung parlemen."],
   UN(R), mat=[MAT("building", "NPL", 1, 1, "sebuah pos jaga"), MAT("building", "NPL", 1, 1, "gerbang gedung parlemen")],
   note="Breaking through police lines and burning a guard post: riot. 'Sumber: Kathmandu Post, Reuters' puts both on every mention."),
 M(PR, "excessive_force_against_protesters", day("2025-09-08", "pada Senin (8/9/2025)"), KTM("Kathmandu"),
   PNP("Polisi"), PRO("kerumunan"),
   ["KATHMANDU, KOMPAS.com - Sedikitnya 19 orang tewas dalam gelombang unjuk rasa yang dipimpin anak-anak muda di Nepal pada Senin (8/9/2025).",
    "Polisi kemudian menembakkan gas air mata, meriam air, peluru karet, dan peluru tajam ke arah kerumunan. Tujuh belas orang tewas di Kathmandu dan lebih dari 100 lainnya luka-luka, sebagian besar terkena tembakan di kepala dan dada, menurut pihak rumah sakit."],
   C("medical sources", None, R, "asserted", "menurut pihak rumah sakit"),
   k=(17, 17), w=(100, None), civ=True, ftext="Tujuh belas orang tewas di Kathmandu dan lebih dari 100 lainnya luka-luka",
   note="Live fire on the crowd: excessive force, split from the riot (as sample 71). Counts for Kathmandu only; the lead's 19 covers Kathmandu and Itahari and is not coded separately (the lead is given as evidence here). The police 'terpaksa bertindak' is a justification, not a denial."),
 M(PR, "excessive_force_against_protesters", day("2025-09-08", None), L("kota Itahari, distrik Sunsari, Nepal timur", "Itahari", "NPL", "Koshi", 26.66, 87.28, "town"),
   PNP("polisi"), PRO("pengunjuk rasa"),
   ["Dua orang lainnya tewas ketika polisi melepaskan tembakan ke arah pengunjuk rasa di kota Itahari, distrik Sunsari, Nepal timur."],
   UN(R), k=(2, 2), civ=True, ftext="Dua orang lainnya tewas",
   note="Second shooting of protesters, in Itahari."),
 peaceful("Pokhara", "Gandaki", 28.21, 83.99),
 peaceful("Butwal", "Lumbini", 27.7, 83.45),
 peaceful("Biratnagar", "Koshi", 26.45, 87.27),
 M(SD, "other", day("2025-09-08", "mulai Senin sore"), KTM("sekitar gedung parlemen, kantor perdana menteri, dan kediaman presiden"),
   A("Kantor Administrasi Distrik Kathmandu", "Government of Nepal", "NPL", "state_forces"), NOA,
   ["Kantor Administrasi Distrik Kathmandu memberlakukan jam malam di sekitar gedung parlemen, kantor perdana menteri, dan kediaman presiden mulai Senin sore."],
   UN(R), note="Curfew: coded like martial law in the guidelines (strategic_developments/other). The minister's resignation is political, not coded."),
])
