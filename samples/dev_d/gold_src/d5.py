from lib import *

# ---------- 17-20: no armed event ----------
article("17_kompas_surabaya_membara.txt", "2024-11-10", "Page date line \"Kompas.com - 10/11/2024, 21:05 WIB\".", "Kompas",
 "Drama Kolosal \"Surabaya Membara\" Warnai Peringatan Hari Pahlawan, Ribuan Warga Padati Jalan Pahlawan", [])
# Hari Pahlawan commemoration: a staged re-enactment ("menyerbu 'markas Sekutu'", "suara ledakan", "tentara Sekutu ...
# roboh", "perobekan bendera"), a ceremony, a veteran's "kami berperang". The 1945 battle is named only as what is
# commemorated and re-enacted ("suasana pertempuran 10 November 1945"); no act of it is told as an event, so there is no
# optional history mention either. Police deployment for a festival is not a conflict event. No event.

article("18_detik_esports_perang_lord.txt", "2025-06-16", "Page date line \"Senin, 16 Jun 2025 08:20 WIB\".", "detik",
 "Menang 'Perang' di Pit Lord, Garuda Esports Juara Nusantara Masters Cup 2025", [])
# Esports final: "war", "membantai tiga hero", "serangan balik", "gempuran", "pertempuran besar", "mengeksekusi",
# "menyerbu base", "menghancurkan tiga turret", "kali tewas", "menembak". No event.

article("19_okezone_drone_ladang_ganja.txt", "2025-02-20", "Page date line \"Kamis, 20 Februari 2025 - 16:05 WIB\".", "Okezone",
 "Pakai Drone, Polisi Temukan dan Musnahkan 7 Hektare Ladang Ganja di Pegunungan Aceh Besar", [])
# Drug case: drones used for mapping, 120 personnel "menyerbu" a cannabis field, two guards detained "tanpa perlawanan",
# plants burned, "perang melawan narkoba", "kami serang balik dengan teknologi". Arrests in a drug case are not political
# arrests (samples 81) and nothing is fired. No event.

article("20_sindonews_latgab_rudal_natuna.txt", "2025-09-18", "Page date line \"Kamis, 18 September 2025 - 17:40 WIB\".", "Sindonews",
 "Latgab TNI 2025 di Natuna, KRI Tembakkan Rudal Exocet hingga Kapal Sasaran Tenggelam", [])
# Joint exercise: an Exocet fired at a decommissioned target ship, Sukhoi "menjatuhkan bom latih", a simulated air
# attack on an "enemy" base, an amphibious landing "untuk merebut kembali pantai yang diduduki 'pasukan lawan'", an air
# defence battery "menembak jatuh drone sasaran", tanks and MLRS "dikerahkan". All are training; the exercise deployment
# is not a conflict change_to_group_activity (samples 84). No event.
