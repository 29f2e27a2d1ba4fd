from lib import *

# ---------- 21-24: no armed event ----------
article("21_detik_timnas_serangan_balik.txt", "2025-06-09", "Page date line \"Senin, 09 Jun 2025 22:41 WIB\".", "detik",
 "Serangan Balik Mematikan, Timnas U-23 Tekuk Vietnam 2-1", [])
# Football: "serangan balik", "menggempur pertahanan", "tembakan", "eksekusi penalti", "peluru", "ditandu keluar". No event.

article("22_okezone_prajurit_serangan_jantung.txt", "2025-07-16", "Page date line \"Rabu, 16 Juli 2025 - 11:20 WIB\".", "Okezone",
 "Prajurit TNI Meninggal Dunia Akibat Serangan Jantung saat Lari Pagi di Jayapura", [])
# A soldier's death from a heart attack in Jayapura; the KKB is mentioned only to rule it out. No event.

article("23_antara_banjir_luwu_tni.txt", "2024-05-06", "Page date line \"Senin, 6 Mei 2024 18:27 WIB\".", "Antara",
 "TNI kerahkan 400 prajurit evakuasi korban banjir bandang di Luwu", [])
# Flood relief: TNI deployment, helicopters, 14 dead, "seperti habis dihantam bom". A disaster deployment is not a
# conflict change_to_group_activity. No event.

article("24_tirto_anggaran_pertahanan.txt", "2025-09-04", "Byline date \"Oleh: Larasati Putri - 4 September 2025\"; the hearing was \"Rabu (3/9/2025)\".", "Tirto",
 "Komisi I DPR Soroti Anggaran Pertahanan: \"Perang Drone Sudah di Depan Mata\"", [])
# Parliamentary budget debate: "serangan drone", "menembak jatuh", "perang modern", "menghancurkan tank" as commentary. No event.
