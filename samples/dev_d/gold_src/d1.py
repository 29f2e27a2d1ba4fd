from lib import *

ISR = lambda t, kind="state_forces": A(t, "Military Forces of Israel", "ISR", kind)
ISR_GOV = lambda t: A(t, "Government of Israel", "ISR", "state_forces")
HAMAS = lambda t: A(t, "Hamas Movement", "PSE", "rebel_group")
PSE_CIV = lambda t: A(t, "Civilians (Palestine)", "PSE", "civilians")
ISR_CIV = lambda t: A(t, "Civilians (Israel)", "ISR", "civilians")
UAG_PSE = lambda t: A(t, "Unidentified Armed Group (Palestine)", "PSE", "political_militia")
SETTLERS = lambda t: A(t, "Settlers (Israel)", "ISR", "identity_militia")
HEZ = lambda t: A(t, "Hezbollah", "LBN", "political_militia")
HOU = lambda t: A(t, "Houthi Movement", "YEM", "rebel_group")
USA = lambda t: A(t, "Military Forces of the United States", "USA", "external_force")
YEM_CIV = lambda t: A(t, "Civilians (Yemen)", "YEM", "civilians")
GAZA_STRIP = lambda t: L(t, "Gaza Strip", "PSE", None, 31.5, 34.47, "region")
SOUTH_ISR = lambda t: L(t, "Southern District", "ISR", "Southern District", 31.25, 34.79, "region")

# ---------- 01 CNN Indonesia, Zikim / Rafah / Sheikh Radwan ----------
f = "01_cnnindonesia_zikim_sekolah_gaza.txt"
OCT7 = ["Perang di Gaza pecah setelah Hamas menyerang Israel selatan pada 7 Oktober 2023, menewaskan sekitar 1.200 orang, sebagian besar warga sipil, dan menyandera 251 lainnya, menurut penghitungan Israel."]
article(f, "2025-07-21", "Page date line \"Senin, 21 Jul 2025 07:15 WIB\"; the shootings are \"pada Minggu (20/7)\".", "CNN Indonesia",
 "Israel Tembaki Warga Penunggu Truk Bantuan di Gaza Utara, Korban Tewas Bertambah Jadi 67", [
 M(VAC, "attack", day("2025-07-20", "pada Minggu (20/7)"),
   L("perlintasan Zikim, Gaza utara", "Zikim Crossing", "PSE", "North Gaza", 31.58, 34.5, "town"),
   ISR("Pasukan Israel"), PSE_CIV("kerumunan warga Palestina"),
   ["Jakarta, CNN Indonesia -- Pasukan Israel melepaskan tembakan ke arah kerumunan warga Palestina yang menunggu truk bantuan pangan di dekat perlintasan Zikim, Gaza utara, pada Minggu (20/7). Kementerian Kesehatan Gaza menyebut korban tewas akibat penembakan itu bertambah menjadi 67 orang, sementara sedikitnya 150 lainnya terluka.",
    "Namun, militer membantah jumlah korban yang disampaikan otoritas Gaza dan menyebut angka tersebut \"jauh melebihi temuan awal\"."],
   C("Ministry of Health (Gaza)", "PSE", ["Al Jazeera"], "denied", "Kementerian Kesehatan Gaza menyebut"),
   k=(67, 67), w=(150, None), civ=True, ftext="bertambah menjadi 67 orang, sementara sedikitnya 150 lainnya terluka",
   note="Troops firing on an unarmed crowd waiting for aid: violence against civilians/attack (no armed opponent). The toll is the updated one ('bertambah menjadi 67'; the 58 of Sunday afternoon is superseded). The IDF admits 'warning shots' but denies the figures ('membantah jumlah korban'): stance denied, deniers Military Forces of Israel. Al Jazeera is cited in the paragraph on the toll's rise. The WFP account corroborates; the witness quote 'kepada Reuters' is not evidence. The crossing itself is in Israel; the crowd was on the Gaza side, so the location is coded in North Gaza (approximate coordinates)."),
 M(VAC, "attack", day("2025-07-20", "pada hari yang sama"), L("barat Rafah", "Rafah", "PSE", "Rafah", 31.29, 34.25, "town"),
   ISR(None), PSE_CIV("enam orang lainnya"),
   ["Di Gaza selatan, enam orang lainnya tewas ditembak di dekat titik distribusi bantuan yang dikelola Yayasan Kemanusiaan Gaza (GHF) di barat Rafah pada hari yang sama, menurut petugas medis di Rumah Sakit Nasser, Khan Younis. GHF menyatakan tidak ada insiden di sekitar lokasi distribusinya pada hari itu."],
   C("medical sources", "PSE", [], "disputed", "menurut petugas medis di Rumah Sakit Nasser, Khan Younis"),
   k=(6, 6), civ=True, ftext="enam orang lainnya tewas ditembak",
   note="Passive 'tewas ditembak' near an aid site: the shooter is not named; Israeli forces are inferred from the article's context (text null). GHF says there was no incident: a different version without a denial verb, disputed. Khan Younis is where the hospital is, not the event place."),
 M(ER, "air_drone_strike", day("2025-07-20", "pada Minggu malam"),
   L("lingkungan Sheikh Radwan, Kota Gaza", "Sheikh Radwan", "PSE", "Gaza", 31.53, 34.47, "town"),
   ISR("Israel"), PSE_CIV("pengungsi"),
   ["Sementara itu, serangan udara Israel menghantam Sekolah Al-Karama yang menampung ratusan pengungsi di lingkungan Sheikh Radwan, Kota Gaza, pada Minggu malam. Pertahanan Sipil Gaza mengatakan sedikitnya 11 orang tewas, termasuk lima anak-anak, dan puluhan lainnya terluka.",
    "Militer Israel mengklaim menyerang \"teroris Hamas\" yang menggunakan sebuah ruangan di kompleks sekolah itu sebagai pusat komando dan kendali. Hamas membantah tuduhan tersebut dan menyebutnya sebagai \"dalih untuk terus membantai warga sipil\"."],
   C("Palestinian Civil Defence (Gaza)", "PSE", [], "disputed", "Pertahanan Sipil Gaza mengatakan"),
   k=(11, None), w=(10, None), civ=True, ftext="sedikitnya 11 orang tewas, termasuk lima anak-anak, dan puluhan lainnya terluka",
   mat=[MAT("building", "PSE", 1, 1, "Sekolah Al-Karama")],
   note="Air strike on a school used as a shelter. Counts from the Civil Defence (first source); 'puluhan' = min 10. The IDF says it targeted a Hamas command centre; Hamas's denial is aimed at the IDF's claim, not at the claimant's, so the stance is disputed (two versions) rather than denied. The school is the struck building (owner PSE); the IDF's 'command centre' is not listed."),
 M(VAC, "attack", rng("2025-05-21", "2025-07-21", "sejak akhir Mei"), GAZA_STRIP(None),
   ISR(None), PSE_CIV(None),
   ["Kantor Hak Asasi Manusia PBB (OHCHR) mencatat lebih dari 800 orang tewas saat berusaha mendapatkan bantuan sejak akhir Mei, sebagian besar di sekitar lokasi distribusi GHF yang dijaga tentara Israel."],
   C("United Nations Office of the High Commissioner for Human Rights", None, [], "asserted", "Kantor Hak Asasi Manusia PBB (OHCHR) mencatat"),
   k=(800, None), civ=True, ftext="lebih dari 800 orang tewas", opt=True,
   note="Cumulative tally of aid-seekers killed over two months: aggregate, optional. 'akhir Mei' starts on the 21st (as dev_c's 'akhir Juni'). The shooters are not named (the sites are 'guarded' by Israeli troops): actor1 inferred, text null."),
 M(VAC, "attack", day("2023-10-07", "pada 7 Oktober 2023"), SOUTH_ISR("Israel selatan"),
   HAMAS("Hamas"), ISR_CIV("warga sipil"), OCT7,
   C("Government of Israel", "ISR", [], "asserted", "menurut penghitungan Israel"),
   k=(1200, 1200), civ=True, ftext="menewaskan sekitar 1.200 orang, sebagian besar warga sipil",
   note="The 7 October 2023 attack told in a main clause with its toll: dated background of the same war after 2016, non-optional (guidelines 1). Most of the dead are said to be civilians: violence against civilians, 'sekitar 1.200' = 1200..1200 (samples' 'sekitar N'). Placed at the region named ('Israel selatan', Southern District at Beersheba)."),
 M(VAC, "abduction_forced_disappearance", day("2023-10-07", "pada 7 Oktober 2023"), SOUTH_ISR("Israel selatan"),
   HAMAS("Hamas"), ISR_CIV(None), OCT7,
   C("Government of Israel", "ISR", [], "asserted", "menurut penghitungan Israel"),
   note="The hostage-taking in the same sentence is a different sub-event type, so it is split from the attack (guidelines 1: split when the type differs). The 251 hostages are abducted, not casualties: no counts."),
 M(ER, "air_drone_strike", rng("2023-10-07", "2025-07-21", "Sejak itu"), GAZA_STRIP(None),
   ISR(None), PSE_CIV("warga Palestina"),
   ["Sejak itu, Kementerian Kesehatan Gaza mencatat lebih dari 58 ribu warga Palestina tewas, sebagian besar perempuan dan anak-anak."],
   C("Ministry of Health (Gaza)", "PSE", [], "asserted", "Kementerian Kesehatan Gaza mencatat"),
   k=(58000, None), civ=True, ftext="lebih dari 58 ribu warga Palestina tewas", opt=True,
   note="War-wide cumulative toll: aggregate, optional (as dev_c 01). The Doha talks are not an event."),
])

# ---------- 02 detik, Jenin ----------
f = "02_detik_jenin_tembok_besi.txt"
JENIN = lambda t: L(t, "Jenin", "PSE", "Jenin", 32.46, 35.3, "town")
IDF_JENIN = "Dalam pernyataannya, militer mengaku telah \"melumpuhkan\" 10 teroris dan menyerang lebih dari 10 sasaran dari udara."
SETTLER_EV = ["Sehari sebelum operasi dimulai, pada Senin (20/1) malam, puluhan pemukim Israel bertopeng menyerang desa Al-Funduq dan Jinsafut, sebelah timur Qalqilya.",
              "Menurut kantor berita Palestina WAFA, para pemukim membakar rumah, toko, dan kendaraan milik warga. Bulan Sabit Merah Palestina mengatakan 12 orang terluka, sebagian besar akibat dipukuli."]
SETTLER_CLAIM = C("Palestinian Red Crescent", "PSE", ["WAFA"], "asserted", "Bulan Sabit Merah Palestina mengatakan")
SWAP_EV = ["Sebagai bagian dari tahap pertama kesepakatan, Israel membebaskan 90 tahanan Palestina dari penjara Ofer, dekat Ramallah, pada Senin dini hari, beberapa jam setelah Hamas menyerahkan tiga sandera perempuan kepada Palang Merah di Kota Gaza."]
article(f, "2025-01-22", "Page date line \"Rabu, 22 Jan 2025 10:47 WIB\".", "detik",
 "Israel Gelar Operasi 'Tembok Besi' di Jenin, 10 Warga Palestina Tewas", [
 M(BA, "armed_clash", rng("2025-01-21", "2025-01-22", "Selasa (21/1)"), JENIN("kamp pengungsi Jenin"),
   ISR("Militer Israel"), A("Brigade Al-Quds", "PIJ: Palestinian Islamic Jihad", "PSE", "rebel_group"),
   ["Jakarta - Militer Israel melancarkan operasi militer berskala besar di kota Jenin dan kamp pengungsi di sekitarnya, Tepi Barat yang diduduki. Kementerian Kesehatan Palestina menyebut jumlah warga yang tewas dalam operasi yang dimulai Selasa (21/1) itu bertambah menjadi 10 orang, sementara 40 lainnya luka-luka.",
    "Seperti dilansir AFP, Rabu (22/1/2025), pasukan darat yang didukung helikopter dan drone memasuki kamp pengungsi Jenin pada Selasa siang dan terlibat baku tembak dengan kelompok-kelompok bersenjata Palestina. Operasi itu masih berlangsung hingga Rabu pagi.",
    "Kementerian Kesehatan menyebut di antara korban tewas terdapat seorang remaja berusia 16 tahun dan seorang pria yang tertembak saat menjemput anaknya dari sekolah. Gubernur Jenin mengatakan buldoser militer Israel menghancurkan jalan-jalan utama di sekitar kamp dan merusak puluhan rumah.",
    IDF_JENIN,
    "Brigade Al-Quds, sayap bersenjata Jihad Islam Palestina, mengatakan para pejuangnya di Batalion Jenin menghadang pasukan Israel dengan tembakan dan bahan peledak di sejumlah poros kamp."],
   C("Ministry of Health (Palestine)", "PSE", ["AFP"], "disputed", "Kementerian Kesehatan Palestina menyebut"),
   k=(10, 10), w=(40, 40), civ=True, ftext="bertambah menjadi 10 orang, sementara 40 lainnya luka-luka",
   mat=[MAT("building", "PSE", 10, None, "puluhan rumah")],
   note="Raid with an exchange of fire ('baku tembak') in Jenin camp: armed_clash, from Tuesday to the Wednesday report (the operation 'masih berlangsung hingga Rabu pagi'). actor2 is the only named group, the Al-Quds Brigades (PIJ's armed wing, coded like Hamas's Al-Qassam: PIJ, rebel_group). Counts from the Palestinian health ministry (first source; the dead include a teenager and a father fetching his child, so civilian true); the IDF says it 'neutralised' 10 'terrorists': versions differ without a denial, disputed. 'puluhan rumah' damaged by bulldozers = building, min 10; roads are not materiel. AFP is cited for the lead story."),
 M(ER, "air_drone_strike", rng("2025-01-21", "2025-01-22", "Selasa (21/1)"), JENIN("Jenin"),
   ISR("militer"), NOA, [IDF_JENIN],
   C("Military Forces of Israel", "ISR", [], "asserted", "militer mengaku"), opt=True,
   note="Air strikes folded into the ground battle ('menyerang lebih dari 10 sasaran dari udara'): optional (guidelines 2, strikes folded into a battle). A different type from the clash that shares this sentence."),
 M(ER, "air_drone_strike", day("2025-01-22", "Pada Rabu dini hari"), L("desa Burqin, sebelah barat Jenin", "Burqin", "PSE", "Jenin", 32.46, 35.26, "town"),
   ISR("drone Israel"), UAG_PSE("dua pria"),
   ["Pada Rabu dini hari, sebuah drone Israel menyerang sekelompok orang di desa Burqin, sebelah barat Jenin, dan menewaskan dua pria. Militer Israel menyebut keduanya anggota \"sel teroris\" yang hendak menyerang pasukan di kamp."],
   C("Military Forces of Israel", "ISR", [], "asserted", "Militer Israel menyebut"),
   k=(2, 2), ftext="menewaskan dua pria",
   note="Drone strike on a group of people. actor2 follows the IDF's 'sel teroris' (samples' convention for unnamed Palestinian gunmen); civilian unknown (null). Whether the two are among the ministry's 10 is not said, so nothing is subtracted."),
 M(VAC, "attack", day("2025-01-20", "pada Senin (20/1) malam"), L("desa Al-Funduq", "Al-Funduq", "PSE", "Qalqilya", 32.19, 35.14, "town"),
   SETTLERS("puluhan pemukim Israel bertopeng"), PSE_CIV("warga"), SETTLER_EV, SETTLER_CLAIM,
   mat=[MAT("building", "PSE", None, None, "rumah, toko"), MAT("vehicle", "PSE", None, None, "kendaraan milik warga")],
   note="Settler raid on villages with arson and beatings: violence against civilians, one mention per village (Al-Funduq). The 12 wounded cover both villages and are attached to neither; the arson has no figures, so materiel carries no counts. Claimant the Red Crescent (the source of the figures); WAFA is a relay for this paragraph. The village head's quote is colour."),
 M(VAC, "attack", day("2025-01-20", "pada Senin (20/1) malam"), L("Jinsafut", "Jinsafut", "PSE", "Qalqilya", 32.17, 35.13, "town"),
   SETTLERS("puluhan pemukim Israel bertopeng"), PSE_CIV("warga"), SETTLER_EV, SETTLER_CLAIM,
   mat=[MAT("building", "PSE", None, None, "rumah, toko"), MAT("vehicle", "PSE", None, None, "kendaraan milik warga")],
   note="Second village of the list (Jinsafut); approximate coordinates."),
 M(SD, "agreement", day("2025-01-15", "pada Rabu (15/1)"), GAZA_STRIP("Jalur Gaza"),
   ISR_GOV("Israel"), HAMAS("Hamas"),
   ["Operasi di Jenin dimulai dua hari setelah gencatan senjata antara Israel dan Hamas di Jalur Gaza berlaku pada Minggu (19/1). Kesepakatan itu diumumkan Perdana Menteri Qatar di Doha pada Rabu (15/1) setelah perundingan berbulan-bulan."],
   UN(), note="The Gaza ceasefire, dated on the day it was agreed and announced (Wed 15 Jan), not the day it took effect (heldout_b rule). Placed at the region it concerns (Doha is where it was announced). Parties as named: Government of Israel and Hamas."),
 M(SD, "other", day("2025-01-20", "pada Senin dini hari"), L("penjara Ofer, dekat Ramallah", "Ofer Prison", "PSE", "Ramallah and al-Bireh", 31.88, 35.16, "town"),
   ISR_GOV("Israel"), PSE_CIV("90 tahanan Palestina"), SWAP_EV, UN(),
   note="Release of 90 prisoners under the deal: strategic_developments/other (a concrete, dated step of the same war). Released prisoners are not casualties."),
 M(SD, "other", rng("2025-01-19", "2025-01-20"), L("Kota Gaza", "Gaza City", "PSE", "Gaza", 31.5, 34.47, "town"),
   HAMAS("Hamas"), ISR_CIV("tiga sandera perempuan"), SWAP_EV, UN(),
   note="Handover of three hostages 'beberapa jam' before the Monday-dawn release: Sunday 19 Jan or the night into Monday (range, no date text of its own). Same type and evidence as the release, both required."),
 M(BA, "armed_clash", rng("2024-12-01", "2025-01-22", "Sejak awal Desember"), JENIN("kamp Jenin"),
   A("aparat keamanan Otoritas Palestina", "Police Forces of Palestine", "PSE", "state_forces"), UAG_PSE("kelompok-kelompok bersenjata"),
   ["Sejak awal Desember, aparat keamanan Otoritas Palestina juga menggelar operasi di kamp Jenin untuk menumpas kelompok-kelompok bersenjata, yang memicu bentrokan hampir setiap hari dan menewaskan sedikitnya 16 orang, termasuk enam personel keamanan."],
   UN(), k=(16, None), ftext="menewaskan sedikitnya 16 orang, termasuk enam personel keamanan", opt=True,
   note="Seven-week campaign with 'bentrokan hampir setiap hari': habitual and cumulative, optional. The PA's security forces are coded Police Forces of Palestine (ACLED style). civilian unknown (null)."),
 M(SD, "arrests", rng("2025-01-20", "2025-01-22", "sejak Senin malam"), L("Tepi Barat", "West Bank", "PSE", None, 31.9, 35.2, "region"),
   ISR("pasukan Israel"), PSE_CIV(None),
   ["Klub Tahanan Palestina melaporkan pasukan Israel menangkap sedikitnya 25 orang dalam razia di berbagai kota Tepi Barat sejak Senin malam."],
   C("Palestinian Prisoners Club", "PSE", [], "asserted", "Klub Tahanan Palestina melaporkan"), opt=True,
   note="Arrest tally over unnamed towns ('berbagai kota'): aggregate, optional. 25 arrested are not casualties."),
])

# ---------- 03 Republika, Dahiyeh ----------
f = "03_republika_dahiyeh_beirut.txt"
R = ["Al Jazeera", "Reuters", "Associated Press"]
LBN = lambda t: L(t, "Lebanon", "LBN", None, 33.89, 35.5, "country")
SOUTH_LBN = lambda t: L(t, "South Lebanon", "LBN", "South", 33.56, 35.37, "region")
PAGER_BLAME = "Hizbullah menuding Israel berada di balik ledakan-ledakan tersebut, sementara Israel tidak mengonfirmasi maupun membantahnya."
ROCKETS = ["Beberapa jam sebelum serangan di Beirut, Hizbullah menembakkan sekitar 140 roket ke arah Israel utara, menyasar sejumlah pangkalan pertahanan udara dan markas militer, menurut pernyataan kelompok itu. Militer Israel menyatakan sebagian besar roket berhasil dicegat dan tidak ada laporan korban jiwa."]
BORDER = ["Sejak 8 Oktober 2023, sehari setelah serangan Hamas ke Israel selatan, Hizbullah dan Israel hampir setiap hari saling tembak di sepanjang perbatasan."]
article(f, "2024-09-21", "Page date line \"Sabtu 21 Sep 2024 14:20 WIB\".", "Republika",
 "Korban Serangan Israel di Dahiyeh Beirut Bertambah Jadi 38 Orang, Termasuk Anak-Anak", [
 M(ER, "air_drone_strike", day("2024-09-20", "pada Jumat (20/9/2024) sore"),
   L("kawasan Dahiyeh, pinggiran selatan Beirut", "Dahiyeh", "LBN", "Mount Lebanon", 33.85, 35.5, "town"),
   ISR("Israel", "external_force"), HEZ("unit elite Hizbullah"),
   ["REPUBLIKA.CO.ID, BEIRUT -- Jumlah korban tewas akibat serangan udara Israel di kawasan Dahiyeh, pinggiran selatan Beirut, Lebanon, pada Jumat (20/9/2024) sore bertambah menjadi 38 orang. Kementerian Kesehatan Lebanon menyebut tiga anak dan tujuh perempuan termasuk di antara korban tewas, sementara 68 orang lainnya luka-luka.",
    "Serangan itu menghantam sebuah gedung apartemen delapan lantai di permukiman padat di kawasan Jamous saat jam pulang kerja. Dua rudal yang ditembakkan jet tempur Israel meruntuhkan gedung itu hingga rata dengan tanah, sementara bangunan di sekitarnya rusak berat, kata saksi mata kepada Aljazirah.",
    "Militer Israel mengatakan serangan itu menewaskan Ibrahim Aqil, komandan Pasukan Radwan, unit elite Hizbullah, bersama sekitar 10 komandan lainnya yang sedang menggelar pertemuan di ruang bawah tanah gedung tersebut. Hizbullah kemudian mengonfirmasi kematian Aqil dalam sebuah pernyataan singkat."],
   C("Ministry of Health (Lebanon)", "LBN", R, "asserted", "Kementerian Kesehatan Lebanon menyebut"),
   k=(38, 38), w=(68, 68), civ=True, ftext="bertambah menjadi 38 orang",
   mat=[MAT("building", "LBN", 1, 1, "sebuah gedung apartemen delapan lantai")],
   note="Air strike on a residential building. The toll is the updated one (14 on Friday night, 38 on Saturday). actor2 is the target named by the IDF and confirmed by Hezbollah (a Radwan Force meeting); the dead include children and women, so civilian true. Israel in Lebanon: external_force. Dahiyeh is in Baabda district, Mount Lebanon governorate. 'Sumber: Aljazirah, Reuters, AP' puts the three relays on every mention."),
 M(ER, "remote_explosive_landmine_ied", day("2024-09-17", "pada Selasa (17/9/2024)"), LBN("berbagai wilayah Lebanon"),
   ISR("Israel", "external_force"), HEZ("anggota Hizbullah"),
   ["Serangan di Dahiyeh terjadi tiga hari setelah ribuan pager milik anggota Hizbullah meledak secara serentak di berbagai wilayah Lebanon pada Selasa (17/9/2024).", PAGER_BLAME],
   C("Hezbollah", "LBN", R, "asserted", "Hizbullah menuding"),
   note="Booby-trapped pagers detonated remotely: remote explosive. Dated and concrete, so required; the explosions were spread over Lebanon, so country level. The attacker is the one Hezbollah names; Israel neither confirms nor denies, which is not a denial. The combined toll of both waves ('puluhan ... ribuan') is attached to neither."),
 M(ER, "remote_explosive_landmine_ied", day("2024-09-18", "Sehari kemudian"), LBN(None),
   ISR("Israel", "external_force"), HEZ(None),
   ["Sehari kemudian, ratusan walkie-talkie juga meledak, termasuk di tengah prosesi pemakaman korban ledakan pager.", PAGER_BLAME],
   C("Hezbollah", "LBN", R, "asserted", "Hizbullah menuding"),
   note="Second wave (walkie-talkies) the next day, Wed 18 Sep: a separate event, same coding."),
 M(ER, "shelling_artillery_missile_attack", day("2024-09-20", "Beberapa jam sebelum serangan di Beirut"),
   L("Israel utara", "Northern District", "ISR", "Northern District", 32.7, 35.32, "region"),
   HEZ("Hizbullah"), ISR(None), ROCKETS,
   C("Hezbollah", "LBN", R, "asserted", "menurut pernyataan kelompok itu"),
   k=(0, 0), ftext="tidak ada laporan korban jiwa",
   mat=[MAT("air_defence", "ISR", None, None, "sejumlah pangkalan pertahanan udara"), MAT("command_post", "ISR", None, None, "markas militer")],
   note="Rocket barrage on northern Israel a few hours before the Friday-afternoon Beirut strike: 20 Sep. Placed at Northern District (region), as heldout_b codes such barrages. The bases are the named targets (materiel without counts); 140 rockets fired are not materiel. 'tidak ada laporan korban jiwa' = killed 0..0."),
 M(SD, "disrupted_weapons_use", day("2024-09-20"), L("Israel utara", "Northern District", "ISR", "Northern District", 32.7, 35.32, "region"),
   ISR("Militer Israel"), HEZ(None), ROCKETS,
   C("Military Forces of Israel", "ISR", R, "asserted", "Militer Israel menyatakan"), opt=True,
   note="Interceptions folded into the barrage ('sebagian besar roket berhasil dicegat'): optional (samples' rule)."),
 M(ER, "air_drone_strike", day("2024-09-21", "Pada Sabtu pagi"), SOUTH_LBN("Lebanon selatan"),
   ISR("militer Israel", "external_force"), HEZ(None),
   ["Pada Sabtu pagi, militer Israel mengumumkan jet-jet tempurnya menyerang sekitar 180 sasaran di Lebanon selatan, termasuk ribuan laras peluncur roket yang disebutnya siap ditembakkan ke wilayah Israel."],
   C("Military Forces of Israel", "ISR", R, "asserted", "militer Israel mengumumkan"),
   mat=[MAT("mlrs", "LBN", 1000, None, "ribuan laras peluncur roket")],
   note="Wave of air strikes on South Lebanon on the morning of the report, one region, required. The launchers belong to Hezbollah (inferred, text null); 'ribuan' = min 1000, category mlrs (rocket launchers); 180 targets are not items."),
 M(BA, "armed_clash", rng("2023-10-08", "2024-09-21", "Sejak 8 Oktober 2023"), SOUTH_LBN("perbatasan"),
   HEZ("Hizbullah"), ISR("Israel", "external_force"), BORDER, UN(R), opt=True,
   note="Near-daily exchanges of fire along the border for a year: habitual, optional."),
 M(VAC, "attack", day("2023-10-07"), SOUTH_ISR("Israel selatan"),
   HAMAS("Hamas"), ISR_CIV(None), BORDER, UN(R), opt=True,
   note="'sehari setelah serangan Hamas ke Israel selatan': a bare time reference to 7 Oct 2023, optional (guidelines 2). Typed as in article 01."),
 M(ER, "air_drone_strike", rng("2023-10-08", "2024-09-21", "sejak Oktober tahun lalu"), LBN(None),
   ISR("Israel", "external_force"), NOA,
   ["Kementerian Kesehatan Lebanon mencatat lebih dari 740 orang tewas akibat serangan Israel sejak Oktober tahun lalu, sebagian besar anggota Hizbullah."],
   C("Ministry of Health (Lebanon)", "LBN", R, "asserted", "Kementerian Kesehatan Lebanon mencatat"),
   k=(740, None), ftext="lebih dari 740 orang tewas", opt=True,
   note="War-wide toll: aggregate, optional. The UN and Indonesian statements, and the Garuda contingent, are not events."),
])

# ---------- 04 Sindonews, Sanaa / Saada ----------
f = "04_sindonews_sanaa_saada_as.txt"
YEMEN = lambda t: L(t, "Yemen", "YEM", None, 15.35, 44.21, "country")
CENTCOM = "Komando Pusat AS (CENTCOM) menyatakan operasi itu menyasar radar, sistem pertahanan udara, serta sistem rudal dan drone milik Houthi, bukan permukiman warga."
OTHERS = ["Serangan juga dilaporkan menghantam sasaran di Provinsi Al-Bayda dan Dhamar."]
article(f, "2025-03-16", "Page date line \"Minggu, 16 Maret 2025 - 14:05 WIB\".", "Sindonews",
 "AS Bombardir Sanaa dan Saada, Houthi Sebut Korban Tewas Bertambah Jadi 31 Orang", [
 M(ER, "air_drone_strike", day("2025-03-15", "pada Sabtu (15/3/2025) malam"), YEMEN("Yaman"),
   USA("Amerika Serikat (AS)"), HOU("kelompok Houthi"),
   ["SANAA - Amerika Serikat (AS) melancarkan gelombang serangan udara terhadap sejumlah sasaran kelompok Houthi di Yaman pada Sabtu (15/3/2025) malam. Kementerian Kesehatan yang dikelola Houthi menyebut korban tewas bertambah menjadi 31 orang, sebagian besar perempuan dan anak-anak, sementara 101 orang lainnya terluka, seperti dilansir Al Jazeera."],
   C("Ministry of Health (Houthi)", "YEM", ["Al Jazeera"], "disputed", "Kementerian Kesehatan yang dikelola Houthi menyebut"),
   k=(31, 31), w=(101, 101), civ=True, ftext="korban tewas bertambah menjadi 31 orang, sebagian besar perempuan dan anak-anak, sementara 101 orang lainnya terluka",
   opt=True,
   note="Lead summary of the night's strikes across several provinces: aggregate, optional (as dev_c 13); the per-place strikes below are the required mentions. The 31/101 toll covers all places and is attached only here."),
 M(ER, "air_drone_strike", day("2025-03-15"), L("distrik Shuub, Sanaa utara", "Sanaa", "YEM", "Amanat al Asimah", 15.37, 44.19, "town"),
   USA("Amerika Serikat (AS)"), YEM_CIV("anggota satu keluarga"),
   ["Serangan paling mematikan menghantam sebuah bangunan permukiman di distrik Shuub, Sanaa utara, dan menewaskan 13 orang, kata juru bicara kementerian tersebut. Menurut dia, sembilan korban merupakan anggota satu keluarga yang tinggal di lantai dasar gedung itu.",
    CENTCOM],
   C("Ministry of Health (Houthi)", "YEM", [], "disputed", "kata juru bicara kementerian tersebut"),
   k=(13, 13), civ=True, ftext="menewaskan 13 orang",
   mat=[MAT("building", "YEM", 1, 1, "sebuah bangunan permukiman")],
   note="Strike on a residential building in Shuub, a district of Sanaa city (coded at Sanaa). Dated by the lead (Saturday night, no date text in the sentence); the attacker is named in the lead. CENTCOM's statement on this operation ('bukan permukiman warga') contradicts the ministry: disputed. Al Jazeera is cited in the lead paragraph only."),
 M(ER, "air_drone_strike", day("2025-03-15"), L("Provinsi Saada", "Saada", "YEM", "Saada", 16.94, 43.76, "region"),
   USA("AS"), YEM_CIV("empat anak dan seorang perempuan"),
   ["Di Provinsi Saada, benteng utama Houthi di utara, serangan AS menewaskan empat anak dan seorang perempuan, menurut stasiun televisi Al-Masirah yang dikelola Houthi.",
    CENTCOM],
   C("Houthi Movement", "YEM", [], "disputed", "menurut stasiun televisi Al-Masirah yang dikelola Houthi"),
   k=(5, 5), civ=True, ftext="menewaskan empat anak dan seorang perempuan",
   note="Strike in Saada province (region level). Al-Masirah is the Houthis' own channel: claimant Houthi Movement, not a relay (nor is the photo credit). 'empat anak dan seorang perempuan' = 5..5. Disputed by CENTCOM as above."),
 M(ER, "air_drone_strike", day("2025-03-15"), L("Provinsi Al-Bayda", "Al Bayda", "YEM", "Al Bayda", 13.99, 45.57, "region"),
   USA(None), NOA, OTHERS, UN(),
   note="'dilaporkan menghantam sasaran' in a list of provinces: one mention per province (Al-Bayda), attacker from context, no target or casualties named."),
 M(ER, "air_drone_strike", day("2025-03-15"), L("Dhamar", "Dhamar", "YEM", "Dhamar", 14.54, 44.4, "region"),
   USA(None), NOA, OTHERS, UN(), note="Second province of the list (Dhamar)."),
 M(ER, "shelling_artillery_missile_attack", day("2025-03-16", "Pada Minggu (16/3/2025)"),
   L("Laut Merah bagian utara", "Red Sea", None, None, 22.0, 38.0, "region"),
   HOU("militer Houthi"), USA("kapal induk USS Harry S. Truman dan kapal-kapal perang pengiringnya"),
   ["Pada Minggu (16/3/2025), juru bicara militer Houthi Yahya Saree mengklaim pasukannya menembakkan 18 rudal balistik dan rudal jelajah serta sebuah drone ke arah kapal induk USS Harry S. Truman dan kapal-kapal perang pengiringnya di Laut Merah bagian utara. Seorang pejabat AS yang tidak disebutkan namanya membantah klaim tersebut dan mengatakan kepada Reuters bahwa tidak ada kapal yang terkena."],
   C("Houthi Movement", "YEM", ["Reuters"], "denied", "juru bicara militer Houthi Yahya Saree mengklaim"),
   mat=[MAT("other", "USA", 1, 1, "kapal induk USS Harry S. Truman")],
   note="Claimed missile attack on a carrier group: missiles dominate (shelling/missile; the single drone is folded in). Denied by a US official ('membantah klaim tersebut'), deniers: Military Forces of the United States; the denial targets the hits, which still makes the stance denied (samples' rule). At sea: 'Red Sea', country null, approximate northern position. The carrier is the named target (ship: other)."),
 M(ER, "air_drone_strike", day("2024-01-12", "pada 12 Januari 2024"), YEMEN(None),
   USA("AS dan Inggris"), HOU("Houthi"),
   ["Pemerintahan sebelumnya di bawah Presiden Joe Biden juga berulang kali menyerang Houthi; AS dan Inggris pertama kali membombardir sasaran Houthi pada 12 Januari 2024."],
   UN(), note="The first US-UK strikes, a concrete dated background event of the same conflict: required, country level. Joint attackers: the first named (US) is actor1. 'berulang kali menyerang' in the same sentence is habitual and not coded separately."),
 M(ER, "shelling_artillery_missile_attack", rng("2023-11-01", "2025-03-16", "pada November 2023"), L("Laut Merah", "Red Sea", None, None, 15.8, 42.05, "region"),
   HOU("Houthi"), NOA,
   ["Houthi mulai menyerang kapal-kapal dagang di Laut Merah dan Teluk Aden pada November 2023 dengan dalih solidaritas terhadap warga Palestina di Gaza. Sejak itu, kelompok tersebut menyerang lebih dari 100 kapal, menenggelamkan dua di antaranya, dan membajak satu kapal lainnya."],
   UN(), opt=True,
   note="The shipping campaign and its cumulative tally: aggregate, optional (as sample 41 and dev_c 11). The announced resumption of attacks ('pekan lalu mengumumkan') is a statement of intent, not an event."),
 M(SD, "agreement", month(2025, 1, "pada Januari lalu"), GAZA_STRIP(None),
   A(None, "Government of Israel", "ISR", "state_forces"), HAMAS(None),
   ["Houthi menghentikan serangan setelah gencatan senjata di Gaza berlaku pada Januari lalu, tetapi pekan lalu mengumumkan akan kembali menargetkan kapal-kapal yang terkait dengan Israel karena bantuan kemanusiaan tidak lagi diizinkan masuk ke Gaza."],
   UN(), opt=True,
   note="The Gaza ceasefire used as a time reference ('setelah gencatan senjata di Gaza berlaku'): bare time reference, optional. The Houthis' pause is folded into the campaign; Iran's denial of arms supplies is not an event."),
])
