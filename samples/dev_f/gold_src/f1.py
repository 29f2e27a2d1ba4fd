from lib import *

ELN = lambda t: A(t, "ELN: National Liberation Army", "COL", "rebel_group")
FARC_DISS = lambda t: A(t, "FARC Dissidents (Colombia)", "COL", "rebel_group")
FARC = lambda t: A(t, "FARC: Revolutionary Armed Forces of Colombia", "COL", "rebel_group")
COL = lambda t: A(t, "Military Forces of Colombia", "COL", "state_forces")
COL_GOV = lambda t: A(t, "Government of Colombia", "COL", "state_forces")
COL_CIV = lambda t: A(t, "Civilians (Colombia)", "COL", "civilians")
MMR = lambda t: A(t, "Military Forces of Myanmar", "MMR", "state_forces")
MMR_POL = lambda t: A(t, "Police Forces of Myanmar", "MMR", "state_forces")
MMR_GOV = lambda t: A(t, "Government of Myanmar", "MMR", "state_forces")
MMR_CIV = lambda t: A(t, "Civilians (Myanmar)", "MMR", "civilians")
AA = lambda t: A(t, "AA: Arakan Army", "MMR", "rebel_group")
NER = lambda t: A(t, "Military Forces of Niger", "NER", "state_forces")
NER_GOV = lambda t: A(t, "Government of Niger", "NER", "state_forces")
NER_CIV = lambda t: A(t, "Civilians (Niger)", "NER", "civilians")
IS_SAHEL = lambda t: A(t, "Islamic State (Sahel)", None, "rebel_group")

# ---------- 01 Kompas, Catatumbo (Colombia) ----------
f = "01_kompas_catatumbo_eln.txt"
R = ["Reuters", "AFP"]
CATATUMBO = lambda t: L(t, "Catatumbo", "COL", "Norte de Santander", 8.64, -72.74, "region")
SINCE_THU = rng("2025-01-16", "2025-01-21", "sejak Kamis")
CLASH = ["Menurut militer Kolombia, pasukan ELN menyerbu posisi kelompok pembangkang FARC Front 33 di kotamadya Tibu dan Teorama sejak Kamis. Kedua kelompok bersenjata itu memperebutkan jalur penyelundupan dan ladang koka di kawasan perbatasan."]
MIL_COL = C("Military Forces of Colombia", "COL", R, "asserted", "Menurut militer Kolombia")
PEACE_2016 = "Catatumbo, salah satu kawasan penghasil daun koka terbesar di dunia, diperebutkan kelompok-kelompok bersenjata sejak pemerintah Kolombia dan kelompok pemberontak FARC menandatangani perjanjian damai di Bogota pada November 2016."
article(f, "2025-01-21", "Page date line \"Kompas.com - 21/01/2025, 10:30 WIB\".", "Kompas",
 "Gerilyawan ELN Serbu Catatumbo, Kolombia Umumkan Keadaan Darurat dan Kerahkan 5.000 Tentara", [
 M(SD, "other", day("2025-01-20", "pada Senin (20/1/2025)"),
   CATATUMBO("wilayah Catatumbo, Provinsi Norte de Santander"),
   COL_GOV("Presiden Kolombia Gustavo Petro"), NOA,
   ["BOGOTA, KOMPAS.com - Presiden Kolombia Gustavo Petro mengumumkan keadaan darurat di wilayah Catatumbo, Provinsi Norte de Santander, pada Senin (20/1/2025)."],
   UN(R),
   note="A state of emergency ('keadaan darurat') declared for a region: strategic_developments/other, like martial law and curfews (guidelines 1, dev_e). Catatumbo is a subregion with no administrative centre: region precision at Tibu, its largest municipality. 'Sumber: Reuters, AFP' puts both outlets on every mention. The suspension of the peace talks on Friday 17 January is a diplomatic step and is not coded (like dev_e 01's treaty suspension)."),
 M(BA, "armed_clash", rng("2025-01-16", "2025-01-21", "sejak kekerasan pecah pada Kamis (16/1/2025)"),
   CATATUMBO(None),
   ELN(None), NOA,
   ["Kantor Ombudsman Kolombia menyebut sedikitnya 80 orang tewas sejak kekerasan pecah pada Kamis (16/1/2025), termasuk warga sipil."],
   C("Ombudsman's Office of Colombia", "COL", R, "asserted", "Kantor Ombudsman Kolombia menyebut"),
   k=(80, None), civ=True, ftext="sedikitnya 80 orang tewas", opt=True,
   note="Cumulative toll of five days of violence over the whole region (clashes and killings): aggregate, optional (guidelines 2); it carries the total, which is attached to none of the per-place mentions. Type nominal (battles, the offensive as the lead frames it). 'sedikitnya 80' = min 80; 'termasuk warga sipil' = civilian true. Displacement figures are not events."),
 M(BA, "armed_clash", SINCE_THU,
   L("Tibu", "Tibu", "COL", "Norte de Santander", 8.64, -72.74, "town"),
   ELN("pasukan ELN"), FARC_DISS("kelompok pembangkang FARC Front 33"), CLASH, MIL_COL,
   note="ELN assault on the positions of a rival armed group: armed_clash, one mention per municipality in the list (Tibu). Running since Thursday 16 January up to the report: range. FARC dissident fronts are coded as one actor, 'FARC Dissidents (Colombia)' (rebel_group)."),
 M(BA, "armed_clash", SINCE_THU,
   L("Teorama", "Teorama", "COL", "Norte de Santander", 8.44, -73.29, "town"),
   ELN("pasukan ELN"), FARC_DISS("kelompok pembangkang FARC Front 33"), CLASH, MIL_COL,
   note="Second municipality of the list (Teorama)."),
 M(VAC, "attack", SINCE_THU, CATATUMBO("Catatumbo"),
   ELN("Para gerilyawan"), COL_CIV("mantan kombatan FARC yang telah meletakkan senjata"),
   ["Para gerilyawan juga mendatangi rumah-rumah warga untuk mencari mantan kombatan FARC yang telah meletakkan senjata. Misi Verifikasi PBB di Kolombia mencatat sedikitnya tujuh mantan kombatan penanda tangan perjanjian damai tewas dibunuh di Catatumbo sejak Kamis."],
   C("United Nations Verification Mission in Colombia", None, R, "asserted", "Misi Verifikasi PBB di Kolombia mencatat"),
   k=(7, None), civ=True, ftext="sedikitnya tujuh mantan kombatan penanda tangan perjanjian damai tewas dibunuh",
   note="House-to-house killings of disarmed former FARC combatants: violence against civilians (demobilised signatories of the peace accord are civilians, as ACLED codes them), split from the clashes with Front 33 (different actor2 and type). The killer is the previous sentence's 'Para gerilyawan'. 'sedikitnya tujuh' = min 7. UN bodies have claimant_party null."),
 M(VAC, "attack", day("2025-01-15", "pada Rabu (15/1/2025)"),
   L("jalan pedesaan di Tibu", "Tibu", "COL", "Norte de Santander", 8.64, -72.74, "town"),
   FARC_DISS("Front 33"), COL_CIV("seorang pria, istrinya, dan bayi mereka"),
   ["ELN menyebut serangannya sebagai balasan atas pembunuhan seorang pria, istrinya, dan bayi mereka yang berusia sembilan bulan di dalam mobil di jalan pedesaan di Tibu pada Rabu (15/1/2025). ELN menuding Front 33 berada di balik pembunuhan itu, tuduhan yang dibantah kelompok tersebut."],
   C("ELN: National Liberation Army", "COL", R, "denied", "ELN menuding"),
   k=(3, 3), civ=True, ftext="pembunuhan seorang pria, istrinya, dan bayi mereka",
   note="The killing of a family in a car, the trigger of the offensive: violence against civilians, dated the day before the offensive. The killer is the one the claimant accuses (as dev_e's Nam Yuen mine); Front 33 denies it ('dibantah'): stance denied, deniers FARC Dissidents (Colombia). A man, his wife and their baby = 3."),
 M(SD, "change_to_group_activity", day("2025-01-19", "sejak Minggu (19/1/2025)"), CATATUMBO("Catatumbo"),
   COL("sekitar 5.000 tentara"), NOA,
   ["Menteri Pertahanan Kolombia mengatakan sekitar 5.000 tentara telah dikerahkan ke Catatumbo sejak Minggu (19/1/2025) untuk mengamankan jalan-jalan utama dan mengevakuasi warga dengan helikopter."],
   C("Ministry of Defence of Colombia", "COL", R, "asserted", "Menteri Pertahanan Kolombia mengatakan"),
   note="Troop deployment: change_to_group_activity (guidelines 3), dated by its start ('sejak Minggu'). The helicopter evacuations are not events. '5.000 tentara' counts troops, not casualties."),
 M(BA, "armed_clash", day("2025-01-20", "pada Senin"),
   L("di dekat kota El Tarra", "El Tarra", "COL", "Norte de Santander", 8.58, -73.09, "town"),
   COL("Militer"), ELN("gerilyawan ELN"),
   ["Militer juga melaporkan kontak senjata dengan gerilyawan ELN di dekat kota El Tarra pada Senin yang menewaskan dua gerilyawan. ELN membantah kehilangan anggotanya dalam bentrokan itu."],
   C("Military Forces of Colombia", "COL", R, "denied", "Militer juga melaporkan"),
   k=(2, 2), civ=False, ftext="menewaskan dua gerilyawan",
   note="Army-ELN firefight: armed_clash, the reporting army named first. 'pada Senin' in a Tuesday report = 20 January. The ELN denies losing members ('membantah'), a denial of the claimant's own account: stance denied, deniers ELN."),
 M(SD, "agreement", month(2023, 6, "pada Juni 2023"),
   L(None, "Colombia", "COL", None, 4.71, -74.07, "country"),
   COL_GOV(None), ELN(None),
   ["Kedua pihak menyepakati gencatan senjata bilateral di Havana, Kuba, pada Juni 2023, tetapi kesepakatan itu tidak diperpanjang setelah berakhir pada Agustus 2024."],
   UN(R),
   note="Bilateral ceasefire agreed in Havana: dated background agreement after 2016, required. 'Kedua pihak' refers to the government and the ELN of the previous sentence (texts null). Agreed abroad and covering the whole country: placed at the country it concerns (dev_c: agreements abroad at the region they concern), capital coordinates. Its expiry in August 2024 and the start of talks in late 2022 are not events."),
 M(ER, "remote_explosive_landmine_ied", month(2024, 9, "Pada September 2024"),
   L("Puerto Jordan, Provinsi Arauca", "Puerto Jordan", "COL", "Arauca", None, None, "district"),
   ELN("ELN"), COL(None),
   ["Pada September 2024, ELN meledakkan truk bermuatan bahan peledak di dekat sebuah pangkalan militer di Puerto Jordan, Provinsi Arauca, dan menewaskan dua tentara."],
   UN(R), k=(2, 2), civ=False, ftext="menewaskan dua tentara",
   note="A truck bomb detonated near a base, with no suicide attacker: remote explosive (vehicle-borne IED). Dated background after 2016, required. The soldiers killed make the army actor2 (text null). Puerto Jordan not placed with confidence: null coordinates, district precision. The freeze of the talks that followed is not an event."),
 M(SD, "agreement", month(2016, 11, "pada November 2016"),
   L("Bogota", "Colombia", "COL", None, 4.71, -74.07, "country"),
   COL_GOV("pemerintah Kolombia"), FARC("kelompok pemberontak FARC"),
   [PEACE_2016],
   UN(R),
   note="The 2016 peace agreement in a 'sejak X' clause where X is a concrete dated act with its actors (heldout_b, dev_d): required; 2016 is not older than 2016 (guidelines 2). A national act signed in the capital: country precision at Bogota (guidelines 5)."),
 M(BA, "armed_clash", rng("1964-01-01", "2016-11-30", "lebih dari lima dekade"),
   L(None, "Colombia", "COL", None, 4.71, -74.07, "country"),
   COL_GOV(None), FARC(None),
   ["Perjanjian itu mengakhiri lebih dari lima dekade perang yang menewaskan sekitar 260.000 orang."],
   UN(R), k=(260000, 260000), ftext="menewaskan sekitar 260.000 orang", opt=True,
   note="War-wide toll of the FARC conflict: aggregate and mostly before 2016, optional. 'sekitar 260.000' = N..N (samples). The ELN's founding in 1964 is not an event."),
])

# ---------- 02 Tempo, Ramree / Rakhine (Myanmar) ----------
f = "02_tempo_ramree_serangan_udara.txt"
R = ["Reuters", "Radio Free Asia"]
RAKHINE = lambda t: L(t, "Rakhine", "MMR", "Rakhine", 20.15, 92.9, "region")
AA_CLAIMS = "AA kini mengklaim menguasai 14 dari 17 kota kecil di Rakhine."
COUP = ["Myanmar dilanda konflik bersenjata sejak militer menggulingkan pemerintahan terpilih Aung San Suu Kyi pada Februari 2021."]
article(f, "2025-01-10", "Page date line \"Jumat, 10 Januari 2025 15:20 WIB\".", "Tempo",
 "Jet Junta Myanmar Bom Desa di Pulau Ramree, Tentara Arakan: 40 Warga Tewas", [
 M(ER, "air_drone_strike", day("2025-01-08", "pada Rabu, 8 Januari 2025 siang"),
   L("desa Kyauk Ni Maw di Pulau Ramree, Negara Bagian Rakhine", "Ramree", "MMR", "Rakhine", 19.09, 93.86, "district"),
   MMR("Pesawat tempur militer Myanmar"), MMR_CIV("warga sipil"),
   ["TEMPO.CO, Jakarta - Pesawat tempur militer Myanmar membom desa Kyauk Ni Maw di Pulau Ramree, Negara Bagian Rakhine, pada Rabu, 8 Januari 2025 siang. Tentara Arakan (AA), kelompok bersenjata etnis yang menguasai sebagian besar Rakhine, menyebut sedikitnya 40 warga sipil tewas dan lebih dari 20 lainnya luka-luka dalam serangan itu, seperti dilansir Myanmar Now.",
    "Bom-bom yang dijatuhkan memicu kebakaran yang menghanguskan lebih dari 500 rumah di desa nelayan tersebut.",
    "Juru bicara junta mengatakan serangan itu menyasar anggota AA yang menduduki desa tersebut dan membantah bahwa warga sipil menjadi sasaran."],
   C("AA: Arakan Army", "MMR", R + ["Myanmar Now"], "denied", "Tentara Arakan (AA), kelompok bersenjata etnis yang menguasai sebagian besar Rakhine, menyebut"),
   k=(40, None), w=(20, None), civ=True, ftext="sedikitnya 40 warga sipil tewas dan lebih dari 20 lainnya luka-luka",
   mat=[MAT("building", "MMR", 500, None, "lebih dari 500 rumah")],
   note="Junta jets bombing a village: air strike; the victims are said to be civilians, so actor2 Civilians (Myanmar). 'sedikitnya 40' = min 40, 'lebih dari 20' = min 20, 'lebih dari 500 rumah' = min 500 buildings. The junta says it targeted AA fighters and denies civilians were targeted ('membantah'): stance denied, deniers Military Forces of Myanmar. The village is small: coded at Ramree township with district precision (dev_d: villages at their township). Myanmar Now is cited in the lead; 'REUTERS | RADIO FREE ASIA' on every mention. A witness quote is not a claim."),
 M(ER, "shelling_artillery_missile_attack", day("2025-01-09", "Kamis, 9 Januari"),
   L("desa-desa pesisir di sekitar kota Kyaukphyu", "Kyaukphyu", "MMR", "Rakhine", 19.43, 93.55, "district"),
   MMR("kapal perang junta"), MMR_CIV(None),
   ["Sehari kemudian, Kamis, 9 Januari, kapal perang junta menembakkan artileri ke arah desa-desa pesisir di sekitar kota Kyaukphyu, menurut AA. Belum diketahui apakah tembakan itu menimbulkan korban."],
   C("AA: Arakan Army", "MMR", R, "asserted", "menurut AA"),
   note="Naval artillery fire on coastal villages: shelling (guidelines 3). Villages are said to be hit, so actor2 Civilians (Myanmar) (text null). 'Belum diketahui' is not a count: killed null. Villages around the town: district precision at Kyaukphyu."),
 M(BA, "non_state_actor_overtakes_territory", day("2024-12-20", "Pada 20 Desember lalu"),
   L("kota Ann", "Ann", "MMR", "Rakhine", 19.78, 94.03, "town"),
   AA("AA"), MMR("militer Myanmar"),
   ["Pada 20 Desember lalu, AA mengumumkan telah merebut markas Komando Wilayah Barat militer Myanmar di kota Ann, salah satu dari 14 komando regional angkatan darat. Junta belum pernah mengonfirmasi jatuhnya markas tersebut."],
   C("AA: Arakan Army", "MMR", R, "asserted", "AA mengumumkan"),
   note="Capture of the Western Command headquarters in Ann: a non-state group taking territory, dated background after 2016, required. The date is that of the announcement, the only one given. The junta's silence ('belum pernah mengonfirmasi') is not a denial. A captured base is not materiel (dev_c)."),
 M(BA, "non_state_actor_overtakes_territory", day("2024-12-08", "pada 8 Desember"),
   L("kota Maungdaw di perbatasan Bangladesh", "Maungdaw", "MMR", "Rakhine", 20.82, 92.37, "town"),
   AA("AA"), MMR_POL("Polisi Penjaga Perbatasan"),
   ["Dua pekan sebelumnya, pada 8 Desember, AA menguasai kota Maungdaw di perbatasan Bangladesh setelah merebut markas terakhir Polisi Penjaga Perbatasan di kota itu."],
   UN(R),
   note="Capture of Maungdaw with the last Border Guard Police base folded in (guidelines 1: sub-actions of one event). The defenders named are the border police: Police Forces of Myanmar."),
 M(BA, "non_state_actor_overtakes_territory", rng("2023-11-01", "2025-01-10", "kini"), RAKHINE("Rakhine"),
   AA("AA"), MMR(None),
   [AA_CLAIMS],
   C("AA: Arakan Army", "MMR", R, "asserted", "AA kini mengklaim"), opt=True,
   note="Cumulative territorial tally (14 of 17 townships): aggregate, optional. Bounded by the November 2023 offensive and the report."),
 M(BA, "armed_clash", month(2023, 11, "pada November 2023"), RAKHINE("Rakhine"),
   AA("AA"), MMR("pos-pos militer"),
   ["AA melancarkan serangan besar ke pos-pos militer di Rakhine pada November 2023, mengakhiri gencatan senjata tidak resmi yang berlaku selama setahun."],
   UN(R),
   note="The AA's November 2023 offensive told in a main clause with its own action: dated background after 2016, required (dev_d). Attacks on posts are ground attacks: armed_clash. The end of the informal ceasefire is part of the same act, not a separate event."),
 M(BA, "armed_clash", rng("2023-10-27", "2023-11-30", None),
   L("Negara Bagian Shan utara", "Northern Shan", "MMR", "Shan", 22.93, 97.75, "region"),
   A("sekutunya", "Three Brotherhood Alliance", "MMR", "rebel_group"), MMR(None),
   ["Serangan itu dilakukan bersamaan dengan Operasi 1027 oleh sekutunya di Negara Bagian Shan utara."],
   UN(R), opt=True,
   note="Operation 1027 named as a time reference for the AA offensive: a campaign, optional (dev_c: Operation 1027 optional). Northern Shan at Lashio. The allies are the Three Brotherhood Alliance (dev_c)."),
 M(SD, "looting_property_destruction", month(2024, 5, "pada Mei 2024"),
   L("kota Buthidaung", "Buthidaung", "MMR", "Rakhine", 20.87, 92.53, "town"),
   AA("AA"), MMR_CIV("warga Rohingya"),
   ["Kelompok aktivis Rohingya menuding AA membakar kota Buthidaung pada Mei 2024 dan mengusir ribuan warga Rohingya. AA membantah tuduhan itu dan menyebut kebakaran disebabkan serangan udara junta."],
   C("Rohingya activist groups", None, R, "denied", "Kelompok aktivis Rohingya menuding"),
   note="The burning of a town and the expulsion of its residents, with no killing or injury reported: looting_property_destruction (dev_e: property destruction with no violence against people). The AA denies it ('membantah'): stance denied, deniers AA. Activist groups, like monitors, have claimant_party null. The town is not materiel."),
 M(SD, "other", month(2021, 2, "pada Februari 2021"),
   L(None, "Myanmar", "MMR", None, 19.76, 96.08, "country"),
   MMR("militer"), MMR_GOV("pemerintahan terpilih Aung San Suu Kyi"),
   COUP, UN(R),
   note="The 2021 coup in a 'sejak X' clause where X is told with its actor and action ('militer menggulingkan pemerintahan terpilih'): required, as dev_d 08 codes the coup told in a main clause (strategic_developments/other, actor2 the deposed Government of Myanmar, country level at Naypyidaw). The bare 'sejak kudeta' of the next sentence adds no mention."),
 M(VAC, "attack", rng("2021-02-01", "2025-01-10", "sejak kudeta"),
   L(None, "Myanmar", "MMR", None, 19.76, 96.08, "country"),
   MMR("militer"), MMR_CIV("warga sipil"),
   ["Menurut Asosiasi Bantuan untuk Tahanan Politik (AAPP), lebih dari 6.000 warga sipil tewas dibunuh militer sejak kudeta."],
   C("Assistance Association for Political Prisoners", None, R, "asserted", "Menurut Asosiasi Bantuan untuk Tahanan Politik (AAPP)"),
   k=(6000, None), civ=True, ftext="lebih dari 6.000 warga sipil tewas", opt=True,
   note="Cumulative toll since the coup: aggregate, optional (samples 50, dev_d 08). The famine warning and rice prices are not events."),
])

# ---------- 03 CNN Indonesia, Fambita mosque (Niger) ----------
f = "03_cnnindonesia_niger_masjid_fambita.txt"
KOKOROU = lambda t: L(t, "Kokorou", "NER", "Tillaberi", None, None, "district")
NIGER = L(None, "Niger", "NER", None, 13.51, 2.11, "country")
WITHDRAW = ["Pasukan Prancis menyelesaikan penarikan dari Niger pada Desember 2023, disusul pasukan Amerika Serikat yang meninggalkan pangkalan drone di Agadez pada Agustus 2024."]
article(f, "2025-03-23", "Page date line \"Minggu, 23 Mar 2025 09:40 WIB\".", "CNN Indonesia",
 "Militan Serang Masjid Saat Salat Jumat di Niger, 44 Jemaah Tewas", [
 M(VAC, "attack", day("2025-03-21", "Jumat (21/3)"),
   KOKOROU("desa Fambita, wilayah Tillaberi, Niger barat daya"),
   IS_SAHEL("kelompok Negara Islam di Sahel Raya (ISGS)"), NER_CIV("jemaah"),
   ["Jakarta, CNN Indonesia -- Kelompok bersenjata menyerang sebuah masjid di desa Fambita, wilayah Tillaberi, Niger barat daya, saat jemaah menunaikan salat Jumat (21/3). Pemerintah Niger menyebut 44 warga sipil tewas dan 13 lainnya luka-luka, empat di antaranya dalam kondisi kritis.",
    "Mereka kemudian membakar pasar desa dan sejumlah rumah sebelum melarikan diri.",
    "Kementerian menuding kelompok Negara Islam di Sahel Raya (ISGS) sebagai pelaku serangan, seperti dilansir AFP."],
   C("Government of Niger", "NER", ["AFP"], "asserted", "Pemerintah Niger menyebut"),
   k=(44, 44), w=(13, 13), civ=True, ftext="44 warga sipil tewas dan 13 lainnya luka-luka",
   mat=[MAT("building", "NER", 1, 1, "pasar desa"), MAT("building", "NER", None, None, "sejumlah rumah")],
   note="Gunmen firing on worshippers in a mosque, then burning the market and houses: violence against civilians (one event; the arson is folded in). The attacker is the group the interior ministry names (actor text from that sentence). Islamic State's Sahel branch operates across Mali, Niger and Burkina Faso: country null, like JNIM (heldout_b). Fambita is a small village: coded at its commune, Kokorou, whose coordinates could not be placed with confidence (null, district precision). AFP is cited in the paragraph naming the attackers; state television is the claimant's own channel. 'sejumlah rumah' has no number. The national mourning is not an event."),
 M(ER, "air_drone_strike", day("2025-03-22", "Sabtu (22/3)"),
   KOKOROU("di sekitar Kokorou"),
   NER("pesawat tempurnya"), IS_SAHEL(None),
   ["Sehari setelah serangan, Sabtu (22/3), militer Niger menyatakan pesawat tempurnya menggempur tempat persembunyian para pelaku di sekitar Kokorou dan menewaskan \"puluhan teroris\". Klaim itu belum dapat diverifikasi secara independen."],
   C("Military Forces of Niger", "NER", [], "asserted", "militer Niger menyatakan"),
   k=(10, None), civ=False, ftext="menewaskan \"puluhan teroris\"",
   note="Retaliatory air strikes on the attackers' hideouts: air strike; the target is the group blamed for the mosque attack (text null, 'para pelaku'). 'puluhan' = min 10, militants: civilian false. 'belum dapat diverifikasi' is not a denial (dev_d)."),
 M(BA, "armed_clash", month(2024, 12, "Pada Desember lalu"),
   L("pos militer di Chatoumane, dekat perbatasan Burkina Faso", "Chatoumane", "NER", "Tillaberi", None, None, "district"),
   A("puluhan militan bersepeda motor", "Unidentified Armed Group (Niger)", "NER", "political_militia"), NER(None),
   ["Pada Desember lalu, puluhan militan bersepeda motor menyerbu pos militer di Chatoumane, dekat perbatasan Burkina Faso, dan menewaskan sedikitnya 39 tentara, menurut sumber-sumber keamanan yang dikutip Reuters. Militer Niger kala itu hanya mengakui kehilangan 10 prajurit."],
   C("security sources", "NER", ["Reuters"], "disputed", "menurut sumber-sumber keamanan yang dikutip Reuters"),
   k=(39, None), civ=False, ftext="menewaskan sedikitnya 39 tentara",
   note="Militants storming an army post: armed_clash, dated background after 2016, required. The attackers are not named: Unidentified Armed Group (Niger) (dev_c). The figure of the first source (security sources via Reuters) is used; the army's own figure (10) differs without a denial verb: disputed. Chatoumane not placed with confidence: null coordinates."),
 M(SD, "other", month(2023, 7, "pada Juli 2023"), NIGER,
   NER("Junta militer"), NER_GOV("Presiden Mohamed Bazoum"),
   ["Junta militer berkuasa di Niger setelah menggulingkan Presiden Mohamed Bazoum pada Juli 2023."],
   UN(),
   note="The 2023 coup told with its actor and action in a subordinate clause ('setelah menggulingkan'): required, strategic_developments/other at country level (dev_d 08, heldout_b's 'sejak X' rule). Bazoum's continuing detention is a state, not a new event. No relay: this page has no source line and the AFP/Reuters citations cover single paragraphs."),
 M(SD, "change_to_group_activity", month(2023, 12, "pada Desember 2023"), NIGER,
   A("Pasukan Prancis", "Military Forces of France", "FRA", "external_force"), NOA,
   WITHDRAW, UN(),
   note="Completed withdrawal of French troops: change_to_group_activity like deployments, dated and required (dev_e: Wagner, MINUSMA). The break in military cooperation is a policy, not coded."),
 M(SD, "change_to_group_activity", month(2024, 8, "pada Agustus 2024"),
   L("pangkalan drone di Agadez", "Agadez", "NER", "Agadez", 16.97, 7.99, "town"),
   A("pasukan Amerika Serikat", "Military Forces of the United States", "USA", "external_force"), NOA,
   WITHDRAW, UN(),
   note="US troops leaving the Agadez drone base: a second withdrawal in the same sentence, with its own date and place, required."),
 M(BA, "armed_clash", year(2024, "sepanjang 2024"), NIGER,
   NOA, NOA,
   ["Menurut data lembaga pemantau konflik ACLED, lebih dari 2.000 orang tewas dalam kekerasan bersenjata di Niger sepanjang 2024, jumlah tertinggi sejak pemberontakan di kawasan itu meluas satu dekade lalu."],
   C("ACLED", None, [], "asserted", "Menurut data lembaga pemantau konflik ACLED"),
   k=(2000, None), ftext="lebih dari 2.000 orang tewas", opt=True,
   note="Year-long national toll: aggregate, optional (type nominal). Membership of the Alliance of Sahel States and reliance on Russia are not events; the Secretary-General's condemnation is not coded."),
])
