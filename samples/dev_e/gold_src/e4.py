from lib import *

KEN_POL = lambda t: A(t, "Police Forces of Kenya", "KEN", "state_forces")
KEN_PROT = lambda t: A(t, "Protesters (Kenya)", "KEN", "protesters")
KEN_RIOT = lambda t: A(t, "Rioters (Kenya)", "KEN", "rioters")
KEN_CIV = lambda t: A(t, "Civilians (Kenya)", "KEN", "civilians")
ISR = lambda t: A(t, "Military Forces of Israel", "ISR", "state_forces")
ISR_POL = lambda t: A(t, "Police Forces of Israel", "ISR", "state_forces")
SETTLERS = lambda t: A(t, "Settlers (Israel)", "ISR", "identity_militia")
PSE_CIV = lambda t: A(t, "Civilians (Palestine)", "PSE", "civilians")
UAG_PSE = lambda t: A(t, "Unidentified Armed Group (Palestine)", "PSE", "political_militia")

# ---------- 10 kumparan, Kenya protests ----------
f = "10_kumparan_kenya_demo_setahun.txt"
NBO = lambda t: L(t, "Nairobi", "KEN", "Nairobi", -1.29, 36.82, "town")
KENYA = lambda t: L(t, "Kenya", "KEN", None, -1.29, 36.82, "country")
JUN25 = lambda t="pada Rabu (25/6)": day("2025-06-25", t)
PEACEFUL = ["Sementara itu, aksi di Eldoret dan Nyeri berlangsung tertib. Para peserta aksi berbaris sambil menyanyikan lagu kebangsaan dan membawa poster bergambar korban demo tahun lalu."]
article(f, "2025-06-26", "Page date line \"26 Juni 2025 9:40 WIB\".", "Kumparan",
 "Peringatan Setahun Demo Gen Z di Kenya Ricuh, 16 Orang Tewas dan Kantor Polisi Dibakar", [
 M(PR, "excessive_force_against_protesters", JUN25(), NBO("pusat kota Nairobi"),
   KEN_POL("polisi"), KEN_PROT("ribuan pengunjuk rasa"),
   ["Di pusat kota Nairobi, polisi menembakkan gas air mata, meriam air, dan peluru tajam ke arah ribuan pengunjuk rasa yang berusaha bergerak menuju gedung parlemen dan kantor kepresidenan. Sedikitnya delapan orang tewas di ibu kota, termasuk seorang penjual air yang tertembak di kepala, menurut Amnesty International Kenya.",
    "Kepolisian Nasional Kenya membantah menggunakan peluru tajam terhadap demonstran dan menyebut petugas hanya menggunakan \"kekuatan yang terukur\" untuk melindungi gedung-gedung negara."],
   C("Amnesty International Kenya", None, [], "denied", "menurut Amnesty International Kenya"),
   k=(8, None), civ=True, ftext="Sedikitnya delapan orang tewas di ibu kota",
   note="Live fire on an unarmed march: excessive force against protesters (samples 71); the date is the lead's Wednesday. 'Sedikitnya delapan' = min 8; protesters and a water seller: civilian true. Unlike samples 71, the police here explicitly deny using live bullets ('membantah'): stance denied, deniers Police Forces of Kenya. Reuters is cited only for a protester's quote, not a relay. A human-rights monitor has claimant_party null (samples)."),
 M(PR, "peaceful_protest", JUN25(), KENYA(None),
   KEN_PROT("Ribuan pengunjuk rasa"), NOA,
   ["Ribuan pengunjuk rasa turun ke jalan-jalan di Nairobi dan sejumlah kota lain di Kenya pada Rabu (25/6) untuk memperingati setahun aksi protes besar-besaran menentang RUU Keuangan 2024. Aksi yang sebagian besar berlangsung damai itu berubah ricuh di beberapa tempat."],
   UN(), opt=True,
   note="Nationwide lead over unnamed cities: aggregate, optional (samples 71's protest wave)."),
 M(PR, "excessive_force_against_protesters", JUN25(None), KENYA("seluruh negeri"),
   KEN_POL("polisi"), KEN_PROT(None),
   ["Amnesty International Kenya menyebut sedikitnya 16 orang tewas di seluruh negeri, sebagian besar akibat tembakan polisi, dan lebih dari 400 lainnya terluka."],
   C("Amnesty International Kenya", None, [], "asserted", "Amnesty International Kenya menyebut"),
   k=(16, None), w=(400, None), civ=True, ftext="sedikitnya 16 orang tewas di seluruh negeri", opt=True,
   note="Nationwide toll of the day over several places: aggregate, optional; it carries the total, the Nairobi mention its own figure."),
 M(RI, "violent_demonstration", JUN25(None), L("Matuu, Kabupaten Machakos", "Matuu", "KEN", "Machakos", -1.15, 37.54, "town"),
   KEN_RIOT("massa"), KEN_POL(None),
   ["Di Matuu, Kabupaten Machakos, sekitar 100 kilometer di timur Nairobi, massa membakar kantor polisi setempat beserta sejumlah kendaraan yang diparkir di halamannya. Petugas disebut melarikan diri sebelum api membesar."],
   UN(), mat=[MAT("building", "KEN", 1, 1, "kantor polisi setempat"), MAT("vehicle", "KEN", None, None, "sejumlah kendaraan")],
   note="A crowd burning a police station and vehicles: riot (violent demonstration), the police as target (text null). Same day (lead). Nairobi is a reference point ('100 kilometer di timur Nairobi')."),
 M(PR, "peaceful_protest", JUN25(None), L("Eldoret", "Eldoret", "KEN", "Uasin Gishu", 0.51, 35.27, "town"),
   KEN_PROT("Para peserta aksi"), NOA, PEACEFUL, UN(), note="Peaceful marches, one mention per city (Eldoret)."),
 M(PR, "peaceful_protest", JUN25(None), L("Nyeri", "Nyeri", "KEN", "Nyeri", -0.42, 36.95, "town"),
   KEN_PROT("Para peserta aksi"), NOA, PEACEFUL, UN(), note="Second city of the list (Nyeri)."),
 M(SD, "arrests", JUN25(None), KENYA("berbagai kota"),
   KEN_POL(None), KEN_RIOT(None),
   ["Menteri Dalam Negeri Kenya mengatakan 485 orang ditangkap di berbagai kota karena diduga terlibat penjarahan dan perusakan. Ia juga menyebut sembilan polisi terluka."],
   C("Ministry of Interior of Kenya", "KEN", [], "asserted", "Menteri Dalam Negeri Kenya mengatakan"), opt=True,
   note="Nationwide arrest tally over unnamed cities: aggregate, optional (dev_c 20, dev_d 15). The nine wounded officers are a nationwide figure attached to no mention. The broadcast ban and its annulment by the court are not conflict events."),
 M(VAC, "attack", day("2025-06-08", "pada 8 Juni"), NBO("sel Kantor Polisi Pusat Nairobi"),
   KEN_POL(None), KEN_CIV("seorang guru sekaligus blogger berusia 31 tahun"),
   ["Gelombang protes kali ini juga dipicu kematian seorang guru sekaligus blogger berusia 31 tahun di sel Kantor Polisi Pusat Nairobi pada 8 Juni. Polisi awalnya menyebut ia meninggal karena membenturkan kepalanya ke dinding, tetapi hasil autopsi menunjukkan luka akibat penganiayaan.",
    "Dua polisi kini ditahan dan didakwa melakukan pembunuhan."],
   UN(), k=(1, 1), civ=True, ftext="kematian seorang guru sekaligus blogger berusia 31 tahun",
   note="Death from beating in a police cell: violence against civilians (attack) by the police, dated background, required. The police's first account is superseded by the autopsy and the murder charge against two officers (text null for actor1: inferred from the cell and the charge). The officers' detention in a criminal case is not coded as an arrests event (samples 81: arrests in a criminal case are not political arrests)."),
 M(RI, "violent_demonstration", day("2024-06-25", "pada 25 Juni 2024"), NBO("gedung parlemen di Nairobi"),
   KEN_RIOT("massa"), NOA,
   ["Tahun lalu, pada 25 Juni 2024, massa menyerbu dan membakar sebagian gedung parlemen di Nairobi setelah anggota dewan meloloskan RUU Keuangan yang menaikkan sejumlah pajak."],
   UN(), mat=[MAT("building", "KEN", 1, 1, "gedung parlemen")],
   note="The storming and partial burning of parliament a year earlier: riot, dated background after 2016, required (as samples 71 codes it). Parliament is a building (samples). The bill's passage and withdrawal are not events."),
 M(PR, "excessive_force_against_protesters", rng("2024-06-01", "2024-07-31", "selama gelombang protes Juni hingga Juli 2024"), KENYA(None),
   NOA, KEN_PROT(None),
   ["Kelompok hak asasi manusia mencatat lebih dari 60 orang tewas selama gelombang protes Juni hingga Juli 2024."],
   C("human rights groups", None, [], "asserted", "Kelompok hak asasi manusia mencatat"),
   k=(60, None), ftext="lebih dari 60 orang tewas", opt=True,
   note="Two-month toll of the 2024 wave: aggregate, optional (type nominal; the killer is not named). The call for an inquiry and the planned Saba Saba protest on 7 July are not events."),
])

# ---------- 11 Merdeka, Kafr Malik ----------
f = "11_merdeka_kafr_malik_pemukim.txt"
R = ["AFP", "Anadolu Agency"]
KM = lambda t: L(t, "Kafr Malik", "PSE", "Ramallah and al-Bireh", 31.98, 35.3, "town")
RAIDS = ["Secara terpisah, Komisi Urusan Tahanan Palestina menyebut militer Israel menangkap sedikitnya 25 warga Palestina dalam razia di Nablus dan Hebron pada Kamis dini hari."]
DETAINEES = C("Palestinian Commission of Detainees' Affairs", "PSE", R, "asserted", "Komisi Urusan Tahanan Palestina menyebut")
TREND = ["Serangan pemukim di Tepi Barat meningkat tajam sejak perang di Gaza pecah pada Oktober 2023."]
WEST_BANK = lambda t: L(t, "West Bank", "PSE", None, 31.9, 35.2, "region")
article(f, "2025-06-26", "Page date line \"Kamis, 26 Juni 2025 08:45\".", "Merdeka",
 "Pemukim Israel Serbu Desa Kafr Malik, Tiga Warga Palestina Tewas Ditembak Tentara", [
 M(VAC, "attack", day("2025-06-25", "pada Rabu (25/6) malam"), KM("desa Kafr Malik, timur laut Ramallah, Tepi Barat"),
   ISR("tentara Israel"), PSE_CIV("Tiga warga Palestina"),
   ["Merdeka.com - Tiga warga Palestina tewas dan tujuh lainnya terluka ditembak tentara Israel di desa Kafr Malik, timur laut Ramallah, Tepi Barat, pada Rabu (25/6) malam, menurut Kementerian Kesehatan Palestina.",
    "Warga yang berusaha mengusir para pemukim kemudian ditembaki tentara yang datang mengawal mereka.",
    "Militer mengklaim tentara melepaskan tembakan ke arah \"teroris\" yang melemparkan batu dan bom molotov ke arah mereka."],
   C("Ministry of Health (Palestine)", "PSE", R, "disputed", "menurut Kementerian Kesehatan Palestina"),
   k=(3, 3), w=(7, 7), civ=True, ftext="Tiga warga Palestina tewas dan tujuh lainnya terluka",
   note="Soldiers firing on villagers who tried to drive settlers away: violence against civilians as the first source (the Ramallah health ministry) presents it. The IDF's 'teroris' throwing stones and molotovs is a differing version without a denial verb: disputed (dev_d's Jenin). 'Sumber: AFP, Anadolu Agency' on every mention."),
 M(VAC, "attack", day("2025-06-25", "pada Rabu (25/6) malam"), KM("desa tersebut"),
   SETTLERS("puluhan pemukim Yahudi"), PSE_CIV("seorang pria lanjut usia"),
   ["Penembakan terjadi tak lama setelah puluhan pemukim Yahudi menyerbu desa tersebut.",
    "Kepala dewan desa Kafr Malik mengatakan kepada kantor berita AFP bahwa para pemukim datang dari pos permukiman ilegal di perbukitan sekitar, lalu membakar sedikitnya lima rumah dan beberapa mobil warga serta memukuli seorang pria lanjut usia hingga tak sadarkan diri."],
   C("local officials", "PSE", R, "asserted", "Kepala dewan desa Kafr Malik mengatakan kepada kantor berita AFP"),
   w=(1, 1), civ=True, ftext="memukuli seorang pria lanjut usia hingga tak sadarkan diri",
   mat=[MAT("building", "PSE", 5, None, "sedikitnya lima rumah"), MAT("vehicle", "PSE", None, None, "beberapa mobil warga")],
   note="Settler raid with arson and a beating: violence against civilians (as dev_c 02), split from the soldiers' shooting (different actor1). The elderly man beaten unconscious = 1 wounded. 'sedikitnya lima' = min 5; 'beberapa mobil' has no number."),
 M(SD, "arrests", rng("2025-06-25", "2025-06-26", "kemudian"), KM(None),
   ISR_POL("Polisi Israel"), SETTLERS("lima warga Israel"),
   ["Polisi Israel kemudian menahan lima warga Israel yang diduga terlibat pembakaran rumah. Kelimanya dibebaskan beberapa jam kemudian, menurut laporan harian Haaretz."],
   UN(R + ["Haaretz"]),
   note="Detention of five settlers after the raid: arrests (dev_c 02). Undated ('kemudian'): between the Wednesday-night raid and the Thursday report. The place of detention is not given: coded at the village of the case. Haaretz is cited for this paragraph."),
 M(SD, "looting_property_destruction", day("2025-06-24", "Selasa (24/6)"),
   L("kota Qabatiya, selatan Jenin", "Qabatiya", "PSE", "Jenin", 32.41, 35.28, "town"),
   ISR("pasukan Israel"), PSE_CIV("keluarga warga Palestina yang ditahan"),
   ["Sehari sebelumnya, Selasa (24/6), pasukan Israel menghancurkan dua rumah milik keluarga warga Palestina yang ditahan di kota Qabatiya, selatan Jenin."],
   UN(R), mat=[MAT("building", "PSE", 2, 2, "dua rumah")],
   note="Punitive demolition of two family homes: looting_property_destruction (property only, no violence against people). Jenin is a reference point."),
 M(VAC, "attack", year(2024, "tahun lalu"), NOL,
   UAG_PSE(None), A("warga Israel", "Civilians (Israel)", "ISR", "civilians"),
   ["Militer menyebut pemilik rumah terlibat serangan penembakan terhadap warga Israel tahun lalu."],
   C("Military Forces of Israel", "ISR", R, "asserted", "Militer menyebut"), opt=True,
   note="The shooting attack blamed on the home owners: dated only by year and unplaced, optional (guidelines 2)."),
 M(SD, "arrests", day("2025-06-26", "pada Kamis dini hari"), L("Nablus", "Nablus", "PSE", "Nablus", 32.22, 35.26, "town"),
   ISR("militer Israel"), PSE_CIV("warga Palestina"), RAIDS, DETAINEES,
   note="Arrest raids, one mention per place (Nablus). 'sedikitnya 25' covers both places and is attached to neither (samples 24, dev_c 02)."),
 M(SD, "arrests", day("2025-06-26", "pada Kamis dini hari"), L("Hebron", "Hebron", "PSE", "Hebron", 31.53, 35.1, "town"),
   ISR("militer Israel"), PSE_CIV("warga Palestina"), RAIDS, DETAINEES,
   note="Second place of the list (Hebron)."),
 M(VAC, "attack", rng("2023-10-07", "2025-06-26", "sejak perang di Gaza pecah pada Oktober 2023"), WEST_BANK("Tepi Barat"),
   SETTLERS("pemukim"), PSE_CIV(None), TREND, UN(R), opt=True,
   note="Trend of settler attacks since October 2023: aggregate, optional."),
 M(BA, "armed_clash", month(2023, 10, "pada Oktober 2023"), L(None, "Gaza Strip", "PSE", None, 31.5, 34.47, "region"),
   NOA, NOA, TREND, UN(R), opt=True,
   note="The Gaza war's outbreak as a time anchor: optional (dev_d)."),
 M(VAC, "attack", year(2024, "sepanjang 2024"), WEST_BANK("Tepi Barat"),
   SETTLERS("pemukim"), PSE_CIV(None),
   ["Kantor Koordinasi Urusan Kemanusiaan PBB (OCHA) mencatat lebih dari 1.400 serangan pemukim yang menimbulkan korban atau kerusakan sepanjang 2024."],
   C("United Nations Office for the Coordination of Humanitarian Affairs", None, R, "asserted", "Kantor Koordinasi Urusan Kemanusiaan PBB (OCHA) mencatat"), opt=True,
   note="Year-long tally of settler attacks: aggregate, optional (as dev_c 02). 1,400 counts attacks, not victims. The condemnations are not events."),
])

# ---------- 12-14: no armed event ----------
article("12_suara_bom_diskon_77.txt", "2025-07-04", "Page date line \"Jum'at, 04 Juli 2025 | 13:10 WIB\".", "Suara",
 "Bom Diskon Serbu Marketplace Jelang 7.7, Perang Harga Ponsel Makin Panas", [])
# Online shopping campaign: "bom diskon", "perang harga", "ledakan promo", "menjatuhkan" vouchers, "diserbu", "saling
# serang", "perang gerilya", "medan tempur", "menembak target", "serangan tautan palsu" (phishing), "bom voucher",
# "bertempur", "war" flash sale, "gugur", "gempuran paket", couriers "dikerahkan". No event.

article("13_inews_uji_tembak_baturaja.txt", "2025-08-14", "Page date line \"Kamis, 14 Agustus 2025 - 15:40:00 WIB\".", "iNews",
 "TNI AD Uji Tembak Roket dan Drone Kamikaze Buatan Dalam Negeri di Baturaja, Tank Sasaran Hancur", [])
# Weapons test at a training range: 16 rockets fired at a target hill, a kamikaze drone destroying a decommissioned
# target tank, a staged "penyerbuan" of a mock "markas musuh" with mortar fire, 800 soldiers "dilibatkan". The officer's
# "perang modern" / "konflik-konflik di berbagai belahan dunia" is commentary with no event. Tests and exercises are not
# conflict events (samples 84, dev_d 20). No event.

article("14_tribunnews_film_garis_merah.txt", "2025-09-03", "Page date line \"Rabu, 3 September 2025 21:15 WIB\".", "Tribunnews",
 "Film 'Garis Merah' Tayang Perdana, Adegan Pertempuran 20 Menit Tanpa Putus Bikin Penonton Menahan Napas", [])
# Premiere of a fictional war film: a platoon's post "diserbu pasukan asing tak dikenal" on a fictional island (the
# plot), 300 controlled explosions, "hujan peluru", an actor's training injury, a stuntman's burn from a special-effects
# blast (an accident, not an attack), "tembak-menembak" choreography, Navy loan of ships. No event.
