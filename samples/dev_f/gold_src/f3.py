from lib import *

LBY = lambda t: A(t, "Military Forces of Libya", "LBY", "state_forces")
LBY_GOV = lambda t: A(t, "Government of Libya", "LBY", "state_forces")
LBY_POL = lambda t: A(t, "Police Forces of Libya", "LBY", "state_forces")
LBY_PROT = lambda t: A(t, "Protesters (Libya)", "LBY", "protesters")
SSA = lambda t: A(t, "SSA: Stability Support Apparatus", "LBY", "political_militia")
RADAA = lambda t: A(t, "Radaa: Special Deterrence Force", "LBY", "political_militia")
LNA = lambda t: A(t, "LNA: Libyan National Army", "LBY", "rebel_group")
ISR = lambda t: A(t, "Military Forces of Israel", "ISR", "external_force")
ISR_GOV = lambda t: A(t, "Government of Israel", "ISR", "state_forces")
LBN = lambda t: A(t, "Military Forces of Lebanon", "LBN", "state_forces")
LBN_CIV = lambda t: A(t, "Civilians (Lebanon)", "LBN", "civilians")
HEZ = lambda t: A(t, "Hezbollah", "LBN", "political_militia")
UAG_LBN = lambda t: A(t, "Unidentified Armed Group (Lebanon)", "LBN", "political_militia")
TUR = lambda t: A(t, "Military Forces of Turkey", "TUR", "external_force")
SDF = lambda t: A(t, "SDF: Syrian Democratic Forces", "SYR", "rebel_group")
SNA = lambda t: A(t, "SNA: Syrian National Army", "SYR", "rebel_group")
IS_SYR = lambda t: A(t, "Islamic State (Syria)", "SYR", "rebel_group")
IS_IRQ = lambda t: A(t, "Islamic State (Iraq)", "IRQ", "rebel_group")
IRQ = lambda t: A(t, "Military Forces of Iraq", "IRQ", "state_forces")
SYR_CIV = lambda t: A(t, "Civilians (Syria)", "SYR", "civilians")
UAG_SYR = lambda t: A(t, "Unidentified Armed Group (Syria)", "SYR", "political_militia")

# ---------- 07 Republika, Tripoli (Libya) ----------
f = "07_republika_tripoli_bentrokan_demo.txt"
R = ["Reuters", "Al Jazeera"]
TRIPOLI = lambda t: L(t, "Tripoli", "LBY", "Tripoli", 32.89, 13.19, "town")
LIBYA = L(None, "Libya", "LBY", None, 32.89, 13.19, "country")
HAFTAR = "Ibu kota Libya itu juga pernah dikepung pasukan Tentara Nasional Libya (LNA) pimpinan Khalifa Haftar, yang melancarkan serangan untuk merebut Tripoli pada April 2019."
article(f, "2025-05-17", "Page date line \"Sabtu 17 May 2025 13:40 WIB\".", "Republika",
 "Tripoli Kembali Membara, Ribuan Warga Libya Tuntut Dbeibah Mundur Usai Bentrokan Milisi", [
 M(PR, "protest_with_intervention", day("2025-05-16", "pada Jumat (16/5/2025) malam"),
   TRIPOLI("Lapangan Martir, pusat kota Tripoli"),
   LBY_PROT("Ribuan warga Libya"), LBY_POL("Petugas keamanan"),
   ["REPUBLIKA.CO.ID, TRIPOLI -- Ribuan warga Libya berunjuk rasa di Lapangan Martir, pusat kota Tripoli, pada Jumat (16/5/2025) malam.",
    "Sebagian pengunjuk rasa kemudian bergerak ke kantor perdana menteri di Jalan as-Sikka dan mencoba merangsek masuk. Petugas keamanan melepaskan tembakan ke udara dan menembakkan gas air mata untuk membubarkan mereka, kata seorang saksi mata."],
   C("witnesses", "LBY", R, "asserted", "kata seorang saksi mata"),
   note="One protest in one city on one day by one crowd: the rally in Martyrs' Square and the attempt to push into the prime minister's office are one event, coded by its most severe part (ACLED's event unit; heldout_b's Bamako rule). Warning shots and tear gas to disperse protesters who only tried to push in: protest_with_intervention (samples 70), actor1 the protesters, actor2 the police. 'Ribuan' counts participants, not casualties. 'Sumber: Reuters, Aljazirah' on every mention (Aljazirah = Al Jazeera)."),
 M(BA, "armed_clash", rng("2025-05-12", "2025-05-13", "pada Senin (12/5/2025) malam"),
   TRIPOLI("distrik Abu Salim"),
   LBY("Brigade 444"), SSA("anggota SSA"),
   ["Bentrokan pecah pada Senin (12/5/2025) malam setelah Abdulghani al-Kikli, komandan kelompok bersenjata Badan Dukungan Stabilitas (SSA), tewas di markas Brigade 444 di kompleks militer Tikrali. Kematian al-Kikli memicu baku tembak antara Brigade 444, yang berada di bawah Kementerian Pertahanan GNU, dan anggota SSA di distrik Abu Salim hingga Selasa dini hari."],
   UN(R), k=(1, 1),
   note="The killing of the SSA commander at Brigade 444's base and the firefight it set off in Abu Salim: one armed_clash (same city and night, same two sides; guidelines 1), Monday night into Tuesday. Brigade 444 answers to the GNU defence ministry: Military Forces of Libya; the SSA is a Tripoli militia (political_militia, as ACLED codes Libyan militias). The commander is the only death the text reports: 1..1 (a bare count). City districts and camps are folded into Tripoli (dev_d)."),
 M(BA, "armed_clash", rng("2025-05-13", "2025-05-14", "Pada Selasa (13/5/2025) malam"),
   TRIPOLI("Tripoli timur"),
   LBY("pasukan pro-pemerintah"), RADAA("Pasukan Penangkal Khusus (Radaa)"),
   ["Pada Selasa (13/5/2025) malam, pertempuran yang lebih sengit pecah antara pasukan pro-pemerintah dan Pasukan Penangkal Khusus (Radaa), milisi kuat yang menguasai Bandara Mitiga dan sebagian besar Tripoli timur. Suara ledakan dan tembakan senapan mesin berat terdengar hingga Rabu pagi."],
   UN(R),
   note="Government forces against the Radaa militia, Tuesday night to Wednesday morning: armed_clash. UNSMIL's 'sedikitnya delapan warga sipil' covers both nights of fighting and is attached to neither clash (samples: a figure over several events). The diverted flights are not events."),
 M(SD, "agreement", day("2025-05-14", "pada Rabu (14/5/2025) sore"), TRIPOLI("Tripoli"),
   LBY_GOV("Kementerian Pertahanan GNU"), RADAA("Radaa"),
   ["Kementerian Pertahanan GNU mengumumkan gencatan senjata pada Rabu (14/5/2025) sore dan menyatakan unit-unit netral akan ditempatkan di titik-titik rawan. Radaa menyatakan mematuhi gencatan senjata tersebut."],
   UN(R),
   note="A ceasefire announced by the defence ministry and accepted by Radaa: agreement (the other side's acceptance makes it bilateral). The planned neutral units are part of it, not a separate deployment. Dbeibah's earlier call for armed groups to submit to the state is a call, not coded (guidelines 1)."),
 M(BA, "armed_clash", month(2023, 8, "pada Agustus 2023"), TRIPOLI("Tripoli"),
   LBY("Brigade 444"), RADAA("Radaa"),
   ["Tripoli terakhir kali dilanda pertempuran besar pada Agustus 2023, ketika bentrokan antara Brigade 444 dan Radaa menewaskan 55 orang dan memaksa ratusan keluarga mengungsi."],
   UN(R), k=(55, 55), ftext="menewaskan 55 orang",
   note="The August 2023 clashes: dated background after 2016 told with its own actors and toll, required. Displaced families are not casualties."),
 M(BA, "armed_clash", month(2019, 4, "pada April 2019"), TRIPOLI("Tripoli"),
   LNA("pasukan Tentara Nasional Libya (LNA) pimpinan Khalifa Haftar"), LBY(None),
   [HAFTAR],
   UN(R),
   note="Haftar's April 2019 offensive on Tripoli: dated background after 2016 in a relative clause with its own action, required (dev_d). An offensive that did not take the city: armed_clash. The LNA, a rival eastern force, is coded as a non-state group (rebel_group); the Tripoli government's forces are the defenders (text null)."),
 M(SD, "change_to_group_activity", rng("2019-04-01", "2020-10-31", None), TRIPOLI("Tripoli"),
   TUR("Turki"), NOA,
   ["Serangan itu gagal setelah Turki mengerahkan bantuan militer kepada pemerintah di Tripoli."],
   UN(R), opt=True,
   note="Turkish military support sent to Tripoli, with no date of its own (only bounded by the 2019 offensive and the 2020 ceasefire): vague, optional. Turkey in Libya is an external_force."),
 M(SD, "agreement", month(2020, 10, "pada Oktober 2020"), LIBYA,
   LBY_GOV(None), LNA(None),
   ["Kedua kubu kemudian menandatangani perjanjian gencatan senjata permanen di Jenewa pada Oktober 2020, yang dimediasi PBB."],
   UN(R),
   note="The permanent ceasefire signed in Geneva: agreement, required. 'Kedua kubu' = the Tripoli government and the LNA of the previous paragraph (texts null). Signed abroad: placed at the country it concerns, capital coordinates (dev_c). The UN envoy's appeal is not coded."),
 M(BA, "non_state_actor_overtakes_territory", year(2011, "pada 2011"), LIBYA,
   A("pemberontakan yang didukung NATO", "NTC: National Transitional Council", "LBY", "rebel_group"), LBY_GOV("Muammar Gaddafi"),
   ["Libya terpecah sejak pemberontakan yang didukung NATO menggulingkan Muammar Gaddafi pada 2011."],
   UN(R), opt=True,
   note="Gaddafi's overthrow as a time anchor and history older than 2016: optional (typed like dev_c's Taliban return). The two rival governments are a state, not an event."),
])

# ---------- 08 detik, Metula rockets / south Lebanon ----------
f = "08_detik_roket_metula_lebanon.txt"
ROCKETS = ["Militer Israel (IDF) menyatakan enam roket ditembakkan pada Sabtu pagi. Tiga di antaranya dicegat sistem pertahanan udara, sementara sisanya jatuh di wilayah Lebanon, kata IDF."]
METULA = L("kota Metula di Israel utara", "Metula", "ISR", "Northern District", 33.28, 35.58, "town")
MOH = lambda stance, relays=("AFP",): C("Ministry of Health (Lebanon)", "LBN", list(relays), stance, "Kementerian Kesehatan Lebanon menyebut")
STRIKES = ["Kementerian Kesehatan Lebanon menyebut serangan udara Israel di desa Touline, distrik Marjayoun, menewaskan lima orang, termasuk seorang anak perempuan, dan melukai 10 lainnya. Dua orang lainnya tewas dalam serangan di kota Qlayaa, menurut kementerian tersebut, seperti dilansir AFP.",
           "IDF menyatakan serangannya menyasar \"puluhan peluncur roket dan pusat komando Hizbullah\" di Lebanon selatan."]
CEASEFIRE = ["Gencatan senjata yang ditengahi Amerika Serikat dan Prancis disepakati pada 26 November 2024 dan mulai berlaku keesokan harinya. Kesepakatan itu mengakhiri lebih dari setahun baku tembak lintas batas yang memuncak menjadi perang terbuka pada September 2024."]
SOUTH_LBN = lambda t: L(t, "South Lebanon", "LBN", "South", 33.56, 35.37, "region")
article(f, "2025-03-23", "Page date line \"Minggu, 23 Mar 2025 08:15 WIB\".", "detik",
 "Roket dari Lebanon Picu Gempuran Balasan Israel, 7 Orang Tewas di Lebanon Selatan", [
 M(ER, "shelling_artillery_missile_attack", day("2025-03-22", "pada Sabtu pagi"), METULA,
   UAG_LBN(None), NOA, ROCKETS,
   C("Military Forces of Israel", "ISR", [], "asserted", "Militer Israel (IDF) menyatakan"),
   note="Six rockets fired from Lebanon towards Metula: rocket attack = shelling/missile (guidelines 3), placed at the town they were aimed at (the launch area is not the event place). Nobody is named as the launcher and Hezbollah denies involvement: Unidentified Armed Group (Lebanon), text null. Hezbollah's denial is about itself, which the claimant did not name: stance asserted. No casualty figure (the rockets fell short or were intercepted): counts null."),
 M(SD, "disrupted_weapons_use", day("2025-03-22", "pada Sabtu pagi"), METULA,
   ISR("sistem pertahanan udara"), UAG_LBN(None), ROCKETS,
   C("Military Forces of Israel", "ISR", [], "asserted", "kata IDF"), opt=True,
   mat=[MAT("other", "LBN", 3, 3, "Tiga di antaranya")],
   note="Interception of three of the six rockets, folded into the report of the attack and with no place of its own: optional (samples' interception rule; different type from the attack, so sharing its evidence is allowed). Rockets have no category: 'other', side of the launcher's country. Israel is actor1 as interceptor; 'external_force' kept for consistency with the strikes in Lebanon."),
 M(ER, "air_drone_strike", day("2025-03-22", "pada Sabtu (22/3)"), SOUTH_LBN("Lebanon selatan"),
   ISR("Militer Israel"), NOA,
   ["Jakarta - Militer Israel melancarkan serangan udara dan artileri ke sejumlah desa di Lebanon selatan pada Sabtu (22/3), beberapa jam setelah roket ditembakkan dari wilayah Lebanon ke arah kota Metula di Israel utara."],
   UN(), opt=True,
   note="The lead of the retaliatory wave over unnamed villages: optional aggregate (dev_d 04); the per-place mentions (Touline, Qlayaa, Khiam) carry their own figures. The headline's 7 dead is the sum of Touline and Qlayaa and is attached to neither this nor them twice."),
 M(ER, "air_drone_strike", day("2025-03-22", "pada Sabtu (22/3)"),
   L("desa Touline, distrik Marjayoun", "Marjayoun", "LBN", "Nabatieh", 33.36, 35.59, "district"),
   ISR("Israel"), LBN_CIV(None),
   STRIKES, MOH("disputed"),
   k=(5, 5), w=(10, 10), civ=True, ftext="menewaskan lima orang, termasuk seorang anak perempuan, dan melukai 10 lainnya",
   note="Israeli air strike on a village: one mention per place (Touline). A girl among the dead: civilian true, actor2 Civilians (Lebanon) (text null). The IDF says it hit rocket launchers and Hezbollah command centres, a differing version without a denial verb: disputed. Touline not placed with confidence: coded at its district, Marjayoun. Israel in Lebanon: external_force (samples). AFP cited in the paragraph."),
 M(ER, "air_drone_strike", day("2025-03-22", "pada Sabtu (22/3)"),
   L("kota Qlayaa", "Qlayaa", "LBN", "Nabatieh", 33.33, 35.58, "town"),
   ISR("Israel"), NOA,
   STRIKES, MOH("disputed"),
   k=(2, 2), ftext="Dua orang lainnya tewas",
   note="Second place of the ministry's list (Qlayaa), 'serangan' typed as the air strikes of the same sentence. The dead are not described: civilian null, actor2 null. Coordinates approximate."),
 M(ER, "shelling_artillery_missile_attack", day("2025-03-22", "pada Sabtu sore"),
   L("pinggiran kota Khiam", "Khiam", "LBN", "Nabatieh", 33.32, 35.61, "town"),
   ISR("Artileri Israel"), NOA,
   ["Artileri Israel juga menembaki pinggiran kota Khiam pada Sabtu sore, menurut kantor berita pemerintah Lebanon, NNA."],
   UN(["NNA"]),
   note="Artillery fire on the outskirts of Khiam: shelling, no target or casualty named. The state news agency NNA is a relay, as dev_d treats WAFA ('Menurut kantor berita Palestina WAFA'); no claimant is named behind it: unattributed."),
 M(SD, "disrupted_weapons_use", day("2025-03-22", "pada Sabtu malam"),
   L("kawasan antara Kfar Tebnit dan Arnoun, di utara Sungai Litani", "Kfar Tebnit", "LBN", "Nabatieh", 33.37, 35.52, "town"),
   LBN("Tentara Lebanon"), UAG_LBN(None),
   ["Tentara Lebanon menyatakan pada Sabtu malam telah menemukan tiga peluncur roket rakitan di kawasan antara Kfar Tebnit dan Arnoun, di utara Sungai Litani, dan membongkarnya."],
   C("Military Forces of Lebanon", "LBN", [], "asserted", "Tentara Lebanon menyatakan"),
   note="Rocket launchers found and dismantled by the army: disrupted_weapons_use (ACLED: seizure or defusal of weapons). One site between two villages, not a list: one mention, at Kfar Tebnit (approximate coordinates). Seized or dismantled weapons are not materiel (samples). The launchers' owners are unknown: Unidentified Armed Group (Lebanon). The date is that of the statement ('pada Sabtu malam'). The prime minister's order to the army is not an event."),
 M(SD, "arrests", day("2025-03-22", None),
   L("kota Nabatieh", "Nabatieh", "LBN", "Nabatieh", 33.38, 35.48, "town"),
   LBN("Tentara"), UAG_LBN("dua orang"),
   ["Tentara juga menahan dua orang di kota Nabatieh yang dicurigai terlibat dalam peluncuran roket, kata sumber keamanan kepada Reuters."],
   C("security sources", "LBN", ["Reuters"], "asserted", "kata sumber keamanan kepada Reuters"),
   note="Detention of two rocket-launch suspects: arrests. The suspects are not named as members of any group: Unidentified Armed Group (Lebanon) (dev_c's rule for suspects). No date words of its own: the Saturday of the army's statement in the previous sentence (guidelines 4). Reuters is cited for this sentence."),
 M(ER, "air_drone_strike", day("2025-03-18", "Selasa lalu"),
   L("kota Bint Jbeil", "Bint Jbeil", "LBN", "Nabatieh", 33.12, 35.43, "town"),
   ISR("drone Israel"), HEZ(None),
   ["Selasa lalu, drone Israel menghantam sebuah mobil di kota Bint Jbeil dan menewaskan seorang pria yang disebut IDF sebagai anggota unit roket Hizbullah."],
   C("Military Forces of Israel", "ISR", [], "asserted", "disebut IDF"),
   k=(1, 1), civ=False, ftext="menewaskan seorang pria",
   mat=[MAT("vehicle", "LBN", 1, 1, "sebuah mobil")],
   note="Drone strike on a car: air strike. 'Selasa lalu' in a Sunday report = 18 March. The victim's affiliation comes from the IDF: actor2 Hezbollah (text null), civilian false as the claimant presents it. The car is a struck target: vehicle, side LBN."),
 M(SD, "agreement", day("2024-11-26", "pada 26 November 2024"),
   L(None, "Lebanon", "LBN", None, 33.89, 35.5, "country"),
   ISR_GOV(None), HEZ(None), CEASEFIRE, UN(),
   note="The Israel-Hezbollah ceasefire, dated the day it was agreed, not the day it took effect (heldout_b: 26 vs 27 November). Parties as the lead names them ('gencatan senjata Israel-Hizbullah'), texts null. Placed at Lebanon, country level."),
 M(BA, "armed_clash", month(2024, 9, "pada September 2024"), SOUTH_LBN(None),
   ISR(None), HEZ(None), CEASEFIRE, UN(), opt=True,
   note="More than a year of cross-border fire and the September 2024 escalation as background: a campaign and a time reference, optional (dev_d 03). Different type from the agreement, so sharing its evidence is allowed."),
 M(SD, "change_to_group_activity", rng("2025-02-18", "2025-03-23", "setelah tenggat penarikan pada 18 Februari lalu"),
   SOUTH_LBN("lima bukit strategis di dekat perbatasan"),
   ISR("pasukan Israel"), NOA,
   ["Namun, hingga kini pasukan Israel masih bertahan di lima bukit strategis di dekat perbatasan setelah tenggat penarikan pada 18 Februari lalu."],
   UN(), opt=True,
   note="Troops staying past the withdrawal deadline: a continuing state, not a dated act, optional (dev_e: the Golan buffer zone)."),
 M(ER, "air_drone_strike", rng("2024-11-27", "2025-03-23", "sejak gencatan senjata berlaku"), L(None, "Lebanon", "LBN", None, 33.89, 35.5, "country"),
   ISR("Israel"), NOA,
   ["Menurut penghitungan Kementerian Kesehatan Lebanon, lebih dari 80 orang tewas akibat serangan Israel sejak gencatan senjata berlaku."],
   C("Ministry of Health (Lebanon)", "LBN", [], "asserted", "Menurut penghitungan Kementerian Kesehatan Lebanon"),
   k=(80, None), ftext="lebih dari 80 orang tewas", opt=True,
   note="Cumulative toll since the ceasefire: aggregate, optional (type nominal). The Indonesian UNIFIL contingent being safe is not an event."),
])

# ---------- 09 Sindonews, Manbij / Tishrin / Busayrah / Kirkuk ----------
f = "09_sindonews_manbij_bom_mobil.txt"
MANBIJ = lambda t: L(t, "Manbij", "SYR", "Aleppo", 36.53, 37.95, "town")
TISHRIN = lambda t: L(t, "Tishrin Dam", "SYR", "Aleppo", 36.38, 38.18, "town")
SEVENTH = ["Ledakan itu merupakan yang ketujuh di Manbij dan sekitarnya sejak faksi-faksi Tentara Nasional Suriah (SNA) yang didukung Turki merebut kota tersebut dari Pasukan Demokratik Suriah (SDF) pada Desember lalu."]
DAM_FIGHTING = ["Pertempuran antara SDF dan faksi-faksi SNA di sekitar bendungan dan jembatan Qara Qozak berlangsung hampir setiap hari sejak Desember. SOHR mencatat lebih dari 400 orang tewas dalam pertempuran di kawasan itu."]
article(f, "2025-02-04", "Page date line \"Selasa, 04 Februari 2025 - 13:20 WIB\".", "Sindonews",
 "Bom Mobil Meledak di Manbij Suriah, 20 Orang Tewas Mayoritas Buruh Tani Perempuan", [
 M(ER, "remote_explosive_landmine_ied", day("2025-02-03", "pada Senin (3/2/2025)"),
   MANBIJ("pinggiran kota Manbij, Provinsi Aleppo, Suriah utara"),
   UAG_SYR(None), SYR_CIV("buruh tani"),
   ["DAMASKUS - Sebuah bom mobil meledak di dekat kendaraan yang mengangkut buruh tani di pinggiran kota Manbij, Provinsi Aleppo, Suriah utara, pada Senin (3/2/2025). Pertahanan Sipil Suriah atau White Helmets menyebut 20 orang tewas, 18 di antaranya perempuan, dan 15 lainnya luka-luka.",
    "Para korban sedang dalam perjalanan menuju ladang di timur kota ketika mobil yang diparkir di tepi jalan meledak."],
   C("White Helmets", "SYR", [], "asserted", "Pertahanan Sipil Suriah atau White Helmets menyebut"),
   k=(20, 20), w=(15, 15), civ=True, ftext="20 orang tewas, 18 di antaranya perempuan, dan 15 lainnya luka-luka",
   note="A parked car bomb exploding by a vehicle of farm workers: remote explosive (no suicide attacker). Nobody claimed it; Turkey blames the YPG and the Kurdish administration blames Turkish-backed factions, two accusations with no denial: Unidentified Armed Group (Syria), text null, stance asserted. The photo credit to the Civil Defence is the claimant's own channel, not a relay. Damascus is the dateline."),
 M(ER, "remote_explosive_landmine_ied", rng("2024-12-09", "2025-02-03", None),
   MANBIJ("Manbij dan sekitarnya"),
   UAG_SYR(None), NOA, SEVENTH, UN(), opt=True,
   note="A count of seven blasts since December: aggregate, optional."),
 M(BA, "non_state_actor_overtakes_territory", month(2024, 12, "pada Desember lalu"), MANBIJ("kota tersebut"),
   SNA("faksi-faksi Tentara Nasional Suriah (SNA) yang didukung Turki"), SDF("Pasukan Demokratik Suriah (SDF)"),
   SEVENTH, UN(),
   note="The SNA's capture of Manbij from the SDF in a 'sejak X' clause where X is a concrete dated act with both actors: required (heldout_b, dev_d). Both are non-state groups: non_state_actor_overtakes_territory. Different type from the optional blast count, so sharing its evidence is allowed."),
 M(ER, "remote_explosive_landmine_ied", day("2025-02-01", "Sabtu lalu"), MANBIJ("pusat kota Manbij"),
   UAG_SYR(None), NOA,
   ["Sabtu lalu, sebuah bom mobil lain meledak di pusat kota Manbij dan menewaskan lima orang, menurut pejabat setempat."],
   C("local officials", "SYR", [], "asserted", "menurut pejabat setempat"),
   k=(5, 5), ftext="menewaskan lima orang",
   note="An earlier car bomb in the city centre: remote explosive. 'Sabtu lalu' in a Tuesday report = 1 February. The dead are not described: civilian null, actor2 null."),
 M(ER, "air_drone_strike", day("2025-02-03", "pada Senin malam"),
   TISHRIN("sekitar Bendungan Tishrin, sekitar 25 kilometer tenggara Manbij"),
   TUR("drone Turki"), SDF("posisi SDF"),
   ["Di sekitar Bendungan Tishrin, sekitar 25 kilometer tenggara Manbij, drone Turki menghantam posisi SDF pada Senin malam dan menewaskan tiga pejuang, menurut Syrian Observatory for Human Rights (SOHR)."],
   C("Syrian Observatory for Human Rights", None, [], "asserted", "menurut Syrian Observatory for Human Rights (SOHR)"),
   k=(3, 3), civ=False, ftext="menewaskan tiga pejuang",
   note="Turkish drone strike on SDF positions: air strike; Turkey in Syria is an external_force. Manbij is a reference point. Fighters: civilian false. The dam is coded as a place (town precision at the dam)."),
 M(BA, "armed_clash", rng("2024-12-01", "2025-02-04", "sejak Desember"), TISHRIN("sekitar bendungan dan jembatan Qara Qozak"),
   SDF("SDF"), SNA("faksi-faksi SNA"), DAM_FIGHTING,
   C("Syrian Observatory for Human Rights", None, [], "asserted", "SOHR mencatat"),
   k=(400, None), ftext="lebih dari 400 orang tewas", opt=True,
   note="Near-daily fighting since December with a cumulative toll: habitual and aggregate, optional (guidelines 2)."),
 M(ER, "air_drone_strike", day("2025-01-15", "Pada 15 Januari"), TISHRIN("bendungan"),
   TUR("drone Turki"), SYR_CIV("konvoi warga sipil"),
   ["Pada 15 Januari, drone Turki menghantam konvoi warga sipil yang menuju bendungan untuk memprotes operasi militer Turki dan menewaskan sedikitnya enam orang, menurut pemerintahan otonomi Kurdi. Ankara membantah serangan itu menyasar warga sipil."],
   C("Autonomous Administration of North and East Syria", "SYR", [], "denied", "menurut pemerintahan otonomi Kurdi"),
   k=(6, None), civ=True, ftext="menewaskan sedikitnya enam orang",
   note="Drone strike on a civilian convoy: air strike, actor2 Civilians (Syria). Ankara denies the strike targeted civilians, a denial of this event's account ('membantah serangan itu'), not a routine general denial: stance denied, deniers Military Forces of Turkey. The protest the convoy was heading to is an intention, not a held protest: not coded. Placed at the dam it was heading to."),
 M(BA, "armed_clash", rng("2025-01-28", "2025-02-04", "dalam sepekan terakhir"), NOL,
   TUR("pasukannya"), A("teroris PKK/YPG", "SDF: Syrian Democratic Forces", "SYR", "rebel_group"),
   ["Kementerian Pertahanan Turki menyatakan pasukannya telah \"menetralisir\" 32 \"teroris PKK/YPG\" di Suriah utara dan Irak utara dalam sepekan terakhir, dikutip Anadolu Agency."],
   C("Ministry of National Defence of Turkey", "TUR", ["Anadolu Agency"], "asserted", "Kementerian Pertahanan Turki menyatakan"),
   k=(32, 32), civ=False, ftext="\"menetralisir\" 32", opt=True,
   note="A week-long tally over two countries: aggregate, optional, unplaced. 'menetralisir' read as killed (dev_e). The YPG is the SDF's core: coded as the SDF in Syria. Anadolu Agency is cited for this paragraph."),
 M(BA, "armed_clash", day("2025-02-02", "pada Minggu (2/2/2025)"),
   L("pos pemeriksaan SDF di kota Busayrah", "Busayrah", "SYR", "Deir ez-Zor", 35.16, 40.43, "town"),
   IS_SYR("sel-sel ISIS"), SDF("pejuang SDF"),
   ["Di Provinsi Deir ez-Zor, sel-sel ISIS menyerang pos pemeriksaan SDF di kota Busayrah pada Minggu (2/2/2025) dan menewaskan dua pejuang SDF, kata juru bicara SDF."],
   C("SDF: Syrian Democratic Forces", "SYR", [], "asserted", "kata juru bicara SDF"),
   k=(2, 2), civ=False, ftext="menewaskan dua pejuang SDF",
   note="IS cells attacking an SDF checkpoint: armed_clash (guidelines 3: ground attack on a position). An armed force's spokesperson is coded with the actor name (samples)."),
 M(ER, "remote_explosive_landmine_ied", day("2025-02-01", "pada Sabtu"),
   L("Provinsi Kirkuk", "Kirkuk", "IRQ", "Kirkuk", 35.47, 44.39, "region"),
   IS_IRQ("sisa-sisa ISIS"), IRQ("dua tentara"),
   ["Di Irak, dua tentara tewas akibat ledakan bom rakitan saat berpatroli di Provinsi Kirkuk pada Sabtu, menurut sumber keamanan Irak. Militer Irak menuding sisa-sisa ISIS berada di balik serangan itu."],
   C("security sources", "IRQ", [], "asserted", "menurut sumber keamanan Irak"),
   k=(2, 2), civ=False, ftext="dua tentara tewas",
   note="Roadside bomb on an army patrol: remote explosive/IED. The bomber is the one the Iraqi military accuses (IS remnants): Islamic State (Iraq). 'pada Sabtu' in a Tuesday report = 1 February. Province level at Kirkuk city."),
 M(BA, "non_state_actor_overtakes_territory", month(2017, 10, "pada Oktober 2017"),
   L("Raqqa", "Raqqa", "SYR", "Ar-Raqqa", 35.95, 39.01, "town"),
   SDF("SDF"), IS_SYR("ISIS"),
   ["SDF, yang didukung koalisi pimpinan Amerika Serikat, merebut Raqqa dari ISIS pada Oktober 2017."],
   UN(),
   note="The SDF's capture of Raqqa: dated background after 2016, required. The US-led coalition's support is not a separate event. 'sel-sel ISIS masih aktif' is a state; the integration talks and the 2,000 US troops are not events."),
])
