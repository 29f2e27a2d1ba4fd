from lib import *

OPM = lambda t: A(t, "OPM: Free Papua Movement", None, "rebel_group")
TNI = lambda t: A(t, "Military Forces of Indonesia", "IDN", "state_forces")
POLRI = lambda t: A(t, "Police Forces of Indonesia", "IDN", "state_forces")
IDN_CIV = lambda t: A(t, "Civilians (Indonesia)", "IDN", "civilians")
M23 = lambda t: A(t, "M23: March 23 Movement", "COD", "rebel_group")
FARDC = lambda t: A(t, "Military Forces of the Democratic Republic of Congo", "COD", "state_forces")
RSF = lambda t: A(t, "Rapid Support Forces", "SDN", "rebel_group")
SAF = lambda t: A(t, "Military Forces of Sudan", "SDN", "state_forces")
SDN_CIV = lambda t: A(t, "Civilians (Sudan)", "SDN", "civilians")

# ---------- 04 Antara, Sinak (Puncak) / Dekai / Anggruk ----------
f = "04_antara_sinak_nakes_disandera.txt"
SINAK = lambda t: L(t, "Sinak", "IDN", "Papua Tengah", None, None, "district")
OPS = C("Police Forces of Indonesia", "IDN", [], "disputed", "Kepala Operasi Damai Cartenz Brigjen Pol Arief Setiadi di Timika, Senin, mengatakan")
ANGGRUK = "Dalam penyerangan pada 21 Maret 2025 itu, kelompok bersenjata juga melukai enam guru dan tenaga kesehatan lainnya serta membakar gedung sekolah dan rumah dinas guru."
ARREST = "Secara terpisah, Satgas Damai Cartenz menangkap seorang anggota KKB berinisial MK (27) di Dekai, Kabupaten Yahukimo, pada Jumat (6/6). MK diduga terlibat dalam penyerangan sekolah di Distrik Anggruk yang menewaskan seorang guru."
article(f, "2025-06-09", "Page date line \"Senin, 9 Juni 2025 16:20 WIB\".", "Antara",
 "Satgas Damai Cartenz buru KKB penyandera dua tenaga kesehatan di Sinak", [
 M(VAC, "abduction_forced_disappearance", day("2025-06-07", "sejak Sabtu (7/6)"),
   SINAK("Puskesmas Sinak, Kabupaten Puncak, Papua Tengah"),
   OPM("kelompok kriminal bersenjata (KKB)"), IDN_CIV("dua tenaga kesehatan"),
   ["Timika (ANTARA) - Satuan Tugas Operasi Damai Cartenz memburu kelompok kriminal bersenjata (KKB) yang menyandera dua tenaga kesehatan dari Puskesmas Sinak, Kabupaten Puncak, Papua Tengah, sejak Sabtu (7/6).",
    "Kepala Operasi Damai Cartenz Brigjen Pol Arief Setiadi di Timika, Senin, mengatakan kedua korban, seorang perawat perempuan dan seorang bidan, dibawa paksa oleh sekitar 10 orang bersenjata api saat hendak pulang ke rumah dinas usai pelayanan.",
    "Juru bicara Tentara Pembebasan Nasional Papua Barat (TPNPB) dalam siaran pers mengklaim pihaknya menahan kedua orang itu karena diduga menjadi \"mata-mata aparat\". Arief menepis tudingan tersebut."],
   OPS,
   note="Hostage-taking of two health workers: abduction (violence against civilians). KKB/TPNPB = OPM (samples). The TPNPB admits holding them but calls them spies; the police reject that version ('menepis'): the claimant rejects the other party's account, so disputed, not denied (dev_d 09). Sinak is not placed with confidence: null coordinates, district precision. The manhunt ('memburu') is not a separate event."),
 M(BA, "armed_clash", day("2025-06-08", "Pada Minggu (8/6)"),
   SINAK("Kampung Tuniki, Distrik Sinak"),
   TNI("tim gabungan TNI-Polri"), OPM("kelompok penyandera"),
   ["Pada Minggu (8/6), tim gabungan TNI-Polri yang bergerak ke arah Kampung Tuniki, Distrik Sinak, untuk mencari para sandera terlibat kontak tembak dengan kelompok penyandera selama hampir satu jam.",
    "Menurut Arief, satu anggota KKB tewas dalam kontak tembak itu, sementara seorang prajurit TNI mengalami luka tembak di paha dan telah dievakuasi ke Timika dengan helikopter. TPNPB membantah ada anggotanya yang tewas."],
   C("Police Forces of Indonesia", "IDN", [], "denied", "Menurut Arief"),
   k=(1, 1), w=(1, 1), civ=False, ftext="satu anggota KKB tewas dalam kontak tembak itu, sementara seorang prajurit TNI mengalami luka tembak",
   note="Exchange of fire during the search for the hostages: armed_clash; the joint team is coded TNI (dev_c 09, dev_d 09). One rebel killed and one soldier wounded: combatants only, civilian false. The TPNPB denies losing a member ('membantah'): a denial of a detail of the claimant's account, stance denied (samples), deniers OPM. The evacuation to Timika is not an event place."),
 M(BA, "armed_clash", day("2025-06-07", "Pada malam sebelumnya"),
   L("Distrik Beoga", "Beoga", "IDN", "Papua Tengah", None, None, "district"),
   A("orang tak dikenal", "Unidentified Armed Group (Indonesia)", "IDN", "political_militia"), POLRI(None),
   ["Pada malam sebelumnya, pos polisi di Distrik Beoga, kabupaten yang sama, ditembaki orang tak dikenal dari arah perbukitan. Tidak ada korban jiwa dalam insiden itu, namun dinding dan kaca jendela pos rusak terkena peluru."],
   UN(), k=(0, 0), ftext="Tidak ada korban jiwa",
   mat=[MAT("building", "IDN", 1, 1, "pos polisi di Distrik Beoga")],
   note="Gunfire on a police post: armed_clash (guidelines 3: gunfire on positions). 'Pada malam sebelumnya' is the night before the Sunday contact: Saturday 7 June. The shooters are 'orang tak dikenal': Unidentified Armed Group (Indonesia), not inferred to be OPM. 'Tidak ada korban jiwa' = 0 killed. A police post is a building (samples). Beoga not placed with confidence (samples: null coordinates)."),
 M(SD, "change_to_group_activity", day("2025-06-08", "pada Minggu"), SINAK("Sinak"),
   POLRI("Polda Papua Tengah"), NOA,
   ["Polda Papua Tengah telah mengirim tambahan 80 personel Brimob ke Sinak pada Minggu untuk memperkuat pengamanan dan membantu upaya pembebasan sandera."],
   UN(), note="Reinforcement of 80 Brimob personnel: change_to_group_activity (guidelines 3), dated Sunday 8 June."),
 M(SD, "arrests", day("2025-06-06", "pada Jumat (6/6)"),
   L("Dekai, Kabupaten Yahukimo", "Dekai", "IDN", "Papua Pegunungan", -4.86, 139.48, "town"),
   POLRI("Satgas Damai Cartenz"), OPM("seorang anggota KKB berinisial MK (27)"),
   [ARREST, "\"Dari tangan tersangka kami amankan satu pucuk senjata rakitan, amunisi, dan sebilah parang,\" ujar Arief."],
   C("Police Forces of Indonesia", "IDN", [], "asserted", "ujar Arief"),
   note="Arrest of a suspected rebel by the police task force (Satgas Damai Cartenz = Police Forces of Indonesia, samples): arrests. Seized weapons are not materiel (samples)."),
 M(VAC, "attack", day("2025-03-21", "pada 21 Maret 2025"),
   L("Distrik Anggruk", "Anggruk", "IDN", "Papua Pegunungan", None, None, "district"),
   OPM("kelompok bersenjata"), IDN_CIV("seorang guru"),
   [ARREST, ANGGRUK],
   UN(), k=(1, 1), w=(6, 6), civ=True, ftext="menewaskan seorang guru",
   mat=[MAT("building", "IDN", None, None, "gedung sekolah dan rumah dinas guru")],
   note="Attack on a school in March 2025 (told in two sentences: the suspect's case and 'Dalam penyerangan pada 21 Maret 2025 itu'): dated background, required. Teachers and health workers: civilians. The 'kelompok bersenjata' is the KKB the arrested member belongs to (OPM). The school and teachers' housing are one combined building entry with no count. Anggruk (Yahukimo) not placed with confidence."),
 M(BA, "armed_clash", rng("2025-01-01", "2025-06-09", "sepanjang 2025"),
   L("Kabupaten Puncak", "Puncak", "IDN", "Papua Tengah", -3.97, 137.62, "region"),
   OPM("KKB"), NOA,
   ["Menurut catatan satgas, sepanjang 2025 telah terjadi 19 kasus gangguan keamanan oleh KKB di Kabupaten Puncak, sebagian besar berupa penembakan terhadap aparat dan warga sipil."],
   C("Police Forces of Indonesia", "IDN", [], "asserted", "Menurut catatan satgas"), opt=True,
   note="Tally of incidents this year: aggregate, optional (type nominal). 19 incidents are not casualties. The evacuation of health workers to Ilaga and the closure of the clinic are not events."),
])

# ---------- 05 Tempo, Bukavu ----------
f = "05_tempo_bukavu_m23.txt"
R = ["Reuters", "Al Jazeera"]
BUK = lambda t: L(t, "Bukavu", "COD", "South Kivu", -2.51, 28.86, "town")
GOMA = lambda t: L(t, "Goma", "COD", "North Kivu", -1.68, 29.22, "town")
GOMA2012 = ["M23, kelompok yang sebagian besar terdiri atas etnis Tutsi, pertama kali menduduki Goma selama sekitar sepuluh hari pada November 2012 sebelum dipukul mundur pasukan Kongo dan PBB."]
article(f, "2025-02-17", "Page date line \"Senin, 17 Februari 2025 11:05 WIB\".", "Tempo",
 "M23 Kuasai Bukavu, Kota Terbesar Kedua di Kongo Timur Jatuh Nyaris Tanpa Perlawanan", [
 M(BA, "non_state_actor_overtakes_territory", day("2025-02-16", "pada Ahad, 16 Februari 2025"),
   BUK("pusat kota Bukavu, ibu kota Provinsi Kivu Selatan"),
   M23("Pemberontak M23"), FARDC("tentara Kongo"),
   ["TEMPO.CO, Jakarta - Pemberontak M23 yang didukung Rwanda memasuki pusat kota Bukavu, ibu kota Provinsi Kivu Selatan, Republik Demokratik Kongo, pada Ahad, 16 Februari 2025. Para pemberontak menguasai kantor gubernur dan sejumlah gedung pemerintahan nyaris tanpa perlawanan setelah tentara Kongo dan sekutunya mundur dari kota berpenduduk sekitar 1,3 juta jiwa itu.",
    "Warga mengatakan para anggota M23 berbaris di jalan-jalan utama sementara sebagian penduduk menyambut mereka.",
    "Juru bicara aliansi pemberontak AFC/M23 mengatakan pasukannya masuk ke Bukavu untuk \"mengisi kekosongan keamanan\" dan meminta pegawai negeri kembali bekerja."],
   C("residents", "COD", R, "asserted", "Warga mengatakan"),
   note="Rebels taking a provincial capital after the army withdrew: non_state_actor_overtakes_territory (no fighting told). 'Ahad' is Tempo's Sunday. The claimant is the first source cited (residents); M23's spokesperson confirms. Kinshasa's 'pelanggaran terang-terangan' is a condemnation, not a denial. 'REUTERS | AL JAZEERA' puts both relays on every mention. Buildings taken over are not destroyed materiel."),
 M(SD, "looting_property_destruction", day("2025-02-15", "Sehari sebelumnya"), BUK("Bukavu"),
   A("orang-orang tak dikenal", "Rioters (Democratic Republic of Congo)", "COD", "rioters"), NOA,
   ["Sehari sebelumnya, gudang Program Pangan Dunia (WFP) di Bukavu yang berisi sekitar 7.000 ton bahan makanan dijarah orang-orang tak dikenal, kata badan PBB itu."],
   C("World Food Programme", None, R, "asserted", "kata badan PBB itu"),
   mat=[MAT("building", None, 1, 1, "gudang Program Pangan Dunia (WFP) di Bukavu")],
   note="Looting of a UN food warehouse by unidentified people: looting_property_destruction. The looters are not said to be armed: coded as rioters. A WFP warehouse has side null (heldout_b). 'Sehari sebelumnya' = Saturday 15 Feb. 7,000 tonnes of food are not materiel counts. The reported prison break ('dilaporkan kabur') is not coded."),
 M(BA, "non_state_actor_overtakes_territory", day("2025-02-14", "Pada Jumat, 14 Februari"),
   L("Bandar Udara Kavumu", "Kavumu", "COD", "South Kivu", -2.31, 28.81, "town"),
   M23("M23"), FARDC("pasukan pemerintah"),
   ["Pada Jumat, 14 Februari, M23 merebut Bandar Udara Kavumu, sekitar 30 kilometer di utara Bukavu, setelah pasukan pemerintah dan milisi sekutunya, Wazalendo, menarik diri. Bandara itu selama ini menjadi pangkalan utama militer Kongo di Kivu Selatan."],
   UN(R), note="Capture of the airport after a withdrawal: rebels overtake territory. Bukavu is a reference point. Wazalendo is folded into the government side (dev_c 16). An airport taken is not destroyed materiel."),
 M(ER, "air_drone_strike", day("2025-02-15", "pada Sabtu, 15 Februari"),
   L("di dekat Kalehe", "Kalehe", "COD", "South Kivu", -2.1, 28.91, "town"),
   FARDC("Militer Kongo (FARDC)"), M23("M23"),
   ["Militer Kongo (FARDC) menyatakan pesawat tempurnya menyerang posisi M23 di dekat Kalehe pada Sabtu, 15 Februari, dan menewaskan puluhan pemberontak. M23 membantah klaim tersebut dan menyebutnya sebagai \"propaganda\"."],
   C("Military Forces of the Democratic Republic of Congo", "COD", R, "denied", "Militer Kongo (FARDC) menyatakan"),
   k=(10, None), civ=False, ftext="menewaskan puluhan pemberontak",
   note="Fighter-jet strike on rebel positions: air strike. 'puluhan' = min 10, combatants. M23 denies ('membantah'): stance denied, deniers M23."),
 M(SD, "change_to_group_activity", rng("2025-02-15", "2025-02-16", "selama akhir pekan"),
   BUK("sekitar Bukavu"),
   A("Burundi", "Military Forces of Burundi", "BDI", "external_force"), NOA,
   ["Sumber keamanan mengatakan Burundi, yang menempatkan ribuan tentaranya di Kivu Selatan untuk membantu Kinshasa, menarik sebagian pasukannya dari sekitar Bukavu selama akhir pekan."],
   C("security sources", None, R, "asserted", "Sumber keamanan mengatakan"),
   note="Withdrawal of Burundian troops: change_to_group_activity (like a deployment). The weekend before the Monday report: 15-16 Feb. Burundi in Congo: external_force."),
 M(SD, "change_to_group_activity", NOD,
   L("Kongo timur", "Eastern Democratic Republic of Congo", "COD", None, -1.68, 29.22, "region"),
   A("sekitar 4.000 tentara Rwanda", "Military Forces of Rwanda", "RWA", "external_force"), NOA,
   ["Menurut laporan panel ahli PBB, sekitar 4.000 tentara Rwanda beroperasi bersama M23 di Kongo timur. Kigali membantah tudingan itu."],
   C("United Nations Group of Experts", None, R, "denied", "Menurut laporan panel ahli PBB"), opt=True,
   note="Continuing presence of Rwandan troops, undated: a state rather than an act, optional. Kigali denies ('membantah'): denied, deniers Government of Rwanda. Placed at the region (Goma's coordinates)."),
 M(BA, "non_state_actor_overtakes_territory", day("2025-01-27", "pada 27 Januari"),
   GOMA("Goma, ibu kota Provinsi Kivu Utara"),
   M23("M23"), FARDC(None),
   ["Bukavu jatuh tiga pekan setelah M23 merebut Goma, ibu kota Provinsi Kivu Utara, pada 27 Januari. Pertempuran di Goma dan sekitarnya menewaskan sekitar 3.000\u00a0orang, menurut PBB."],
   C("United Nations", None, R, "asserted", "menurut PBB"),
   k=(3000, 3000), ftext="menewaskan sekitar 3.000\u00a0orang",
   note="Capture of Goma: dated background of the same war, required. The fighting for the city is folded into the capture and carries its toll ('sekitar 3.000' = 3000..3000, samples); the dead are not described: civilian null. The evidence contains a no-break space ('3.000\\u00a0orang')."),
 M(BA, "non_state_actor_overtakes_territory", month(2012, 11, "pada November 2012"), GOMA("Goma"),
   M23("M23"), FARDC(None), GOMA2012, UN(R), opt=True,
   note="The 2012 occupation of Goma: history older than 2016, optional (as dev_c 16)."),
 M(BA, "government_regains_territory", rng("2012-11-20", "2012-12-10"), GOMA("Goma"),
   A("pasukan Kongo", "Military Forces of the Democratic Republic of Congo", "COD", "state_forces"), M23("M23"), GOMA2012, UN(R), opt=True,
   note="The end of the 2012 occupation ('sebelum dipukul mundur pasukan Kongo dan PBB'): pre-2016 history, optional; the range approximates 'sekitar sepuluh hari' after late November. Same evidence as the 2012 capture, both optional."),
 M(SD, "change_to_group_activity", rng("2021-10-01", "2021-12-31", "pada akhir 2021"), NOL,
   M23("Kelompok itu"), NOA,
   ["Kelompok itu kembali mengangkat senjata pada akhir 2021."],
   UN(R), opt=True,
   note="Resumption of the insurgency, vaguely dated and unplaced: optional (as dev_c 16). The AU summit's call for a ceasefire, Indonesia's statement on its MONUSCO troops and the displacement figures are not events."),
])

# ---------- 06 Republika, Port Sudan ----------
f = "06_republika_port_sudan_drone.txt"
R = ["Al Jazeera", "Reuters"]
PSD = lambda t: L(t, "Port Sudan", "SDN", "Red Sea", 19.62, 37.22, "town")
KRT = lambda t: L(t, "Khartoum", "SDN", "Khartoum", 15.6, 32.53, "town")
KHARTOUM = ["Tentara Sudan merebut kembali Istana Kepresidenan di pusat Khartoum pada 21 Maret lalu, sebelum menguasai seluruh ibu kota beberapa hari kemudian."]
article(f, "2025-05-07", "Page date line \"Rabu 07 May 2025 14:25 WIB\".", "Republika",
 "Tiga Hari Berturut-turut Drone RSF Gempur Port Sudan, Pelabuhan dan Depot BBM Terbakar", [
 M(ER, "air_drone_strike", day("2025-05-06", "pada Selasa (6/5/2025)"),
   PSD("Port Sudan"), RSF("Pasukan Dukungan Cepat (RSF)"), NOA,
   ["REPUBLIKA.CO.ID, PORT SUDAN -- Pasukan Dukungan Cepat (RSF) kembali melancarkan serangan drone ke Port Sudan pada Selasa (6/5/2025), menghantam pelabuhan utama kota itu, sebuah gardu listrik, dan sebuah hotel di dekat kediaman panglima militer Jenderal Abdel Fattah al-Burhan. Ini merupakan hari ketiga berturut-turut kota di pesisir Laut Merah itu diserang.",
    "Juru bicara militer Sudan mengatakan tidak ada laporan korban jiwa dalam serangan Selasa pagi."],
   C("Military Forces of Sudan", "SDN", R, "asserted", "Juru bicara militer Sudan mengatakan"),
   k=(0, 0), ftext="tidak ada laporan korban jiwa",
   mat=[MAT("building", "SDN", 1, 1, "pelabuhan utama kota itu"), MAT("building", "SDN", 1, 1, "sebuah gardu listrik"),
        MAT("building", "SDN", 1, 1, "sebuah hotel")],
   note="Third day of drone strikes on Port Sudan: the port, a power substation and a hotel, one event (same city, day and attacker). Civilian facilities are buildings (samples); the hotel is only 'near' the army chief's residence, so no military target is named: actor2 null. 'tidak ada laporan korban jiwa' = 0 killed. 'RSF belum menanggapi' is not a denial. 'Sumber: Aljazirah, Reuters' on every mention; the refugee quote 'kepada Aljazirah' adds nothing."),
 M(SD, "disrupted_weapons_use", day("2025-05-06", "pada Selasa"), PSD("kota"),
   SAF("pertahanan udara"), RSF(None),
   ["Menurut militer, pertahanan udara berhasil menembak jatuh sebagian besar drone yang menyasar kota pada Selasa."],
   C("Military Forces of Sudan", "SDN", R, "asserted", "Menurut militer"),
   mat=[MAT("drone", "SDN", None, None, "sebagian besar drone")], opt=True,
   note="'sebagian besar drone' shot down during the attack: interceptions folded into the attack are optional (samples), even in their own sentence. Drones side SDN (samples: SDN for both Sudanese forces); no count."),
 M(ER, "air_drone_strike", day("2025-05-04", "pada Ahad (4/5/2025) dini hari"),
   PSD("Pangkalan Udara Osman Digna"), RSF(None), SAF(None),
   ["Serangan pertama terjadi pada Ahad (4/5/2025) dini hari, ketika drone-drone kamikaze menghantam gudang amunisi di Pangkalan Udara Osman Digna dan sebuah gudang kargo di bandara internasional Port Sudan."],
   UN(R),
   mat=[MAT("ammunition_depot", "SDN", 1, 1, "gudang amunisi di Pangkalan Udara Osman Digna"), MAT("building", "SDN", 1, 1, "sebuah gudang kargo")],
   note="First day: kamikaze drones on an air base's ammunition depot and an airport cargo warehouse (one event). The attacker is the RSF named in the lead (text null); the air base's owner, the army, is actor2 (text null). Told by the outlet: unattributed."),
 M(ER, "air_drone_strike", day("2025-05-05", "Senin (5/5/2025)"),
   PSD("selatan kota"), RSF(None), NOA,
   ["Sehari kemudian, Senin (5/5/2025), drone menghantam depot penyimpanan bahan bakar di selatan kota dan memicu kebakaran besar yang asapnya terlihat dari jarak puluhan kilometer."],
   UN(R),
   mat=[MAT("building", "SDN", None, None, "depot penyimpanan bahan bakar")],
   note="Second day: a fuel depot (industrial facility: building, samples), no count word. Attacker from the lead (text null); no casualties stated."),
 M(VAC, "attack", rng("2025-04-11", "2025-04-13", "pada 11-13 April"),
   L("kamp pengungsi Zamzam di dekat El Fasher, Darfur Utara", "Zamzam", "SDN", "North Darfur", 13.48, 25.3, "town"),
   RSF("RSF"), SDN_CIV(None),
   ["Serangan ke Port Sudan terjadi tiga pekan setelah RSF menyerbu kamp pengungsi Zamzam di dekat El Fasher, Darfur Utara, pada 11-13 April. Menurut PBB, lebih dari 400 orang tewas dalam serangan ke kamp yang dilanda kelaparan tersebut."],
   C("United Nations", None, R, "asserted", "Menurut PBB"),
   k=(400, None), civ=True, ftext="lebih dari 400 orang tewas",
   note="Assault on a displacement camp with over 400 dead: violence against civilians (no armed defenders in the text); dated background, required. The camp's residents are the victims (text null). El Fasher is a reference point."),
 M(BA, "government_regains_territory", day("2025-03-21", "pada 21 Maret lalu"),
   KRT("Istana Kepresidenan di pusat Khartoum"), SAF("Tentara Sudan"), RSF(None),
   KHARTOUM, UN(R),
   note="Recapture of the Presidential Palace: dated background, required. The RSF is read from 'terusir' in the previous sentence (text null)."),
 M(BA, "government_regains_territory", rng("2025-03-22", "2025-03-31", "beberapa hari kemudian"),
   KRT("seluruh ibu kota"), SAF("Tentara Sudan"), RSF(None),
   KHARTOUM, UN(R),
   note="Control of the whole capital 'beberapa hari kemudian': a second capture on a different date, split (guidelines 1); the range approximates 'a few days' after 21 March. Same evidence as the palace mention, both required."),
 M(BA, "armed_clash", month(2023, 4, "pada April 2023"),
   L(None, "Sudan", "SDN", None, 15.6, 32.53, "country"),
   SAF("tentara Sudan"), RSF("RSF"),
   ["Port Sudan, yang menjadi pusat pemerintahan sementara dan tempat berkantornya lembaga-lembaga PBB sejak perang pecah pada April 2023, selama ini dianggap sebagai tempat paling aman di Sudan.",
    "Perang antara tentara Sudan dan RSF telah menewaskan puluhan ribu orang dan membuat lebih dari 12 juta orang mengungsi."],
   UN(R), k=(10000, None), ftext="menewaskan puluhan ribu orang", opt=True,
   note="The war's outbreak as a time anchor ('sejak perang pecah pada April 2023') and its war-wide toll: optional (dev_d). 'puluhan ribu' = min 10000. Sudan's break with the UAE is a diplomatic step and the analysts' view on RSF strategy is commentary: neither is coded."),
])
