from lib import *

OPM = lambda t: A(t, "OPM: Free Papua Movement", None, "rebel_group")
TNI = lambda t: A(t, "Military Forces of Indonesia", "IDN", "state_forces")
POLRI = lambda t: A(t, "Police Forces of Indonesia", "IDN", "state_forces")
IDN_CIV = lambda t: A(t, "Civilians (Indonesia)", "IDN", "civilians")
CMR = lambda t: A(t, "Military Forces of Cameroon", "CMR", "state_forces")
CMR_POL = lambda t: A(t, "Police Forces of Cameroon", "CMR", "state_forces")
CMR_GOV = lambda t: A(t, "Government of Cameroon", "CMR", "state_forces")
CMR_CIV = lambda t: A(t, "Civilians (Cameroon)", "CMR", "civilians")
CMR_PROT = lambda t: A(t, "Protesters (Cameroon)", "CMR", "protesters")
AMBA = lambda t: A(t, "Ambazonian Separatists", "CMR", "rebel_group")
ADF_AMBA = lambda t: A(t, "ADF: Ambazonia Defence Forces", "CMR", "rebel_group")
BOKO = lambda t: A(t, "Boko Haram", "NGA", "rebel_group")

# ---------- 10 JPNN, Kiwirok / Okbibab (Papua) ----------
f = "10_jpnn_kiwirok_prajurit_gugur.txt"
KIWIROK = lambda t: L(t, "Kiwirok", "IDN", "Papua Pegunungan", None, None, "district")
article(f, "2025-04-10", "Page date line \"Kamis, 10 April 2025 – 16:45 WIB\".", "JPNN",
 "KKB Tembak Prajurit TNI di Kiwirok, Satu Gugur, Sekolah di Okbibab Dibakar", [
 M(BA, "armed_clash", day("2025-04-09", "Rabu (9/4) pagi"),
   KIWIROK("pos Satgas pengamanan perbatasan di Distrik Kiwirok, Kabupaten Pegunungan Bintang, Papua Pegunungan"),
   OPM("kelompok kriminal bersenjata (KKB)"), TNI("Seorang prajurit TNI"),
   ["jpnn.com, JAYAPURA - Seorang prajurit TNI gugur setelah ditembak kelompok kriminal bersenjata (KKB) saat berjaga di pos Satgas pengamanan perbatasan di Distrik Kiwirok, Kabupaten Pegunungan Bintang, Papua Pegunungan, Rabu (9/4) pagi.",
    "\"Rekan-rekan korban langsung membalas tembakan. Para pelaku kemudian melarikan diri ke arah hutan,\" kata Yohanes di Jayapura, Kamis (10/4).",
    "Juru bicara Tentara Pembebasan Nasional Papua Barat (TPNPB) dalam siaran persnya mengklaim pasukannya menembak mati dua anggota TNI dan merampas satu pucuk senjata api. Yohanes membantah klaim tersebut."],
   C("Military Forces of Indonesia", "IDN", [], "disputed", "Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Yohanes Rumbekwan mengatakan"),
   k=(1, 1), civ=False, ftext="Seorang prajurit TNI gugur",
   note="A soldier shot at his post, with return fire: armed_clash (guidelines 3: gunfire on positions). KKB/TPNPB = OPM (samples). The TNI's spokesperson is the first source (one dead); the TPNPB claims two dead and a seized rifle, and the TNI rejects that claim: the claimant denies the other party's version, so disputed, not denied (dev_d). A seized rifle would not be materiel anyway. Kiwirok not placed with confidence: null coordinates, district precision. The evacuation of the body is not an event."),
 M(SD, "looting_property_destruction", day("2025-04-08", "Selasa (8/4) malam"),
   L("Kampung Bulangkop, Distrik Okbibab", "Okbibab", "IDN", "Papua Pegunungan", None, None, "district"),
   OPM("KKB"), NOA,
   ["Sehari sebelumnya, Selasa (8/4) malam, KKB membakar gedung sekolah dasar dan dua rumah dinas guru di Kampung Bulangkop, Distrik Okbibab. Kapolres Pegunungan Bintang AKBP Maruli Sitanggang menyebut tidak ada korban jiwa karena para guru telah mengungsi ke Oksibil sejak pekan lalu."],
   C("Police Forces of Indonesia", "IDN", [], "asserted", "Kapolres Pegunungan Bintang AKBP Maruli Sitanggang menyebut"),
   k=(0, 0), ftext="tidak ada korban jiwa",
   mat=[MAT("building", "IDN", 1, 1, "gedung sekolah dasar"), MAT("building", "IDN", 2, 2, "dua rumah dinas guru")],
   note="Arson of a school and teachers' houses with nobody hurt: looting_property_destruction (dev_e: property destruction with no violence against people; unlike dev_e 04's Anggruk attack, where teachers were wounded). 'tidak ada korban jiwa' = 0..0. The village is coded at its district, Okbibab (not placed with confidence). The police suspicion that the same group did the Kiwirok shooting adds nothing."),
 M(SD, "arrests", day("2025-04-07", "pada Senin (7/4)"),
   L("Sentani, Kabupaten Jayapura", "Sentani", "IDN", "Papua", -2.57, 140.51, "town"),
   POLRI("Satgas Damai Cartenz"), OPM("seorang pria berinisial YK (31)"),
   ["Secara terpisah, Satgas Damai Cartenz menangkap seorang pria berinisial YK (31) di Sentani, Kabupaten Jayapura, pada Senin (7/4). YK diduga memasok amunisi kepada KKB yang beroperasi di wilayah Kiwirok.",
    "\"Dari tangan tersangka, kami menyita 150 butir amunisi kaliber 5,56 milimeter dan uang tunai,\" kata Kepala Satgas Humas Operasi Damai Cartenz Kombes Pol Hendrik Tampubolon."],
   C("Police Forces of Indonesia", "IDN", [], "asserted", "kata Kepala Satgas Humas Operasi Damai Cartenz Kombes Pol Hendrik Tampubolon"),
   note="Arrest of an alleged ammunition supplier of the KKB: arrests by the police task force (samples: Satgas Damai Cartenz = Police Forces of Indonesia); the suspect is coded with the group he is said to supply, OPM (as dev_e 04's arrest in Dekai). Seized ammunition is not materiel (samples). Kiwirok is where the group operates, not the event place."),
 M(SD, "change_to_group_activity", day("2025-04-10", "pada Kamis"), KIWIROK("Kiwirok"),
   TNI("Pangdam XVII/Cenderawasih"), NOA,
   ["Pangdam XVII/Cenderawasih mengirim 100 personel tambahan ke Kiwirok pada Kamis untuk memperkuat pos-pos pengamanan di sepanjang perbatasan dengan Papua Nugini."],
   UN(),
   note="Reinforcement of 100 troops: change_to_group_activity (guidelines 3). 'pada Kamis' in a Thursday report = the day of publication."),
 M(VAC, "attack", month(2021, 9, "pada September 2021"), KIWIROK("Kiwirok"),
   OPM("KKB"), IDN_CIV("para tenaga kesehatan"),
   ["Kiwirok menjadi sorotan pada September 2021, ketika KKB membakar puskesmas, sekolah, dan kantor-kantor pemerintahan serta menyerang para tenaga kesehatan. Seorang perawat tewas dan beberapa tenaga kesehatan lainnya terluka dalam peristiwa itu."],
   UN(), k=(1, 1), civ=True, ftext="Seorang perawat tewas",
   mat=[MAT("building", "IDN", None, None, "puskesmas"), MAT("building", "IDN", None, None, "sekolah"),
        MAT("building", "IDN", None, None, "kantor-kantor pemerintahan")],
   note="The September 2021 Kiwirok attack on health workers with arson of public buildings: dated background after 2016, required (dev_d: Nduga 2018, Kisor 2021); violence against civilians because people were attacked. 'beberapa' wounded has no number. The displacement that followed is not an event; the regent's appeal and Komnas HAM's call are not coded."),
])

# ---------- 11 Liputan6, Bamenda / Kumbo / Batibo / Kolofata (Cameroon) ----------
f = "11_liputan6_kamerun_bamenda_ied.txt"
BAMENDA = lambda t: L(t, "Bamenda", "CMR", "North-West", 5.96, 10.15, "town")
DECLARATION = "Para separatis kemudian mendeklarasikan kemerdekaan \"Ambazonia\" secara simbolis pada 1 Oktober 2017."
article(f, "2025-03-11", "Page date line \"11 Mar 2025, 18:30 WIB\".", "Liputan6",
 "Bom Rakitan Hantam Patroli Militer di Kamerun, Separatis Anglofon Klaim Tewaskan 7 Tentara", [
 M(ER, "remote_explosive_landmine_ied", day("2025-03-09", "pada Minggu (9/3/2025)"),
   BAMENDA("pinggiran kota Bamenda, ibu kota Wilayah Barat Laut"),
   ADF_AMBA("Kelompok separatis Pasukan Pertahanan Ambazonia (ADF)"), CMR("Empat tentara Kamerun"),
   ["Liputan6.com, Yaounde - Empat tentara Kamerun tewas ketika bom rakitan meledak di bawah kendaraan patroli mereka di pinggiran kota Bamenda, ibu kota Wilayah Barat Laut, pada Minggu (9/3/2025). Seorang perwira militer mengatakan kepada AFP bahwa dua tentara lainnya terluka parah.",
    "Kelompok separatis Pasukan Pertahanan Ambazonia (ADF) mengklaim bertanggung jawab atas serangan itu melalui media sosial dan menyebut tujuh tentara tewas."],
   C("military sources", "CMR", ["AFP"], "disputed", "Seorang perwira militer mengatakan kepada AFP"),
   k=(4, 4), w=(2, 2), civ=False, ftext="Empat tentara Kamerun tewas",
   mat=[MAT("vehicle", "CMR", None, None, "kendaraan patroli")],
   note="A roadside bomb under an army patrol vehicle: remote explosive/IED. The bomber is the group that claims it: the Ambazonia Defence Forces (ACLED's 'ADF: Ambazonia Defence Forces', not Congo's Allied Democratic Forces of article 06). The army officer via AFP is the first source (4 dead, 2 wounded); the ADF's 'tujuh tentara' differs without a denial: disputed. The group's social-media channel is its own, not a relay. 'Yaounde' is the dateline, not the event place."),
 M(VAC, "abduction_forced_disappearance", day("2025-03-08", "Sabtu (8/3/2025)"),
   L("kota Kumbo, Wilayah Barat Laut", "Kumbo", "CMR", "North-West", 6.2, 10.67, "town"),
   A("orang-orang bersenjata yang diduga separatis", "Unidentified Armed Group (Cameroon)", "CMR", "political_militia"),
   CMR_CIV("seorang kepala adat dan dua guru"),
   ["Sehari sebelumnya, Sabtu (8/3/2025), orang-orang bersenjata yang diduga separatis menculik seorang kepala adat dan dua guru di kota Kumbo, Wilayah Barat Laut, menurut pejabat setempat. Para penculik menuntut tebusan dan memerintahkan sekolah-sekolah di kota itu ditutup."],
   C("local officials", "CMR", [], "asserted", "menurut pejabat setempat"),
   note="Kidnapping of a traditional chief and two teachers: abduction. Gunmen only suspected ('diduga') of being separatists: Unidentified Armed Group (Cameroon) (dev_c's rule for suspected affiliation). Three abducted people are not casualties: counts null. The order to close schools is part of the same act."),
 M(BA, "armed_clash", day("2025-03-10", "pada Senin (10/3/2025)"),
   L("desa-desa sekitar Batibo", "Batibo", "CMR", "North-West", 5.83, 9.85, "district"),
   CMR("pasukannya"), AMBA("tujuh separatis"),
   ["Militer mengatakan pasukannya menewaskan tujuh separatis dalam operasi di desa-desa sekitar Batibo pada Senin (10/3/2025). Namun, warga dan sebuah kelompok HAM setempat menyebut sedikitnya tiga korban tewas merupakan warga sipil, termasuk seorang petani berusia 70 tahun."],
   C("Military Forces of Cameroon", "CMR", [], "disputed", "Militer mengatakan"),
   k=(7, 7), civ=False, ftext="menewaskan tujuh separatis",
   note="An army operation killing 'separatists': armed_clash as the claimant presents it (the army is the first source), generic Ambazonian separatists as actor2. Residents and a rights group say at least three of the dead were civilians, a differing version without a denial verb: disputed; their version is not split into a separate attack mention. civilian follows the claimant (false); villages around Batibo: district precision, approximate coordinates."),
 M(SD, "other", day("2025-03-10", "mulai Senin malam"), BAMENDA("Bamenda"),
   CMR_GOV("Gubernur Wilayah Barat Laut"), NOA,
   ["Gubernur Wilayah Barat Laut memberlakukan jam malam di Bamenda mulai Senin malam, dari pukul 20.00 hingga 06.00 waktu setempat."],
   UN(),
   note="A curfew: strategic_developments/other, like martial law and states of emergency (dev_e)."),
 M(ER, "suicide_bomb", day("2025-03-06", "pada Kamis pekan lalu"),
   L("sebuah pasar di kota Kolofata", "Kolofata", "CMR", "Far North", 11.17, 14.01, "town"),
   BOKO("kelompok militan Boko Haram"), CMR_CIV("tiga warga"),
   ["Di Wilayah Ujung Utara, seorang perempuan pelaku bom bunuh diri meledakkan diri di sebuah pasar di kota Kolofata pada Kamis pekan lalu, menewaskan tiga warga dan melukai sembilan lainnya. Otoritas setempat menuding kelompok militan Boko Haram dari Nigeria berada di balik serangan tersebut."],
   C("local officials", "CMR", [], "asserted", "Otoritas setempat menuding"),
   k=(3, 3), w=(9, 9), civ=True, ftext="menewaskan tiga warga dan melukai sembilan lainnya",
   note="A suicide bombing at a market: explosions/suicide_bomb (the bomber's death is not counted). 'Kamis pekan lalu' in a Tuesday report = Thursday of the previous week, 6 March (samples: 'Kamis pekan lalu'). The bomber is the group the local authorities accuse; Boko Haram keeps its Nigerian country code (samples' vocabulary)."),
 M(VAC, "attack", NOD,
   L("wilayah perbatasan Kamerun dengan Nigeria dan Danau Chad", "Far North", "CMR", "Far North", 10.59, 14.32, "region"),
   BOKO("Boko Haram"), CMR_CIV("desa-desa"),
   ["Boko Haram dan sempalannya, ISWAP, kerap menyerang desa-desa di wilayah perbatasan Kamerun dengan Nigeria dan Danau Chad."],
   UN(), opt=True,
   note="A habitual statement ('kerap'): optional (guidelines 2). Far North region at Maroua."),
 M(PR, "excessive_force_against_protesters", rng("2016-10-01", "2016-12-31", "pada akhir 2016"), BAMENDA("Bamenda"),
   CMR_POL("Aparat"), CMR_PROT("para pengacara dan guru"),
   ["Konflik di wilayah Anglofon bermula dari aksi protes para pengacara dan guru di Bamenda pada akhir 2016 yang menentang dominasi bahasa Prancis di pengadilan dan sekolah. Aparat membubarkan aksi itu dengan kekerasan, menewaskan sedikitnya dua demonstran."],
   UN(), k=(2, None), civ=True, ftext="menewaskan sedikitnya dua demonstran",
   note="A peaceful protest dispersed with lethal force: excessive_force_against_protesters, actor1 the security forces and actor2 the protesters (samples 71); one event, the protest itself is not coded separately. 2016 is not older than 2016: required. 'akhir 2016' = October-December. 'Aparat' (the security apparatus) is coded as the police, who disperse protests. Unarmed protesters: civilian true."),
 M(SD, "other", day("2017-10-01", "pada 1 Oktober 2017"),
   L(None, "North-West", "CMR", "North-West", 5.96, 10.15, "region"),
   AMBA("Para separatis"), NOA,
   [DECLARATION],
   UN(),
   note="A symbolic declaration of independence: strategic_developments/other, dated background after 2016, required. No place in the sentence: the Anglophone North-West region at Bamenda (guidelines 5)."),
 M(BA, "armed_clash", rng("2017-10-01", "2025-03-11", "Sejak itu"),
   L(None, "Anglophone regions (Cameroon)", "CMR", None, None, None, "region"),
   CMR(None), AMBA(None),
   ["Sejak itu, kelompok International Crisis Group mencatat lebih dari 6.500 orang tewas dan lebih dari 600.000 orang mengungsi."],
   C("International Crisis Group", None, [], "asserted", "kelompok International Crisis Group mencatat"),
   k=(6500, None), ftext="lebih dari 6.500 orang tewas", opt=True,
   note="War-wide toll since 2017: aggregate, optional (type nominal). Two regions with no single centre: coordinates null."),
 M(VAC, "attack", NOD,
   L("wilayah Anglofon", "Anglophone regions (Cameroon)", "CMR", None, None, None, "region"),
   AMBA("separatis"), CMR_CIV(None),
   ["Sekolah-sekolah di wilayah Anglofon kerap menjadi sasaran karena separatis menentang kurikulum pemerintah."],
   UN(), opt=True,
   note="A habitual statement ('kerap') about attacks on schools: optional. The Canadian mediation of 2023 (talks without an agreement), Biya's rejection and Amnesty's appeal are not events."),
])

# ---------- 12-14: no armed event ----------
article("12_viva_indo_defence_expo.txt", "2025-06-12", "Date in the body: \"Pada hari kedua, Kamis 12 Juni 2025\" (VIVA pages carry no date line); the expo opened on Wednesday 11 June.", "VIVA",
 "Drone Kamikaze hingga Rudal Antitank Curi Perhatian di Indo Defence 2025, Kemhan Teken 20 Kontrak", [])
# An arms exhibition: tanks, missiles, warships and combat drones on display; a kamikaze drone "menghancurkan sasaran
# bergerak", an air-defence system "mencegat rudal jelajah dan pesawat tempur", a tank simulator firing its gun, a
# multiple rocket launcher on show, "demonstrasi statis". The CEO's "drone murah bisa melumpuhkan tank" about "konflik-
# konflik terbaru" is commentary with no event; 20 procurement contracts are purchases, not conflict events (samples 86).
# No event.

article("13_merdeka_perang_saudara_bulu_tangkis.txt", "2025-01-26", "Page date line \"Minggu, 26 Januari 2025 17:05\".", "Merdeka",
 "Perang Saudara di Final, Ganda Putra Indonesia Saling Gempur Tiga Gim di Istora", [])
# Badminton: an all-Indonesian final as "perang saudara" (civil war), "saling gempur", smashes "menghujani", "membombardir
# pertahanan", "puncak pertempuran", "menembus benteng pertahanan", "tumbang", "menumbangkan unggulan pertama", "senjata
# masing-masing", "perang taktik", "berjuang habis-habisan". Fictional players. No event.

article("14_okezone_simulasi_sispamkota_semarang.txt", "2024-11-20", "Page date line \"Rabu, 20 November 2024 - 13:05 WIB\".", "Okezone",
 "Massa Ricuh Bakar Ban hingga Teroris Sandera Petugas KPU, Begini Simulasi Sispamkota Polda Jateng Jelang Pilkada", [])
# A police security drill (Sispamkota) before the regional elections: a staged riot (burning tyres, bottles thrown, a
# fence damaged), tear gas and a water cannon, "provokator" arrested, two "teroris" taking a KPU officer hostage and being
# "dilumpuhkan" by Brimob, a controlled detonation of a "bom", "korban" evacuated on stretchers, 3,000 soldiers on
# standby. Everything is simulated ("bukan kejadian sungguhan"); drills and exercises are not conflict events (samples
# 84, dev_d 20, dev_e 13). The closing "belum ada laporan gangguan keamanan" reports no event. No event.
