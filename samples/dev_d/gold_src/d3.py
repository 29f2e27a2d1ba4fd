from lib import *

OPM = lambda t: A(t, "OPM: Free Papua Movement", None, "rebel_group")
TNI = lambda t: A(t, "Military Forces of Indonesia", "IDN", "state_forces")
POLRI = lambda t: A(t, "Police Forces of Indonesia", "IDN", "state_forces")
IDN_CIV = lambda t: A(t, "Civilians (Indonesia)", "IDN", "civilians")
IS_SYR = lambda t: A(t, "Islamic State (Syria)", "SYR", "rebel_group")
SYR = lambda t: A(t, "Military Forces of Syria", "SYR", "state_forces")
SYR_CIV = lambda t: A(t, "Civilians (Syria)", "SYR", "civilians")
ISR = lambda t, kind="external_force": A(t, "Military Forces of Israel", "ISR", kind)
SHAB = lambda t: A(t, "Al Shabaab", "SOM", "rebel_group")
SOM = lambda t: A(t, "Military Forces of Somalia", "SOM", "state_forces")
BH = lambda t: A(t, "Boko Haram", "NGA", "rebel_group")
NGA = lambda t: A(t, "Military Forces of Nigeria", "NGA", "state_forces")
NGA_CIV = lambda t: A(t, "Civilians (Nigeria)", "NGA", "civilians")

# ---------- 09 Tribunnews, Teluk Bintuni ----------
f = "09_tribunnews_bintuni_pekerja_jalan.txt"
MOSKONA = lambda t: L(t, "Moskona Barat", "IDN", "Papua Barat", None, None, "district")
article(f, "2025-04-15", "Page date line \"Selasa, 15 April 2025 11:32 WIB\".", "Tribunnews",
 "KKB Tembaki Pekerja Jalan di Teluk Bintuni, 3 Orang Tewas dan 2 Luka-luka", [
 M(VAC, "attack", day("2025-04-14", "Senin (14/4/2025) siang"), MOSKONA("Kampung Meyerga, Distrik Moskona Barat, Kabupaten Teluk Bintuni"),
   OPM("Kelompok Kriminal Bersenjata (KKB)"), IDN_CIV("pekerja proyek pembangunan jalan"),
   ["TRIBUNNEWS.COM, MANOKWARI - Kelompok Kriminal Bersenjata (KKB) kembali berulah di Papua Barat. Tiga pekerja proyek pembangunan jalan tewas dan dua lainnya luka-luka setelah ditembaki KKB di Kampung Meyerga, Distrik Moskona Barat, Kabupaten Teluk Bintuni, Senin (14/4/2025) siang.",
    "Kapolres Teluk Bintuni AKBP Hendra Saputra mengatakan para korban sedang beristirahat di bedeng proyek ketika sekelompok orang bersenjata api datang dari arah hutan dan langsung melepaskan tembakan.",
    "Pelaku juga membakar satu unit ekskavator dan sebuah truk milik perusahaan sebelum melarikan diri ke arah pegunungan.",
    "Tentara Pembebasan Nasional Papua Barat (TPNPB) Kodap IV Sorong Raya melalui juru bicaranya mengklaim bertanggung jawab atas penembakan itu. Dalam keterangan tertulis, TPNPB menuding para pekerja merupakan \"anggota TNI yang menyamar\".",
    "Polisi membantah tudingan tersebut."],
   C("Police Forces of Indonesia", "IDN", [], "disputed", "Kapolres Teluk Bintuni AKBP Hendra Saputra mengatakan"),
   k=(3, 3), w=(2, 2), civ=True, ftext="Tiga pekerja proyek pembangunan jalan tewas dan dua lainnya luka-luka",
   mat=[MAT("vehicle", "IDN", 1, 1, "satu unit ekskavator"), MAT("vehicle", "IDN", 1, 1, "sebuah truk")],
   note="Shooting of unarmed road workers: violence against civilians; the arson of the company's machines is folded in as materiel (vehicles, owner IDN). Counts from the police (first source). The TPNPB claims the attack but says the victims were disguised soldiers; the police deny that claim, i.e. the claimant denies the other party's version, not the reverse: disputed (as dev_c 09 Ilaga). Moskona Barat is not placed with confidence: null coordinates, district precision."),
 M(BA, "armed_clash", day("2025-04-15", "Pada Selasa pagi"), MOSKONA("sekitar lokasi kejadian"),
   TNI("tim gabungan TNI-Polri"), OPM("KKB"),
   ["Pada Selasa pagi, tim gabungan TNI-Polri yang hendak mengevakuasi jenazah terlibat kontak tembak dengan KKB di sekitar lokasi kejadian. Kontak tembak berlangsung sekitar 30 menit, dan tidak ada korban di pihak aparat."],
   UN(), note="Exchange of fire during the recovery of the bodies: armed_clash, symmetric, the side named first is actor1 (the joint team, coded TNI as in dev_c 09). 'tidak ada korban di pihak aparat' covers one side only: counts null."),
 M(SD, "change_to_group_activity", day("2025-04-14", "sejak Senin malam"), MOSKONA("Moskona Barat"),
   POLRI("Polda Papua Barat"), NOA,
   ["Untuk mengantisipasi serangan lanjutan, Polda Papua Barat mengerahkan 100 personel Brimob tambahan ke Moskona Barat sejak Senin malam. Seluruh aktivitas proyek jalan di wilayah tersebut dihentikan sementara."],
   UN(), note="Reinforcement deployment: change_to_group_activity (guidelines 3). The suspension of road works is not an event."),
 M(VAC, "attack", rng("2025-01-01", "2025-04-15", "sejak awal tahun"), L("wilayah Teluk Bintuni", "Teluk Bintuni", "IDN", "Papua Barat", -2.11, 133.53, "region"),
   OPM(None), IDN_CIV("pekerja sipil"),
   ["Menurut catatan Polda Papua Barat, penembakan ini merupakan serangan ketiga terhadap pekerja sipil di wilayah Teluk Bintuni sejak awal tahun."],
   C("Police Forces of Indonesia", "IDN", [], "asserted", "Menurut catatan Polda Papua Barat"), opt=True,
   note="Tally of attacks on workers this year: aggregate, optional."),
 M(VAC, "attack", month(2018, 12, "pada Desember 2018"), L("Distrik Yigi, Kabupaten Nduga", "Yigi", "IDN", "Papua Pegunungan", None, None, "district"),
   OPM("kelompok Egianus Kogoya"), IDN_CIV("pekerja PT Istaka Karya"),
   ["Peristiwa ini mengingatkan publik pada pembantaian pekerja PT Istaka Karya oleh kelompok Egianus Kogoya di Distrik Yigi, Kabupaten Nduga, pada Desember 2018. Saat itu, belasan pekerja proyek jembatan Trans Papua tewas dibunuh."],
   UN(), k=(11, 19), civ=True, ftext="belasan pekerja proyek jembatan Trans Papua tewas dibunuh",
   note="The 2018 Nduga massacre: dated background after 2016, required (guidelines 2 makes only pre-2016 history optional). 'belasan' = 11..19. Yigi not placed with confidence; admin1 is today's province."),
 M(BA, "armed_clash", month(2021, 9, "pada September 2021"), L("Pos Koramil Kisor di Kabupaten Maybrat", "Kisor", "IDN", "Papua Barat Daya", None, None, "district"),
   OPM("Kelompok bersenjata"), TNI("prajurit TNI"),
   ["Kelompok bersenjata juga pernah menyerang Pos Koramil Kisor di Kabupaten Maybrat pada September 2021 dan menewaskan empat prajurit TNI."],
   UN(), k=(4, 4), civ=False, ftext="menewaskan empat prajurit TNI",
   note="Attack on an army post (2021): dated background, required; an attack on a military position is armed_clash (guidelines 3). The unnamed group is OPM by the article's context (as dev_c 09). Maybrat is today in Papua Barat Daya; not placed with confidence."),
])

# ---------- 10 iNews, Damascus ----------
f = "10_inews_damaskus_gereja.txt"
SYRIA = lambda t: L(t, "Syria", "SYR", None, 33.51, 36.29, "country")
ISR_SYR = ["Israel telah melancarkan ratusan serangan ke wilayah Suriah sejak jatuhnya Assad dan menempatkan pasukannya di zona penyangga di Dataran Tinggi Golan."]
article(f, "2025-06-23", "Page date line \"Senin, 23 Juni 2025 - 13:25:00 WIB\".", "iNews",
 "Bom Bunuh Diri Guncang Gereja di Damaskus, Korban Tewas Bertambah Jadi 24 Orang", [
 M(ER, "suicide_bomb", day("2025-06-22", "Minggu (22/6/2025) sore"), L("Gereja Santo Georgius di distrik Dweila, Damaskus", "Damascus", "SYR", "Damascus", 33.51, 36.29, "town"),
   IS_SYR("kelompok ISIS"), SYR_CIV("jemaat"),
   ["DAMASKUS, iNews.id - Jumlah korban tewas akibat serangan bom bunuh diri di Gereja Santo Georgius di distrik Dweila, Damaskus, Suriah, bertambah menjadi 24 orang. Kementerian Kesehatan Suriah menyebut 59 orang lainnya terluka dalam serangan saat misa Minggu (22/6/2025) sore itu.",
    "Menurut Kementerian Dalam Negeri Suriah, seorang pria yang berafiliasi dengan kelompok ISIS masuk ke gereja, melepaskan tembakan ke arah jemaat, lalu meledakkan rompi peledak yang dikenakannya.",
    "Belakangan, kelompok yang menamakan diri Saraya Ansar al-Sunna mengklaim bertanggung jawab atas serangan tersebut. Namun, pemerintah Suriah tetap menuding ISIS sebagai dalang dan menyebut Saraya Ansar al-Sunna hanya kedok."],
   C("Ministry of Health (Syria)", "SYR", [], "disputed", "Kementerian Kesehatan Suriah menyebut"),
   k=(24, 24), w=(59, 59), civ=True, ftext="bertambah menjadi 24 orang",
   mat=[MAT("building", "SYR", 1, 1, "Gereja Santo Georgius")],
   note="Gunfire followed by a suicide vest: one suicide_bomb (the shooting is folded in, as heldout_b's Mogadishu rule). Updated toll (20 on Sunday night, 24 on Monday). Counts from the health ministry (first source); the perpetrator from the interior ministry. A different group claims the attack while the government names IS: versions differ without a denial verb, disputed. Dweila is folded into Damascus. The AFP witness quote is not evidence."),
 M(BA, "armed_clash", day("2025-06-23", "Pada Senin dini hari"), L("kawasan Harasta, pinggiran Damaskus", "Harasta", "SYR", "Rif Dimashq", 33.56, 36.37, "town"),
   SYR("pasukan keamanan"), IS_SYR("sel ISIS"),
   ["Pada Senin dini hari, pasukan keamanan menggerebek sebuah tempat persembunyian sel ISIS di kawasan Harasta, pinggiran Damaskus. Dua militan tewas dalam baku tembak dan enam orang lainnya ditangkap, termasuk seorang yang diduga memasok bahan peledak, kata Kementerian Dalam Negeri."],
   C("Ministry of Interior of Syria", "SYR", [], "asserted", "kata Kementerian Dalam Negeri"),
   k=(2, 2), civ=False, ftext="Dua militan tewas",
   note="Raid with an exchange of fire: armed_clash; the six arrests are folded in. The new government's security forces are Military Forces of Syria (dev_c convention)."),
 M(BA, "non_state_actor_overtakes_territory", day("2024-12-08", "pada 8 Desember 2024"), SYRIA(None),
   A("kelompok Hayat Tahrir al-Sham (HTS)", "HTS: Hayat Tahrir al Sham", "SYR", "rebel_group"), SYR(None),
   ["Serangan ini merupakan yang paling mematikan terhadap komunitas Kristen sejak kelompok Hayat Tahrir al-Sham (HTS) menggulingkan Bashar al-Assad pada 8 Desember 2024."],
   UN(), note="'sejak' + a concrete dated action (HTS toppling Assad on 8 Dec 2024): required (heldout_b's 'sejak X' rule), typed as the rebels' takeover (as dev_c 13 codes the capture of Damascus). No place in the sentence: national act at the capital's coordinates. The old regime's army is inferred (text null). The later 'sejak jatuhnya Assad' refers back to it."),
 M(ER, "remote_explosive_landmine_ied", month(2025, 5, "Pada Mei lalu"), L("kota Mayadin, Provinsi Deir ez-Zor", "Mayadin", "SYR", "Deir ez-Zor", 35.02, 40.45, "town"),
   IS_SYR("sel ISIS"), SYR("pasukan keamanan umum"),
   ["Pada Mei lalu, sebuah bom mobil meledak di depan markas pasukan keamanan umum di kota Mayadin, Provinsi Deir ez-Zor, dalam serangan yang dituding dilakukan sel ISIS. Ledakan itu menewaskan lima orang, termasuk tiga anggota pasukan keamanan."],
   UN(), k=(5, 5), ftext="menewaskan lima orang, termasuk tiga anggota pasukan keamanan",
   note="Car bomb (not said to be a suicide attack): remote explosive. Dated background of this year, required. The accusation has no named source: unattributed. Three of the five were security personnel, the others are not described: civilian null."),
 M(ER, "air_drone_strike", day("2025-06-21", "pada Sabtu (21/6/2025)"), L("kota Quneitra di Suriah selatan", "Quneitra", "SYR", "Quneitra", 33.12, 35.82, "town"),
   ISR("drone Israel"), NOA,
   ["Secara terpisah, drone Israel menyerang sebuah kendaraan di dekat kota Quneitra di Suriah selatan pada Sabtu (21/6/2025) dan menewaskan satu orang, menurut kantor berita pemerintah SANA."],
   C("Government of Syria", "SYR", [], "asserted", "menurut kantor berita pemerintah SANA"),
   k=(1, 1), ftext="menewaskan satu orang",
   mat=[MAT("vehicle", None, 1, 1, "sebuah kendaraan")],
   note="Israeli drone strike on a car. SANA is the state agency, the government's own channel: claimant Government of Syria, not a relay (dev_c 13). The dead person is not described: actor2 null. Israel in Syria: external_force. The car's owner is unknown: side null."),
 M(ER, "air_drone_strike", rng("2024-12-08", "2025-06-23", "sejak jatuhnya Assad"), SYRIA(None),
   ISR("Israel"), NOA, ISR_SYR, UN(), opt=True,
   note="'ratusan serangan' over six months: aggregate, optional."),
 M(SD, "change_to_group_activity", rng("2024-12-08", "2025-06-23", "sejak jatuhnya Assad"),
   L("zona penyangga di Dataran Tinggi Golan", "Quneitra", "SYR", "Quneitra", 33.12, 35.82, "region"),
   ISR("pasukannya"), NOA, ISR_SYR, UN(), opt=True,
   note="Deployment into the buffer zone, undated beyond 'sejak jatuhnya Assad': optional (a continuing state). The buffer zone lies in Quneitra governorate. The condemnations are not events."),
])

# ---------- 11 Liputan6, Mogadishu ----------
f = "11_liputan6_mogadishu_rekrutmen.txt"
MOG = lambda t: L(t, "Mogadishu", "SOM", "Banaadir", 2.04, 45.34, "town")
OFFENSIVE = ["Al-Shabaab melancarkan ofensif besar di wilayah Shabelle Tengah dan Hiiraan sejak Februari, merebut kembali sejumlah desa yang sebelumnya dikuasai pemerintah."]
article(f, "2025-05-27", "Page date line \"27 Mei 2025, 15:10 WIB\".", "Liputan6",
 "Bom Bunuh Diri di Pusat Rekrutmen Tentara Mogadishu, Korban Tewas Bertambah Jadi 13 Orang", [
 M(ER, "suicide_bomb", day("2025-05-26", "pada Senin (26/5/2025) pagi"), MOG("pusat rekrutmen militer di distrik Hodan, Mogadishu"),
   A("Seorang pelaku bom bunuh diri", "Al Shabaab", "SOM", "rebel_group"), SOM("calon tentara"),
   ["Liputan6.com, Mogadishu - Seorang pelaku bom bunuh diri meledakkan diri di tengah kerumunan calon tentara yang mengantre di depan pusat rekrutmen militer di distrik Hodan, Mogadishu, Somalia, pada Senin (26/5/2025) pagi. Seorang pejabat militer mengatakan kepada AFP bahwa korban tewas bertambah menjadi 13 orang, sementara lebih dari 20 lainnya luka-luka.",
    "Para korban terdiri atas calon rekrut yang sebagian besar berusia belasan hingga awal 20-an tahun, serta sejumlah pedagang kaki lima yang berjualan di sekitar gerbang.",
    "Kelompok militan Al-Shabaab yang berafiliasi dengan Al-Qaeda mengklaim bertanggung jawab atas serangan itu melalui radio Andalus. Kelompok itu menyebut \"puluhan tentara murtad\" tewas dalam ledakan."],
   C("military sources", "SOM", ["AFP"], "disputed", "Seorang pejabat militer mengatakan kepada AFP"),
   k=(13, 13), w=(20, None), civ=True, ftext="korban tewas bertambah menjadi 13 orang, sementara lebih dari 20 lainnya luka-luka",
   note="Suicide bombing of recruits queuing at a military recruitment centre. actor1 is named by the group's own claim (as dev_c 14); actor2 the army whose recruitment centre was targeted. Updated toll (11 from the police earlier, 13 on Tuesday) from the first source via AFP. Al-Shabaab's 'puluhan tentara' differs from the official count without a denial: disputed. Street vendors among the dead: civilian true. Radio Andalus is the group's channel, not a relay. Hodan is folded into Mogadishu."),
 M(ER, "air_drone_strike", day("2025-05-25", "pada Minggu (25/5/2025)"), L("Jilib, wilayah Juba Tengah", "Jilib", "SOM", "Middle Juba", 0.49, 42.77, "town"),
   A("Komando Afrika Amerika Serikat (AFRICOM)", "Military Forces of the United States", "USA", "external_force"), SHAB("militan Al-Shabaab"),
   ["Sehari sebelum ledakan, Komando Afrika Amerika Serikat (AFRICOM) mengumumkan serangan udara di dekat Jilib, wilayah Juba Tengah, pada Minggu (25/5/2025). Menurut penilaian awal AFRICOM, serangan itu menewaskan tiga militan Al-Shabaab dan tidak melukai warga sipil."],
   C("US Africa Command", "USA", [], "asserted", "Komando Afrika Amerika Serikat (AFRICOM) mengumumkan"),
   k=(3, 3), civ=False, ftext="menewaskan tiga militan Al-Shabaab",
   note="US air strike on Al-Shabaab near Jilib. 'tidak melukai warga sipil' concerns civilians only."),
 M(BA, "non_state_actor_overtakes_territory", rng("2025-04-11", "2025-04-20", "pada pertengahan April lalu"),
   L("kota Adan Yabaal di wilayah Shabelle Tengah", "Adan Yabaal", "SOM", "Middle Shabelle", None, None, "district"),
   SHAB("Kelompok itu"), SOM("pasukan pemerintah"),
   ["Kelompok itu merebut kota Adan Yabaal di wilayah Shabelle Tengah pada pertengahan April lalu, setelah pasukan pemerintah menarik diri dari pangkalan di kota tersebut."],
   UN(), note="Dated background capture this year: required. 'pertengahan April' = 11-20 April. Adan Yabaal not placed with confidence: null coordinates, district precision. A base taken over is not destroyed materiel."),
 M(BA, "armed_clash", rng("2025-02-01", "2025-05-27", "sejak Februari"), L("wilayah Shabelle Tengah", "Middle Shabelle", "SOM", "Middle Shabelle", 2.78, 45.5, "region"),
   SHAB("Al-Shabaab"), SOM("pemerintah"), OFFENSIVE, UN(), opt=True,
   note="Months-long offensive: aggregate, optional; one per region named (Middle Shabelle, at Jowhar)."),
 M(BA, "armed_clash", rng("2025-02-01", "2025-05-27", "sejak Februari"), L("Hiiraan", "Hiiraan", "SOM", "Hiiraan", 4.74, 45.2, "region"),
   SHAB("Al-Shabaab"), SOM("pemerintah"), OFFENSIVE, UN(), opt=True,
   note="Second region of the offensive (Hiiraan, at Beledweyne)."),
 M(ER, "remote_explosive_landmine_ied", month(2022, 10, "Pada Oktober 2022"), MOG("gedung Kementerian Pendidikan di ibu kota"),
   SHAB(None), NOA,
   ["Pada Oktober 2022, dua bom mobil meledak di dekat gedung Kementerian Pendidikan di ibu kota dan menewaskan lebih dari 100 orang, salah satu serangan paling mematikan dalam beberapa tahun terakhir."],
   UN(), k=(100, None), ftext="menewaskan lebih dari 100 orang",
   note="The 2022 double car bombing: dated background after 2016, required; car bombs not said to be suicide attacks: remote explosive. The attacker is not named in the sentence; Al-Shabaab is inferred from the article (text null). Victims not described: civilian null."),
 M(BA, "armed_clash", rng("2006-01-01", "2025-05-27", "selama hampir dua dekade"), L(None, "Somalia", "SOM", None, 2.04, 45.34, "country"),
   SHAB("Al-Shabaab"), SOM("pemerintah federal Somalia"),
   ["Al-Shabaab telah memerangi pemerintah federal Somalia selama hampir dua dekade dan masih menguasai sebagian besar wilayah pedesaan di selatan dan tengah negara itu."],
   UN(), opt=True, note="Insurgency-wide background: aggregate, optional; the start of the range approximates 'hampir dua dekade'. The embassy's statement and the UN's condemnation are not events."),
])

# ---------- 12 Okezone, Borno ----------
f = "12_okezone_borno_boko_haram.txt"
R = ["AFP", "Reuters"]
BAMA = lambda t: L(t, "Bama", "NGA", "Borno", 11.52, 13.69, "district")
NE = lambda t: L(t, "Borno", "NGA", "Borno", 11.85, 13.16, "region")
LEAD = "ABUJA - Jumlah korban tewas akibat serangan militan Boko Haram ke desa Kudumbari di wilayah Bama, Negara Bagian Borno, Nigeria timur laut, bertambah menjadi 61 orang. Serangan itu terjadi pada Jumat (5/9/2025) malam, ketika sebagian besar warga sedang bersiap tidur."
GOV = "Gubernur Borno Babagana Zulum, yang mengunjungi desa itu pada Sabtu, mengatakan 56 warga sipil dan lima tentara tewas dalam serangan tersebut. Para penyerang menembaki warga dan membakar puluhan rumah sebelum menyerbu pos militer kecil di pinggir desa."
GOV_CLAIM = C("Governor of Borno", "NGA", R, "asserted", "Gubernur Borno Babagana Zulum")
article(f, "2025-09-07", "Page date line \"Minggu, 07 September 2025 - 10:45 WIB\".", "Okezone",
 "Boko Haram Serbu Desa di Borno Nigeria, Korban Tewas Bertambah Jadi 61 Orang", [
 M(VAC, "attack", day("2025-09-05", "pada Jumat (5/9/2025) malam"), BAMA("desa Kudumbari di wilayah Bama, Negara Bagian Borno"),
   BH("militan Boko Haram"), NGA_CIV("warga"), [LEAD, GOV], GOV_CLAIM,
   k=(56, 56), civ=True, ftext="56 warga sipil",
   mat=[MAT("building", "NGA", 10, None, "puluhan rumah")],
   note="One raid split by target (guidelines 1): the killing of villagers is violence against civilians with the civilian count (56); the assault on the army post is a separate armed_clash. The lead's 61 is the sum of both and is attached to neither. 'puluhan rumah' burned = building, min 10. The village is not placed: coded at Bama LGA (district precision). '(Sumber: AFP, Reuters)' on every mention."),
 M(BA, "armed_clash", day("2025-09-05", "pada Jumat (5/9/2025) malam"), BAMA("pos militer kecil di pinggir desa"),
   BH("militan Boko Haram"), NGA("Pasukan di pos tersebut"),
   [GOV, "Seorang sumber militer mengatakan kepada AFP bahwa para militan datang dengan puluhan sepeda motor dan beberapa truk bak terbuka. Pasukan di pos tersebut sempat membalas tembakan selama hampir satu jam sebelum kehabisan amunisi dan mundur."],
   GOV_CLAIM, k=(5, 5), civ=False, ftext="lima tentara",
   note="Assault on the army post with return fire for an hour: armed_clash, five soldiers killed. The soldiers withdrew but the text does not say the post was held, so it is not coded as a takeover. Motorbikes and trucks are the attackers' means, not materiel."),
 M(VAC, "abduction_forced_disappearance", day("2025-09-04", "pada Kamis (4/9/2025) dini hari"), L("sebuah desa di wilayah Maru", "Maru", "NGA", "Zamfara", 12.33, 6.4, "district"),
   A("kelompok bandit bersenjata", "Unidentified Armed Group (Nigeria)", "NGA", "political_militia"), NGA_CIV("sedikitnya 43 warga"),
   ["Di Negara Bagian Zamfara, barat laut Nigeria, kelompok bandit bersenjata menculik sedikitnya 43 warga, sebagian besar perempuan dan anak-anak, dari sebuah desa di wilayah Maru pada Kamis (4/9/2025) dini hari, kata polisi setempat."],
   C("Police Forces of Nigeria", "NGA", R, "asserted", "kata polisi setempat"),
   note="Mass kidnapping by bandits: abduction. Bandits without a group name: Unidentified Armed Group (Nigeria) (samples' convention for unnamed gunmen). The 43 abducted are not casualties. Unnamed village: coded at Maru LGA."),
 M(ER, "air_drone_strike", rng("2025-08-25", "2025-08-31", "pada pekan lalu"), L("Hutan Sambisa", "Sambisa Forest", "NGA", "Borno", 11.3, 13.6, "region"),
   A("Angkatan Udara Nigeria", "Military Forces of Nigeria", "NGA", "state_forces"), BH("militan Boko Haram"),
   ["Angkatan Udara Nigeria mengklaim serangan udara di Hutan Sambisa pada pekan lalu menewaskan puluhan militan Boko Haram, termasuk dua komandan lapangan."],
   C("Military Forces of Nigeria", "NGA", R, "asserted", "Angkatan Udara Nigeria mengklaim"),
   k=(10, None), civ=False, ftext="menewaskan puluhan militan Boko Haram",
   note="Air strikes in the Sambisa forest: required (placed and dated). 'pekan lalu' in a Sunday report = the previous Mon-Sun week (25-31 Aug). 'puluhan' = min 10. 'tidak dapat diverifikasi' is not a denial. The forest is an area: region precision, approximate centre."),
 M(VAC, "attack", rng("2025-06-01", "2025-09-07", "dalam beberapa bulan terakhir"), NE("timur laut Nigeria"),
   BH("Boko Haram"), NGA_CIV("warga sipil"),
   ["Serangan di Kudumbari merupakan salah satu yang paling mematikan di Borno tahun ini. Boko Haram dan sempalannya, Negara Islam Provinsi Afrika Barat (ISWAP), meningkatkan serangan terhadap warga sipil dan pangkalan militer di timur laut Nigeria dalam beberapa bulan terakhir."],
   UN(R), opt=True,
   note="Trend statement over several months: vague, optional; range approximates 'beberapa bulan'. Placed at Borno (Maiduguri)."),
 M(VAC, "abduction_forced_disappearance", month(2014, 4, "pada April 2014"), L("Chibok", "Chibok", "NGA", "Borno", 10.87, 12.85, "town"),
   BH("Boko Haram"), NGA_CIV("276 siswi"),
   ["Boko Haram menjadi sorotan dunia setelah menculik 276 siswi dari sebuah sekolah asrama di Chibok pada April 2014."],
   UN(R), opt=True, note="The Chibok kidnapping: history older than 2016, optional."),
 M(BA, "armed_clash", rng("2009-01-01", "2025-09-07", "dimulai pada 2009"), NE("timur laut Nigeria"),
   BH(None), NGA(None),
   ["Pemberontakan yang dimulai pada 2009 itu telah menewaskan lebih dari 40.000 orang dan membuat sekitar dua juta orang mengungsi di timur laut Nigeria, menurut PBB."],
   C("United Nations", None, R, "asserted", "menurut PBB"),
   k=(40000, None), ftext="menewaskan lebih dari 40.000 orang", opt=True,
   note="Insurgency-wide toll since 2009: aggregate and mostly pre-2016, optional. The president's order to pursue the attackers and the appeals are not events."),
])
