from lib import *
article("21_detik_serangan_siber_pdn.txt", "2024-06-24", "Page date line \"Senin, 24 Jun 2024 16:40 WIB\".", "detik",
 "Pusat Data Nasional Diserang Ransomware, Peretas Minta Tebusan Rp 131 Miliar", [])
article("22_tribunnews_proliga_gempur.txt", "2025-01-25", "No page date; the match is \"Sabtu (25/1/2025) malam\" and the report is taken as the same night.", "Tribunnews",
 "Jakarta Garuda Jaya Gempur Pertahanan Lawan, Menang Telak 3-0 di Seri Kedua Proliga", [])
article("23_antara_hut_tni_monas.txt", "2024-10-05", "Page date line \"Sabtu, 5 Oktober 2024 13:05 WIB\".", "Antara",
 "Ratusan alutsista meriahkan parade HUT ke-79 TNI di Monas", [])
article("24_okezone_hama_wereng_harga_beras.txt", "2024-02-20", "No date anywhere in the text; 2024-02-20 is the date the article was written for. Nothing in the text fixes it.", "Okezone",
 "Serangan Hama Wereng Gempur Sawah di Pantura, Harga Gabah Melonjak", [])
