from lib import *

ETH = lambda t: A(t, "Military Forces of Ethiopia", "ETH", "state_forces")
ETH_POL = lambda t: A(t, "Police Forces of Ethiopia", "ETH", "state_forces")
ETH_GOV = lambda t: A(t, "Government of Ethiopia", "ETH", "state_forces")
ETH_CIV = lambda t: A(t, "Civilians (Ethiopia)", "ETH", "civilians")
FANO = lambda t: A(t, "Fano Militia", "ETH", "identity_militia")
TPLF = lambda t: A(t, "TPLF: Tigray People's Liberation Front", "ETH", "rebel_group")
SSD = lambda t: A(t, "Military Forces of South Sudan", "SSD", "state_forces")
SSD_GOV = lambda t: A(t, "Government of South Sudan", "SSD", "state_forces")
SSD_CIV = lambda t: A(t, "Civilians (South Sudan)", "SSD", "civilians")
SPLM_IO = lambda t: A(t, "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition", "SSD", "rebel_group")
NUER = lambda t: A(t, "Nuer Ethnic Militia (South Sudan)", "SSD", "identity_militia")
UGA = lambda t: A(t, "Military Forces of Uganda", "UGA", "external_force")
ADF = lambda t: A(t, "ADF: Allied Democratic Forces", "COD", "rebel_group")
FARDC = lambda t: A(t, "Military Forces of the Democratic Republic of Congo", "COD", "state_forces")
COD_GOV = lambda t: A(t, "Government of the Democratic Republic of Congo", "COD", "state_forces")
COD_CIV = lambda t: A(t, "Civilians (Democratic Republic of Congo)", "COD", "civilians")
M23 = lambda t: A(t, "M23: March 23 Movement", "COD", "rebel_group")

# ---------- 04 BBC Indonesia, Amhara (Ethiopia) ----------
f = "04_bbcindonesia_amhara_drone_fano.txt"
AMHARA = lambda t: L(t, "Amhara", "ETH", "Amhara", 11.59, 37.39, "region")
TIGRAY = lambda t: L(t, "Tigray", "ETH", "Tigray", 13.5, 39.47, "region")
TAKEOVER = ["Pertempuran terbuka pecah pada awal Agustus 2023, ketika pejuang Fano menyerbu dan sempat menguasai kota Lalibela dan Gondar selama beberapa hari."]
EARLY_AUG = rng("2023-08-01", "2023-08-10", "pada awal Agustus 2023")
article(f, "2025-04-15", "Page date line \"15 April 2025\" (BBC pages carry no dateline).", "BBC Indonesia",
 "Etiopia: Serangan drone hantam minibus di Amhara, belasan penumpang tewas", [
 M(ER, "air_drone_strike", day("2025-04-14", "pada Senin (14/04)"),
   L("di dekat kota Finote Selam, wilayah Amhara", "Finote Selam", "ETH", "Amhara", 10.7, 37.27, "town"),
   ETH("militer Etiopia"), ETH_CIV("penumpang"),
   ["Serangan drone menghantam sebuah minibus yang mengangkut penumpang di dekat kota Finote Selam, wilayah Amhara, Etiopia utara, pada Senin (14/04), menewaskan sedikitnya 12 orang, menurut warga dan seorang petugas kesehatan setempat.",
    "Warga menuding pesawat nirawak milik militer Etiopia berada di balik serangan itu. Petugas kesehatan di rumah sakit Finote Selam mengatakan korban tewas termasuk dua perempuan dan seorang anak berusia enam tahun, sementara delapan penumpang lainnya dirawat karena luka bakar dan luka akibat serpihan.",
    "Juru bicara pemerintah federal mengatakan operasi militer di Gojjam hanya menargetkan \"kelompok ekstremis bersenjata\" dan membantah bahwa korban serangan hari Senin adalah warga sipil."],
   C("residents", "ETH", [], "denied", "menurut warga dan seorang petugas kesehatan setempat"),
   k=(12, None), w=(8, 8), civ=True, ftext="menewaskan sedikitnya 12 orang",
   mat=[MAT("vehicle", "ETH", 1, 1, "sebuah minibus")],
   note="Drone strike on a passenger minibus: air strike on civilians (passengers, women and a child), actor2 Civilians (Ethiopia). The striker is the one residents accuse. 'sedikitnya 12' = min 12; 'delapan penumpang lainnya dirawat' = 8 wounded. The government denies the dead were civilians ('membantah'): stance denied, deniers Government of Ethiopia. A relative speaking to the BBC (the publisher) is not a relay; BBC pages carry no dateline."),
 M(BA, "non_state_actor_overtakes_territory", day("2025-04-12", "pada Sabtu (12/04)"),
   L("kota Mota di Gojjam Timur", "Mota", "ETH", "Amhara", 11.08, 37.88, "town"),
   FANO("milisi Fano"), ETH("pasukan federal"),
   ["Di tempat lain, milisi Fano mengklaim telah menguasai kota Mota di Gojjam Timur pada Sabtu (12/04) setelah bertempur dengan pasukan federal selama beberapa jam. Militer Etiopia membantah klaim itu dan menyebut pasukannya telah \"memukul mundur\" para penyerang."],
   C("Fano Militia", "ETH", [], "denied", "milisi Fano mengklaim"),
   note="Fano's claimed capture of Mota after hours of fighting: non_state_actor_overtakes_territory with the fighting folded in (guidelines 1). The army denies the claim ('membantah'): stance denied, deniers Military Forces of Ethiopia. Fano is coded as an ethnic Amhara militia (identity_militia), like the Druze and Bedouin militias (heldout_b). The BBC's 'tidak dapat memverifikasi' is not a denial."),
 M(SD, "arrests", rng("2025-04-12", "2025-04-13", "selama akhir pekan"),
   L("Bahir Dar, ibu kota wilayah Amhara", "Bahir Dar", "ETH", "Amhara", 11.59, 37.39, "town"),
   ETH_POL("polisi"), ETH_CIV("sedikitnya 30 orang"),
   ["Di Bahir Dar, ibu kota wilayah Amhara, polisi menangkap sedikitnya 30 orang dalam razia selama akhir pekan dengan tuduhan mendukung Fano, menurut keluarga para tahanan. Polisi belum memberikan keterangan mengenai penangkapan tersebut."],
   C("families of detainees", "ETH", [], "asserted", "menurut keluarga para tahanan"),
   note="Police round-up of alleged Fano supporters: arrests; the detainees are not said to be fighters, so Civilians (Ethiopia) (dev_e: arrest raids). 'selama akhir pekan' in a Tuesday report = Saturday-Sunday 12-13 April. '30 orang' counts detainees, not casualties. 'belum memberikan keterangan' is not a denial."),
 M(BA, "armed_clash", rng("2020-01-01", "2022-12-31", "pada 2020-2022"), TIGRAY(None),
   ETH("militer federal"), TPLF("pasukan Tigray"),
   ["Fano adalah milisi etnis Amhara yang bertempur bersama militer federal melawan pasukan Tigray selama perang Tigray pada 2020-2022."],
   UN(), opt=True,
   note="The whole Tigray war as background: aggregate, optional. Fano fought beside the federal army; the federal army is named first as the main belligerent. Placed at the region, Mekelle. The photo caption's 2021 parade is not an event."),
 M(SD, "agreement", month(2022, 11, "pada November 2022"), TIGRAY(None),
   ETH_GOV("pemerintah federal"), TPLF("Front Pembebasan Rakyat Tigray (TPLF)"),
   ["Hubungan keduanya memburuk setelah perjanjian damai Pretoria, yang ditandatangani pemerintah federal dan Front Pembebasan Rakyat Tigray (TPLF) pada November 2022."],
   UN(),
   note="The Pretoria peace agreement: dated background agreement after 2016, required. Signed abroad: placed at the region it concerns (dev_c, sample 61), Tigray at Mekelle. The decision to dissolve the regional special forces in April 2023 is a policy decision and is not coded."),
 M(BA, "non_state_actor_overtakes_territory", EARLY_AUG,
   L("kota Lalibela", "Lalibela", "ETH", "Amhara", 12.03, 39.04, "town"),
   FANO("pejuang Fano"), ETH(None), TAKEOVER, UN(),
   note="Fano's brief capture of towns at the outbreak of open fighting: non-state takeover, dated background after 2016, required; one mention per town in the list (Lalibela). 'awal Agustus' = the first ten days. 'sempat ... selama beberapa hari' implies a later loss that is not told as an act: no regain mention. The army is the implied opponent (text null)."),
 M(BA, "non_state_actor_overtakes_territory", EARLY_AUG,
   L("Gondar", "Gondar", "ETH", "Amhara", 12.6, 37.47, "town"),
   FANO("pejuang Fano"), ETH(None), TAKEOVER, UN(),
   note="Second town of the list (Gondar)."),
 M(SD, "other", day("2023-08-04", "pada 4 Agustus 2023"), AMHARA("wilayah Amhara"),
   ETH_GOV("Pemerintah federal"), NOA,
   ["Pemerintah federal memberlakukan keadaan darurat di wilayah Amhara pada 4 Agustus 2023."],
   UN(),
   note="State of emergency: strategic_developments/other (guidelines 1), at the region's capital Bahir Dar. Its lapse in June 2024 is not an act and is not coded."),
 M(BA, "armed_clash", rng("2024-06-01", "2025-04-15", None), AMHARA("pedesaan"),
   FANO(None), ETH(None),
   ["Status itu berakhir pada Juni 2024, tetapi pertempuran terus berlanjut di pedesaan."],
   UN(), opt=True,
   note="'pertempuran terus berlanjut': a 'fighting continues' statement with no place or date of its own, optional (guidelines 2)."),
 M(ER, "air_drone_strike", rng("2023-08-01", "2025-04-15", "sejak konflik pecah"), AMHARA("Amhara"),
   ETH(None), ETH_CIV("warga sipil"),
   ["Amnesty International mencatat ratusan warga sipil tewas akibat serangan drone di Amhara sejak konflik pecah, termasuk di pasar, sekolah, dan pesta pernikahan."],
   C("Amnesty International", None, [], "asserted", "Amnesty International mencatat"),
   k=(100, None), civ=True, ftext="ratusan warga sipil tewas", opt=True,
   note="Cumulative toll of the drone campaign: aggregate, optional. 'ratusan' = min 100. The prime minister's offer of dialogue and the aid figures are not events."),
])

# ---------- 05 VOA Indonesia, Machar / Nasir (South Sudan) ----------
f = "05_voa_sudan_selatan_machar_nasir.txt"
JUBA = lambda t: L(t, "Juba", "SSD", "Central Equatoria", 4.85, 31.58, "town")
NASIR = lambda t: L(t, "Nasir", "SSD", "Upper Nile", 8.6, 33.07, "town")
SSUDAN = L(None, "South Sudan", "SSD", None, 4.85, 31.58, "country")
BOMBS = "Angkatan udara Sudan Selatan kemudian menjatuhkan bom barel di Nasir dan kota tetangganya, Ulang, pada 16-17 Maret."
AGREEMENT = "Kiir dan Machar menandatangani perjanjian damai yang direvitalisasi di Addis Ababa pada September 2018."
article(f, "2025-03-27", "Page date line \"27 Maret 2025\" (VOA pages carry no dateline).", "VOA Indonesia",
 "Riek Machar Ditahan di Juba, PBB Khawatir Sudan Selatan Kembali ke Perang Saudara", [
 M(SD, "arrests", day("2025-03-26", "pada Rabu (26/3) malam"),
   JUBA("kediamannya di Juba"),
   SSD("Pasukan keamanan"), SPLM_IO("Wakil Presiden Pertama Sudan Selatan Riek Machar"),
   ["Wakil Presiden Pertama Sudan Selatan Riek Machar ditahan di kediamannya di Juba pada Rabu (26/3) malam, menurut partainya, Gerakan Pembebasan Rakyat Sudan-Oposisi (SPLM-IO). Pasukan keamanan yang dipimpin Menteri Pertahanan dan kepala dinas keamanan nasional memasuki kompleks kediaman Machar dan melucuti senjata para pengawalnya."],
   C("SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition", "SSD", [], "asserted", "menurut partainya, Gerakan Pembebasan Rakyat Sudan-Oposisi (SPLM-IO)"),
   note="Detention of the opposition leader at his home by security forces: arrests; the disarming of his guards is folded in. Security forces led by the defence minister: Military Forces of South Sudan. Machar stands for his movement, SPLM/A-IO (actor2). The information minister confirms the 'house arrest': no denial, asserted."),
 M(BA, "non_state_actor_overtakes_territory", day("2025-03-04", "sejak 4 Maret"),
   NASIR("garnisun militer di kota Nasir, Upper Nile"),
   NUER("milisi pemuda Nuer yang dikenal sebagai White Army"), SSD(None),
   ["Ketegangan antara Machar dan Presiden Salva Kiir meningkat tajam sejak 4 Maret, ketika milisi pemuda Nuer yang dikenal sebagai White Army menyerbu dan menguasai garnisun militer di kota Nasir, Upper Nile."],
   UN(),
   note="The White Army overrunning the Nasir garrison: a 'sejak X, ketika ...' clause with a concrete dated act, required (heldout_b). The White Army is coded as 'Nuer Ethnic Militia (South Sudan)' (identity_militia), after heldout_b's ethnic-militia names. The government's accusation that SPLM-IO backs the militia, and the party's denial, concern sponsorship, not the event: unattributed."),
 M(SD, "arrests", rng("2025-03-04", "2025-03-05", "Pada 4 dan 5 Maret"),
   JUBA("Juba"),
   SSD("pasukan keamanan"), SPLM_IO("pejabat SPLM-IO"),
   ["Pada 4 dan 5 Maret, pasukan keamanan di Juba menangkap menteri perminyakan dan wakil kepala staf angkatan darat, keduanya sekutu dekat Machar, serta sejumlah pejabat SPLM-IO lainnya."],
   UN(),
   note="Arrests of SPLM-IO ministers and officers over two days: one arrests event (same place, actors and campaign), range 4-5 March."),
 M(BA, "armed_clash", day("2025-03-07", "Tiga hari setelah Nasir jatuh"),
   NASIR("kota itu"),
   NUER("White Army"), SSD("sejumlah prajurit yang hendak dievakuasi"),
   ["Tiga hari setelah Nasir jatuh, sebuah helikopter PBB yang mengevakuasi tentara dari kota itu ditembaki. Seorang awak helikopter tewas, begitu pula komandan garnisun Nasir, seorang jenderal, dan sejumlah prajurit yang hendak dievakuasi, menurut Misi PBB di Sudan Selatan (UNMISS). Pemerintah menuding White Army berada di balik serangan itu."],
   C("United Nations Mission in South Sudan", None, [], "asserted", "menurut Misi PBB di Sudan Selatan (UNMISS)"),
   k=(2, None), civ=True, ftext="Seorang awak helikopter tewas, begitu pula komandan garnisun Nasir, seorang jenderal, dan sejumlah prajurit",
   note="Gunfire on a UN helicopter evacuating soldiers: the people targeted are the garrison's soldiers, so battles/armed_clash (guidelines 3: gunfire on military personnel), actor2 the army. Nasir fell on 4 March, so 7 March. The attacker is the one the government accuses (text from that sentence); UNMISS, the first source, names none. A crew member and a general plus 'sejumlah' soldiers = min 2, max null. The dead include a UN aircrew member (a non-combatant): civilian true."),
 M(SD, "change_to_group_activity", day("2025-03-11", "Pada 11 Maret"), JUBA("Juba"),
   UGA("Uganda"), NOA,
   ["Pada 11 Maret, Uganda mengerahkan pasukan khusus ke Juba atas permintaan Presiden Kiir."],
   UN(),
   note="Deployment of Ugandan special forces: change_to_group_activity; Uganda in South Sudan is an external_force. The army chief's pledge is a statement, not an event."),
 M(ER, "air_drone_strike", rng("2025-03-16", "2025-03-17", "pada 16-17 Maret"), NASIR("Nasir"),
   A("Angkatan udara Sudan Selatan", "Military Forces of South Sudan", "SSD", "state_forces"), SSD_CIV("warga sipil"),
   [BOMBS,
    "SPLM-IO menyebut sedikitnya 20 warga sipil tewas dalam serangan di Nasir, termasuk anak-anak, seperti dikutip AFP. Pemerintah menyatakan serangan udara itu hanya menargetkan posisi White Army."],
   C("SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition", "SSD", ["AFP"], "disputed", "SPLM-IO menyebut"),
   k=(20, None), civ=True, ftext="sedikitnya 20 warga sipil tewas",
   note="Barrel bombs dropped from aircraft: air strike, one mention per town in the list (Nasir). 'sedikitnya 20' = min 20. The government says only White Army positions were targeted, a differing version without a denial verb: disputed. AFP is cited for the SPLM-IO figure."),
 M(ER, "air_drone_strike", rng("2025-03-16", "2025-03-17", "pada 16-17 Maret"),
   L("Ulang", "Ulang", "SSD", "Upper Nile", None, None, "district"),
   A("Angkatan udara Sudan Selatan", "Military Forces of South Sudan", "SSD", "state_forces"), NOA,
   [BOMBS],
   UN(),
   note="Second town of the list (Ulang): the outlet states the strike itself, no figure and no target named (actor2 null). Ulang not placed with confidence: null coordinates, district precision."),
 M(SD, "agreement", month(2018, 9, "pada September 2018"), SSUDAN,
   SSD_GOV("Kiir"), SPLM_IO("Machar"),
   [AGREEMENT],
   UN(),
   note="The revitalised peace agreement: dated background agreement after 2016, required. Signed abroad (Addis Ababa is a reference point): placed at the country it concerns, capital coordinates (dev_c, dev_e). Kiir for the government, Machar for SPLM/A-IO."),
 M(BA, "armed_clash", rng("2013-12-01", "2018-09-30", None), SSUDAN,
   SSD(None), SPLM_IO(None),
   ["Perjanjian itu mengakhiri perang saudara lima tahun yang menewaskan hampir 400.000 orang."],
   UN(), k=(None, 400000), ftext="menewaskan hampir 400.000 orang", opt=True,
   note="War-wide toll of the 2013-2018 civil war: aggregate, optional. 'hampir 400.000' = max 400000 (guidelines 7: 'mendekati N')."),
 M(BA, "armed_clash", month(2013, 12, "pada Desember 2013"), JUBA("Juba"),
   SSD("pasukan yang setia kepada Kiir"), SPLM_IO(None),
   ["Perang saudara itu pecah pada Desember 2013, dua tahun setelah Sudan Selatan merdeka dari Sudan, ketika pasukan yang setia kepada Kiir dan Machar bertempur di Juba."],
   UN(), opt=True,
   note="The 2013 outbreak of fighting in Juba: history older than 2016, optional. Independence in 2011 is not an event. The postponed elections, the UN warnings, OCHA's displacement figure and the AU/IGAD delegation are not coded."),
])

# ---------- 06 Antara, Komanda church (DR Congo) ----------
f = "06_antara_komanda_gereja_adf.txt"
KOMANDA = lambda t, prec="town": L(t, "Komanda", "COD", "Ituri", 1.37, 29.77, prec)
N_KIVU = lambda t: L(t, "North Kivu", "COD", "North Kivu", -1.68, 29.23, "region")
article(f, "2025-07-28", "Page date line \"Senin, 28 Juli 2025 14:10 WIB\".", "Antara",
 "Serangan ADF ke gereja di Ituri Kongo tewaskan 43 orang", [
 M(VAC, "attack", day("2025-07-27", "pada Minggu (27/7) dini hari"),
   KOMANDA("kota Komanda, Provinsi Ituri, Republik Demokratik Kongo timur"),
   ADF("Kelompok bersenjata Pasukan Demokratik Sekutu (ADF)"), COD_CIV("jemaat"),
   ["Kinshasa (ANTARA) - Kelompok bersenjata Pasukan Demokratik Sekutu (ADF) menyerang sebuah gereja Katolik di kota Komanda, Provinsi Ituri, Republik Demokratik Kongo timur, saat jemaat mengikuti ibadah malam pada Minggu (27/7) dini hari. Seorang tokoh masyarakat sipil Komanda mengatakan jumlah korban tewas bertambah menjadi 43\u00a0orang, termasuk sembilan anak-anak.",
    "Menurut tokoh masyarakat tersebut, para penyerang bersenjata parang dan senapan masuk ke kompleks gereja sekitar pukul 01.00 waktu setempat, lalu membakar sejumlah rumah dan toko di sekitarnya, seperti dilansir Reuters.",
    "Juru bicara militer Kongo (FARDC) di Ituri menyebut sedikitnya 21 orang tewas dalam serangan itu."],
   C("local civil society leader", "COD", ["Reuters"], "disputed", "Seorang tokoh masyarakat sipil Komanda mengatakan"),
   k=(43, 43), civ=True, ftext="bertambah menjadi 43\u00a0orang",
   mat=[MAT("building", "COD", None, None, "sejumlah rumah dan toko")],
   note="Massacre of worshippers at a night service, with arson of nearby houses and shops folded in: violence against civilians. Updated toll of the first source (31 on Sunday midday, 43 now; dev_d). The army's 'sedikitnya 21' differs without a denial verb: disputed. The evidence has a no-break space ('43\\u00a0orang'). Islamic State's claim through Amaq is the claimant's own channel, not a relay; Reuters is cited in the paragraph on the attack. ADF is coded with the country of its theatre (like Islamic State (Mozambique)); 'Kinshasa' is the dateline, not the event place."),
 M(VAC, "attack", day("2025-07-27", "pada malam yang sama"),
   L("desa Machongani, sekitar 12 kilometer dari Komanda", "Machongani", "COD", "Ituri", 1.37, 29.77, "district"),
   ADF("kelompok yang sama"), COD_CIV("lima warga lainnya"),
   ["Di desa Machongani, sekitar 12 kilometer dari Komanda, kelompok yang sama menewaskan lima warga lainnya pada malam yang sama, kata pejabat setempat."],
   C("local officials", "COD", [], "asserted", "kata pejabat setempat"),
   k=(5, 5), civ=True, ftext="menewaskan lima warga lainnya",
   note="A second killing in a different village the same night: a separate event (different place). A small village 12 km away: coded at Komanda's coordinates with district precision (dev_d's village rule). 'pada malam yang sama' = the night of Saturday to Sunday, dated Sunday like the church attack."),
 M(BA, "armed_clash", day("2025-07-27", "pada Minggu sore"),
   KOMANDA("hutan dekat Komanda", "district"),
   FARDC("Militer Kongo"), ADF("para penyerang"),
   ["Militer Kongo menyatakan pasukannya bersama tentara Uganda (UPDF) terlibat kontak tembak dengan para penyerang di hutan dekat Komanda pada Minggu sore dan menewaskan empat di antaranya."],
   C("Military Forces of the Democratic Republic of Congo", "COD", [], "asserted", "Militer Kongo menyatakan"),
   k=(4, 4), civ=False, ftext="menewaskan empat di antaranya",
   note="Pursuit firefight by the Congolese army with Ugandan troops: armed_clash; for joint attackers actor1 is the first named (samples). Four attackers killed: civilian false."),
 M(VAC, "attack", month(2025, 2, "sejak Februari lalu"),
   L("desa Mayba, wilayah Lubero, Provinsi Kivu Utara", "Lubero", "COD", "North Kivu", 0.16, 29.24, "district"),
   ADF("milisi ADF"), COD_CIV(None),
   ["Serangan di Komanda merupakan yang paling mematikan sejak Februari lalu, ketika jenazah sedikitnya 70 orang ditemukan di sebuah gereja Protestan di desa Mayba, wilayah Lubero, Provinsi Kivu Utara. Mereka dibunuh beberapa hari setelah diculik oleh milisi ADF."],
   UN(), k=(70, None), civ=True, ftext="jenazah sedikitnya 70 orang ditemukan",
   note="The Mayba killings: 'sejak ..., ketika' with a concrete dated event, required (heldout_b). Abducted villagers killed days later: coded as an attack, the killing being what the text reports (the abduction is folded in). The village is coded at Lubero territory (dev_e's village rule). 'sedikitnya 70' = min 70."),
 M(SD, "change_to_group_activity", month(2021, 11, "pada November 2021"),
   L("wilayah Beni, Kivu Utara", "Beni", "COD", "North Kivu", 0.49, 29.47, "district"),
   UGA("Uganda"), NOA,
   ["Uganda mengirim pasukannya ke wilayah Beni, Kivu Utara, pada November 2021 untuk operasi gabungan melawan ADF yang diberi nama Shujaa."],
   UN(),
   note="Deployment of Ugandan troops for Operation Shujaa: change_to_group_activity, dated and required. Uganda in Congo is an external_force. The later extension to Ituri is undated and not coded separately."),
 M(VAC, "attack", rng("2014-01-01", "2025-07-28", "sejak 2014"),
   L("Kongo timur", "Eastern Democratic Republic of Congo", "COD", None, None, None, "region"),
   ADF("ADF"), COD_CIV("warga sipil"),
   ["Menurut PBB, ADF telah membunuh lebih dari 6.000 warga sipil di Kongo timur sejak 2014."],
   C("United Nations", None, [], "asserted", "Menurut PBB"),
   k=(6000, None), civ=True, ftext="lebih dari 6.000 warga sipil", opt=True,
   note="Cumulative toll since 2014: aggregate, optional. 'Eastern Congo' has no centre: coordinates null."),
 M(SD, "agreement", day("2025-07-19", "Pada 19 Juli"), N_KIVU(None),
   COD_GOV("pemerintah Kongo"), M23("kelompok pemberontak M23"),
   ["Pada 19 Juli, pemerintah Kongo dan kelompok pemberontak M23 menandatangani deklarasi prinsip di Doha, Qatar, yang membuka jalan menuju perjanjian damai."],
   UN(),
   note="A signed declaration of principles between the government and M23: agreement, dated background, required. Signed abroad (Doha is a reference point): placed at the region it concerns, North Kivu at Goma (dev_c, dev_d: Doha for the Gaza ceasefire)."),
 M(SD, "agreement", day("2025-06-27", "pada 27 Juni"), N_KIVU(None),
   COD_GOV("Menteri Luar Negeri Kongo"), A("Rwanda", "Government of Rwanda", "RWA", "state_forces"),
   ["Sebulan sebelumnya, pada 27 Juni, Menteri Luar Negeri Kongo dan Rwanda menandatangani perjanjian damai di Washington, Amerika Serikat, yang disaksikan Menteri Luar Negeri AS Marco Rubio."],
   UN(),
   note="The Congo-Rwanda peace agreement signed in Washington: agreement, required. Placed, like the Doha declaration, at the region of eastern Congo it concerns (North Kivu); the witnessing US Secretary of State is not a party. ADF's non-involvement and the MONUSCO condemnation are not events."),
])
