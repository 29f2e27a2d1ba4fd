from lib import *

M23 = lambda t: A(t, "M23: March 23 Movement", "COD", "rebel_group")
FARDC = lambda t: A(t, "Military Forces of the Democratic Republic of Congo", "COD", "state_forces")
PAK = lambda t, kind="state_forces": A(t, "Military Forces of Pakistan", "PAK", kind)
AFG = lambda t: A(t, "Military Forces of Afghanistan", "AFG", "state_forces")
UAG_IND = lambda t: A(t, "Unidentified Armed Group (India)", "IND", "political_militia")
AZE = lambda t: A(t, "Military Forces of Azerbaijan", "AZE", "state_forces")
ARM = lambda t: A(t, "Military Forces of Armenia", "ARM", "state_forces")
AZE_CIV = lambda t: A(t, "Civilians (Azerbaijan)", "AZE", "civilians")
RIOT = lambda t: A(t, "Rioters (Indonesia)", "IDN", "rioters")
PROT = lambda t: A(t, "Protesters (Indonesia)", "IDN", "protesters")
POLRI = lambda t: A(t, "Police Forces of Indonesia", "IDN", "state_forces")

# ---------- 16 Tempo, Mugunga / Rubaya ----------
f = "16_tempo_mugunga_rubaya.txt"
R = ["Al Jazeera", "Reuters"]
CAMP_EV = ["TEMPO.CO, Jakarta - Sedikitnya 12 orang, sebagian besar anak-anak, tewas ketika sejumlah bom menghantam kamp pengungsi di pinggiran Goma, Republik Demokratik Kongo bagian timur, pada Jumat, 3 Mei 2024. Bom-bom itu jatuh di kamp Mugunga dan Lac Vert, yang menampung puluhan ribu orang yang melarikan diri dari pertempuran.",
           "Juru bicara militer Kongo (FARDC) di Kivu Utara, Letnan Kolonel Jean-Paul Mbala, menuding pemberontak M23 dan tentara Rwanda menembakkan bom-bom tersebut dari perbukitan di sekitar Sake.",
           "M23 membantah tuduhan tersebut."]
CAMP_CLAIM = C("Military Forces of the Democratic Republic of Congo", "COD", R, "denied",
               "Juru bicara militer Kongo (FARDC) di Kivu Utara, Letnan Kolonel Jean-Paul Mbala, menuding")
article(f, "2024-05-04", "Page date line \"Sabtu, 4 Mei 2024 10:05 WIB\".", "Tempo",
 "Bom Hantam Dua Kamp Pengungsi di Dekat Goma, Militer Kongo Tuding M23", [
 M(ER, "shelling_artillery_missile_attack", day("2024-05-03", "pada Jumat, 3 Mei 2024"),
   L("kamp Mugunga", "Mugunga", "COD", "North Kivu", -1.63, 29.15, "town"),
   M23("pemberontak M23"), A(None, "Civilians (Democratic Republic of Congo)", "COD", "civilians"),
   CAMP_EV, CAMP_CLAIM, civ=True,
   note="Bombs fired from the hills near Sake on displacement camps: shelling, one mention per camp (Mugunga). The 12 dead and MSF's 20 wounded cover both camps and are attached to neither; the victims are displaced civilians, so civilian true. The FARDC names M23 first (Rwanda second, in the note); M23 denies and blames the FARDC and FDLR: stance denied, deniers M23. The US statement corroborates the FARDC. Sake is the launch area, not the event place. 'AL JAZEERA | REUTERS' on every mention."),
 M(ER, "shelling_artillery_missile_attack", day("2024-05-03", "pada Jumat, 3 Mei 2024"),
   L("Lac Vert", "Lac Vert", "COD", "North Kivu", -1.62, 29.11, "town"),
   M23("pemberontak M23"), A(None, "Civilians (Democratic Republic of Congo)", "COD", "civilians"),
   CAMP_EV, CAMP_CLAIM, civ=True,
   note="Second camp of the list (Lac Vert). Camp coordinates are approximate (west of Goma)."),
 M(BA, "non_state_actor_overtakes_territory", day("2024-04-30", "pada Selasa, 30 April 2024"),
   L("Rubaya, kota tambang coltan di wilayah Masisi", "Rubaya", "COD", "North Kivu", -1.55, 28.88, "town"),
   M23("M23"), FARDC("pasukan pemerintah dan milisi Wazalendo"),
   ["Serangan terhadap kamp pengungsi terjadi tiga hari setelah M23 merebut Rubaya, kota tambang coltan di wilayah Masisi, pada Selasa, 30 April 2024. Warga setempat mengatakan pasukan pemerintah dan milisi Wazalendo mundur tanpa perlawanan berarti."],
   C("residents", None, R, "asserted", "Warga setempat mengatakan"),
   note="Capture of Rubaya after a withdrawal. The Wazalendo militia is folded into the government side (first named)."),
 M(BA, "armed_clash", rng("2024-05-02", "2024-05-04", "sejak Kamis"),
   L("kota Sake", "Sake", "COD", "North Kivu", -1.57, 29.04, "town"),
   M23("M23"), FARDC("tentara Kongo yang didukung milisi Wazalendo"),
   ["Pertempuran antara M23 dan tentara Kongo yang didukung milisi Wazalendo juga berkobar di sekitar kota Sake, sekitar 25 kilometer di barat Goma, sejak Kamis."],
   UN(R), note="Fighting around Sake since Thursday 2 May, to the report. Goma is a reference point."),
 M(SD, "change_to_group_activity", rng("2021-10-01", "2021-12-31", "pada akhir 2021"), NOL,
   M23("M23"), NOA,
   ["M23 kembali mengangkat senjata pada akhir 2021 setelah hampir satu dekade tidak aktif."],
   UN(R), opt=True, note="Resumption of the insurgency, vaguely dated and unplaced: optional."),
 M(BA, "non_state_actor_overtakes_territory", month(2012, 11, "pada November 2012"),
   L("Goma", "Goma", "COD", "North Kivu", -1.68, 29.23, "town"),
   A("Kelompok itu", "M23: March 23 Movement", "COD", "rebel_group"), NOA,
   ["Kelompok itu pernah menduduki Goma selama sekitar sepuluh hari pada November 2012 sebelum mundur di bawah tekanan internasional."],
   UN(R), opt=True, note="History older than 2016: optional. Rwanda's alleged support and Kigali's denial are not events."),
])

# ---------- 17 Republika, Paktika / Kurram ----------
f = "17_republika_paktika_kurram.txt"
R = ["Al Jazeera", "Reuters"]
BORDER_EV = ["REPUBLIKA.CO.ID, KABUL -- Pasukan Taliban Afghanistan dan militer Pakistan terlibat baku tembak di sepanjang perbatasan kedua negara pada Sabtu (28/12/2024), empat hari setelah jet tempur Pakistan membombardir wilayah Provinsi Paktika di Afghanistan timur.",
             "Kementerian Pertahanan Afghanistan menyatakan pasukannya menyerang \"beberapa titik\" di balik \"garis hipotetis\", istilah yang dipakai Taliban untuk menyebut Garis Durand yang tidak pernah diakui Kabul sebagai perbatasan resmi. Sumber keamanan Pakistan mengatakan baku tembak terjadi di distrik Kurram dan Waziristan Utara, menewaskan satu tentara Pakistan dan melukai sedikitnya 11 lainnya."]
article(f, "2024-12-28", "Page date line \"Sabtu 28 Dec 2024 20:10 WIB\".", "Republika",
 "Taliban Balas Serangan Udara Pakistan, Baku Tembak Pecah di Perbatasan", [
 M(BA, "armed_clash", day("2024-12-28", "pada Sabtu (28/12/2024)"),
   L("distrik Kurram", "Kurram", "PAK", "Khyber Pakhtunkhwa", 33.9, 70.1, "district"),
   AFG("Pasukan Taliban Afghanistan"), PAK("militer Pakistan"), BORDER_EV,
   C("security sources", "PAK", R, "asserted", "Sumber keamanan Pakistan mengatakan"),
   note="Cross-border exchange of fire, one mention per district (Kurram, at Parachinar). The Afghan MoD presents its forces as attacking, so actor1 = Afghanistan. One soldier killed and 11+ wounded cover both districts and are attached to neither. Two states fighting each other: both state_forces (heldout_b's India-Pakistan rule). 'Sumber: Aljazirah, Reuters' on every mention."),
 M(BA, "armed_clash", day("2024-12-28", "pada Sabtu (28/12/2024)"),
   L("Waziristan Utara", "North Waziristan", "PAK", "Khyber Pakhtunkhwa", 33.0, 70.07, "district"),
   AFG("Pasukan Taliban Afghanistan"), PAK("militer Pakistan"), BORDER_EV,
   C("security sources", "PAK", R, "asserted", "Sumber keamanan Pakistan mengatakan"),
   note="Second district of the list (North Waziristan, at Miranshah)."),
 M(ER, "air_drone_strike", day("2024-12-24", "Pada Selasa (24/12/2024) malam"),
   L("distrik Barmal, Paktika", "Barmal", "AFG", "Paktika", None, None, "district"),
   PAK("jet tempur Pakistan", "external_force"), A(None, "Civilians (Afghanistan)", "AFG", "civilians"),
   ["Pada Selasa (24/12/2024) malam, jet tempur Pakistan menggempur sejumlah desa di distrik Barmal, Paktika. Juru bicara pemerintah Taliban mengatakan sedikitnya 40 orang tewas, sebagian besar perempuan dan anak-anak.",
    "Sumber keamanan Pakistan menyebut serangan itu menyasar tempat persembunyian kelompok Tehrik-i-Taliban Pakistan (TTP) dan menewaskan \"puluhan militan\"."],
   C("Government of Afghanistan", "AFG", R, "disputed", "Juru bicara pemerintah Taliban mengatakan"),
   k=(40, None), civ=True, ftext="sedikitnya 40 orang tewas, sebagian besar perempuan dan anak-anak",
   note="Pakistani air strikes on villages: the Taliban government reports civilians, Pakistani sources say TTP hideouts: disputed; counts and actor2 from the first source. Pakistan acting inside Afghanistan: external_force. Barmal's coordinates are not given (not placed with confidence)."),
 M(BA, "armed_clash", day("2024-12-21", "pada Sabtu (21/12/2024) dini hari"),
   L("Makeen, Waziristan Selatan", "Makeen", "PAK", "Khyber Pakhtunkhwa", 32.63, 69.85, "town"),
   A("militan TTP", "TTP: Tehreek-i-Taliban Pakistan", "PAK", "rebel_group"), PAK(None),
   ["Serangan udara tersebut dilancarkan tiga hari setelah militan TTP menyerbu pos pemeriksaan militer di Makeen, Waziristan Selatan, pada Sabtu (21/12/2024) dini hari. Sayap media militer Pakistan (ISPR) menyebut 16 tentara gugur dalam serangan itu, yang kemudian diklaim TTP."],
   C("Military Forces of Pakistan", "PAK", R, "asserted", "Sayap media militer Pakistan (ISPR) menyebut"),
   k=(16, 16), civ=False, ftext="16 tentara gugur",
   note="Militant assault on an army checkpoint: armed_clash. Makeen coordinates approximate."),
 M(BA, "non_state_actor_overtakes_territory", month(2021, 8, "pada Agustus 2021"), L(None, "Afghanistan", "AFG", None, 34.53, 69.17, "country"),
   A("Taliban", "Taliban", "AFG", "rebel_group"), NOA,
   ["Hubungan kedua negara memburuk sejak Taliban kembali berkuasa pada Agustus 2021."],
   UN(R), opt=True, note="The Taliban's return to power as a bare time anchor ('sejak'): optional (as coups in the samples)."),
 M(BA, "armed_clash", year(2024, "sepanjang 2024"), L(None, "Pakistan", "PAK", None, 33.69, 73.06, "country"),
   A("militan", "Unidentified Armed Group (Pakistan)", "PAK", "political_militia"), NOA,
   ["Menurut lembaga pemikir yang berbasis di Islamabad, serangan militan di Pakistan meningkat tajam sepanjang 2024, sebagian besar di provinsi Khyber Pakhtunkhwa dan Balochistan."],
   C("Islamabad-based think tank", "PAK", R, "asserted", "Menurut lembaga pemikir yang berbasis di Islamabad"), opt=True,
   note="Year-long trend across provinces: aggregate, optional."),
])

# ---------- 18 Liputan6, Reasi / Doda / Kathua ----------
f = "18_liputan6_reasi_doda_kathua.txt"
JK = "Jammu and Kashmir"
article(f, "2024-06-12", "Page date line \"12 Jun 2024, 16:30 WIB\"; the latest event ends \"Rabu (12/6) siang\".", "Liputan6",
 "Rentetan Serangan Militan di Jammu dan Kashmir, Bus Peziarah Ditembaki hingga Masuk Jurang", [
 M(VAC, "attack", day("2024-06-09", "pada Minggu (9/6) petang"), L("distrik Reasi", "Reasi", "IND", JK, 33.08, 74.83, "district"),
   UAG_IND("sekelompok pria bersenjata"), A("peziarah Hindu", "Civilians (India)", "IND", "civilians"),
   ["Serangan paling mematikan terjadi pada Minggu (9/6) petang, ketika sekelompok pria bersenjata menembaki sebuah bus yang membawa peziarah Hindu di distrik Reasi.",
    "Sembilan orang tewas dan 33 lainnya terluka, kata polisi setempat."],
   C("Police Forces of India", "IND", [], "asserted", "kata polisi setempat"),
   k=(9, 9), w=(33, 33), civ=True, ftext="Sembilan orang tewas dan 33 lainnya terluka",
   mat=[MAT("vehicle", "IND", 1, 1, "sebuah bus")],
   note="Gunmen firing on a pilgrims' bus: violence against civilians (no armed opponent). The police only suspect Lashkar-e-Taiba, so the attacker stays unidentified. The manhunt is not coded."),
 M(BA, "armed_clash", day("2024-06-11", "Pada Selasa (11/6) malam"), L("Chattergala, distrik Doda", "Doda", "IND", JK, 33.15, 75.55, "district"),
   UAG_IND("militan"), A("tentara", "Military Forces of India", "IND", "state_forces"),
   ["Pada Selasa (11/6) malam, militan menyerang pos gabungan tentara dan polisi di Chattergala, distrik Doda, melukai lima tentara dan seorang anggota polisi khusus. Menurut juru bicara Angkatan Darat India, para penyerang melarikan diri setelah baku tembak selama sekitar satu jam."],
   C("Military Forces of India", "IND", [], "asserted", "Menurut juru bicara Angkatan Darat India"),
   w=(6, 6), civ=False, ftext="melukai lima tentara dan seorang anggota polisi khusus",
   note="Attack on a joint army-police post with an exchange of fire: armed_clash. Five soldiers and one special police officer = wounded 6..6. The village is not placed: coded at the district (Doda) as guidelines 5 does for villages of a named district."),
 M(BA, "armed_clash", rng("2024-06-11", "2024-06-12", "sejak Selasa malam hingga Rabu (12/6) siang"),
   L("desa Saida Sukhal, Hiranagar", "Hiranagar", "IND", JK, 32.45, 75.27, "district"),
   A("pasukan keamanan", "Police Forces of India", "IND", "state_forces"), UAG_IND("dua militan"),
   ["Di distrik Kathua, baku tembak antara pasukan keamanan dan dua militan yang bersembunyi di desa Saida Sukhal, Hiranagar, berlangsung sejak Selasa malam hingga Rabu (12/6) siang. Satu militan tewas dan seorang personel Pasukan Polisi Cadangan Pusat (CRPF) gugur, kata polisi, dikutip dari NDTV."],
   C("Police Forces of India", "IND", ["NDTV"], "asserted", "kata polisi, dikutip dari NDTV"),
   k=(2, 2), civ=False, ftext="Satu militan tewas dan seorang personel Pasukan Polisi Cadangan Pusat (CRPF) gugur",
   note="Encounter over two days: range. 'pasukan keamanan' named first; the only named unit (CRPF) is a police force, so Police Forces of India. One militant plus one CRPF officer = killed 2..2. Village not placed: coded at Hiranagar with district precision."),
 M(SD, "agreement", month(2021, 2, "pada Februari 2021"), L("Garis Kontrol (LoC)", JK, "IND", JK, 34.08, 74.8, "region"),
   A("India", "Government of India", "IND", "state_forces"), A("Pakistan", "Government of Pakistan", "PAK", "state_forces"),
   ["India dan Pakistan menyepakati gencatan senjata di sepanjang Garis Kontrol (LoC) pada Februari 2021."],
   UN(), note="The February 2021 LoC ceasefire: dated background agreement after 2016, non-optional. Placed at the region it concerns (Jammu and Kashmir, at Srinagar). Accusations of infiltration and Pakistan's denial are not events."),
 M(BA, "armed_clash", rng("2024-06-09", "2024-06-12", "dalam empat hari terakhir"), L("Wilayah Jammu", "Jammu", "IND", JK, 32.73, 74.86, "region"),
   UAG_IND("militan"), NOA,
   ["Liputan6.com, Srinagar - Wilayah Jammu di Kashmir yang dikelola India diguncang tiga serangan militan dalam empat hari terakhir, memicu kekhawatiran akan meluasnya kekerasan ke daerah yang selama ini relatif tenang."],
   UN(), opt=True, note="Lead summary of the three attacks: aggregate, optional."),
])

# ---------- 19 Antara, Barda (2020) ----------
f = "19_antara_barda_roket.txt"
NK = L(None, "Nagorno-Karabakh", "AZE", None, 39.82, 46.75, "region")
REGAIN_EV = ["Presiden Ilham Aliyev pada Rabu mengumumkan pasukannya merebut kembali belasan desa di distrik Fizuli, Jabrayil, dan Gubadli. Juru bicara Kementerian Pertahanan Armenia menepis klaim tersebut dan menyebutnya sebagai “propaganda”."]
REGAIN_CLAIM = C("Government of Azerbaijan", "AZE", [], "denied", "Presiden Ilham Aliyev pada Rabu mengumumkan")
article(f, "2020-10-29", "Page date line \"Kamis, 29 Oktober 2020 07:45 WIB\".", "Antara",
 "Serangan roket hantam Barda, Azerbaijan sebut 19 warga sipil tewas", [
 M(ER, "shelling_artillery_missile_attack", day("2020-10-28", "pada Rabu (28/10)"), L("kota Barda", "Barda", "AZE", "Barda", 40.37, 47.13, "town"),
   ARM("pasukan Armenia"), AZE_CIV("warga sipil"),
   ["Baku (ANTARA) - Serangan roket menghantam kota Barda di Azerbaijan tengah pada Rabu (28/10), menewaskan 19 warga sipil dan melukai sekitar 60 orang lainnya, kata Kejaksaan Agung Azerbaijan.",
    "Asisten presiden Azerbaijan untuk urusan kebijakan luar negeri mengatakan pasukan Armenia menggunakan sistem peluncur roket Smerch dengan munisi tandan yang menghantam kawasan pertokoan di pusat kota pada jam sibuk.",
    "Kementerian Pertahanan Armenia membantah menembaki Barda dan menyebut tuduhan Baku “tidak berdasar”."],
   C("Prosecutor General's Office of Azerbaijan", "AZE", [], "denied", "kata Kejaksaan Agung Azerbaijan"),
   k=(19, 19), w=(60, 60), civ=True, ftext="menewaskan 19 warga sipil dan melukai sekitar 60 orang lainnya",
   mat=[MAT("building", "AZE", None, None, "kawasan pertokoan")],
   note="Rocket (MLRS) strike on a town: shelling. 'sekitar 60' = 60..60. The attacker is named by the presidential aide in the next sentence. Armenia's MoD denies (curly quotes in the evidence). Launched rockets are not materiel; the struck shopping area is a building."),
 M(ER, "shelling_artillery_missile_attack", day("2020-10-27", "Sehari sebelumnya"), L("distrik Barda", "Barda", "AZE", "Barda", 40.37, 47.13, "district"),
   ARM(None), AZE_CIV(None),
   ["Sehari sebelumnya, serangan serupa di distrik Barda menewaskan lima orang, termasuk seorang anak berusia tujuh tahun, menurut otoritas Azerbaijan."],
   C("Government of Azerbaijan", "AZE", [], "asserted", "menurut otoritas Azerbaijan"),
   k=(5, 5), civ=True, ftext="menewaskan lima orang, termasuk seorang anak berusia tujuh tahun",
   note="The previous day's strike (Tue 27 Oct), district level. Attacker from context (text null). The Armenian denial follows the Wednesday paragraph and is read as concerning that strike."),
 M(BA, "government_regains_territory", day("2020-10-28", "pada Rabu"), L("Fizuli", "Fizuli", "AZE", "Fizuli", 39.6, 47.15, "district"),
   AZE("pasukannya"), NOA, REGAIN_EV, REGAIN_CLAIM,
   note="Azerbaijani capture of villages in a list of districts: one mention per district (guidelines 1 and 5), dated by the announcement. Denied by Armenia's MoD ('menepis'). 'belasan desa' counts villages, not casualties."),
 M(BA, "government_regains_territory", day("2020-10-28", "pada Rabu"), L("Jabrayil", "Jabrayil", "AZE", "Jabrayil", 39.4, 47.03, "district"),
   AZE("pasukannya"), NOA, REGAIN_EV, REGAIN_CLAIM, note="Second district of the list (Jabrayil)."),
 M(BA, "government_regains_territory", day("2020-10-28", "pada Rabu"), L("Gubadli", "Gubadli", "AZE", "Gubadli", 39.34, 46.58, "district"),
   AZE("pasukannya"), NOA, REGAIN_EV, REGAIN_CLAIM, note="Third district of the list (Gubadli)."),
 M(ER, "shelling_artillery_missile_attack", day("2020-10-28", "pada Rabu malam"), L("Stepanakert", "Stepanakert", "AZE", "Khankendi", 39.82, 46.75, "town"),
   AZE("artileri Azerbaijan"), NOA,
   ["Sementara itu, otoritas Nagorno-Karabakh menyatakan Stepanakert kembali dihantam artileri Azerbaijan pada Rabu malam. Menurut mereka, salah satu peluru merusak sebuah rumah sakit bersalin."],
   C("Artsakh officials", None, [], "asserted", "otoritas Nagorno-Karabakh menyatakan"),
   mat=[MAT("building", None, 1, 1, "sebuah rumah sakit bersalin")],
   note="Artillery on Stepanakert; no casualties named, so actor2 null. 'Baku belum mengomentari' is not a denial. The hospital belongs to the Artsakh authorities, which have no ISO code: side null."),
 M(SD, "agreement", day("2020-10-25", "pada Minggu (25/10)"), NK,
   A(None, "Government of Armenia", "ARM", "state_forces"), A(None, "Government of Azerbaijan", "AZE", "state_forces"),
   ["Gencatan senjata kemanusiaan yang disepakati di Washington pada Minggu (25/10) seharusnya mulai berlaku keesokan harinya, namun kedua pihak saling menuding melanggarnya dalam hitungan menit."],
   UN(), note="The US-brokered humanitarian ceasefire, dated on the day agreed (heldout_b rule). Placed at the region it concerns, as sample 61 places the November ceasefire; Washington is where it was agreed. Parties in sample 61's order."),
 M(BA, "armed_clash", day("2020-10-26", "keesokan harinya"), NK,
   A(None, "Military Forces of Armenia", "ARM", "state_forces"), A(None, "Military Forces of Azerbaijan", "AZE", "state_forces"),
   ["Gencatan senjata kemanusiaan yang disepakati di Washington pada Minggu (25/10) seharusnya mulai berlaku keesokan harinya, namun kedua pihak saling menuding melanggarnya dalam hitungan menit."],
   UN(), opt=True, note="Mutual accusations of violations, no place or detail: vague, optional (different type from the agreement sharing this sentence)."),
 M(BA, "armed_clash", day("2020-09-27", "pada 27 September"), L("Nagorno-Karabakh", "Nagorno-Karabakh", "AZE", None, 39.82, 46.75, "region"),
   A(None, "Military Forces of Armenia", "ARM", "state_forces"), A(None, "Military Forces of Azerbaijan", "AZE", "state_forces"),
   ["Pertempuran di Nagorno-Karabakh, wilayah yang diakui secara internasional sebagai bagian dari Azerbaijan tetapi dihuni dan dikuasai etnis Armenia, kembali pecah pada 27 September."],
   UN(), opt=True, note="Outbreak mentioned with no actors or action beyond 'pecah': optional, as the seeds treat the bare 27 September reference."),
])

# ---------- 20 Kompas, Makassar / Jakarta riots ----------
f = "20_kompas_dprd_makassar_ricuh.txt"
MKS = lambda t: L(t, "Makassar", "IDN", "Sulawesi Selatan", -5.15, 119.43, "town")
JKT = lambda t: L(t, "Jakarta", "IDN", "Jakarta", -6.21, 106.8, "town")
CITY_EV = ["Aksi solidaritas juga digelar secara damai di Bandung, Solo, dan Medan pada Jumat sore. Para peserta aksi menyalakan lilin dan menuntut pengusutan tuntas kematian pengemudi ojek online tersebut."]
article(f, "2025-08-30", "Page date line \"Kompas.com - 30/08/2025, 09:15 WIB\".", "Kompas",
 "Gedung DPRD Makassar Dibakar Massa, Tiga Orang Tewas Terjebak Api", [
 M(RI, "violent_demonstration", day("2025-08-29", "pada Jumat (29/8/2025) malam"), MKS("Kota Makassar, Sulawesi Selatan"),
   RIOT("massa"), NOA,
   ["MAKASSAR, KOMPAS.com - Gedung Dewan Perwakilan Rakyat Daerah (DPRD) Kota Makassar, Sulawesi Selatan, dibakar massa pada Jumat (29/8/2025) malam. Tiga orang yang terjebak di dalam gedung dilaporkan tewas.",
    "Kapolrestabes Makassar Kombes Arief Setiawan mengatakan ketiga korban merupakan pegawai sekretariat DPRD yang masih bekerja saat massa menerobos masuk dan melempar bom molotov."],
   C("Police Forces of Indonesia", "IDN", [], "asserted", "Kapolrestabes Makassar Kombes Arief Setiawan mengatakan"),
   k=(3, 3), civ=True, ftext="Tiga orang yang terjebak di dalam gedung dilaporkan tewas",
   mat=[MAT("building", "IDN", 1, 1, "Gedung Dewan Perwakilan Rakyat Daerah (DPRD) Kota Makassar")],
   note="Arson of the city council building by a crowd: riot (violent demonstration). The dead are council staff: civilian true. No opponent named: actor2 null."),
 M(RI, "mob_violence", day("2025-08-29", "Pada malam yang sama"), MKS("Makassar"),
   RIOT("sekelompok orang"), A("seorang pengemudi ojek online", "Civilians (Indonesia)", "IDN", "civilians"),
   ["Pada malam yang sama, seorang pengemudi ojek online di Makassar tewas dikeroyok sekelompok orang yang menuduhnya sebagai intel polisi."],
   UN(), k=(1, 1), civ=True, ftext="seorang pengemudi ojek online di Makassar tewas dikeroyok",
   note="Lynching of a man accused of being a police informer: mob violence, separate from the arson."),
 M(PR, "excessive_force_against_protesters", day("2025-08-28", "pada Kamis (28/8/2025) malam"), JKT("kawasan Pejompongan, Jakarta Pusat"),
   POLRI("polisi"), PROT("demonstran"),
   ["Kericuhan di Makassar merupakan buntut dari kematian seorang pengemudi ojek online yang terlindas kendaraan taktis Brimob saat polisi membubarkan demonstran di kawasan Pejompongan, Jakarta Pusat, pada Kamis (28/8/2025) malam. Kapolri telah menyampaikan permintaan maaf dan tujuh anggota Brimob yang berada di dalam kendaraan tersebut kini diperiksa Divisi Propam."],
   UN(), k=(1, 1), civ=True, ftext="kematian seorang pengemudi ojek online yang terlindas kendaraan taktis Brimob",
   note="A man run over by a Brimob armoured vehicle during the dispersal of a protest: excessive force against protesters (the dispersal is the event; the victim, a bystander, is a civilian). The apology is not a claim: unattributed. The vehicle is not damaged: no materiel."),
 M(RI, "violent_demonstration", rng("2025-08-29", "2025-08-30", "Pada Jumat"), JKT("Markas Komando Brimob di Kwitang, Jakarta Pusat"),
   RIOT("ribuan pengemudi ojek online dan mahasiswa"), POLRI("polisi"),
   ["Pada Jumat, ribuan pengemudi ojek online dan mahasiswa mengepung Markas Komando Brimob di Kwitang, Jakarta Pusat. Massa melempari markas dengan batu dan petasan, sementara polisi membalas dengan tembakan gas air mata hingga dini hari."],
   UN(), note="Siege and stoning of the Brimob headquarters: riot; the tear gas is the police response folded in (as sample 70). Friday into the small hours of Saturday."),
 M(PR, "peaceful_protest", day("2025-08-29", "pada Jumat sore"), L("Bandung", "Bandung", "IDN", "Jawa Barat", -6.91, 107.61, "town"),
   PROT(None), NOA, CITY_EV, UN(), note="Peaceful vigils, one mention per city (Bandung)."),
 M(PR, "peaceful_protest", day("2025-08-29", "pada Jumat sore"), L("Solo", "Surakarta", "IDN", "Jawa Tengah", -7.57, 110.82, "town"),
   PROT(None), NOA, CITY_EV, UN(), note="Second city of the list (Solo = Surakarta)."),
 M(PR, "peaceful_protest", day("2025-08-29", "pada Jumat sore"), L("Medan", "Medan", "IDN", "Sumatera Utara", 3.59, 98.67, "town"),
   PROT(None), NOA, CITY_EV, UN(), note="Third city of the list (Medan)."),
 M(SD, "arrests", rng("2025-08-28", "2025-08-29", "selama dua hari kericuhan"), JKT("Jakarta"),
   POLRI("Polda Metro Jaya"), PROT(None),
   ["Polda Metro Jaya menyebut lebih dari 600 orang ditangkap selama dua hari kericuhan di Jakarta."],
   C("Police Forces of Indonesia", "IDN", [], "asserted", "Polda Metro Jaya menyebut"), opt=True,
   note="Two-day arrest tally: aggregate, optional (arrests during protests are otherwise folded into the protest events, as sample 70). 600 arrested are not casualties."),
])
