from lib import *

SAF = lambda t: A(t, "Military Forces of Sudan", "SDN", "state_forces")
RSF = lambda t: A(t, "Rapid Support Forces", "SDN", "rebel_group")
SDN_CIV = lambda t: A(t, "Civilians (Sudan)", "SDN", "civilians")
OPM = lambda t: A(t, "OPM: Free Papua Movement", None, "rebel_group")
TNI = lambda t: A(t, "Military Forces of Indonesia", "IDN", "state_forces")
POLRI = lambda t: A(t, "Police Forces of Indonesia", "IDN", "state_forces")
IDN_CIV = lambda t: A(t, "Civilians (Indonesia)", "IDN", "civilians")
MMR = lambda t: A(t, "Military Forces of Myanmar", "MMR", "state_forces")
TNLA = lambda t: A(t, "TNLA: Ta'ang National Liberation Army", "MMR", "rebel_group")
ALLIANCE = lambda t: A(t, "Three Brotherhood Alliance", "MMR", "rebel_group")

# ---------- 06 Antara, Sinja ----------
f = "06_antara_sinja_sennar.txt"
R = ["Anadolu Agency"]
SINJA = lambda t: L(t, "Sinja", "SDN", "Sennar", 13.15, 33.93, "town")
OMD = lambda t: L(t, "Omdurman", "SDN", "Khartoum", 15.64, 32.48, "town")
article(f, "2024-11-24", "Page date line \"Minggu, 24 November 2024 21:15 WIB\".", "Antara",
 "Tentara Sudan rebut kembali Sinja, ibu kota Negara Bagian Sennar", [
 M(BA, "government_regains_territory", day("2024-11-23", "pada Sabtu (23/11)"), SINJA("Sinja"),
   SAF("Angkatan Bersenjata Sudan (SAF)"), RSF("Pasukan Dukungan Cepat (RSF)"),
   ["Kairo (ANTARA) - Angkatan Bersenjata Sudan (SAF) menyatakan pasukannya telah merebut kembali Sinja, ibu kota Negara Bagian Sennar di tenggara Sudan, dari Pasukan Dukungan Cepat (RSF) pada Sabtu (23/11).",
    "Juru bicara SAF, Brigjen Nabil Abdallah Hamid, mengatakan pasukan infanteri yang didukung serangan udara memasuki markas Divisi Infanteri ke-17 di kota itu setelah pertempuran selama beberapa jam."],
   C("Military Forces of Sudan", "SDN", R, "asserted", "Angkatan Bersenjata Sudan (SAF) menyatakan"),
   note="Recapture of Sinja; the supporting air strikes and the hours of fighting are folded in (one event). 'RSF belum memberikan tanggapan' is not a denial. Vehicles the RSF abandoned are not destroyed: no materiel. 'Sumber: Anadolu' puts Anadolu Agency on every mention."),
 M(BA, "non_state_actor_overtakes_territory", rng("2024-06-21", "2024-06-30", "pada akhir Juni lalu"), SINJA("Sinja"),
   RSF("RSF"), SAF(None),
   ["RSF menguasai Sinja pada akhir Juni lalu dalam serangan kilat yang memaksa puluhan ribu warga mengungsi ke negara bagian tetangga, Gedaref dan Nil Biru."],
   UN(R), note="Dated background capture of the same town: non-optional, range for 'akhir Juni' (21-30 Jun). Displacement is not a casualty count; Gedaref and Blue Nile are destinations, not event places."),
 M(ER, "shelling_artillery_missile_attack", day("2024-11-22", "Dua hari lalu"), OMD("distrik Karari, Omdurman"),
   RSF("RSF"), SDN_CIV("warga sipil"),
   ["Dua hari lalu, tembakan artileri RSF menghantam sebuah pasar di distrik Karari, Omdurman, menewaskan sedikitnya 12 warga sipil dan melukai puluhan lainnya, menurut kelompok relawan Ruang Tanggap Darurat setempat."],
   C("Emergency Response Rooms", "SDN", R, "asserted", "menurut kelompok relawan Ruang Tanggap Darurat setempat"),
   k=(12, None), w=(10, None), civ=True, ftext="menewaskan sedikitnya 12 warga sipil dan melukai puluhan lainnya",
   mat=[MAT("building", "SDN", 1, 1, "sebuah pasar")],
   note="'Dua hari lalu' = publication (Sun 24 Nov) minus 2 = Fri 22 Nov. Artillery on a market: shelling, not violence against civilians (guidelines 3). Karari is a district of Omdurman: coded at Omdurman."),
 M(ER, "air_drone_strike", day("2024-11-22", "pada Jumat malam"), OMD("Rumah Sakit Al-Nao di Omdurman"),
   RSF("RSF"), NOA,
   ["Sementara itu, Jaringan Dokter Sudan melaporkan bahwa drone yang diluncurkan RSF menghantam Rumah Sakit Al-Nao di Omdurman pada Jumat malam. Tidak ada korban jiwa dalam serangan itu, tetapi bangsal bersalin rumah sakit itu rusak berat."],
   C("Sudan Doctors Network", "SDN", R, "asserted", "Jaringan Dokter Sudan melaporkan"),
   k=(0, 0), ftext="Tidak ada korban jiwa",
   mat=[MAT("building", "SDN", 1, 1, "Rumah Sakit Al-Nao")],
   note="Drone strike on a hospital, same Friday as the market shelling but a different event (type and target). No person hit: actor2 null, killed 0..0."),
 M(BA, "armed_clash", month(2023, 4, "pada April 2023"), L(None, "Sudan", "SDN", None, 15.5, 32.56, "country"),
   SAF("SAF"), RSF("RSF"),
   ["Perang antara SAF dan RSF pecah pada April 2023 dan telah menewaskan puluhan ribu orang, meskipun jumlah pastinya sulit diverifikasi."],
   UN(R), note="Outbreak of the war, dated background: non-optional at country level (as heldout_b 01). The war-wide toll ('puluhan ribu') is an aggregate and is attached to no mention (guidelines 2, the 003 rule)."),
])

# ---------- 07 BBC Indonesia, En Nahud / Nyala / El Obeid ----------
f = "07_bbcindonesia_en_nahud_nyala.txt"
EN = lambda t: L(t, "En Nahud", "SDN", "West Kordofan", 12.7, 28.43, "town")
article(f, "2025-05-03", "Page date line \"3 Mei 2025\" (BBC style, no time); the latest event is \"Pada Sabtu (03/05) pagi\".", "BBC Indonesia",
 "Perang Sudan: RSF kuasai En Nahud di Kordofan Barat, tentara balas bombardir Nyala", [
 M(BA, "non_state_actor_overtakes_territory", day("2025-05-01", "pada Kamis (01/05)"), EN("kota En Nahud"),
   RSF("Pasukan Dukungan Cepat (RSF)"), SAF("tentara Sudan"),
   ["Pasukan Dukungan Cepat (RSF) mengeklaim telah merebut kota En Nahud di negara bagian Kordofan Barat, Sudan, pada Kamis (01/05), setelah pertempuran selama dua hari dengan tentara Sudan.",
    "Seorang sumber militer Sudan membenarkan bahwa pasukannya telah mundur dari En Nahud."],
   C("Rapid Support Forces", "SDN", [], "asserted", "Pasukan Dukungan Cepat (RSF) mengeklaim"),
   note="Capture of En Nahud; the two days of fighting before it are folded in (guidelines 1: merge sub-actions). Confirmed by an army source, so asserted. The photo caption ('Sumber gambar', 'Keterangan gambar') is page furniture."),
 M(VAC, "attack", rng("2025-05-01", "2025-05-02", "pada Kamis dan Jumat"), EN(None),
   RSF("RSF"), SDN_CIV("warga sipil"),
   ["Jaringan Dokter Sudan mengatakan RSF menewaskan sedikitnya 30 warga sipil, termasuk anak-anak, dalam penggerebekan dari rumah ke rumah pada Kamis dan Jumat. RSF membantah tuduhan tersebut dan menyebutnya \"propaganda kelompok-kelompok yang berafiliasi dengan tentara\"."],
   C("Sudan Doctors Network", "SDN", [], "denied", "Jaringan Dokter Sudan mengatakan"),
   k=(30, None), civ=True, ftext="menewaskan sedikitnya 30 warga sipil, termasuk anak-anak",
   note="House-to-house killings in En Nahud on Thu-Fri (1-2 May). Denied by the RSF."),
 M(ER, "air_drone_strike", day("2025-05-02", "pada Jumat malam"), L("bandara Nyala", "Nyala", "SDN", "South Darfur", 12.05, 24.88, "town"),
   SAF("tentara Sudan"), RSF("RSF"),
   ["Sebagai balasan, jet tempur tentara Sudan membombardir bandara Nyala, kota terbesar di Darfur Selatan yang dikuasai RSF, pada Jumat malam. Menurut sumber militer yang dikutip kantor berita AFP, serangan itu menghancurkan sebuah pesawat kargo dan sebuah gudang senjata milik RSF."],
   C("military sources", "SDN", ["AFP"], "asserted", "Menurut sumber militer yang dikutip kantor berita AFP"),
   mat=[MAT("aircraft", "SDN", 1, 1, "sebuah pesawat kargo"), MAT("ammunition_depot", "SDN", 1, 1, "sebuah gudang senjata")],
   note="Air strike on the RSF-held airport. 'RSF tidak menanggapi' is not a denial; the RSF's standing denial of using the airport for supplies is a general denial and does not make this strike denied (samples convention). RSF materiel: side SDN."),
 M(ER, "shelling_artillery_missile_attack", day("2025-05-03", "Pada Sabtu (03/05) pagi"),
   L("pasar di pusat kota El Obeid", "El Obeid", "SDN", "North Kordofan", 13.18, 30.22, "town"),
   RSF("RSF"), SDN_CIV(None),
   ["Pada Sabtu (03/05) pagi, peluru artileri RSF menghantam pasar di pusat kota El Obeid dan menewaskan lima orang, kata pejabat kesehatan setempat."],
   C("local health officials", "SDN", [], "asserted", "kata pejabat kesehatan setempat"),
   k=(5, 5), civ=True, ftext="menewaskan lima orang",
   mat=[MAT("building", "SDN", 1, 1, "pasar")],
   note="Shelling of a market; the dead are people at a market, coded as civilians (actor2 text null)."),
 M(BA, "armed_clash", rng("2024-05-01", "2025-05-03", "sejak Mei tahun lalu"), L("El Fasher", "El Fasher", "SDN", "North Darfur", 13.63, 25.35, "town"),
   RSF("RSF"), SAF("tentara"),
   ["Di Darfur Utara, RSF masih mengepung El Fasher, kota besar terakhir di Darfur yang dikuasai tentara, sejak Mei tahun lalu."],
   UN(), opt=True, note="Ongoing siege since May 2024: duration, optional (as heldout_b 02)."),
])

# ---------- 08 Antara, Nduga ----------
f = "08_antara_nduga_kenyam.txt"
KENYAM = lambda t, prec: L(t, "Kenyam", "IDN", "Papua Pegunungan", -4.53, 138.37, prec)
article(f, "2025-05-20", "Page date line \"Selasa, 20 Mei 2025 15:22 WIB\".", "Antara",
 "Prajurit TNI gugur dalam kontak tembak dengan KKB di Nduga", [
 M(BA, "armed_clash", day("2025-05-19", "Senin (19/5) sore"), KENYAM("Distrik Kenyam, Kabupaten Nduga, Papua Pegunungan", "district"),
   OPM("Kelompok Kriminal Bersenjata (KKB)"), TNI("prajurit TNI"),
   ["Jayapura (ANTARA) - Seorang prajurit TNI gugur dan dua lainnya luka-luka dalam kontak tembak dengan Kelompok Kriminal Bersenjata (KKB) di Distrik Kenyam, Kabupaten Nduga, Papua Pegunungan, Senin (19/5) sore.",
    "Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Candra Wibowo di Jayapura, Selasa, mengatakan para prajurit sedang berpatroli di sekitar kampung ketika ditembaki dari arah perbukitan.",
    "Juru bicara Tentara Pembebasan Nasional Papua Barat (TPNPB) dalam keterangan tertulis yang diterima wartawan mengklaim pasukan Kodap III Ndugama-Derakma menembak mati tiga anggota TNI dan merampas sepucuk senapan. Candra menegaskan hanya satu prajurit yang gugur dan tidak ada senjata yang hilang."],
   C("Military Forces of Indonesia", "IDN", [], "disputed", "Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Candra Wibowo di Jayapura, Selasa, mengatakan"),
   k=(1, 1), w=(2, 2), civ=False, ftext="Seorang prajurit TNI gugur dan dua lainnya luka-luka",
   note="KKB fire on a patrol with return fire: armed_clash, KKB as attacker. Counts from the TNI (first source); the TPNPB claims three dead and a seized rifle, the TNI restates its figure without a denial verb: disputed. Seized weapons are not materiel. Kenyam coordinates are approximate (general knowledge)."),
 M(SD, "looting_property_destruction", day("2025-05-18", "Sehari sebelumnya"),
   L("Distrik Mapenduma", "Mapenduma", "IDN", "Papua Pegunungan", None, None, "district"),
   OPM("KKB"), NOA,
   ["Sehari sebelumnya, KKB membakar gedung sekolah dasar di Distrik Mapenduma. Kapolres Nduga AKBP Rudi Hartono mengatakan tidak ada korban jiwa dalam peristiwa itu karena para guru telah mengungsi ke Kenyam sejak awal bulan."],
   C("Police Forces of Indonesia", "IDN", [], "asserted", "Kapolres Nduga AKBP Rudi Hartono mengatakan"),
   k=(0, 0), ftext="tidak ada korban jiwa",
   mat=[MAT("building", "IDN", 1, 1, "gedung sekolah dasar")],
   note="Arson without casualties: property destruction (as samples 11 and heldout_b 13). 'Sehari sebelumnya' = the day before the Monday clash = Sun 18 May. Mapenduma not placed: coordinates null."),
 M(SD, "change_to_group_activity", day("2025-05-20", "pada Selasa"), KENYAM("Kenyam", "town"),
   TNI("Kodam XVII/Cenderawasih"), NOA,
   ["Menyusul rentetan gangguan keamanan itu, Kodam XVII/Cenderawasih mengirim satu kompi pasukan tambahan ke Kenyam pada Selasa untuk memperkuat pengamanan kota dan bandara."],
   UN(), note="Reinforcement deployment: change to group activity (as heldout_b 13). Tuesday = day of the report."),
 M(VAC, "abduction_forced_disappearance", month(2023, 2, "pada Februari 2023"),
   L("Distrik Paro", "Paro", "IDN", "Papua Pegunungan", None, None, "district"),
   OPM("kelompok bersenjata pimpinan Egianus Kogoya"), IDN_CIV("seorang pilot maskapai Susi Air asal Selandia Baru"),
   ["Nduga menjadi sorotan internasional setelah kelompok bersenjata pimpinan Egianus Kogoya menyandera seorang pilot maskapai Susi Air asal Selandia Baru di Distrik Paro pada Februari 2023."],
   UN(), note="Dated, placed background event after 2016: non-optional, month precision. A foreign victim is coded with the location's country, as the samples do. The length of captivity is not a separate event."),
])

# ---------- 09 detik, Ilaga ----------
f = "09_detik_ilaga_ojek.txt"
PUNCAK = lambda t: L(t, "Puncak", "IDN", "Papua Tengah", -3.97, 137.62, "region")
article(f, "2024-05-15", "Page date line \"Rabu, 15 Mei 2024 13:40 WIB\".", "detik",
 "KKB Tembak Mati Tukang Ojek di Ilaga, Polisi Buru Pelaku", [
 M(VAC, "attack", day("2024-05-14", "pada Selasa (14/5/2024) pagi"),
   L("Kampung Kimak, Distrik Ilaga, Kabupaten Puncak, Papua Tengah", "Ilaga", "IDN", "Papua Tengah", -3.97, 137.62, "district"),
   OPM("kelompok kriminal bersenjata (KKB)"), IDN_CIV("Seorang tukang ojek"),
   ["Jayapura - Seorang tukang ojek tewas ditembak kelompok kriminal bersenjata (KKB) di Kampung Kimak, Distrik Ilaga, Kabupaten Puncak, Papua Tengah. Korban ditemukan tergeletak di pinggir jalan dengan dua luka tembak pada Selasa (14/5/2024) pagi.",
    "\"Korban adalah warga sipil biasa yang sehari-hari mencari nafkah sebagai pengemudi ojek,\" kata Kepala Operasi Damai Cartenz Kombes Faizal Ramadhan kepada wartawan, Rabu (15/5/2024).",
    "TPNPB melalui juru bicaranya mengklaim korban adalah anggota intelijen TNI yang menyamar. Namun, polisi memastikan korban tidak memiliki kaitan dengan aparat keamanan."],
   C("Police Forces of Indonesia", "IDN", [], "disputed", "kata Kepala Operasi Damai Cartenz Kombes Faizal Ramadhan"),
   k=(1, 1), civ=True, ftext="Seorang tukang ojek tewas ditembak",
   note="Killing of a civilian motorcycle-taxi driver. Police (Operasi Damai Cartenz) say civilian, the TPNPB says an army spy; no denial verb: disputed, counts and civilian status as the police say. Dated by the discovery on Tuesday morning. Kimak not placed separately: Ilaga district."),
 M(SD, "looting_property_destruction", day("2024-05-15", "pada Rabu (15/5/2024) dini hari"),
   L("Distrik Omukia", "Omukia", "IDN", "Papua Tengah", None, None, "district"),
   OPM("KKB"), NOA,
   ["Tak berselang lama, pada Rabu (15/5/2024) dini hari, KKB membakar sebuah gedung sekolah dan dua rumah guru di Distrik Omukia. Tidak ada korban jiwa karena bangunan itu telah lama kosong."],
   UN(), k=(0, 0), ftext="Tidak ada korban jiwa",
   mat=[MAT("building", "IDN", 1, 1, "sebuah gedung sekolah"), MAT("building", "IDN", 2, 2, "dua rumah guru")],
   note="Arson without casualties: property destruction. Omukia not placed: null coordinates."),
 M(BA, "armed_clash", day("2024-05-13", "pada Senin (13/5/2024)"),
   L("Distrik Gome", "Gome", "IDN", "Papua Tengah", None, None, "district"),
   TNI("tim gabungan TNI-Polri"), OPM("KKB"),
   ["Sebelumnya, tim gabungan TNI-Polri terlibat kontak tembak dengan KKB di sekitar Distrik Gome pada Senin (13/5/2024). Faizal menyebut tidak ada korban dari pihak aparat, sementara kondisi para penyerang belum diketahui."],
   C("Police Forces of Indonesia", "IDN", [], "asserted", "Faizal menyebut"),
   note="Exchange of fire: armed_clash, the side named first (joint TNI-Polri team) as actor1, coded with its first component (TNI). 'tidak ada korban dari pihak aparat' covers one side only, so no count. Gome not placed: null coordinates."),
 M(SD, "arrests", day("2024-05-10", "pada Jumat pekan lalu"), L("Timika", "Timika", "IDN", "Papua Tengah", -4.55, 136.89, "town"),
   POLRI("Satgas Damai Cartenz"), OPM("seorang pria berinisial YW"),
   ["Di Timika, Satgas Damai Cartenz menangkap seorang pria berinisial YW yang diduga memasok amunisi bagi KKB di wilayah Puncak pada Jumat pekan lalu."],
   UN(), note="Arrest of a suspected KKB ammunition supplier (coded against OPM as sample 14 and heldout_b 14). 'Jumat pekan lalu' in a Wednesday 15 May report = Friday of the previous Mon-Sun week = 10 May. Seized ammunition is not materiel."),
 M(SD, "change_to_group_activity", day("2024-05-14", "sejak Selasa"), PUNCAK("Puncak"),
   POLRI("Polda Papua Tengah"), NOA,
   ["Untuk mengantisipasi serangan lanjutan, Polda Papua Tengah menambah personel Brimob di Puncak, Intan Jaya, dan Mimika sejak Selasa."],
   UN(), note="Reinforcements, one mention per regency in the list (Puncak, region level at Ilaga)."),
 M(SD, "change_to_group_activity", day("2024-05-14", "sejak Selasa"), L("Intan Jaya", "Intan Jaya", "IDN", "Papua Tengah", -3.74, 137.03, "region"),
   POLRI("Polda Papua Tengah"), NOA,
   ["Untuk mengantisipasi serangan lanjutan, Polda Papua Tengah menambah personel Brimob di Puncak, Intan Jaya, dan Mimika sejak Selasa."],
   UN(), note="Second regency of the list (Intan Jaya, at Sugapa as in the samples)."),
 M(SD, "change_to_group_activity", day("2024-05-14", "sejak Selasa"), L("Mimika", "Mimika", "IDN", "Papua Tengah", -4.55, 136.89, "region"),
   POLRI("Polda Papua Tengah"), NOA,
   ["Untuk mengantisipasi serangan lanjutan, Polda Papua Tengah menambah personel Brimob di Puncak, Intan Jaya, dan Mimika sejak Selasa."],
   UN(), note="Third regency of the list (Mimika, at Timika)."),
 M(BA, "armed_clash", NOD, PUNCAK("Puncak"),
   OPM("Kelompok bersenjata"), TNI("aparat keamanan"),
   ["Kelompok bersenjata di Puncak kerap menyerang warga sipil maupun aparat keamanan di sepanjang jalan yang menghubungkan Ilaga dengan distrik-distrik sekitarnya."],
   UN(), opt=True, note="Habitual ('kerap'): optional. Security forces coded as the TNI."),
 M(VAC, "attack", NOD, PUNCAK("Puncak"),
   OPM("Kelompok bersenjata"), IDN_CIV("warga sipil"),
   ["Kelompok bersenjata di Puncak kerap menyerang warga sipil maupun aparat keamanan di sepanjang jalan yang menghubungkan Ilaga dengan distrik-distrik sekitarnya."],
   UN(), opt=True, note="Same habitual sentence, civilian targets: optional (as heldout_b 13)."),
])

# ---------- 10 VOA Indonesia, Lashio ----------
f = "10_voa_lashio_mndaa.txt"
R = ["Reuters", "Associated Press"]
LASHIO = lambda t: L(t, "Lashio", "MMR", "Shan", 22.93, 97.75, "town")
SHAN = L(None, "Shan", "MMR", "Shan", 20.78, 97.04, "region")
article(f, "2024-08-05", "Page date line \"05 Agustus 2024\"; the latest event is \"pada Minggu (4/8)\".", "VOA Indonesia",
 "Pemberontak Myanmar Klaim Rebut Markas Komando Militer di Lashio", [
 M(BA, "non_state_actor_overtakes_territory", day("2024-08-03", "pada Sabtu (3/8)"), LASHIO("kota Lashio, negara bagian Shan utara"),
   A("Tentara Aliansi Demokratik Nasional Myanmar (MNDAA)", "MNDAA: Myanmar National Democratic Alliance Army", "MMR", "rebel_group"), MMR("militer Myanmar"),
   ["Kelompok pemberontak etnis Kokang, Tentara Aliansi Demokratik Nasional Myanmar (MNDAA), mengklaim telah merebut markas Komando Timur Laut militer Myanmar di kota Lashio, negara bagian Shan utara, pada Sabtu (3/8).",
    "Juru bicara junta membantah markas itu telah jatuh."],
   C("MNDAA: Myanmar National Democratic Alliance Army", "MMR", R, "denied", "Kelompok pemberontak etnis Kokang, Tentara Aliansi Demokratik Nasional Myanmar (MNDAA), mengklaim"),
   note="Claimed capture of the Northeastern Command HQ; the junta denies it fell (deniers: junta spokesman). Captured HQ is not destroyed materiel. 'Sumber: Reuters, AP' puts both relays on every mention."),
 M(SD, "other", month(2021, 2, "sejak kudeta Februari 2021"), L(None, "Myanmar", "MMR", None, 19.76, 96.13, "country"),
   MMR(None), NOA,
   ["Jika dikonfirmasi, ini akan menjadi pertama kalinya sebuah markas komando regional militer jatuh ke tangan kelompok bersenjata sejak kudeta Februari 2021."],
   UN(R), opt=True, note="The 2021 coup as a bare time anchor: optional (as sample 50)."),
 M(ER, "air_drone_strike", day("2024-08-04", "pada Minggu (4/8)"), LASHIO("Lashio"),
   MMR("jet tempur militer"), A("warga sipil", "Civilians (Myanmar)", "MMR", "civilians"),
   ["Warga mengatakan jet tempur militer membom beberapa lingkungan permukiman di Lashio pada Minggu (4/8), menewaskan sedikitnya tujuh warga sipil, termasuk seorang anak."],
   C("residents", None, R, "asserted", "Warga mengatakan"),
   k=(7, None), civ=True, ftext="menewaskan sedikitnya tujuh warga sipil, termasuk seorang anak",
   note="Junta air strike on residential areas of Lashio the day after the claimed capture. Residents flee: not coded."),
 M(BA, "armed_clash", rng("2024-08-02", "2024-08-05", "sejak Jumat"), L("Kyaukme", "Kyaukme", "MMR", "Shan", 22.53, 97.02, "town"),
   TNLA("Tentara Pembebasan Nasional Ta'ang (TNLA)"), MMR("militer"),
   ["Sementara itu, pasukan Tentara Pembebasan Nasional Ta'ang (TNLA) dan militer bertempur di sekitar kota Kyaukme dan Hsipaw sejak Jumat, menurut laporan media lokal Myanmar Now."],
   UN(["Myanmar Now", "Reuters", "Associated Press"]),
   note="Fighting around two towns: one mention per town (Kyaukme). 'sejak Jumat' = Fri 2 Aug to the report. Myanmar Now is a relay (a cited outlet), so no claimant."),
 M(BA, "armed_clash", rng("2024-08-02", "2024-08-05", "sejak Jumat"), L("Hsipaw", "Hsipaw", "MMR", "Shan", 22.62, 97.3, "town"),
   TNLA("Tentara Pembebasan Nasional Ta'ang (TNLA)"), MMR("militer"),
   ["Sementara itu, pasukan Tentara Pembebasan Nasional Ta'ang (TNLA) dan militer bertempur di sekitar kota Kyaukme dan Hsipaw sejak Jumat, menurut laporan media lokal Myanmar Now."],
   UN(["Myanmar Now", "Reuters", "Associated Press"]), note="Second town of the list (Hsipaw)."),
 M(BA, "non_state_actor_overtakes_territory", rng("2024-07-21", "2024-07-31", "pada akhir Juli"),
   L("Mogok", "Mogok", "MMR", "Mandalay", 22.92, 96.51, "town"),
   TNLA("TNLA"), MMR(None),
   ["TNLA pada akhir Juli juga mengatakan pasukannya telah menguasai Mogok, kota tambang batu rubi di wilayah Mandalay, setelah pertempuran selama hampir sebulan."],
   C("TNLA: Ta'ang National Liberation Army", "MMR", R, "asserted", "TNLA pada akhir Juli juga mengatakan"),
   note="Capture of Mogok, dated by the claim ('akhir Juli' = 21-31 Jul); the month of fighting before it is folded in."),
 M(BA, "armed_clash", rng("2023-10-21", "2024-08-05", "sejak akhir Oktober tahun lalu"), L(None, "Myanmar", "MMR", None, 19.76, 96.13, "country"),
   ALLIANCE("Aliansi Tiga Persaudaraan"), MMR("militer"),
   ["MNDAA, TNLA, dan Tentara Arakan membentuk Aliansi Tiga Persaudaraan yang melancarkan serangan terkoordinasi terhadap militer sejak akhir Oktober tahun lalu."],
   UN(R), opt=True, note="Campaign-level offensive since late October 2023: aggregate, optional (as sample 50)."),
 M(SD, "agreement", month(2024, 1, "pada Januari"), SHAN,
   ALLIANCE("Aliansi itu"), MMR(None),
   ["Aliansi itu sempat menyepakati gencatan senjata yang ditengahi China pada Januari, namun pertempuran kembali pecah pada akhir Juni."],
   UN(R), note="The China-brokered ceasefire of January 2024: dated background agreement, non-optional. The text gives no place; placed at the region it concerns (northern Shan), region level at Taunggyi, as sample 61 places the 2020 ceasefire. China is the mediator, not a party."),
 M(BA, "armed_clash", rng("2024-06-21", "2024-06-30", "pada akhir Juni"), SHAN,
   ALLIANCE(None), MMR(None),
   ["Aliansi itu sempat menyepakati gencatan senjata yang ditengahi China pada Januari, namun pertempuran kembali pecah pada akhir Juni."],
   UN(R), opt=True, note="Resumption of fighting with no place or actors of its own: vague, optional."),
])
