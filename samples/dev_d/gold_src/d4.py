from lib import *

UAG_THA = lambda t: A(t, "Unidentified Armed Group (Thailand)", "THA", "political_militia")
THA = lambda t: A(t, "Military Forces of Thailand", "THA", "state_forces")
THA_CIV = lambda t: A(t, "Civilians (Thailand)", "THA", "civilians")
VIV = lambda t: A(t, "Viv Ansanm", "HTI", "political_militia")
UAG_HTI = lambda t: A(t, "Unidentified Armed Group (Haiti)", "HTI", "political_militia")
HTI_POL = lambda t: A(t, "Police Forces of Haiti", "HTI", "state_forces")
HTI_CIV = lambda t: A(t, "Civilians (Haiti)", "HTI", "civilians")
RIOT = lambda t: A(t, "Rioters (Indonesia)", "IDN", "rioters")
PROT = lambda t: A(t, "Protesters (Indonesia)", "IDN", "protesters")
POLRI = lambda t: A(t, "Police Forces of Indonesia", "IDN", "state_forces")
BLA = lambda t: A(t, "BLA: Balochistan Liberation Army", "PAK", "rebel_group")
PAK = lambda t: A(t, "Military Forces of Pakistan", "PAK", "state_forces")
PAK_CIV = lambda t: A(t, "Civilians (Pakistan)", "PAK", "civilians")

# ---------- 13 Merdeka, Thailand's deep south ----------
f = "13_merdeka_narathiwat_ranger.txt"
SMALL_BOMBS = ["Pada Minggu malam, serangkaian bom kecil meledak di sejumlah toko swalayan dan stasiun pengisian bahan bakar di Provinsi Pattani dan Songkhla. Tidak ada korban jiwa, namun beberapa bangunan rusak, kata juru bicara Komando Operasi Keamanan Dalam Negeri (ISOC) Wilayah 4."]
ISOC = C("Military Forces of Thailand", "THA", [], "asserted", "kata juru bicara Komando Operasi Keamanan Dalam Negeri (ISOC) Wilayah 4")
CHECKPOINTS = ["Juru bicara ISOC menambahkan militer telah menambah pos pemeriksaan di sepanjang jalan utama di Narathiwat dan Yala sejak Minggu."]
ISOC2 = C("Military Forces of Thailand", "THA", [], "asserted", "Juru bicara ISOC menambahkan")
DEEP_SOUTH = lambda t: L(t, "Deep South (Thailand)", "THA", None, 6.87, 101.25, "region")
article(f, "2025-03-10", "Page date line \"Senin, 10 Maret 2025 12:30\".", "Merdeka",
 "Bom Hantam Patroli Ranger di Narathiwat, Kekerasan di Thailand Selatan Meningkat Selama Ramadan", [
 M(ER, "remote_explosive_landmine_ied", day("2025-03-08", "pada Sabtu (8/3) pagi"), L("distrik Rangae, Provinsi Narathiwat", "Rangae", "THA", "Narathiwat", 6.3, 101.73, "district"),
   UAG_THA("militan separatis Melayu-Muslim"), THA("pasukan paramiliter Thailand"),
   ["Merdeka.com - Dua anggota pasukan paramiliter Thailand atau ranger tewas dan tiga lainnya terluka setelah bom rakitan meledak di dekat truk patroli mereka di distrik Rangae, Provinsi Narathiwat, Thailand selatan, pada Sabtu (8/3) pagi.",
    "Polisi setempat menyebut bom yang dikendalikan dari jarak jauh itu disembunyikan di dalam tumpukan sampah di tepi jalan. Para pelaku diduga merupakan militan separatis Melayu-Muslim, meski belum ada kelompok yang mengaku bertanggung jawab, lapor Bangkok Post.",
    "Ledakan menghancurkan bagian depan truk patroli dan meninggalkan lubang sedalam hampir satu meter di badan jalan."],
   C("Police Forces of Thailand", "THA", ["Bangkok Post"], "asserted", "Polisi setempat menyebut"),
   k=(2, 2), w=(3, 3), civ=False, ftext="Dua anggota pasukan paramiliter Thailand atau ranger tewas dan tiga lainnya terluka",
   mat=[MAT("vehicle", "THA", 1, 1, "truk patroli mereka")],
   note="Remote-controlled roadside bomb on a ranger patrol: remote explosive. The attackers are only suspected ('diduga') of being separatists and no group is named: Unidentified Armed Group (Thailand) (dev_c's rule for suspected affiliations). Paramilitary rangers are state forces: civilian false. Bangkok Post is cited for the police paragraph. Rangae is coded at district precision with approximate coordinates."),
 M(VAC, "attack", day("2025-03-09", "Minggu (9/3)"), L("distrik Bannang Sata, Provinsi Yala", "Bannang Sata", "THA", "Yala", 6.26, 101.26, "district"),
   UAG_THA("dua pria bersepeda motor"), THA_CIV("seorang penyadap karet beragama Buddha berusia 61 tahun"),
   ["Sehari kemudian, Minggu (9/3), seorang penyadap karet beragama Buddha berusia 61 tahun tewas ditembak dua pria bersepeda motor di distrik Bannang Sata, Provinsi Yala. Korban ditembak saat berangkat ke kebun karet sebelum fajar."],
   UN(), k=(1, 1), civ=True, ftext="seorang penyadap karet beragama Buddha berusia 61 tahun tewas ditembak",
   note="Targeted killing of a civilian by unidentified gunmen: violence against civilians."),
 M(ER, "remote_explosive_landmine_ied", day("2025-03-09", "Pada Minggu malam"), L("Provinsi Pattani", "Pattani", "THA", "Pattani", 6.87, 101.25, "region"),
   UAG_THA(None), NOA, SMALL_BOMBS, ISOC,
   note="Small bombs at shops and petrol stations, one mention per province (Pattani). 'Tidak ada korban jiwa' and the damaged buildings cover both provinces and are attached to neither (samples' rule for figures over listed places). ISOC is the military's internal-security command: claimant Military Forces of Thailand. Attackers inferred (text null)."),
 M(ER, "remote_explosive_landmine_ied", day("2025-03-09", "Pada Minggu malam"), L("Songkhla", "Songkhla", "THA", "Songkhla", 7.19, 100.6, "region"),
   UAG_THA(None), NOA, SMALL_BOMBS, ISOC, note="Second province of the list (Songkhla)."),
 M(SD, "change_to_group_activity", day("2025-03-09", "sejak Minggu"), L("Narathiwat", "Narathiwat", "THA", "Narathiwat", 6.43, 101.82, "region"),
   THA("militer"), NOA, CHECKPOINTS, ISOC2,
   note="More checkpoints on the main roads: a deployment (change_to_group_activity), one per province (Narathiwat). The plan to send 1,000 more rangers 'pada bulan depan' is a future step and is not coded."),
 M(SD, "change_to_group_activity", day("2025-03-09", "sejak Minggu"), L("Yala", "Yala", "THA", "Yala", 6.54, 101.28, "region"),
   THA("militer"), NOA, CHECKPOINTS, ISOC2, note="Second province of the deployment (Yala)."),
 M(ER, "remote_explosive_landmine_ied", month(2025, 1, "Pada Januari lalu"), L("distrik Sai Buri, Provinsi Pattani", "Sai Buri", "THA", "Pattani", 6.7, 101.62, "district"),
   UAG_THA(None), A("dua relawan pertahanan desa", "Village Defence Volunteers (Thailand)", "THA", "political_militia"),
   ["Pada Januari lalu, dua relawan pertahanan desa tewas dalam serangan bom di distrik Sai Buri, Provinsi Pattani."],
   UN(), k=(2, 2), civ=False, ftext="dua relawan pertahanan desa tewas",
   note="Dated background bombing this year: required. Village defence volunteers are an armed, state-backed militia: coded as a pro-government militia (political_militia), civilian false. The stalled BRN talks are not an event."),
 M(BA, "armed_clash", month(2004, 4, "pada April 2004"), L("Masjid Krue Se di Pattani", "Pattani", "THA", "Pattani", 6.87, 101.25, "town"),
   THA("pasukan keamanan"), UAG_THA("32 militan"),
   ["Salah satu peristiwa paling berdarah terjadi pada April 2004, ketika pasukan keamanan menyerbu Masjid Krue Se di Pattani dan menewaskan 32 militan yang berlindung di dalamnya."],
   UN(), k=(32, 32), civ=False, ftext="menewaskan 32 militan", opt=True,
   note="History older than 2016: optional."),
 M(BA, "armed_clash", year(2004, "pada 2004"), DEEP_SOUTH("tiga provinsi paling selatan Thailand"),
   NOA, THA(None),
   ["Konflik di tiga provinsi paling selatan Thailand, yakni Pattani, Yala, dan Narathiwat, kembali berkobar pada 2004."],
   UN(), opt=True, note="Resurgence of the insurgency in 2004: pre-2016 and aggregate, optional; one mention for the whole region (the three provinces are named as the region's extent, not as event places)."),
 M(BA, "armed_clash", rng("2004-01-01", "2025-03-10", "sejak 2004"), DEEP_SOUTH("wilayah tersebut"),
   NOA, NOA,
   ["Menurut kelompok pemantau Deep South Watch, lebih dari 7.000 orang tewas akibat kekerasan di wilayah tersebut sejak 2004."],
   C("Deep South Watch", None, [], "asserted", "Menurut kelompok pemantau Deep South Watch"),
   k=(7000, None), ftext="lebih dari 7.000 orang tewas", opt=True,
   note="Conflict-wide toll: aggregate, optional. The event type is nominal (mixed violence)."),
 M(BA, "armed_clash", rng("2025-01-01", "2025-03-10", "sepanjang Januari hingga awal Maret"), DEEP_SOUTH("tiga provinsi tersebut"),
   NOA, NOA,
   ["Menurut data ISOC, sepanjang Januari hingga awal Maret tercatat lebih dari 40 insiden kekerasan di tiga provinsi tersebut, naik hampir dua kali lipat dibandingkan periode yang sama tahun lalu."],
   C("Military Forces of Thailand", "THA", [], "asserted", "Menurut data ISOC"), opt=True,
   note="Incident count for the year: aggregate, optional (type nominal). 40 incidents are not casualties."),
])

# ---------- 14 kumparan, Haiti ----------
f = "14_kumparan_haiti_mirebalais.txt"
MIR = lambda t: L(t, "Mirebalais", "HTI", "Centre", 18.83, -72.1, "town")
PAP = lambda t: L(t, "Port-au-Prince", "HTI", "Ouest", 18.54, -72.34, "town")
article(f, "2025-04-02", "Page date line \"2 April 2025 10:25 WIB\".", "Kumparan",
 "Geng Bersenjata Kuasai Kota Mirebalais di Haiti, Ratusan Napi Kabur dari Penjara", [
 M(BA, "non_state_actor_overtakes_territory", day("2025-03-31", "pada Senin (31/3)"), MIR("kota Mirebalais di Haiti tengah"),
   VIV("Koalisi geng bersenjata Viv Ansanm"), HTI_POL("polisi"),
   ["Koalisi geng bersenjata Viv Ansanm menyerbu dan menguasai kota Mirebalais di Haiti tengah pada Senin (31/3), menurut warga dan pejabat setempat. Serangan itu memaksa ribuan warga mengungsi dan membebaskan hampir 530 narapidana dari penjara kota tersebut.",
    "Para anggota geng datang dari beberapa arah sejak dini hari dan terlibat baku tembak dengan polisi selama berjam-jam. Sejumlah polisi dilaporkan melarikan diri setelah kehabisan amunisi, kata seorang pejabat kota kepada Associated Press.",
    "Kepolisian Nasional Haiti (PNH) membantah kota itu telah jatuh sepenuhnya. Juru bicara PNH mengatakan polisi masih bertahan di sejumlah titik dan bala bantuan sedang dikirim dari Port-au-Prince."],
   C("local officials", "HTI", ["Associated Press"], "denied", "menurut warga dan pejabat setempat"),
   note="Gang coalition taking a town after hours of fighting with police: non_state_actor_overtakes_territory; the fighting and the prison break are sub-actions of the takeover (guidelines 1). Displaced people and freed prisoners are not casualties. The police deny the town fell completely ('membantah'): stance denied, deniers Police Forces of Haiti. Viv Ansanm is coded as a political militia (ACLED codes Haitian gangs so). AP is cited in this paragraph."),
 M(VAC, "attack", day("2025-03-31"), MIR(None),
   VIV("anggota geng"), HTI_CIV("Sedikitnya 10 warga"),
   ["Sedikitnya 10 warga, termasuk dua anak, tewas dibunuh anggota geng yang juga membakar rumah-rumah dan sebuah kantor polisi, menurut organisasi hak asasi manusia lokal. Sebagian korban ditembak saat mencoba melarikan diri ke arah perbukitan."],
   C("local human rights organisation", "HTI", [], "asserted", "menurut organisasi hak asasi manusia lokal"),
   k=(10, None), civ=True, ftext="Sedikitnya 10 warga, termasuk dua anak, tewas dibunuh anggota geng",
   mat=[MAT("building", "HTI", None, None, "rumah-rumah"), MAT("building", "HTI", 1, 1, "sebuah kantor polisi")],
   note="Killings of residents during the takeover: a different event type (violence against civilians), split from the capture (guidelines 1). Same day, no date text of its own. The burned houses and police station are buildings."),
 M(ER, "air_drone_strike", day("2025-03-29", "pada Sabtu (29/3)"), PAP("kawasan Bel Air"),
   HTI_POL("satuan tugas gabungan kepolisian"), UAG_HTI("anggota geng"),
   ["Di ibu kota Port-au-Prince, satuan tugas gabungan kepolisian melancarkan serangan drone bermuatan bahan peledak ke markas geng di kawasan Bel Air pada Sabtu (29/3). Serangan itu menewaskan sedikitnya delapan anggota geng, menurut pernyataan kantor perdana menteri, dikutip dari Reuters."],
   C("Government of Haiti", "HTI", ["Reuters"], "asserted", "menurut pernyataan kantor perdana menteri"),
   k=(8, None), civ=False, ftext="menewaskan sedikitnya delapan anggota geng",
   mat=[MAT("command_post", "HTI", 1, 1, "markas geng")],
   note="Explosive-drone strike by a police task force on a gang base in Bel Air (a neighbourhood of Port-au-Prince). The gang is not named: Unidentified Armed Group (Haiti). The struck base is a command_post."),
 M(ER, "air_drone_strike", rng("2025-01-01", "2025-04-02", "dalam beberapa bulan terakhir"), PAP("Port-au-Prince"),
   A("Pemerintah transisi Haiti", "Government of Haiti", "HTI", "state_forces"), UAG_HTI("geng-geng"),
   ["Pemerintah transisi Haiti mulai menggunakan drone bersenjata dalam beberapa bulan terakhir untuk menghadapi geng-geng yang kini menguasai sekitar 85 persen wilayah Port-au-Prince."],
   UN(), opt=True, note="Habitual use of armed drones over 'beberapa bulan': vague, optional (range approximated)."),
 M(SD, "change_to_group_activity", month(2024, 6, "pada Juni 2024"), PAP("Port-au-Prince"),
   A("Misi Dukungan Keamanan Multinasional (MSS) pimpinan Kenya", "Police Forces of Kenya", "KEN", "external_force"), NOA,
   ["Misi Dukungan Keamanan Multinasional (MSS) pimpinan Kenya, yang gelombang pertamanya tiba di Port-au-Prince pada Juni 2024, dinilai belum mampu membendung ekspansi geng."],
   UN(), note="Arrival of the Kenyan-led mission (a police deployment): change_to_group_activity, dated background after 2016, required; in a relative clause. Kenya's police abroad: external_force."),
 M(VAC, "attack", month(2024, 10, "Pada Oktober 2024"), L("kota Pont-Sondé, wilayah Artibonite", "Pont-Sonde", "HTI", "Artibonite", 19.15, -72.61, "town"),
   A("geng Gran Grif", "Gran Grif", "HTI", "political_militia"), HTI_CIV(None),
   ["Pada Oktober 2024, geng Gran Grif membantai lebih dari 100 orang di kota Pont-Sondé, wilayah Artibonite, dalam salah satu pembunuhan massal terburuk dalam sejarah modern Haiti."],
   UN(), k=(100, None), civ=True, ftext="membantai lebih dari 100 orang",
   note="The Pont-Sonde massacre: dated background, required. A massacre of townspeople: civilians."),
 M(VAC, "attack", month(2021, 7, "pada Juli 2021"), PAP("kediamannya di Port-au-Prince"),
   UAG_HTI(None), A("Presiden Jovenel Moise", "Government of Haiti", "HTI", "state_forces"),
   ["Kekerasan geng meningkat tajam sejak Presiden Jovenel Moise dibunuh di kediamannya di Port-au-Prince pada Juli 2021."],
   UN(), k=(1, 1), civ=True, ftext="Presiden Jovenel Moise dibunuh",
   note="'sejak' + a concrete dated act (the assassination of the president, July 2021): required (heldout_b's 'sejak X' rule). The killers are not named: Unidentified Armed Group (Haiti), text null. The victim is a head of state, not a combatant: civilian true."),
 M(VAC, "attack", rng("2025-01-01", "2025-03-31", "sepanjang kuartal pertama 2025"), L(None, "Haiti", "HTI", None, 18.54, -72.34, "country"),
   UAG_HTI("geng"), HTI_CIV(None),
   ["Menurut Kantor Hak Asasi Manusia PBB, lebih dari 1.500 orang tewas akibat kekerasan geng di Haiti sepanjang kuartal pertama 2025."],
   C("United Nations Office of the High Commissioner for Human Rights", None, [], "asserted", "Menurut Kantor Hak Asasi Manusia PBB"),
   k=(1500, None), ftext="lebih dari 1.500 orang tewas", opt=True,
   note="Quarterly toll: aggregate, optional. The prime minister's promise to retake the town and the calls for a new force are not events."),
])

# ---------- 15 Suara, protests against the TNI law ----------
f = "15_suara_demo_uu_tni_malang.txt"
PEACEFUL = ["Aksi serupa yang berlangsung damai juga digelar di Yogyakarta dan Purwokerto pada Minggu (23/3/2025). Para peserta aksi membentangkan spanduk bertuliskan \"Kembalikan TNI ke Barak\" dan \"Tolak Dwifungsi\"."]
article(f, "2025-03-24", "Page date line \"Senin, 24 Maret 2025 | 15:20 WIB\".", "Suara",
 "Demo Tolak UU TNI di Malang Ricuh, Gedung DPRD Terbakar dan Belasan Mahasiswa Luka", [
 M(RI, "violent_demonstration", day("2025-03-23", "pada Minggu (23/3/2025) malam"), L("Gedung DPRD Kota Malang, Jawa Timur", "Malang", "IDN", "Jawa Timur", -7.98, 112.63, "town"),
   RIOT("Massa"), POLRI("petugas"),
   ["Suara.com - Aksi unjuk rasa menolak pengesahan revisi Undang-Undang TNI di depan Gedung DPRD Kota Malang, Jawa Timur, berakhir ricuh pada Minggu (23/3/2025) malam. Massa melempari gedung dengan batu dan bom molotov hingga sebagian bangunan, termasuk pos penjagaan dan ruang arsip, terbakar.",
    "Kapolresta Malang Kota Kombes Pol Andi Wibowo mengatakan enam anggota polisi terluka akibat lemparan batu dan benda tumpul. Polisi juga mengamankan 10 orang yang diduga sebagai provokator.",
    "Sementara itu, Aliansi Mahasiswa Malang Raya menyebut sedikitnya 17 mahasiswa luka-luka, sebagian akibat pukulan aparat dan gas air mata. Koordinator aliansi menuding polisi melakukan kekerasan berlebihan saat membubarkan massa. Polisi membantah tudingan tersebut dan menyatakan tindakan petugas sudah sesuai prosedur."],
   C("Police Forces of Indonesia", "IDN", [], "disputed", "Kapolresta Malang Kota Kombes Pol Andi Wibowo mengatakan"),
   w=(6, 6), civ=False, ftext="enam anggota polisi terluka",
   mat=[MAT("building", "IDN", 1, 1, "Gedung DPRD Kota Malang")],
   note="A protest that turned into stoning and arson of the council building: riot (violent demonstration); the dispersal and the 10 detentions are folded in (sample 70). Counts from the police (first source): six officers wounded, civilian false. The students' count (17) and their accusation of excessive force are the other party's version, which the claimant denies: disputed (not denied), and not split into a separate excessive-force event."),
 M(PR, "protest_with_intervention", day("2025-03-24", "Pada Senin (24/3/2025) siang"), L("Gedung Negara Grahadi, Surabaya", "Surabaya", "IDN", "Jawa Timur", -7.25, 112.75, "town"),
   PROT("ratusan mahasiswa dan buruh"), POLRI("Polisi"),
   ["Pada Senin (24/3/2025) siang, ratusan mahasiswa dan buruh berunjuk rasa di depan Gedung Negara Grahadi, Surabaya. Polisi membubarkan massa dengan water cannon menjelang petang setelah aksi melewati batas waktu yang diizinkan."],
   UN(), note="A peaceful protest dispersed with a water cannon: protest_with_intervention (no violence by the protesters is reported)."),
 M(RI, "violent_demonstration", day("2025-03-20", "Kamis (20/3/2025)"), L("Gedung DPR, Senayan", "Jakarta", "IDN", "Jakarta", -6.21, 106.8, "town"),
   RIOT("ribuan mahasiswa"), POLRI("polisi"),
   ["Pada hari itu, ribuan mahasiswa berdemonstrasi di depan Gedung DPR, Senayan. Sebagian massa menjebol pagar belakang gedung dan membakar ban, sehingga polisi menembakkan gas air mata."],
   UN(), note="Protesters breaking through the fence and burning tyres: riot; the tear gas is the police response folded in. 'Pada hari itu' points to Thursday 20 March in the previous sentence (the plenary vote, which is not an event itself)."),
 M(PR, "peaceful_protest", day("2025-03-23", "pada Minggu (23/3/2025)"), L("Yogyakarta", "Yogyakarta", "IDN", "DI Yogyakarta", -7.8, 110.37, "town"),
   PROT("Para peserta aksi"), NOA, PEACEFUL, UN(), note="Peaceful protests, one mention per city (Yogyakarta)."),
 M(PR, "peaceful_protest", day("2025-03-23", "pada Minggu (23/3/2025)"), L("Purwokerto", "Purwokerto", "IDN", "Jawa Tengah", -7.42, 109.23, "town"),
   PROT("Para peserta aksi"), NOA, PEACEFUL, UN(), note="Second city of the list (Purwokerto)."),
 M(SD, "arrests", rng("2025-03-17", "2025-03-24", "selama sepekan aksi"), L(None, "Indonesia", "IDN", None, -6.21, 106.85, "country"),
   POLRI(None), PROT(None),
   ["Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS) mencatat sedikitnya 150 orang ditangkap di berbagai kota selama sepekan aksi penolakan UU TNI. Sebagian besar telah dibebaskan setelah diperiksa."],
   C("KontraS", "IDN", [], "asserted", "Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS) mencatat"), opt=True,
   note="Week-long arrest tally over unnamed cities: aggregate, optional (as dev_c 20). The planned judicial review and the promised new protests are future steps, not events."),
])

# ---------- 16 Antara, Jaffar Express ----------
f = "16_antara_jaffar_express.txt"
KACHHI = lambda t: L(t, "Kachhi", "PAK", "Balochistan", 29.47, 67.65, "district")
article(f, "2025-03-13", "Page date line \"Kamis, 13 Maret 2025 09:12 WIB\".", "Antara",
 "Militer Pakistan akhiri penyanderaan kereta Jaffar Express, 18 penumpang tewas", [
 M(VAC, "abduction_forced_disappearance", day("2025-03-11", "pada Selasa (11/3) siang"), KACHHI("kawasan Mashkaf, distrik Kachhi"),
   BLA("Kelompok separatis Tentara Pembebasan Baloch (BLA)"), PAK_CIV("penumpang"),
   ["Kelompok separatis Tentara Pembebasan Baloch (BLA) membajak kereta yang membawa lebih dari 400 penumpang itu pada Selasa (11/3) siang, setelah meledakkan rel di dekat sebuah terowongan di kawasan Mashkaf, distrik Kachhi, sekitar 160 kilometer dari Quetta.",
    "Juru bicara sayap media militer Pakistan (ISPR) mengatakan 18 penumpang tewas dibunuh para penyandera sebelum operasi pembebasan dimulai, sebagian di antaranya anggota militer yang sedang cuti dan bepergian dengan pakaian sipil.",
    "BLA dalam pernyataan yang disebarkan melalui Telegram mengklaim telah menewaskan lebih dari 50 tentara yang berada di dalam kereta, dan menyebut militer “tidak mampu” membebaskan sandera tanpa korban. Militer Pakistan menolak angka tersebut sebagai “propaganda”."],
   C("Military Forces of Pakistan", "PAK", [], "disputed", "Juru bicara sayap media militer Pakistan (ISPR) mengatakan"),
   k=(18, 18), civ=True, ftext="18 penumpang tewas dibunuh para penyandera",
   mat=[MAT("other", "PAK", None, None, "rel di dekat sebuah terowongan")],
   note="Hijacking of a passenger train and hostage-taking: abduction; the track bombing that stopped the train and the killing of hostages are folded into it (one event, one day, same actors). Counts from the ISPR (first source): 18 passengers, some off-duty soldiers in civilian clothes, so civilian true. The BLA's claim of 50+ soldiers is the other side's version, which the claimant rejects ('menolak'): disputed. The rail track is the struck target (no category: other). 400 passengers and 346 freed hostages are not casualties. Curly quotes in the evidence. Reuters is cited only for a witness quote."),
 M(BA, "armed_clash", rng("2025-03-11", "2025-03-12", "pada Rabu (12/3) malam"), KACHHI("sekitar gerbong dan terowongan"),
   A("pasukan keamanan", "Military Forces of Pakistan", "PAK", "state_forces"), BLA("para penyandera"),
   ["Islamabad (ANTARA) - Militer Pakistan menyatakan telah mengakhiri penyanderaan kereta penumpang Jaffar Express di Provinsi Balochistan pada Rabu (12/3) malam, setelah operasi pembebasan yang berlangsung lebih dari 30 jam.",
    "Dalam operasi pembebasan, pasukan keamanan terlibat baku tembak dengan para penyandera di sekitar gerbong dan terowongan. Operasi itu menewaskan 30 militan, sementara empat personel Frontier Corps (FC) gugur, kata ISPR."],
   C("Military Forces of Pakistan", "PAK", [], "asserted", "kata ISPR"),
   k=(34, 34), civ=False, ftext="Operasi itu menewaskan 30 militan, sementara empat personel Frontier Corps (FC) gugur",
   note="The rescue operation with an exchange of fire over more than 30 hours, Tuesday to Wednesday night: armed_clash. 30 militants plus four FC soldiers stated together = killed 34..34 (dev_c's rule for sums of mixed groups)."),
 M(ER, "suicide_bomb", month(2024, 11, "pada November 2024"), L("stasiun kereta Quetta", "Quetta", "PAK", "Balochistan", 30.18, 67.0, "town"),
   BLA("Kelompok itu"), PAK("tentara"),
   ["Kelompok itu juga mengaku bertanggung jawab atas bom bunuh diri di stasiun kereta Quetta pada November 2024 yang menewaskan 26 orang, termasuk tentara dan warga sipil."],
   C("BLA: Balochistan Liberation Army", "PAK", [], "asserted", "mengaku bertanggung jawab"),
   k=(26, 26), civ=True, ftext="menewaskan 26 orang, termasuk tentara dan warga sipil",
   mat=[MAT("building", "PAK", 1, 1, "stasiun kereta Quetta")],
   note="Quetta station bombing, dated background after 2016: required. The BLA's own claim of responsibility is the claim. Soldiers and civilians among the dead: actor2 the army, civilian true."),
 M(ER, "suicide_bomb", day("2025-03-04", "pada 4 Maret"), L("kompleks militer Bannu Cantonment di Provinsi Khyber Pakhtunkhwa", "Bannu", "PAK", "Khyber Pakhtunkhwa", 32.99, 70.6, "town"),
   A("dua pelaku bom bunuh diri", "Unidentified Armed Group (Pakistan)", "PAK", "political_militia"), PAK(None),
   ["Sepekan sebelum pembajakan, pada 4 Maret, dua pelaku bom bunuh diri menabrakkan mobil berisi bahan peledak ke tembok kompleks militer Bannu Cantonment di Provinsi Khyber Pakhtunkhwa dan menewaskan sedikitnya 16 orang, sebagian besar warga sipil. Serangan itu dilakukan militan yang diduga terkait dengan Taliban Pakistan (TTP)."],
   UN(), k=(16, None), civ=True, ftext="menewaskan sedikitnya 16 orang, sebagian besar warga sipil",
   mat=[MAT("fortification", "PAK", 1, 1, "tembok kompleks militer Bannu Cantonment")],
   note="Suicide car bombing of a military compound a week earlier: required. The attackers are only suspected ('diduga') of TTP links: Unidentified Armed Group (Pakistan) (dev_c's rule). The compound's wall is the struck target (fortification)."),
 M(BA, "armed_clash", rng("2024-03-13", "2025-03-13", "dalam setahun terakhir"), L("Balochistan", "Balochistan", "PAK", "Balochistan", 30.18, 67.0, "region"),
   BLA("BLA"), PAK("pasukan keamanan"),
   ["BLA, yang menuntut kemerdekaan Balochistan, meningkatkan serangan terhadap pasukan keamanan dan proyek-proyek yang didanai China di provinsi kaya mineral itu dalam setahun terakhir."],
   UN(), opt=True,
   note="Trend over a year: aggregate, optional. The accusations of foreign support, the rail suspension and the condemnations are not events."),
])
