"""End-to-end extraction on short reports written for these tests (not copied from any outlet).

Published 2024-03-14 is a Thursday, so "Rabu" is 2024-03-13 and "semalam" is 13-14 March.
"""

from datetime import date

import pytest


def only(mentions, event_type=None):
    found = [m for m in mentions if event_type is None or m.event_type == event_type]
    assert len(found) == 1, [(m.event_type, m.sub_event_type, m.evidence[0].text[:60]) for m in mentions]
    return found[0]


def test_missile_strike_on_a_city_with_a_civilian_toll_and_a_claimant(extract):
    text = (
        "Pasukan Rusia menembakkan rudal ke kota Kharkiv pada Rabu malam, menewaskan sedikitnya tujuh warga sipil "
        "dan melukai 20 orang lainnya, kata Gubernur Kharkiv Oleh Syniehubov."
    )
    mention = only(extract(text))
    assert (mention.event_type, mention.sub_event_type) == ("explosions_remote_violence",
                                                            "shelling_artillery_missile_attack")
    assert mention.date.start == date(2024, 3, 13)
    assert mention.location.name == "Kharkiv" and mention.location.country == "UKR"
    assert mention.actor1.name == "Military Forces of Russia"
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (7, None)
    assert mention.fatalities.civilian is True
    assert (mention.fatalities.wounded.min, mention.fatalities.wounded.max) == (20, 20)


def test_drone_strike_at_night_is_dated_to_the_night_before_publication(extract):
    text = (
        "Ledakan keras terdengar di Odesa semalam. Pejabat setempat mengatakan kota itu diserang drone Shahed "
        "dan dua bangunan apartemen rusak parah."
    )
    mention = only(extract(text))
    assert mention.sub_event_type == "air_drone_strike"
    assert (mention.date.start, mention.date.end, mention.date.precision) == (
        date(2024, 3, 13), date(2024, 3, 14), "range")
    assert mention.location.name == "Odesa"
    assert {m.category for m in mention.materiel} == {"building"}
    assert len(mention.evidence) == 2  # the explosion and the drone sentence are one event


def test_gunfight_between_armed_group_and_soldiers_is_an_armed_clash(extract):
    text = (
        "Kontak tembak antara prajurit TNI dan kelompok bersenjata TPNPB terjadi di Distrik Sugapa, Kabupaten "
        "Intan Jaya, pada Selasa pagi. Satu prajurit TNI gugur dalam baku tembak tersebut, ujar Kapendam "
        "Cenderawasih."
    )
    mention = only(extract(text))
    assert (mention.event_type, mention.sub_event_type) == ("battles", "armed_clash")
    assert mention.date.start == date(2024, 3, 12)
    assert {mention.actor1.name, mention.actor2.name} == {"Military Forces of Indonesia", "OPM: Free Papua Movement"}
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (1, 1)
    assert mention.fatalities.civilian is False


def test_armed_men_shooting_civilians_is_violence_against_civilians(extract):
    text = "Kelompok bersenjata menembak mati dua pekerja bangunan di Kabupaten Puncak, Papua Tengah, kemarin."
    mention = only(extract(text))
    assert (mention.event_type, mention.sub_event_type) == ("violence_against_civilians", "attack")
    assert mention.date.start == date(2024, 3, 13)
    assert mention.actor2.kind == "civilians"
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (2, 2)


def test_a_list_of_shelled_districts_gives_one_mention_per_district(extract):
    text = "Tentara Armenia menembaki desa Tartar, Barda, dan Agdam pada pagi hari, kata Kementerian Pertahanan Azerbaijan."
    mentions = extract(text)
    assert sorted(m.location.name for m in mentions) == ["Aghdam", "Barda", "Tartar"]
    assert {m.location.precision for m in mentions} == {"district"}
    assert {m.claim.claimant for m in mentions} == {"Ministry of Defence of Azerbaijan"}
    assert {m.claim.claimant_party for m in mentions} == {"AZE"}


def test_attack_on_settlements_and_forces_is_split_into_two_events(extract):
    text = (
        "Pertempuran pecah pada Minggu, 10 Maret 2024, ketika pasukan Armenia menyerang permukiman sipil dan "
        "militer Azerbaijan di wilayah perbatasan."
    )
    mentions = extract(text)
    kinds = sorted((m.event_type, m.actor2.name) for m in mentions)
    assert kinds == [("battles", "Military Forces of Azerbaijan"),
                     ("explosions_remote_violence", "Civilians (Azerbaijan)")]
    assert {m.date.start for m in mentions} == {date(2024, 3, 10)}


def test_claims_follow_the_speaker_and_pronouns_point_back(extract):
    text = (
        "Militer Israel mengatakan jet tempurnya menyerang sebuah gudang senjata Hizbullah di Nabatieh, Lebanon "
        "selatan, pada Rabu. \"Kami menghancurkan infrastruktur teroris,\" ujarnya. Seperti dilansir Reuters, "
        "tidak ada laporan korban jiwa."
    )
    mention = only(extract(text))
    assert mention.sub_event_type == "air_drone_strike"
    assert mention.actor1.name == "Military Forces of Israel"
    assert mention.actor2.name == "Hezbollah"
    assert mention.claim.claimant == "Military Forces of Israel"
    assert mention.claim.relays == ["Reuters"]
    assert [m.category for m in mention.materiel] == ["ammunition_depot"]


def test_denial_marks_the_claim_as_denied(extract):
    text = (
        "Kementerian Pertahanan Rusia mengklaim pasukannya merebut desa Krynky di tepi kiri Sungai Dnipro pada Selasa, "
        "tetapi militer Ukraina membantah klaim tersebut."
    )
    mention = only(extract(text))
    assert mention.event_type == "battles"
    assert mention.claim.claimant == "Ministry of Defence of Russia"
    assert mention.claim.stance == "denied"


def test_counts_in_words_and_bounds(extract):
    text = "Serangan udara Israel di Rafah pada Senin menewaskan hampir tiga puluh orang, termasuk belasan anak-anak."
    mention = only(extract(text))
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (None, 30)


def test_cumulative_war_toll_is_not_one_events_toll(extract):
    text = (
        "Serangan udara Israel menghantam sebuah rumah di Khan Younis pada Rabu, menewaskan lima orang. "
        "Sejak perang dimulai, total korban tewas di Jalur Gaza telah mencapai lebih dari 31.000 orang, "
        "menurut Kementerian Kesehatan Gaza."
    )
    strikes = [m for m in extract(text) if m.location.country == "PSE" and m.sub_event_type == "air_drone_strike"]
    assert len(strikes) == 1
    assert (strikes[0].fatalities.killed.min, strikes[0].fatalities.killed.max) == (5, 5)


def test_martial_law_declared_by_two_governments_is_one_mention_each(extract):
    text = "Pada 27 September 2020, Armenia dan Azerbaijan mengumumkan keadaan darurat militer."
    mentions = extract(text, published=date(2020, 9, 28))
    assert sorted(m.actor1.name for m in mentions) == ["Government of Armenia", "Government of Azerbaijan"]
    assert {(m.event_type, m.sub_event_type, m.location.precision) for m in mentions} == {
        ("strategic_developments", "other", "country")}


def test_protest_dispersed_with_tear_gas(extract):
    text = (
        "Ribuan mahasiswa menggelar unjuk rasa di depan gedung DPR, Jakarta, pada Rabu. Polisi membubarkan "
        "massa dengan gas air mata setelah demonstran melempari petugas dengan batu."
    )
    mention = only(extract(text))
    assert mention.event_type in ("protests", "riots")
    assert mention.location.name == "Jakarta"


def test_no_publication_date_leaves_relative_dates_unresolved(extract):
    text = "Pasukan Rusia menembakkan rudal ke kota Kharkiv pada Rabu malam, kata gubernur setempat."
    mention = only(extract(text, published=None))
    assert mention.date.start is None and mention.date.precision == "unknown"


def test_old_history_is_background_not_an_event(extract):
    text = (
        "Serangan udara Israel menghantam Jabalia pada Selasa. Konflik itu berakar pada perang tahun 1948, "
        "ketika ratusan ribu warga Palestina terusir dan desa-desa mereka dihancurkan."
    )
    assert all(m.date.start is None or m.date.start.year >= 2020 for m in extract(text))


def test_a_denial_and_the_deniers_own_account_stay_with_the_claim(extract):
    text = (
        "Kementerian Pertahanan Rusia mengklaim pasukannya telah merebut desa Krynky pada Selasa. "
        "Akan tetapi, militer Ukraina membantah klaim tersebut. Juru bicara militer Ukraina mengatakan "
        "pasukannya masih bertahan dan pertempuran belum berhenti."
    )
    mention = only(extract(text))
    assert mention.sub_event_type == "non_state_actor_overtakes_territory"
    assert mention.claim.stance == "denied"
    assert len(mention.evidence) == 3


def test_demonstrators_come_first_and_the_police_second(extract):
    text = (
        "JAKARTA, KOMPAS.com - Polisi menembakkan gas air mata untuk membubarkan ribuan mahasiswa yang "
        "berunjuk rasa di depan gedung DPR, Jakarta, pada Rabu."
    )
    mention = only(extract(text))
    assert (mention.event_type, mention.sub_event_type) == ("protests", "protest_with_intervention")
    assert mention.actor1.name == "Protesters (Indonesia)"
    assert mention.actor2.name == "Police Forces of Indonesia"
    assert mention.location.name == "Jakarta"


def test_shooting_down_drones_is_disrupted_weapons_use(extract):
    text = "Kementerian Pertahanan Rusia mengatakan sistem pertahanan udaranya menghancurkan 12 drone Ukraina di atas wilayah Belgorod pada Kamis."
    mention = only(extract(text))
    assert (mention.event_type, mention.sub_event_type) == ("strategic_developments", "disrupted_weapons_use")
    assert mention.actor1.name == "Military Forces of Russia"
    assert [(m.category, m.min, m.side) for m in mention.materiel] == [("drone", 12, "UKR")]


def test_protests_in_listed_cities_are_one_event_each(extract):
    text = "Unjuk rasa menolak kenaikan pajak berlangsung damai di Mombasa, Kisumu dan Nakuru pada Selasa."
    mentions = extract(text)
    assert sorted(m.location.name for m in mentions) == ["Kisumu", "Mombasa", "Nakuru"]
    assert {m.sub_event_type for m in mentions} == {"peaceful_protest"}


def test_the_dateline_city_is_where_the_reporter_is_not_where_the_strike_was(extract):
    text = "TEMPO.CO, Jakarta - Serangan udara militer Myanmar menghantam sebuah desa di wilayah Sagaing pada Sabtu malam."
    mention = only(extract(text))
    assert mention.location.name == "Sagaing"
    assert mention.actor1.name == "Military Forces of Myanmar"


def test_a_strike_that_kills_people_in_a_town_is_a_strike_on_civilians(extract):
    text = "Rudal Rusia menghantam sebuah gedung apartemen di Kharkiv pada Rabu. Sedikitnya enam orang tewas."
    mention = only(extract(text))
    assert mention.actor2.name == "Civilians (Ukraine)"
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (6, None)


def test_an_attack_noun_before_a_verb_is_its_subject_not_the_victims_attack(extract):
    # "pasar" is what the shells hit, not who fired them; the unknown dateline outlet still hides KHARTOUM
    text = ("KHARTOUM (Kabar Timur) - Tembakan artileri menghantam pasar di Omdurman, Selasa (12/3), menewaskan "
            "15 warga sipil.")
    mention = only(extract(text))
    assert mention.location.name == "Omdurman"
    assert mention.actor1.name is None
    assert mention.actor2.kind == "civilians"
    assert mention.fatalities.killed.min == 15


def test_a_witness_toll_between_the_lead_and_a_later_reference_joins_the_event(extract):
    text = ("Pesawat tempur militer Myanmar menjatuhkan bom di kota Kanbalu, wilayah Sagaing, Selasa (12/3).\n\n"
            "Seorang saksi mata mengatakan kepada BBC bahwa sedikitnya 30 orang tewas, termasuk anak-anak.\n\n"
            "Juru bicara junta membenarkan serangan itu.")
    mention = only(extract(text))
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (30, None)


def test_sides_named_only_by_kind_in_the_next_sentence_are_the_same_battle(extract):
    text = ("Militan Al-Shabaab menyerbu sebuah hotel di Mogadishu pada Jumat malam (8/3). Baku tembak antara "
            "militan dan pasukan keamanan berlangsung hingga Sabtu pagi.")
    mention = only(extract(text))
    assert mention.actor1.name == "Al Shabaab"


@pytest.mark.parametrize(
    ("toll", "killed"),
    [
        ("Dua orang tewas dan enam lainnya terluka. Seorang sopir truk termasuk di antara korban tewas.", (2, 2)),
        ("Lima orang, termasuk dua anak, tewas.", (5, 5)),
        ("Seorang anak termasuk di antara korban tewas.", (1, None)),  # a part of an untold toll: at least one
    ],
)
def test_a_victim_among_the_dead_is_part_of_the_toll_not_added_to_it(extract, toll, killed):
    mention = only(extract(f"Drone Rusia menghantam sebuah kawasan industri di Odesa pada Rabu. {toll}"))
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == killed


def test_a_group_that_claims_to_have_attacked_is_the_attacker_and_a_flag_is_not_a_place(extract):
    text = ("Kelompok Houthi Yaman mengklaim telah menyerang kapal kargo berbendera Liberia di Laut Merah dengan "
            "rudal balistik pada Rabu (13/3).")
    mention = only(extract(text))
    assert mention.actor1.name == "Houthi Movement"
    assert mention.claim.claimant == "Houthi Movement"
    assert mention.location.name != "Liberia"


def test_an_interception_reported_by_a_military_command_is_that_sides(extract):
    text = ("Komando Pusat Amerika Serikat (CENTCOM) menyatakan kapal perusak USS Carney menembak jatuh 18 drone "
            "yang diluncurkan dari wilayah Yaman oleh kelompok Houthi pada Rabu (13/3).")
    mention = only(extract(text))
    assert mention.sub_event_type == "disrupted_weapons_use"
    assert mention.actor1.name == "Military Forces of the United States"
    assert mention.claim.claimant_party == "USA"


def test_repelling_an_attack_makes_the_attacker_the_first_actor(extract):
    text = "Pasukan Ukraina memukul mundur serangan mekanis Rusia di dekat desa Novohrodivka pada Selasa (12/3)."
    mention = only(extract(text))
    assert (mention.actor1.name, mention.actor2.name) == ("Military Forces of Russia", "Military Forces of Ukraine")


def test_a_group_anaphor_points_back_to_the_group_named_before(extract):
    text = ("Tentara Sudan merebut kembali Istana Kepresidenan di Khartoum dari Pasukan Dukungan Cepat (RSF) pada "
            "Rabu (13/3). Dua tahun lalu, kelompok paramiliter itu menguasai kota Wad Madani.")
    names = {m.actor1.name for m in extract(text)}
    assert "Rapid Support Forces" in names


def test_a_village_the_gazetteer_lacks_keeps_its_name_at_the_district_it_lies_in(extract):
    text = ("Dua warga tewas ditembak kelompok bersenjata di Kampung Wuloma, Distrik Sugapa, Kabupaten Intan Jaya, "
            "pada Rabu (13/3).")
    mention = only(extract(text))
    assert mention.location.name == "Wuloma"
    assert mention.location.country == "IDN"
    assert mention.location.lat is not None and abs(mention.location.lat - (-3.7)) < 0.3


def test_a_mayor_is_not_a_village(extract):
    text = ("Wali Kota Kharkiv Ihor Terekhov mengatakan rudal Rusia menghantam sebuah gedung permukiman pada Rabu "
            "(13/3), melukai lima orang.")
    mention = only(extract(text))
    assert mention.location.name in (None, "Kharkiv")  # the speaker's city at most, never "Kharkiv Ihor Terekhov"


def test_a_spokesmans_title_names_the_group_he_speaks_for(extract):
    text = ("Juru bicara M23, Lawrence Kanyuka, mengatakan pasukannya merebut kota Rubaya di provinsi Kivu Utara "
            "pada Rabu (13/3) setelah pertempuran sengit dengan tentara Kongo.")
    mention = only(extract(text))
    assert mention.actor1.name == "M23: March 23 Movement"


def test_a_speakers_fighters_are_the_speakers_group(extract):
    text = ("Brigade Al-Qassam, sayap militer Hamas, menyatakan para pejuangnya menghancurkan tiga tank Israel dengan "
            "roket di timur Khan Younis pada Rabu (13/3).")
    mention = only(extract(text))
    assert mention.actor1.name == "Hamas Movement"
    assert mention.actor2.name == "Military Forces of Israel"


def test_an_armed_group_storming_a_displacement_camp_attacks_civilians(extract):
    text = ("Pasukan Dukungan Cepat (RSF) menyerbu kamp pengungsi Abu Shouk di dekat El Fasher, Darfur Utara, pada "
            "Rabu (13/3). Serangan itu menewaskan sedikitnya 40 orang, kata seorang pejabat PBB. Kelompok "
            "paramiliter itu juga menembakkan artileri ke pusat kota El Fasher.")
    mentions = extract(text)
    raid = next(m for m in mentions if m.evidence[0].text.startswith("Pasukan Dukungan Cepat"))
    assert (raid.event_type, raid.sub_event_type) == ("violence_against_civilians", "attack")
    shelling = next(m for m in mentions if m.evidence[0].text.startswith("Kelompok paramiliter"))
    assert shelling.actor1.name == "Rapid Support Forces"  # the anaphor skips the UN official


def test_a_bracketed_abbreviation_does_not_hide_the_speaker_who_repelled_an_attack(extract):
    text = ("Tentara Sudan (SAF) menyatakan berhasil memukul mundur serangan RSF di sisi selatan El Fasher pada "
            "Rabu (13/3).")
    mention = only(extract(text))
    assert (mention.actor1.name, mention.actor2.name) == ("Rapid Support Forces", "Military Forces of Sudan")


def test_a_toll_counted_since_a_month_is_the_wars_not_the_events(extract):
    text = ("Pasukan RSF menyerang kota Bara di Kordofan Utara pada Rabu (13/3), menewaskan 12 warga. "
            "Perang antara tentara dan RSF sejak April 2023 telah menewaskan puluhan ribu orang.")
    mention = only(extract(text))
    assert mention.date.start == date(2024, 3, 13)
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (12, 12)


def test_the_victims_named_again_continue_the_event(extract):
    text = ("Kelompok bersenjata menembak mati dua guru di Distrik Beoga, Kabupaten Puncak, pada Rabu (13/3). "
            "Kedua korban ditembak saat mengajar di sekolah dasar setempat.")
    mention = only(extract(text))
    assert len(mention.evidence) == 2


def test_a_group_firing_back_in_a_separate_statement_is_a_second_event(extract):
    text = ("Serangan udara Israel menghantam sebuah rumah di kota Bint Jbeil, Lebanon selatan, pada Rabu (13/3), "
            "menewaskan tiga anggota Hizbullah. Hizbullah dalam pernyataan terpisah mengaku telah menembakkan "
            "puluhan roket ke kota Kiryat Shmona di Israel utara sebagai balasan.")
    mentions = extract(text)
    assert len(mentions) == 2, [m.evidence[0].text[:50] for m in mentions]
    rockets = mentions[1]
    assert rockets.actor1.name == "Hezbollah"
    assert rockets.claim.claimant == "Hezbollah"
    assert rockets.location.country == "ISR"


def test_an_unlisted_town_does_not_take_the_country_fled_to(extract):
    text = ("Tentara Arakan (AA) mengumumkan telah menguasai kota Wetlamaw pada Rabu (13/3), setelah pasukan junta "
            "terakhir mundur melintasi perbatasan menuju India.")
    mention = only(extract(text))
    assert mention.location.name == "Wetlamaw"
    assert mention.location.country != "IND"


def test_a_part_named_after_the_toll_does_not_replace_it(extract):
    text = ("Sedikitnya 22 warga Palestina, sembilan di antaranya anak-anak, tewas ketika serangan udara Israel "
            "menghantam sebuah sekolah di kamp pengungsi Nuseirat, Jalur Gaza, pada Rabu dini hari.")
    mention = only(extract(text))
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (22, None)


def test_a_toll_that_rose_counts_its_new_total_not_the_bodies_found_since(extract):
    text = ("Jumlah korban tewas akibat serangan rudal Rusia di Kharkiv bertambah menjadi sembilan orang, kata "
            "Layanan Darurat Negara Ukraina pada Kamis.\n"
            "Tim penyelamat menemukan tiga jenazah lagi di bawah reruntuhan gedung apartemen yang dihantam rudal "
            "pada Rabu pagi.")
    mention = only(extract(text))
    assert mention.sub_event_type == "shelling_artillery_missile_attack"
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (9, 9)
    assert mention.date.start == date(2024, 3, 13)  # the strike's Wednesday, not the Thursday of the statement
    assert mention.claim.claimant == "State Emergency Service of Ukraine"
    assert len(mention.evidence) == 2


def test_the_same_town_is_the_town_just_named(extract):
    text = ("Pada Rabu, sebuah bom luncur Rusia menghantam sebuah toko di pinggiran kota Kharkiv, menewaskan tiga "
            "orang.\nKota yang sama dihantam rudal balistik pada Kamis pekan lalu, ketika sebuah gedung apartemen "
            "runtuh dan sembilan orang tewas.")
    mentions = extract(text)
    earlier = [m for m in mentions if m.date.start == date(2024, 3, 7)]
    assert len(earlier) == 1, [(m.date.start, m.location.name) for m in mentions]
    assert earlier[0].location.name == "Kharkiv"
    assert (earlier[0].fatalities.killed.min, earlier[0].fatalities.killed.max) == (9, 9)


def test_a_weapon_named_as_a_product_does_not_type_the_strike(extract):
    text = ("Militer Rusia pada Rabu menyerang sebuah pabrik yang memproduksi komponen drone di kota Kharkiv, "
            "kata gubernur setempat.")
    mention = only(extract(text))
    assert mention.sub_event_type != "air_drone_strike"


def test_two_sides_telling_one_strike_differently_give_one_disputed_event(extract):
    text = ("Kementerian Pertahanan Rusia pada Kamis mengklaim pasukannya menghantam fasilitas militer milik "
            "angkatan bersenjata Ukraina di kota Kharkiv dengan senjata presisi jarak jauh.\n"
            "Namun, Wali Kota Kharkiv Ihor Terekhov mengatakan rudal Rusia menghantam gedung permukiman, "
            "menewaskan lima orang.")
    mention = only(extract(text))
    assert mention.sub_event_type == "shelling_artillery_missile_attack"
    assert mention.location.name == "Kharkiv"
    assert mention.actor1.name == "Military Forces of Russia"
    assert mention.actor2.name == "Civilians (Ukraine)"
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (5, 5)
    assert mention.claim.claimant == "Ministry of Defence of Russia"
    assert mention.claim.stance == "disputed"


def test_a_strike_named_again_by_its_town_is_the_same_strike(extract):
    text = ("Serangan rudal Rusia menghantam pusat kota Dnipro pada Rabu pagi, menewaskan sedikitnya 17 orang, kata "
            "kepala administrasi militer regional.\n"
            "Presiden Ukraina mengecam serangan itu.\n"
            "Serangan di Dnipro terjadi di tengah pertemuan puncak NATO di Den Haag.")
    mention = only(extract(text))
    assert mention.location.name == "Dnipro"
    assert mention.actor1.name == "Military Forces of Russia"


def test_a_bus_that_lost_control_is_not_a_loss_of_territory(extract):
    text = ("Sebuah bus peziarah ditembaki orang bersenjata di distrik Reasi pada Rabu petang, menewaskan sembilan "
            "penumpang. Bus itu kehilangan kendali dan terperosok ke jurang.")
    mentions = extract(text)
    assert all(m.event_type != "strategic_developments" and "territory" not in m.sub_event_type for m in mentions)


def test_the_day_before_is_counted_from_the_event_just_told(extract):
    text = ("Seorang prajurit TNI gugur dalam kontak tembak dengan KKB di Distrik Kenyam, Kabupaten Nduga, pada "
            "Senin (11/3/2024).\n"
            "Sehari sebelumnya, KKB membakar gedung sekolah dasar di Distrik Mapenduma.")
    burning = [m for m in extract(text) if m.sub_event_type == "looting_property_destruction"]
    assert len(burning) == 1
    assert burning[0].date.start == date(2024, 3, 10)


def test_the_local_governor_is_the_governor_of_the_region_the_sentence_names(extract):
    text = ("Di wilayah Zaporizhzhia, gubernur setempat mengatakan serangan bom berpemandu Rusia ke kota Orikhiv "
            "pada Senin menewaskan dua warga.")
    mention = only(extract(text))
    assert mention.claim.claimant == "Governor of Zaporizhzhia"
    assert mention.sub_event_type == "air_drone_strike"  # a guided bomb is dropped from the air


def test_a_source_quoted_by_an_agency_is_the_claimant_and_the_agency_a_relay(extract):
    text = ("Jet tempur tentara Sudan membombardir bandara Nyala pada Jumat malam. Menurut sumber militer yang "
            "dikutip kantor berita AFP, serangan itu menghancurkan sebuah pesawat kargo.")
    mention = only(extract(text))
    assert mention.claim.claimant == "military sources"
    assert "AFP" in mention.claim.relays


def test_the_standard_spelling_of_claims_is_a_claim(extract):
    text = ("Pasukan Dukungan Cepat (RSF) mengeklaim telah merebut kota En Nahud di negara bagian Kordofan Barat, "
            "Sudan, pada Kamis (7/3/2024).")
    mention = only(extract(text))
    assert mention.sub_event_type == "non_state_actor_overtakes_territory"
    assert mention.claim.claimant == "Rapid Support Forces"


def test_a_health_ministry_is_named_after_its_country(extract):
    text = ("Serangan udara Israel menghantam sebuah pasar di Nabatieh, Lebanon selatan, pada Sabtu (9/3/2024), "
            "menewaskan lima orang, kata Kementerian Kesehatan Lebanon.")
    mention = only(extract(text))
    assert mention.claim.claimant == "Ministry of Health (Lebanon)"


def test_two_subjects_around_an_abbreviation_fight_in_each_listed_town(extract):
    text = ("Pasukan Tentara Pembebasan Nasional Ta'ang (TNLA) dan militer bertempur di sekitar kota Kyaukme dan "
            "Hsipaw sejak Jumat (8/3/2024), menurut laporan media lokal Myanmar Now.")
    clashes = [m for m in extract(text) if m.sub_event_type == "armed_clash"]
    assert sorted(m.location.name for m in clashes) == ["Hsipaw", "Kyaukme"]
    assert all(m.actor1.name == "TNLA: Ta'ang National Liberation Army" for m in clashes)
    assert all(m.claim.claimant != "Government of Myanmar" for m in clashes)  # an outlet's name, not a speaker


def test_what_else_was_going_on_is_not_the_target(extract):
    text = ("Serangan rudal Rusia menghantam pusat kota Dnipro pada Selasa (12/3/2024), menewaskan 17 orang. "
            "Serangan itu terjadi di tengah pertemuan puncak NATO di Den Haag.")
    mention = only(extract(text))
    assert mention.actor2 is None or mention.actor2.name != "NATO"


def test_a_town_the_text_introduced_is_the_same_town_named_again_bare(extract):
    text = ("Kelompok militan Al-Shabaab kembali menguasai kota Moqokori di Somalia tengah pada Selasa (12/3/2024).\n"
            "Moqokori direbut pasukan pemerintah Somalia dari Al-Shabaab pada 2022.")
    recapture = [m for m in extract(text) if m.date.start and m.date.start.year == 2022]
    assert len(recapture) == 1
    assert recapture[0].location.name == "Moqokori"
    assert recapture[0].actor1.name == "Military Forces of Somalia"
    assert recapture[0].sub_event_type == "government_regains_territory"  # its own town, wherever exactly


def test_a_hamlet_abroad_sharing_a_regions_name_is_not_the_place(extract):
    text = ("Kelompok militan Al-Shabaab menyerbu pangkalan militer Somalia di wilayah Hiran pada Selasa "
            "(12/3/2024), menewaskan tujuh tentara.")
    mention = only(extract(text))
    assert mention.location.country != "IRQ"


def test_the_act_a_running_toll_is_counted_from_is_not_an_event(extract):
    text = ("Serangan udara Israel menghantam sebuah rumah di Zeitoun pada Selasa (12/3/2024), menewaskan tujuh orang.\n"
            "Kementerian Kesehatan Gaza mencatat lebih dari 41 ribu warga Palestina telah syahid sejak Israel "
            "melancarkan agresinya pada Oktober tahun lalu.")
    mention = only(extract(text))
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (7, 7)


def test_a_spokesman_named_after_his_title_speaks_for_the_body_and_goes_on_about_the_strike(extract):
    text = ("Pesawat tempur Israel membombardir kawasan tenda pengungsi di Al-Mawasi, Khan Younis, Selasa (12/3/2024) "
            "dini hari. Pertahanan Sipil Gaza menyebut sedikitnya 34 warga Palestina tewas dalam serangan tersebut.\n"
            "Juru bicara Pertahanan Sipil Gaza, Samir Odeh, mengatakan tiga rudal menghantam sekitar 20 tenda.")
    mention = only(extract(text))
    assert mention.claim.claimant == "Palestinian Civil Defence (Gaza)"
    assert mention.sub_event_type == "air_drone_strike"  # the jets' missiles


def test_a_bare_title_is_the_last_speaker_of_its_kind(extract):
    text = ("Militer Mali dalam pernyataannya menyebut pasukannya memukul mundur serangan JNIM di Boulkessi pada "
            "Minggu (10/3/2024). Sumber keamanan yang dikutip Reuters menyebut sedikitnya 30 tentara tewas.\n"
            "Tentara juga mengklaim serangan drone di sekitar Boulkessi pada Senin (11/3/2024) telah menewaskan "
            "puluhan militan.")
    drone = [m for m in extract(text) if m.sub_event_type == "air_drone_strike"]
    assert len(drone) == 1
    assert drone[0].claim.claimant == "Military Forces of Mali"


def test_settlers_storming_a_village_attack_its_people_and_a_victim_shot_is_its_toll(extract):
    text = ("Puluhan pemukim Israel bertopeng menyerbu Desa Jit, sebelah timur Qalqilya di Tepi Barat, pada Kamis "
            "malam, 14 Maret 2024. Kementerian Kesehatan Palestina di Ramallah mengatakan seorang pemuda berusia 23 "
            "tahun tewas ditembak.")
    mention = only(extract(text))
    assert mention.sub_event_type == "attack"
    assert mention.actor2.name == "Civilians (Palestine)"
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (1, 1)
    assert mention.claim.claimant == "Ministry of Health (Palestine)"  # Ramallah is where it sits


def test_a_toll_after_a_time_reference_clause_is_the_main_events(extract):
    text = ("Jet-jet tempur Israel menyerang pelabuhan Hodeidah di Yaman pada Sabtu (9/3/2024) sore. Serangan itu "
            "dilakukan sehari setelah drone yang diluncurkan Houthi menewaskan seorang warga di Tel Aviv.\n"
            "Kementerian Kesehatan menyebut tiga orang tewas dan 87 lainnya terluka.")
    by_place = {m.location.name: m for m in extract(text)}
    tel_aviv = by_place["Tel Aviv"]
    assert (tel_aviv.fatalities.killed.min, tel_aviv.fatalities.killed.max) == (1, 1)
    hodeidah = next(m for name, m in by_place.items() if name != "Tel Aviv")
    assert (hodeidah.fatalities.killed.min, hodeidah.fatalities.killed.max) == (3, 3)


def test_where_a_spokesman_spoke_and_where_the_wounded_went_are_not_the_clash(extract):
    text = ("Seorang prajurit TNI gugur dalam kontak tembak dengan KKB di Distrik Kenyam, Kabupaten Nduga, Senin "
            "(11/3/2024) sore.\n"
            "Kepala Penerangan Kodam XVII/Cenderawasih Letkol Inf Candra Wibowo di Jayapura, Selasa, mengatakan para "
            "prajurit sedang berpatroli ketika ditembaki dari arah perbukitan. Dua rekannya dievakuasi ke Timika.")
    mention = only(extract(text))
    assert mention.location.name == "Kenyam"
    assert mention.claim.claimant == "Military Forces of Indonesia"


def test_a_crowd_waiting_for_aid_fired_on_is_civilians_not_protesters(extract):
    text = ("Pasukan Israel melepaskan tembakan ke arah kerumunan warga Palestina yang menunggu truk bantuan pangan di "
            "dekat perlintasan Zikim, Gaza utara, pada Minggu (10/3/2024), menewaskan 67 orang.")
    mention = only(extract(text))
    assert mention.event_type == "violence_against_civilians"
    assert mention.actor2.name == "Civilians (Palestine)"


def test_condemning_an_attack_told_before_names_it_again_and_adds_no_event(extract):
    text = (
        "Kelompok bersenjata menyerang desa Kudumbari di Negara Bagian Borno pada Rabu malam dan menewaskan "
        "sedikitnya 20 warga, kata seorang tokoh masyarakat. Para penyerang juga membakar puluhan rumah.\n\n"
        "Pasukan keamanan tiba di lokasi beberapa jam kemudian dan mengevakuasi korban luka ke rumah sakit.\n\n"
        "Presiden Nigeria mengecam serangan di Kudumbari dan memerintahkan militer memburu para pelaku."
    )
    mentions = extract(text)
    attacks = [m for m in mentions if m.sub_event_type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].actor1.name.startswith("Unidentified Armed Group")
    assert all(m.actor1 is None or not m.actor1.name.startswith("Government of Nigeria") for m in mentions)


def test_an_event_told_by_its_region_then_a_town_in_it_is_placed_at_the_town(extract):
    text = (
        "Pertempuran sengit berlangsung di wilayah Kursk pada Rabu. Kementerian Pertahanan Rusia menyebut "
        "tentara Ukraina menyerang posisi pasukan Rusia di dekat kota Sudzha."
    )
    battle = only(extract(text), "battles")
    assert battle.location.name == "Sudzha" and battle.location.precision == "town"


def test_a_war_breaking_out_with_an_attack_is_the_attack(extract):
    text = (
        "Perang di wilayah itu pecah setelah kelompok Hamas menyerang kota Sderot di Israel selatan pada 7 Oktober "
        "2023 dan menewaskan sekitar 1.200 orang."
    )
    violent = [m for m in extract(text) if m.event_type != "strategic_developments"]
    assert len(violent) == 1 and violent[0].sub_event_type != "armed_clash"  # no war-long battle beside it
    assert violent[0].actor1.name == "Hamas Movement"


def test_local_police_speak_as_their_countrys_police(extract):
    text = (
        "Di Negara Bagian Zamfara, barat laut Nigeria, kelompok bandit menculik sedikitnya 40 warga dari sebuah desa pada "
        "Selasa dini hari, kata polisi setempat."
    )
    mention = only(extract(text))
    assert mention.claim.claimant == "Police Forces of Nigeria"


def test_a_speaker_on_the_event_in_the_next_sentence_is_its_claimant(extract):
    text = (
        "Pada Rabu dini hari, sebuah drone Israel menyerang sekelompok orang di desa Burqin, sebelah barat Jenin, "
        "dan menewaskan dua pria. Militer Israel menyebut keduanya anggota sel bersenjata."
    )
    mention = only(extract(text))
    assert mention.claim.claimant == "Military Forces of Israel"


def test_a_drone_and_missile_strike_told_again_by_its_missile_is_one_event(extract):
    text = (
        "Korban tewas akibat serangan drone dan rudal besar-besaran Rusia ke Kyiv pada Rabu dini hari bertambah "
        "menjadi 12 orang. Pihak berwenang masih mencari korban di bawah reruntuhan.\n\n"
        "Seorang pejabat kota mengatakan antrean warga menunggu bus evakuasi di pusat kota.\n\n"
        "Sebagian besar korban ditemukan di sebuah gedung apartemen di distrik Darnytskyi, Kyiv, yang runtuh "
        "setelah dihantam rudal pada Rabu."
    )
    strikes = [m for m in extract(text) if m.event_type == "explosions_remote_violence"]
    assert len(strikes) == 1
    assert strikes[0].fatalities.killed.min == 12


def test_soldiers_of_no_named_country_fighting_militants_are_the_states_where_it_happens(extract):
    text = (
        "Pada Selasa malam, militan menyerang pos gabungan tentara dan polisi di distrik Doda, Jammu dan Kashmir, "
        "India, melukai lima tentara. Polisi menduga para penyerang merupakan anggota kelompok yang bermarkas di "
        "Pakistan."
    )
    battle = only(extract(text), "battles")
    assert battle.actor2.name == "Military Forces of India"


def test_a_ministry_saying_no_citizen_was_hurt_in_an_attack_is_not_its_attacker(extract):
    text = (
        "Serangan udara Israel menghantam sebuah gedung di pinggiran selatan Beirut pada Jumat malam dan "
        "menewaskan 12 orang, kata Kementerian Kesehatan Lebanon.\n\n"
        "Kementerian Luar Negeri RI memastikan tidak ada WNI yang menjadi korban dalam serangan di Dahiyeh."
    )
    mentions = extract(text)
    assert [m.actor1.name for m in mentions] == ["Military Forces of Israel"]


def test_a_sentence_opening_with_the_shooting_already_told_adds_no_battle(extract):
    text = (
        "Seorang prajurit TNI gugur setelah ditembak kelompok kriminal bersenjata (KKB) di Distrik Beoga, "
        "Kabupaten Puncak, Papua Tengah, Senin siang.\n\n"
        "Kepala Penerangan Kodam XVII/Cenderawasih membenarkan peristiwa tersebut. Menurut dia, prajurit itu "
        "ditembak dari arah hutan saat berjaga di pos mereka sekitar pukul 11.00 WIT.\n\n"
        "\u201cBenar, satu anggota kami gugur,\u201d kata dia saat dikonfirmasi, Senin malam.\n\n"
        "Ia menyebut pelaku diduga merupakan kelompok yang selama ini beroperasi di wilayah Beoga. Usai "
        "penembakan, aparat gabungan TNI-Polri melakukan pengejaran ke arah hutan."
    )
    battles = [m for m in extract(text) if m.event_type == "battles"]
    assert len(battles) == 1
    assert battles[0].actor1.name == "OPM: Free Papua Movement"


def test_denying_having_targeted_civilians_is_no_new_attack(extract):
    text = (
        "Serangan udara militer Myanmar menghantam sebuah desa di wilayah Magway pada Selasa malam, menewaskan "
        "sedikitnya 17 orang termasuk lima anak-anak, menurut warga setempat.\n\n"
        "Seorang warga desa di kota kecamatan Pauk mengatakan kepada AFP bahwa dua jet tempur menjatuhkan bom ke "
        "arah sebuah sekolah tempat warga berlindung. \u201cKami menguburkan 17 orang hari ini,\u201d katanya.\n\n"
        "Juru bicara junta membantah menargetkan warga sipil. Menurut dia, serangan itu ditujukan kepada anggota "
        "kelompok bersenjata yang berkumpul di desa tersebut.\n\n"
        "Pada Senin, pasukan perlawanan di Pauk menyerang sebuah pos polisi dan menewaskan tiga polisi."
    )
    attacks = [m for m in extract(text) if m.sub_event_type == "attack"]
    assert attacks == []


def test_a_short_mixed_case_acronym_is_not_read_in_an_ordinary_word(extract):
    text = (
        "Serangan udara militer Myanmar menghantam desa Let Yet Kone di kota kecamatan Kanbalu pada Selasa "
        "malam dan menewaskan sedikitnya 17 orang, kata warga setempat."
    )
    mention = only(extract(text))
    assert mention.actor1.name == "Military Forces of Myanmar"
    assert mention.claim.claimant == "residents"


def test_damage_done_by_a_drone_is_the_strike_not_looting_or_a_riot(extract):
    mention = only(extract("Di pusat kota Kyiv, serpihan drone merusak sejumlah gedung perkantoran pada Rabu."))
    assert (mention.event_type, mention.sub_event_type) == ("explosions_remote_violence", "air_drone_strike")


def test_a_war_entering_its_third_year_and_a_coup_seizing_power_are_no_captures(extract):
    text = (
        "Perang di Sudan telah memasuki tahun ketiga pada pekan ini. Militer Myanmar merebut kekuasaan dari "
        "pemerintahan terpilih pada Februari 2021."
    )
    assert [m for m in extract(text) if m.event_type == "battles"] == []


def test_fighting_said_to_go_on_with_no_side_day_or_toll_is_no_event(extract):
    text = (
        "Pasukan RSF menyerang kota Sinja di negara bagian Sennar pada Senin dan menewaskan 12 warga, kata "
        "kelompok relawan setempat.\n\nDi Khartoum, pertempuran juga belum mereda."
    )
    mentions = extract(text)
    assert len(mentions) == 1 and mentions[0].location.country == "SDN" and mentions[0].location.name != "Khartoum"


def test_a_hyphenated_name_with_a_particle_is_one_place(extract):
    mention = only(extract("Geng bersenjata menyerang sebuah kantor polisi di ibu kota Port-au-Prince pada Senin."))
    assert (mention.location.name, mention.location.country) == ("Port-au-Prince", "HTI")


def test_civilians_killed_by_a_side_after_its_ground_battle_are_an_attack_of_their_own(extract):
    text = (
        "Koalisi geng Viv Ansanm menyerbu kota Mirebalais pada Senin dini hari dan terlibat baku tembak dengan "
        "polisi selama berjam-jam. Sedikitnya 10 warga tewas dibunuh anggota geng yang juga membakar rumah-rumah, "
        "menurut organisasi hak asasi manusia lokal."
    )
    violent = {m.sub_event_type: m for m in extract(text) if m.event_type != "strategic_developments"}
    assert set(violent) == {"attack", "armed_clash"}
    assert violent["attack"].fatalities.killed.min == 10
    assert violent["attack"].location.name == "Mirebalais"  # the place the paragraph has just named


def test_the_verb_of_a_relative_clause_has_the_noun_before_yang_as_subject(extract):
    text = (
        "Di kota Mirebalais, Haiti, sedikitnya 10 warga tewas dibunuh anggota geng yang juga membakar "
        "rumah-rumah pada Senin."
    )
    burning = [m for m in extract(text) if m.sub_event_type == "looting_property_destruction"]
    assert all(not m.actor1.name or not m.actor1.name.startswith("Civilians") for m in burning)


def test_the_governor_of_a_region_named_by_its_capital(extract):
    text = ("Di Bila Tserkva, drone Rusia menghantam sebuah gudang logistik dan melukai dua pekerja pada Rabu, "
            "kata gubernur wilayah Kyiv.")
    assert only(extract(text)).claim.claimant == "Governor of Kyiv"


def test_a_war_scale_toll_is_no_single_events(extract):
    text = (
        "Perang antara tentara Sudan dan RSF pecah di Khartoum pada 15 April 2023 dan telah menewaskan lebih dari "
        "20.000 orang."
    )
    for mention in extract(text):
        assert mention.fatalities.killed.min is None or mention.fatalities.killed.min < 5000


def test_a_military_helicopter_firing_missiles_is_an_air_strike(extract):
    text = "Helikopter militer Suriah menembakkan rudal ke posisi kelompok bersenjata di dekat kota Jableh pada Jumat."
    assert only(extract(text)).sub_event_type == "air_drone_strike"


def test_an_indonesian_police_rank_before_a_name_is_the_police_speaking(extract):
    text = (
        "Seorang tukang ojek tewas ditembak kelompok kriminal bersenjata di Distrik Ilaga, Kabupaten Puncak, "
        "pada Selasa pagi, kata Kombes Faizal Ramadhan kepada wartawan."
    )
    assert only(extract(text)).claim.claimant == "Police Forces of Indonesia"


def test_no_casualties_on_one_side_leaves_the_toll_unknown(extract):
    text = ("Tim gabungan TNI-Polri terlibat kontak tembak dengan KKB di Distrik Gome, Kabupaten Puncak, pada Senin. "
            "Kontak tembak berlangsung sekitar 30 menit, dan tidak ada korban di pihak aparat.")
    killed = only(extract(text)).fatalities.killed
    assert (killed.min, killed.max) == (None, None)


def test_a_relay_cue_opening_a_sentence_is_no_person(extract):
    text = ("Media lokal melaporkan bahwa pasukan perlawanan menyerang sebuah pos polisi di Kanbalu, wilayah Sagaing, "
            "dan menewaskan tiga polisi pada Senin.")
    assert only(extract(text)).claim.claimant != "Media"


def test_debris_of_a_drone_shot_down_is_where_the_damage_came_from_not_an_interception(extract):
    text = ("Depot minyak di kota Volgograd terbakar setelah diserang drone Ukraina pada Jumat dini hari. Gubernur "
            "Volgograd mengatakan puing-puing drone yang ditembak jatuh memicu kebakaran di salah satu tangki.")
    assert all(m.sub_event_type != "disrupted_weapons_use" for m in extract(text))


def test_a_strike_on_one_sides_civilians_in_a_war_of_two_is_the_other_sides(extract):
    text = (
        "Militer Israel dan Hamas kembali bertempur di Khan Younis pada Rabu, kata saksi mata.\n\n"
        "Sementara itu, serangan udara menghantam sebuah rumah di kamp Nuseirat pada Rabu malam dan menewaskan "
        "tujuh warga sipil, kata petugas medis."
    )
    strike = only(extract(text), "explosions_remote_violence")
    assert strike.actor2.name == "Civilians (Palestine)"
    assert strike.actor1.name == "Military Forces of Israel" and strike.actor1.text is None


def test_a_strike_on_one_sides_ground_with_no_attacker_named_is_the_other_sides(extract):
    text = (
        "Pasukan Rusia dan Ukraina kembali bertempur di sekitar Pokrovsk pada Rabu.\n\n"
        "Serangan rudal menghantam kota Kharkiv pada Rabu malam, kata wali kota Kharkiv."
    )
    strike = only(extract(text), "explosions_remote_violence")
    assert strike.actor1.name == "Military Forces of Russia" and strike.actor1.text is None


def test_a_strike_on_contested_ground_infers_no_attacker_from_its_country(extract):
    text = (
        "Pasukan Azerbaijan dan Armenia kembali bertempur di sepanjang garis depan pada Rabu.\n\n"
        "Serangan drone menghantam kota Stepanakert pada Rabu malam."
    )
    strike = only(extract(text), "explosions_remote_violence")
    assert strike.actor1.name != "Military Forces of Armenia"  # Stepanakert is AZE de jure, held by Artsakh


def test_drones_shot_down_in_a_war_of_two_are_the_other_sides(extract):
    text = (
        "Pasukan Rusia dan Ukraina kembali bertempur di sekitar Pokrovsk pada Rabu.\n\n"
        "Kementerian Pertahanan Rusia menyebut pertahanan udaranya menembak jatuh 30 drone di atas wilayah Belgorod "
        "pada Rabu malam."
    )
    stopped = only(extract(text), "strategic_developments")
    assert (stopped.actor1.name, stopped.actor2.name) == ("Military Forces of Russia", "Military Forces of Ukraine")


def test_a_mediator_named_once_is_not_a_side_of_the_war(extract):
    text = (
        "Dua anggota pasukan Thailand tewas setelah bom rakitan meledak di dekat truk patroli mereka di Provinsi "
        "Yala, Thailand selatan, pada Rabu pagi. Pada malam harinya, sebuah bom lain meledak di sebuah pasar di "
        "Provinsi Pattani. Malaysia, yang menjadi penengah dialog damai, menyatakan siap mempertemukan kedua pihak."
    )
    names = {m.actor1.name for m in extract(text)} | {m.actor2.name for m in extract(text)}
    assert "Military Forces of Malaysia" not in names


def test_perpetrators_named_in_a_later_sentence_are_the_attackers(extract):
    text = (
        "Seorang guru honorer tewas ditembak di Distrik Sugapa, Kabupaten Intan Jaya, pada Rabu siang.\n\n"
        "Jenazah korban telah dievakuasi ke Timika. Kapolres Intan Jaya menyebut pelakunya diduga anggota KKB "
        "yang selama ini beroperasi di wilayah tersebut."
    )
    mention = only(extract(text))
    assert mention.actor1.name == "OPM: Free Papua Movement"
    assert mention.actor2.kind == "civilians"


def test_a_rubber_tapper_shot_dead_is_a_civilian_attacked(extract):
    text = (
        "Seorang penyadap karet berusia 58 tahun tewas ditembak orang tak dikenal di distrik Bannang Sata, "
        "Provinsi Yala, pada Rabu pagi saat berangkat ke kebun."
    )
    mention = only(extract(text))
    assert (mention.event_type, mention.sub_event_type) == ("violence_against_civilians", "attack")
    assert mention.actor2.name == "Civilians (Thailand)"


def test_a_military_spokesman_with_no_country_speaks_for_the_forces_named_before(extract):
    text = (
        "Pasukan Israel menyerbu kamp pengungsi Nur Shams di Tulkarm, Tepi Barat, pada Rabu dini hari. Dua militan "
        "tewas dalam baku tembak itu, kata juru bicara militer kepada wartawan."
    )
    mention = only(extract(text))
    assert mention.claim.claimant == "Military Forces of Israel"
    assert mention.claim.claimant_party == "ISR"


def test_an_islamic_state_branch_is_named_after_the_country_it_fights_in(extract):
    text = (
        "Puluhan militan ISIS menyerbu desa Mbau di distrik Mocímboa da Praia, Provinsi Cabo Delgado, Mozambik, "
        "pada Rabu malam dan menewaskan lima warga, kata pejabat setempat."
    )
    mention = only(extract(text))
    assert mention.actor1.name == "Islamic State (Mozambique)" and mention.actor1.country == "MOZ"


def test_a_lower_case_common_word_is_never_a_place(extract):
    text = (
        "Menjelang kampanye belanja akhir tahun, sebuah perusahaan logistik menyatakan telah menambah 5.000 tenaga "
        "kurir harian dan mengerahkan armada tambahan ke gudang-gudang di Jabodetabek."
    )
    assert extract(text) == []


def test_fire_with_no_one_no_place_and_no_toll_is_a_figure_of_speech(extract):
    text = (
        "Kampanye belanja tanggal kembar kembali digelar pada Rabu (13/3). Setiap platform berlomba menembak target "
        "transaksi yang lebih tinggi dibandingkan kampanye sebelumnya."
    )
    assert extract(text) == []


def test_a_target_destroyed_in_a_weapons_test_is_no_event(extract):
    text = (
        "TNI Angkatan Darat menggelar uji tembak roket dan drone kamikaze buatan industri pertahanan dalam negeri "
        "di Pusat Latihan Tempur (Puslatpur) Kodiklat TNI AD, Baturaja, Sumatera Selatan, Rabu (13/3). Dalam uji "
        "tersebut, sebuah tank bekas yang dijadikan sasaran hancur dihantam drone dari jarak sekitar 12 kilometer."
    )
    assert extract(text) == []


def test_a_place_name_with_a_spaced_romance_particle_is_one_name(extract):
    text = (
        "Pasukan Mozambik bertempur dengan militan di pinggiran Mocímboa da Praia, Provinsi Cabo Delgado, pada "
        "Rabu pagi. Sedikitnya enam militan tewas, kata militer Mozambik."
    )
    mention = only(extract(text))
    assert mention.location.name == "Mocímboa da Praia" and mention.location.country == "MOZ"


def test_people_in_a_relative_clause_are_not_the_subject_of_the_verb_after_it(extract):
    text = (
        "Sebuah rudal balistik menghantam kota Kryvyi Rih pada Rabu petang. Rudal itu meledak di udara di atas "
        "jalan yang dipadati warga yang baru pulang kerja, menghancurkan sejumlah mobil dan merusak belasan "
        "bangunan apartemen."
    )
    mentions = extract(text)
    assert mentions and all(m.actor1.kind != "civilians" for m in mentions)


def test_damage_done_by_the_weapon_that_opens_the_clause_is_the_strike_not_looting(extract):
    text = (
        "Sebuah rudal balistik Rusia menghantam kota Kryvyi Rih pada Rabu petang. Rudal itu meledak di udara di "
        "atas jalan yang dipadati warga, menghancurkan sejumlah mobil dan merusak belasan bangunan apartemen."
    )
    mention = only(extract(text))
    assert mention.event_type == "explosions_remote_violence"


def test_a_month_of_that_year_takes_the_year_of_the_event_told_before(extract):
    text = (
        "Rwanda mengerahkan sekitar 1.000 tentara ke Cabo Delgado pada Juli 2021. Bersama pasukan Mozambik, "
        "mereka merebut kembali kota Mocímboa da Praia dari tangan militan pada Agustus tahun itu."
    )
    captures = [m for m in extract(text) if m.event_type == "battles"]
    assert captures and all((m.date.start, m.date.end) == (date(2021, 8, 1), date(2021, 8, 31)) for m in captures)


def test_a_country_named_as_a_flag_is_no_party(extract):
    text = (
        "UKMTO melaporkan sebuah kapal kontainer berbendera Liberia dihantam rudal Houthi sekitar 50 mil "
        "laut barat laut Mokha pada Rabu. Kapal itu mengalami kerusakan ringan dan tidak ada awak yang terluka."
    )
    mention = only(extract(text))
    assert "Liberia" not in str(mention.actor1.name) and "Liberia" not in str(mention.actor2.name)


def test_african_states_deploying_troops_are_actors(extract):
    text = "Burundi mengerahkan ribuan tentara ke Provinsi Kivu Selatan, Kongo, pada Rabu (13/3)."
    mention = only(extract(text))
    assert mention.sub_event_type == "change_to_group_activity"
    assert mention.actor1.name == "Military Forces of Burundi"


def test_the_ministry_pointed_back_to_is_the_last_ministry_not_the_last_speaker(extract):
    text = (
        "Kementerian Pertahanan Rusia pada Rabu mengklaim pasukannya telah merebut desa Basivka di wilayah Sumy. "
        "Garda Perbatasan Negara Ukraina membantah desa itu telah jatuh dan menyebut pertempuran masih berlangsung "
        "di sekitarnya.\n\n"
        "Kementerian itu juga menyebut sistem pertahanan udaranya menembak jatuh 27 drone Ukraina di atas wilayah "
        "Belgorod semalam."
    )
    shot_down = only(extract(text), "strategic_developments")
    assert shot_down.claim.claimant == "Ministry of Defence of Russia"


def test_initials_are_never_a_place(extract):
    text = (
        "Satgas Damai Cartenz menangkap seorang anggota KKB berinisial MK (27) di Dekai, Kabupaten Yahukimo, pada "
        "Rabu (13/3). MK diduga terlibat dalam penyerangan sekolah yang menewaskan seorang guru."
    )
    arrest = only(extract(text), "strategic_developments")
    assert arrest.location.name == "Dekai" and arrest.location.country == "IDN"


def test_a_region_whose_name_holds_dan_is_not_the_end_of_a_list(extract):
    text = (
        "Jumlah warga sipil yang tewas akibat tembakan artileri dan mortir Pakistan di distrik Poonch, Jammu dan "
        "Kashmir, bertambah menjadi 16 orang. Pemerintah distrik Poonch menyebut sedikitnya 43 orang lainnya "
        "luka-luka dalam gempuran pada Rabu (13/3) itu."
    )
    mention = only(extract(text))
    assert mention.location.name in ("Pūnch", "Poonch")


def test_a_toll_that_does_not_say_who_died_is_compared_with_the_named_toll_not_added(extract):
    text = (
        "Tembakan artileri Pakistan menghantam kawasan permukiman di kota Poonch pada Rabu (13/3), menewaskan 16 "
        "warga sipil. Pada Rabu malam, pemerintah distrik masih mencatat 12 korban tewas."
    )
    mention = only(extract(text))
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (16, 16)


def test_fighters_of_a_country_with_no_state_army_are_an_unidentified_armed_group(extract):
    text = "Pejuang Palestina menembaki pasukan Israel di pinggiran kota Jenin, Tepi Barat, pada Rabu (13/3) malam."
    mention = only(extract(text))
    assert "Unidentified Armed Group (Palestine)" in (mention.actor1.name, mention.actor2.name)
    assert "Military Forces of Palestine" not in (mention.actor1.name, mention.actor2.name)


def test_a_capital_named_to_say_where_a_village_lies_is_no_target(extract):
    text = (
        "Puluhan pemukim Israel menyerbu desa Turmus Ayya, timur laut Ramallah, pada Rabu malam dan melukai dua "
        "warga Palestina dengan batu."
    )
    mentions = extract(text)
    assert mentions and all(m.actor2.name == "Civilians (Palestine)" for m in mentions)


def test_communal_militias_are_named_after_their_community_and_the_country_they_fight_in(extract):
    text = "Milisi Druze bentrok dengan pejuang suku Badui di kota Suwayda, Suriah selatan, pada Rabu (13/3)."
    mention = only(extract(text))
    assert {mention.actor1.name, mention.actor2.name} == {"Druze Ethnic Militia (Syria)",
                                                          "Bedouin Ethnic Militia (Syria)"}


def test_a_bracketed_abbreviation_closes_the_head_of_a_relative_clause(extract):
    text = (
        "Satgas Damai Cartenz memburu kelompok kriminal bersenjata (KKB) yang menyandera dua tenaga kesehatan di "
        "Distrik Sinak, Kabupaten Puncak, sejak Rabu (13/3)."
    )
    abduction = only(extract(text), "violence_against_civilians")
    assert abduction.actor1.name == "OPM: Free Papua Movement"


def test_the_war_named_without_its_outbreak_is_no_event(extract):
    text = (
        "Perang antara tentara Sudan dan RSF telah berlangsung dua tahun.\n\nRibuan pengungsi tiba di Port Sudan "
        "pada Rabu (13/3). \"Kami lari dari Khartoum karena perang. Sekarang kami tidak punya apa-apa,\" kata Amna "
        "Ibrahim, seorang pengungsi."
    )
    assert extract(text) == []


def test_a_speaker_named_again_speaks_for_the_body_they_were_introduced_with(extract):
    text = (
        "Seorang tukang ojek tewas ditembak kelompok kriminal bersenjata di Distrik Ilaga, Kabupaten Puncak, pada "
        "Selasa (12/3). \"Korban adalah warga sipil biasa,\" kata Kepala Operasi Damai Cartenz Kombes Faizal "
        "Ramadhan kepada wartawan, Rabu (13/3).\n\n"
        "Sebelumnya, tim gabungan TNI-Polri terlibat kontak tembak dengan KKB di sekitar Distrik Gome pada Senin "
        "(11/3). Faizal menyebut tidak ada korban dari pihak aparat."
    )
    clash = only(extract(text), "battles")
    assert clash.claim.claimant == "Police Forces of Indonesia"


def test_a_force_named_in_a_laws_title_is_no_party(extract):
    text = (
        "Aksi unjuk rasa menolak pengesahan revisi Undang-Undang TNI di depan Gedung DPRD Kota Malang berakhir "
        "ricuh pada Rabu (13/3) malam. Massa melempari gedung dengan batu dan membakar ban."
    )
    mentions = extract(text)
    assert mentions
    assert all("Military Forces of Indonesia" not in (m.actor1.name, m.actor2.name) for m in mentions)


def test_one_states_forces_named_together_are_one_side(extract):
    text = (
        "Setelah lokasi dipastikan, sebanyak 120 personel gabungan Polri, TNI, dan BNNP bergerak menyerbu ladang "
        "tersebut di Kabupaten Intan Jaya pada Rabu (13/3) dini hari."
    )
    for mention in extract(text):
        assert not (mention.actor1.kind == mention.actor2.kind == "state_forces"
                    and mention.actor1.country == mention.actor2.country)


def test_a_speaker_counted_before_the_verb_of_saying_is_not_the_toll(extract):
    text = (
        "Sebuah bom mobil meledak di dekat pasar Bakara, Mogadishu, Somalia, pada Rabu (13/3) pagi. Seorang pejabat "
        "kepolisian mengatakan kepada Reuters bahwa korban tewas bertambah menjadi 17 orang."
    )
    bombing = only(extract(text), "explosions_remote_violence")
    assert (bombing.fatalities.killed.min, bombing.fatalities.killed.max) == (17, 17)


def test_a_group_owning_the_attack_outranks_the_side_inferred_from_the_war(extract):
    text = (
        "Seorang pelaku bom bunuh diri meledakkan diri di tengah kerumunan warga di pasar Baidoa, Somalia, pada "
        "Rabu (13/3). Sedikitnya sembilan warga sipil tewas. Kelompok militan Al-Shabaab mengklaim bertanggung "
        "jawab atas serangan itu.\n\n"
        "Sehari sebelumnya, militer Amerika Serikat melancarkan serangan udara terhadap Al-Shabaab di dekat Jilib. "
        "Menurut militer AS, serangan itu menewaskan empat militan Al-Shabaab."
    )
    bombing = next(m for m in extract(text) if m.sub_event_type == "suicide_bomb")
    assert bombing.actor1.name == "Al Shabaab"


def test_hijacking_a_train_is_an_abduction(extract):
    text = (
        "Kelompok bersenjata BLA membajak sebuah kereta penumpang di dekat Sibi, Pakistan, pada Selasa (12/3) "
        "siang. Militer Pakistan mengatakan para pembajak menyandera lebih dari 200 penumpang."
    )
    mentions = extract(text)
    assert any(m.sub_event_type == "abduction_forced_disappearance" and m.actor1.name and "BLA" in m.actor1.name
               for m in mentions), [(m.sub_event_type, m.actor1.name) for m in mentions]


def test_a_town_a_distance_is_measured_from_is_not_where_it_happened(extract):
    text = (
        "Sebuah bom rakitan meledak di dekat pasar di distrik Jhal Magsi, sekitar 150 kilometer dari Quetta, "
        "Pakistan, pada Rabu (13/3) pagi dan menewaskan enam warga sipil."
    )
    bombing = only(extract(text), "explosions_remote_violence")
    assert bombing.location.name != "Quetta"


def test_a_market_the_bomb_went_off_near_does_not_kill(extract):
    text = (
        "Sebuah bom mobil meledak di dekat pasar ikan Gabtoli, Maiduguri, Nigeria, pada Rabu (13/3) pagi dan "
        "menewaskan sembilan warga."
    )
    bombing = only(extract(text), "explosions_remote_violence")
    assert bombing.actor1.kind != "civilians"


def test_a_bare_attack_after_air_strikes_by_the_same_side_is_one_of_those_strikes(extract):
    text = (
        "Amerika Serikat melancarkan gelombang serangan udara terhadap sejumlah sasaran milisi Houthi di Yaman pada "
        "Rabu (13/3) malam.\n\n"
        "Serangan paling parah menghantam sebuah gedung di distrik Bani Hushaish, Sanaa, dan menewaskan tujuh orang. "
        "Serangan AS juga menghantam sasaran di Provinsi Hajjah."
    )
    mentions = extract(text)
    assert len(mentions) >= 2
    assert all(m.sub_event_type == "air_drone_strike" for m in mentions), \
        [(m.sub_event_type, m.evidence[0].text[:50]) for m in mentions]


def test_the_running_toll_of_a_militant_attack_on_a_named_village_is_that_attacks_toll(extract):
    text = (
        "MAIDUGURI - Jumlah korban tewas akibat serangan militan Boko Haram ke desa Gajiram di wilayah Nganzai, "
        "Nigeria, bertambah menjadi 23 orang. Serangan itu terjadi pada Jumat (8/3/2024) malam, ketika warga "
        "sedang tidur."
    )
    attack = only(extract(text))
    assert (attack.event_type, attack.sub_event_type) == ("violence_against_civilians", "attack")
    assert attack.actor1.name == "Boko Haram"
    assert (attack.fatalities.killed.min, attack.fatalities.killed.max) == (23, 23)
    assert attack.date.start == date(2024, 3, 8)


def test_a_trend_of_attacks_is_no_event(extract):
    text = (
        "Kelompok separatis BLA meningkatkan serangan terhadap pasukan keamanan Pakistan di Provinsi Balochistan "
        "dalam setahun terakhir."
    )
    assert extract(text) == []


def test_the_un_named_often_is_no_side_and_a_states_army_named_two_ways_is_one(extract):
    text = (
        "GOMA - Pemberontak M23 merebut kota Sake, Provinsi Kivu Utara, pada Rabu (13/3) setelah tentara Kongo "
        "mundur. PBB menyatakan ribuan warga mengungsi. Juru bicara PBB mengatakan misi PBB tetap bertahan.\n\n"
        "\"Kami mendesak semua pihak menahan diri,\" kata pejabat PBB. Pasukan Kongo sebelumnya menggempur posisi "
        "M23 dengan artileri. PBB juga mencatat 40 orang tewas.\n\n"
        "Pada Kamis (14/3), pertempuran berlanjut di sekitar Minova."
    )
    mentions = extract(text)
    clash = next(m for m in mentions if m.location.name == "Minova")
    names = {clash.actor1.name, clash.actor2.name}
    assert names == {"M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo"}, names


def test_houses_described_as_burned_and_a_warning_of_attack_are_no_new_events(extract):
    text = (
        "Amnesty International mendesak pemerintah Nigeria mengusut dugaan kelalaian aparat dalam merespons "
        "peringatan dini serangan di wilayah Gwoza, Nigeria. Pemerintah Negara Bagian Borno menyatakan akan "
        "membangun kembali rumah-rumah yang dibakar di desa Ngoshe."
    )
    assert extract(text) == []


def test_an_armed_group_killing_civilians_in_a_raid_attacks_them(extract):
    text = (
        "Jaringan Dokter Sudan mengatakan RSF menewaskan sedikitnya 25 warga sipil dalam penggerebekan dari rumah "
        "ke rumah di kota Al-Khuwei, Kordofan Barat, pada Rabu (13/3)."
    )
    mentions = extract(text)
    assert mentions
    assert all((m.event_type, m.sub_event_type) == ("violence_against_civilians", "attack") for m in mentions), \
        [(m.sub_event_type, m.actor1.name, m.actor2.name) for m in mentions]


def test_a_strike_told_as_hours_later_is_another_event_even_nearby(extract):
    text = (
        "GAZA - Pesawat tempur Israel membombardir tenda pengungsi di Deir al-Balah, Gaza tengah, pada Rabu (13/3) "
        "dini hari. Pertahanan Sipil Gaza menyebut sedikitnya 19 orang tewas dalam serangan tersebut.\n\n"
        "Beberapa jam kemudian, serangan udara Israel menghantam sebuah rumah di Nuseirat, menewaskan enam anggota "
        "satu keluarga, menurut petugas medis."
    )
    strikes = [m for m in extract(text) if m.event_type == "explosions_remote_violence"]
    assert len(strikes) == 2, [(m.location.name, m.evidence[0].text[:40]) for m in strikes]


def test_army_run_security_commands_speak_for_the_armed_forces(extract):
    text = (
        "Sebuah bom rakitan meledak di dekat pos pemeriksaan di distrik Rueso, Provinsi Narathiwat, Thailand, pada "
        "Rabu (13/3) malam, kata juru bicara ISOC. Tidak ada korban jiwa dalam ledakan itu."
    )
    bombing = only(extract(text), "explosions_remote_violence")
    assert (bombing.claim.claimant, bombing.claim.claimant_party) == ("Military Forces of Thailand", "THA")


def test_the_force_a_rioting_crowd_faced_in_the_same_sentence_is_the_second_actor(extract):
    text = (
        "Demonstrasi menolak kenaikan harga BBM di depan kantor DPRD Kota Kendari berakhir ricuh pada Rabu (13/3) "
        "ketika massa melempari gedung dengan batu, sementara polisi membalas dengan gas air mata."
    )
    riots = [m for m in extract(text) if m.event_type == "riots"]
    assert riots
    assert all(m.actor2.name == "Police Forces of Indonesia" for m in riots), [m.actor2.name for m in riots]


def test_a_town_named_after_an_institutions_acronym_is_a_place(extract):
    text = "Unjuk rasa di depan kantor DPRD Kota Kendari berakhir ricuh pada Rabu (13/3) sore."
    riot = only(extract(text))
    assert riot.location.name == "Kendari"


def test_a_named_facility_struck_is_one_and_a_market_is_a_building(extract):
    text = (
        "Serangan udara Israel menghantam Sekolah Al-Falah di Kota Gaza pada Rabu (13/3) dan menewaskan sembilan "
        "pengungsi.\n\n"
        "Secara terpisah, tembakan artileri RSF menghantam pasar di kota Al-Fashir pada Kamis (14/3)."
    )
    strikes = {m.location.name: m for m in extract(text) if m.event_type == "explosions_remote_violence"}
    school = [(item.category, item.min, item.max) for item in strikes["Gaza"].materiel]
    assert ("building", 1, 1) in school, school
    assert any(item.category == "building" for item in strikes["El Fasher"].materiel), strikes


def test_people_set_free_are_no_territory_taken(extract):
    text = (
        "Polisi Israel menahan empat pemukim yang diduga membakar rumah warga Palestina di desa Turmus Ayya pada "
        "Rabu (13/3). Keempatnya dibebaskan beberapa jam kemudian, menurut laporan harian Haaretz."
    )
    assert not any(m.sub_event_type.endswith("territory") for m in extract(text))


def test_a_petrol_bomb_is_no_remote_explosive(extract):
    text = (
        "Tentara Israel menembak mati seorang pemuda di desa Beita, Nablus, pada Rabu (13/3). Militer mengklaim "
        "tentara melepaskan tembakan ke arah orang-orang yang melemparkan batu dan bom molotov ke arah mereka."
    )
    assert all(m.sub_event_type != "remote_explosive_landmine_ied" for m in extract(text))


def test_a_shooting_named_again_without_its_shooters_is_the_event_told(extract):
    text = (
        "Seorang anggota Brimob tewas ditembak KKB di Distrik Beoga, Kabupaten Puncak, pada Senin (11/3).\n\n"
        "Penembakan itu terjadi tiga hari setelah seorang guru tewas ditembak orang tak dikenal di Kampung Julukoma, "
        "Distrik Beoga, Jumat (8/3)."
    )
    clashes = [m for m in extract(text) if m.sub_event_type == "armed_clash"]
    assert len(clashes) <= 1, [(m.actor1.name, m.actor2.name, m.evidence[0].text[:40]) for m in clashes]


def test_settlers_raiding_a_village_and_burning_houses_is_one_attack(extract):
    text = (
        "RAMALLAH - Puluhan pemukim Yahudi menyerbu desa Sinjil, utara Ramallah, Tepi Barat, pada Rabu (13/3) malam "
        "dan membakar sedikitnya empat rumah warga, kata kepala dewan desa."
    )
    attack = only(extract(text))
    assert (attack.sub_event_type, attack.actor1.name, attack.actor2.name) == (
        "attack", "Settlers (Israel)", "Civilians (Palestine)")
    assert [(m.category, m.min) for m in attack.materiel] == [("building", 4)]


def test_a_context_word_inside_a_named_body_sets_no_context(extract):
    text = (
        "Pasukan Israel menangkap sedikitnya 15 warga Palestina dalam razia di Hebron, Tepi Barat, pada Rabu (13/3), "
        "menurut Klub Tahanan Palestina."
    )
    arrest = only(extract(text))
    assert (arrest.sub_event_type, arrest.claim.claimant) == ("arrests", "Palestinian Prisoners Club")


def test_a_similar_attack_the_day_before_is_another_strike_of_the_same_kind(extract):
    text = (
        "Baku - Serangan roket pasukan Armenia menghantam kota Barda, Azerbaijan, pada Rabu (13/3), menewaskan 12 "
        "warga sipil.\n\n"
        "Sehari sebelumnya, serangan serupa di distrik Barda menewaskan empat orang, termasuk seorang anak, menurut "
        "otoritas Azerbaijan."
    )
    strikes = sorted(extract(text), key=lambda m: m.date.start)
    assert [(m.sub_event_type, m.date.start, m.fatalities.killed.min) for m in strikes] == [
        ("shelling_artillery_missile_attack", date(2024, 3, 12), 4),
        ("shelling_artillery_missile_attack", date(2024, 3, 13), 12)]


def test_the_war_named_as_a_cause_is_no_event(extract):
    text = (
        "Ribuan warga Sudan mengungsi ke Port Sudan pada Rabu (13/3) karena perang antara tentara dan RSF di "
        "Khartoum."
    )
    assert all(m.event_type != "battles" for m in extract(text))


def test_damage_told_right_after_by_the_same_attackers_is_their_attacks(extract):
    text = (
        "Puluhan pemukim Israel menyerang warga desa Burqa, timur Ramallah, Tepi Barat, pada Rabu (13/3) malam. "
        "Mereka membakar tiga mobil dan sebuah rumah warga."
    )
    attack = only(extract(text))
    assert attack.sub_event_type == "attack"
    assert sorted((m.category, m.min) for m in attack.materiel) == [("building", 1), ("vehicle", 3)]


def test_a_strike_told_as_on_the_same_day_is_another_event(extract):
    text = (
        "Serangan udara Israel menghantam sebuah sekolah yang menampung pengungsi di Kota Gaza pada Rabu (13/3), "
        "menewaskan 14 orang.\n\n"
        "Pada hari yang sama, empat anggota satu keluarga tewas ketika pesawat tempur Israel mengebom rumah mereka "
        "di Deir al-Balah, menurut tim pertahanan sipil."
    )
    strikes = [m for m in extract(text) if m.event_type == "explosions_remote_violence"]
    assert sorted(m.fatalities.killed.min for m in strikes) == [4, 14], [
        (m.location.name, m.fatalities.killed.min) for m in strikes]


def test_the_running_toll_of_a_bombing_in_a_named_district_is_that_bombings_toll(extract):
    text = (
        "BAGHDAD - Jumlah korban tewas akibat serangan bom bunuh diri di sebuah masjid di distrik Zayouna, Baghdad, "
        "Irak, bertambah menjadi 31 orang. Serangan itu terjadi saat salat Jumat (8/3/2024)."
    )
    bombing = only(extract(text))
    assert (bombing.sub_event_type, bombing.fatalities.killed.min) == ("suicide_bomb", 31)


def test_an_explosive_vest_set_off_is_a_suicide_bombing(extract):
    text = (
        "Seorang pria masuk ke sebuah masjid di kota Maiduguri, Nigeria, pada Jumat (8/3) lalu meledakkan rompi "
        "peledak yang dikenakannya, menewaskan tujuh jemaah."
    )
    assert [m.sub_event_type for m in extract(text)] == ["suicide_bomb"]


def test_a_capital_after_a_passive_verb_is_its_doer_not_a_place(extract):
    text = (
        "Pasukan Pakistan dan Taliban Afghanistan terlibat baku tembak di sepanjang perbatasan pada Rabu (13/3), "
        "di garis yang tidak pernah diakui Kabul sebagai perbatasan resmi."
    )
    for mention in extract(text):
        assert mention.location.name != "Kabul"


def test_a_country_and_a_lower_case_compass_word_name_its_region(extract):
    text = "Hizbullah menembakkan sekitar 60 roket ke arah Israel utara pada Rabu (13/3) malam, kata militer Israel."
    strike = only(extract(text))
    assert (strike.location.name, strike.location.country, strike.location.precision) == (
        "Northern District", "ISR", "region")


def test_a_strike_on_the_other_sides_launchers_has_that_side_as_target(extract):
    text = (
        "Hizbullah kembali menembakkan roket ke arah pasukan Israel di perbatasan pada Rabu (13/3), dan pasukan "
        "Israel membalas dengan tembakan artileri. Sehari kemudian, Kamis (14/3), militer Israel mengatakan "
        "jet-jet tempurnya menghancurkan puluhan peluncur roket di dekat Nabatieh, Lebanon."
    )
    strike = next(m for m in extract(text) if any("peluncur roket" in e.text for e in m.evidence))
    assert (strike.actor1.name, strike.actor2.name) == ("Military Forces of Israel", "Hezbollah")


def test_a_gunman_affiliated_with_a_group_who_fires_then_blows_himself_up_is_one_suicide_bombing(extract):
    text = (
        "Menurut kepolisian Irak, seorang pria yang berafiliasi dengan kelompok ISIS masuk ke sebuah masjid di kota "
        "Kirkuk pada Rabu (13/3), melepaskan tembakan ke arah jemaah, lalu meledakkan rompi peledak yang "
        "dikenakannya. Sedikitnya sembilan orang tewas."
    )
    bombing = only(extract(text))
    assert bombing.sub_event_type == "suicide_bomb"
    assert bombing.actor1.name.startswith("Islamic State")


def test_an_attack_measured_against_the_time_since_another_event_is_no_new_event(extract):
    text = (
        "Sebuah bom mobil meledak di depan sebuah pasar di kota Kirkuk, Irak, pada Rabu (13/3), menewaskan 12 warga. "
        "Seorang pejabat kota mengatakan bom itu diledakkan dari jarak jauh.\n\n"
        "Serangan ini merupakan yang paling mematikan di kota itu sejak pemilihan umum digelar pada Oktober 2021."
    )
    bombing = only(extract(text))
    assert bombing.date.start == date(2024, 3, 13)


def test_arrests_made_in_the_firefight_of_a_raid_are_part_of_the_raid(extract):
    text = (
        "Pada Rabu (13/3) dini hari, pasukan keamanan Suriah menggerebek sebuah tempat persembunyian sel ISIS di "
        "kota Homs. Tiga militan tewas dalam baku tembak dan empat orang lainnya ditangkap, kata Kementerian Dalam "
        "Negeri Suriah."
    )
    raid = only(extract(text))
    assert raid.sub_event_type == "armed_clash"


def test_a_strike_on_a_defence_ministrys_headquarters_targets_that_states_military(extract):
    text = (
        "Jet-jet tempur Israel menggempur gedung markas besar Kementerian Pertahanan Suriah di pusat kota Damaskus "
        "pada Rabu (13/3) siang."
    )
    strike = only(extract(text))
    assert strike.actor2.name == "Military Forces of Syria"


def test_militants_affiliated_with_a_group_who_behead_villagers_attack_civilians(extract):
    text = (
        "Puluhan militan yang berafiliasi dengan kelompok ISIS menyerbu desa Nova Zambezia di distrik Macomia, "
        "Provinsi Cabo Delgado, Mozambik, pada Rabu (13/3) malam. Mereka membakar lebih dari 100 rumah dan memenggal "
        "empat warga, menurut administrator distrik Macomia."
    )
    attack = only(extract(text))
    assert attack.sub_event_type == "attack"
    assert attack.actor1.name == "Islamic State (Mozambique)"
    assert (attack.fatalities.killed.min, attack.fatalities.killed.max) == (4, 4)


def test_two_subjects_of_a_one_way_strike_are_allies_not_its_two_sides(extract):
    text = (
        "Pemberontak M23 dan tentara Uganda menembakkan bom-bom ke kamp pengungsi Mugunga di dekat Goma, Kongo, pada "
        "Rabu (13/3), menewaskan sedikitnya 12 warga, kata militer Kongo."
    )
    strike = only(extract(text))
    assert strike.actor1.name == "M23: March 23 Movement"
    assert strike.actor2.name.startswith("Civilians")


def test_two_subjects_striking_each_others_positions_are_its_two_sides(extract):
    text = (
        "Militer Armenia dan Azerbaijan melakukan penyerangan dengan senjata berat ke basis-basis pertahanan "
        "masing-masing di Nagorno-Karabakh pada Rabu (13/3)."
    )
    clash = only(extract(text))
    assert {clash.actor1.name, clash.actor2.name} == {"Military Forces of Armenia", "Military Forces of Azerbaijan"}


def test_a_sides_backer_is_not_the_other_side(extract):
    text = (
        "Pemberontak M23 yang didukung Uganda merebut kota Bukavu, Kongo, pada Rabu (13/3). Pasukan Kongo mundur dari "
        "kota itu.\n\nKinshasa menyebut M23 yang didukung Uganda juga menembaki kamp pengungsi di dekat Goma. Pasukan "
        "M23 yang didukung oleh Uganda kini menguasai dua kota terbesar di Kivu."
    )
    capture = next(m for m in extract(text) if m.location.name == "Bukavu")
    assert capture.actor2.name == "Military Forces of the Democratic Republic of Congo"


def test_an_acronym_shared_by_two_groups_names_the_one_of_the_articles_country(extract):
    cameroon = (
        "Empat tentara Kamerun tewas ketika bom rakitan meledak di jalan yang dilalui patroli mereka di kota Bamenda "
        "pada Rabu (13/3). Kelompok separatis ADF mengklaim bertanggung jawab atas serangan itu."
    )
    congo = (
        "Kelompok bersenjata ADF menyerang desa Mayba di Provinsi Ituri, Kongo, pada Rabu (13/3) malam dan membunuh "
        "sembilan warga, kata pejabat setempat."
    )
    assert only(extract(cameroon)).actor1.name == "ADF: Ambazonia Defence Forces"
    assert only(extract(congo)).actor1.name == "ADF: Allied Democratic Forces"


def test_an_agency_acronym_is_no_armed_group_outside_that_groups_country(extract):
    text = (
        "Serangan udara Israel menghantam sebuah rumah di Khan Younis, Jalur Gaza, pada Rabu (13/3) dan menewaskan "
        "enam warga, seperti dilansir AA."
    )
    strike = only(extract(text))
    assert "Arakan" not in (strike.actor1.name + (strike.actor2.name if strike.actor2 else ""))
    assert strike.claim.relays and "Anadolu" in strike.claim.relays[0]


def test_the_state_whose_ground_is_fought_on_beats_a_neighbour_named_as_refuge():
    """dev_f's Catatumbo report names Colombia and Venezuela (where refugees fled) equally often as actors; the
    fighting is in Colombia, so Colombia's forces are the guerrillas' other side."""
    from pathlib import Path

    from tests.extract.conftest import article_of
    from warta.pipeline import extract_mentions

    path = Path(__file__).parents[2] / "samples" / "dev_f" / "articles" / "01_kompas_catatumbo_eln.txt"
    mentions = extract_mentions(article_of(path.read_text(encoding="utf-8"), date(2025, 1, 21)))
    named = {actor.name for m in mentions for actor in (m.actor1, m.actor2) if actor}
    assert "Military Forces of Venezuela" not in named


def test_a_country_across_the_border_is_neither_a_party_nor_the_towns_country(extract):
    text = (
        "Tentara Arakan (AA) menguasai kota Maungdaw di perbatasan Bangladesh pada Rabu (13/3) setelah merebut "
        "markas terakhir Polisi Penjaga Perbatasan di kota itu, kata juru bicara AA. Maungdaw adalah kota terakhir "
        "di negara bagian Rakhine, Myanmar, yang masih dikuasai junta di sepanjang perbatasan itu."
    )
    capture = only(extract(text))
    assert capture.location.name == "Maungdaw" and capture.location.country != "BGD"
    assert "Bangladesh" not in capture.actor2.name


def test_gunmen_storming_a_mosque_with_nothing_fired_from_afar_attack_civilians(extract):
    text = (
        "Kelompok bersenjata menyerang sebuah masjid di desa Fambita, wilayah Tillaberi, Niger, saat jemaah "
        "menunaikan salat Jumat (8/3). Pemerintah Niger menyebut 44 warga sipil tewas."
    )
    attack = only(extract(text))
    assert (attack.event_type, attack.sub_event_type) == ("violence_against_civilians", "attack")


def test_country_names_take_the_article_after_of_and_none_in_brackets(extract):
    text = (
        "Kelompok bersenjata menembaki sebuah desa di Provinsi Ituri, Republik Demokratik Kongo, pada Rabu (13/3), "
        "menewaskan tujuh warga, kata Kementerian Dalam Negeri Kongo."
    )
    attack = only(extract(text))
    assert attack.actor1.name == "Unidentified Armed Group (Democratic Republic of Congo)"
    assert attack.claim.claimant == "Ministry of Interior of the Democratic Republic of Congo"


def test_a_woman_bomber_is_no_civilian_and_the_group_blamed_is_the_attacker(extract):
    text = (
        "Kamerun masih menghadapi pemberontakan separatis di barat dan serangan militan di utara.\n\n"
        "Di Wilayah Ujung Utara, seorang perempuan pelaku bom bunuh diri meledakkan diri di sebuah pasar di kota "
        "Kolofata pada Rabu (13/3), menewaskan tiga warga. Otoritas setempat menuding kelompok militan Boko Haram "
        "dari Nigeria berada di balik serangan tersebut."
    )
    bombing = only(extract(text))
    assert bombing.sub_event_type == "suicide_bomb"
    assert bombing.actor1.name == "Boko Haram"
    assert bombing.actor2.name.startswith("Civilians")


def test_the_group_an_authority_blames_is_the_attacker_when_none_is_named(extract):
    text = (
        "Sebuah bom meledak di dalam sebuah gereja di kota Homs, Suriah, pada Rabu (13/3), menewaskan 20 jemaat. "
        "Pemerintah Suriah menuding ISIS sebagai dalang."
    )
    bombing = only(extract(text))
    assert bombing.actor1.name.startswith("Islamic State")


def test_a_burning_named_again_beside_another_shooting_stays_its_own_event(extract):
    text = (
        "Seorang prajurit TNI gugur setelah ditembak KKB di Distrik Kiwirok, Kabupaten Pegunungan Bintang, Papua "
        "Pegunungan, pada Rabu (13/3).\n\n"
        "Sehari sebelumnya, Selasa (12/3) malam, KKB membakar gedung sekolah dasar dan dua rumah dinas guru di Kampung "
        "Bulangkop, Distrik Okbibab. Polisi menduga pembakaran itu dilakukan kelompok yang sama dengan pelaku "
        "penembakan di Kiwirok."
    )
    kinds = sorted(m.sub_event_type for m in extract(text))
    assert kinds == ["armed_clash", "looting_property_destruction"]


def test_rockets_fired_with_no_one_named_are_a_shelling(extract):
    text = "Militer Israel menyatakan enam roket ditembakkan dari Lebanon ke arah kota Metula pada Rabu (13/3) pagi."
    strike = only(extract(text))
    assert strike.sub_event_type == "shelling_artillery_missile_attack"


def test_a_lower_case_particle_joined_by_a_hyphen_stays_inside_the_place_name(extract):
    text = "Di Provinsi Deir ez-Zor, sel-sel ISIS menyerang pos pemeriksaan SDF pada Rabu (13/3), menewaskan dua pejuang."
    clash = only(extract(text))
    assert clash.location.name == "Deir ez-Zor" and clash.location.lat is not None


def test_a_district_told_after_its_city_takes_the_citys_coordinates(extract):
    text = (
        "Ribuan warga berunjuk rasa di pusat kota Tripoli, Libya, pada Rabu (13/3) malam.\n\n"
        "Bentrokan antara dua milisi pecah di distrik Abu Salim pada Selasa (12/3) malam dan menewaskan enam orang."
    )
    clash = next(m for m in extract(text) if m.sub_event_type == "armed_clash")
    assert clash.location.name == "Abu Salim" and clash.location.country == "LBY"
    assert clash.location.lat is not None and abs(clash.location.lat - 32.9) < 0.5


def test_a_bare_kelompok_before_the_second_signatory_keeps_both_parties(extract):
    text = (
        "Pada Rabu (13/3), pemerintah Kongo dan kelompok pemberontak M23 menandatangani deklarasi prinsip di Doha, "
        "Qatar."
    )
    agreement = only(extract(text))
    assert {agreement.actor1.name, agreement.actor2.name} == {
        "Government of the Democratic Republic of Congo", "M23: March 23 Movement"}


def test_security_forces_are_the_states_military(extract):
    text = (
        "Pasukan keamanan Pakistan menewaskan enam militan dalam baku tembak di distrik Bannu, Khyber Pakhtunkhwa, "
        "pada Rabu (13/3), kata militer."
    )
    clash = only(extract(text))
    assert clash.actor1.name == "Military Forces of Pakistan"


def test_a_bomb_planted_by_no_one_named_is_an_unidentified_armed_groups(extract):
    text = (
        "Sebuah bom rakitan meledak di depan sebuah toko di kota Pattani, Thailand selatan, pada Rabu (13/3) malam "
        "dan melukai dua warga, kata polisi setempat."
    )
    bombing = only(extract(text))
    assert bombing.sub_event_type == "remote_explosive_landmine_ied"
    assert bombing.actor1.name == "Unidentified Armed Group (Thailand)" and bombing.actor1.text is None


def test_local_officials_are_named_as_such(extract):
    text = (
        "Orang-orang bersenjata menculik seorang kepala adat dan dua guru di kota Kumbo, Kamerun, pada Rabu (13/3), "
        "menurut pejabat setempat."
    )
    abduction = only(extract(text))
    assert abduction.claim.claimant == "local officials"


def test_a_governors_region_before_his_name_names_the_claimant(extract):
    text = (
        "Militan Boko Haram menyerang desa Darul Jamal di Negara Bagian Borno, Nigeria, pada Rabu (13/3) malam. "
        "Gubernur Borno Babagana Zulum mengatakan 56 warga sipil tewas dalam serangan tersebut."
    )
    attack = only(extract(text))
    assert attack.claim.claimant == "Governor of Borno"


def test_a_speaker_with_an_adverb_before_the_verb_is_still_the_subject(extract):
    text = "Kelompok Houthi juga mengklaim telah menyerang sebuah kapal kargo di Laut Merah pada Rabu (13/3)."
    strike = only(extract(text))
    assert strike.actor1.name == "Houthi Movement"


def test_unnamed_forces_fighting_a_rebel_group_are_that_groups_state(extract):
    text = "Tentara menyerbu markas gerilyawan ELN di pegunungan pada Rabu (13/3) dan menewaskan dua gerilyawan."
    clash = only(extract(text))
    assert clash.actor1.name == "Military Forces of Colombia"


def test_police_dispersing_a_demonstration_in_the_next_sentence_is_its_intervention(extract):
    text = (
        "Pada Rabu (13/3) siang, ratusan mahasiswa dan buruh berunjuk rasa di depan Gedung Negara Grahadi, Surabaya. "
        "Polisi membubarkan massa dengan water cannon menjelang petang."
    )
    protest = only(extract(text))
    assert protest.sub_event_type == "protest_with_intervention"
    assert protest.actor2.name == "Police Forces of Indonesia"


def test_a_dispersal_told_a_paragraph_after_the_demonstration_is_its_intervention(extract):
    text = (
        "Ribuan warga Libya berunjuk rasa di Lapangan Martir, pusat kota Tripoli, pada Rabu (13/3) malam. Mereka "
        "menuntut perdana menteri mundur.\n\n"
        "Petugas keamanan melepaskan tembakan ke udara dan menembakkan gas air mata untuk membubarkan mereka, kata "
        "seorang saksi mata."
    )
    protest = only(extract(text))
    assert protest.sub_event_type == "protest_with_intervention"


def test_a_fight_named_only_as_what_came_before_makes_no_event(extract):
    text = (
        "Ribuan warga Libya berunjuk rasa di Lapangan Martir, pusat kota Tripoli, pada Rabu (13/3) malam. Mereka "
        "menuntut perdana menteri mundur setelah bentrokan bersenjata selama beberapa hari di ibu kota."
    )
    assert [m.sub_event_type for m in extract(text)] == ["peaceful_protest"]


def test_an_embassy_is_no_party_to_the_attack_it_reports_on(extract):
    text = (
        "Seorang pelaku bom bunuh diri meledakkan diri di depan sebuah pusat rekrutmen militer di Mogadishu, Somalia, "
        "pada Rabu (13/3), menewaskan 13 orang. Kedutaan Besar RI di Nairobi memastikan tidak ada WNI yang menjadi "
        "korban dalam serangan tersebut."
    )
    bombing = only(extract(text))
    assert "Indonesia" not in " ".join(a.name for a in (bombing.actor1, bombing.actor2) if a and a.name)


def test_a_country_inside_a_named_bodys_name_is_no_party(extract):
    text = (
        "Sehari sebelum ledakan, Komando Afrika Amerika Serikat (AFRICOM) mengumumkan serangan udara di dekat Jilib, "
        "Somalia, pada Rabu (13/3). Menurut AFRICOM, serangan itu menewaskan tiga militan Al-Shabaab."
    )
    strike = only(extract(text))
    assert strike.actor2.name == "Al Shabaab"


def test_forces_announcing_a_strike_made_it(extract):
    text = (
        "Komando Afrika Amerika Serikat (AFRICOM) mengumumkan serangan udara di dekat Jilib, Somalia, pada Rabu (13/3). "
        "Menurut AFRICOM, serangan itu menewaskan tiga militan Al-Shabaab."
    )
    strike = only(extract(text))
    assert (strike.actor1.name, strike.actor2.name) == ("Military Forces of the United States", "Al Shabaab")


def test_a_body_condemning_an_attack_and_naming_it_makes_no_event(extract):
    text = (
        "Kelompok bersenjata ADF menyerang sebuah gereja di kota Komanda, Provinsi Ituri, Kongo, pada Rabu (13/3) dini "
        "hari, menewaskan 43 jemaat.\n\n"
        "Misi PBB di Kongo (MONUSCO) mengecam serangan tersebut dan menyebutnya sebagai serangan keji terhadap warga "
        "yang sedang beribadah."
    )
    attack = only(extract(text))
    assert attack.actor1.name == "ADF: Allied Democratic Forces"


def test_the_group_condemning_a_strike_is_not_its_attacker(extract):
    text = "Hamas mengecam serangan udara di kamp pengungsi Jenin pada Rabu (13/3) yang menewaskan enam warga."
    strike = only(extract(text))
    assert strike.actor1 is None or strike.actor1.name != "Hamas Movement"


def test_the_head_before_a_comma_and_yang_is_the_relative_verbs_subject(extract):
    text = (
        "Sumber keamanan mengatakan Burundi, yang menempatkan ribuan tentaranya di Provinsi Kivu Selatan, Kongo, "
        "menarik sebagian pasukannya dari kota Bukavu pada Rabu (13/3)."
    )
    moves = [m for m in extract(text) if m.sub_event_type == "change_to_group_activity"]
    assert moves and moves[0].actor1.name == "Military Forces of Burundi"


def test_a_military_operation_in_a_town_is_no_shelling(extract):
    text = (
        "Militer Israel melancarkan operasi militer berskala besar di kota Jenin dan kamp pengungsi di sekitarnya, "
        "Tepi Barat yang diduduki. Kementerian Kesehatan Palestina menyebut jumlah warga yang tewas dalam operasi "
        "yang dimulai Rabu (13/3) itu bertambah menjadi 10 orang."
    )
    for mention in extract(text):
        assert mention.sub_event_type != "shelling_artillery_missile_attack"


def test_former_fighters_killed_are_civilians(extract):
    text = (
        "Misi Verifikasi PBB di Kolombia mencatat sedikitnya tujuh mantan kombatan FARC tewas dibunuh gerilyawan ELN "
        "di Catatumbo sejak Rabu (13/3)."
    )
    attack = only(extract(text))
    assert (attack.event_type, attack.sub_event_type) == ("violence_against_civilians", "attack")
    assert attack.actor2.name.startswith("Civilians")


def test_the_group_an_arrested_man_is_said_to_serve_is_the_arrests_target(extract):
    text = (
        "Satgas Damai Cartenz menangkap seorang pria berinisial YK (31) di Sentani, Kabupaten Jayapura, pada Rabu "
        "(13/3). YK diduga memasok amunisi kepada KKB yang beroperasi di wilayah Kiwirok."
    )
    arrest = only(extract(text))
    assert (arrest.actor1.name, arrest.actor2.name) == ("Police Forces of Indonesia", "OPM: Free Papua Movement")


def test_soldiers_named_by_no_country_arrest_for_the_state_where_they_arrest(extract):
    text = (
        "Tentara menahan dua orang di kota Nabatieh, Lebanon, pada Rabu (13/3) yang dicurigai terlibat dalam "
        "peluncuran roket, kata sumber keamanan."
    )
    arrest = only(extract(text))
    assert arrest.actor1.name == "Military Forces of Lebanon"


def test_a_car_bomb_in_a_war_of_a_state_and_a_movement_has_an_unknown_hand(extract):
    text = (
        "Drone Turki menghantam posisi SDF di dekat Bendungan Tishrin, Suriah, pada Selasa (12/3), menewaskan tiga "
        "pejuang SDF. SDF membalas dengan menembaki pos militer Turki di perbatasan.\n\n"
        "Sebuah bom mobil meledak di pusat kota Manbij pada Rabu (13/3) dan menewaskan lima warga sipil."
    )
    bombing = next(m for m in extract(text) if m.sub_event_type == "remote_explosive_landmine_ied")
    assert bombing.actor1.name == "Unidentified Armed Group (Syria)"


def test_shots_by_gunmen_named_by_kind_retell_the_attack_just_told(extract):
    text = (
        "JAYAPURA - Dua petani tewas setelah ditembaki KKB di Kampung Wuyukwi, Distrik Ilu, Kabupaten Puncak Jaya, "
        "Selasa (12/3).\n\n"
        "Kapolres Puncak Jaya AKBP Rudi Hartono mengatakan korban sedang bekerja di kebun ketika sekelompok orang "
        "bersenjata muncul dari semak-semak dan langsung melepaskan tembakan."
    )
    attack = only(extract(text))
    assert (attack.sub_event_type, attack.actor1.name) == ("attack", "OPM: Free Papua Movement")
    assert attack.claim.claimant == "Police Forces of Indonesia"


def test_a_fight_told_after_a_purpose_clause_is_told_as_done(extract):
    text = (
        "Pada Minggu (10/3), tim gabungan TNI-Polri yang bergerak ke Kampung Yokatapa, Distrik Sugapa, untuk mencari "
        "para sandera terlibat kontak tembak dengan KKB selama hampir satu jam."
    )
    clash = only(extract(text))
    assert clash.sub_event_type == "armed_clash"
    assert "OPM: Free Papua Movement" in {clash.actor1.name, clash.actor2.name}


def test_what_a_purpose_clause_wants_done_is_no_event(extract):
    text = "Pada Minggu (10/3), TNI mengerahkan pasukan ke Distrik Sugapa untuk segera menyerang markas KKB."
    assert all(m.event_type != "battles" for m in extract(text))


def test_the_person_named_after_an_abduction_noun_is_the_one_taken(extract):
    text = (
        "Warga Suwayda, Suriah, memblokade jalan raya setelah penculikan seorang pedagang Druze oleh orang-orang "
        "bersenjata Badui pada Jumat (8/3)."
    )
    abduction = only(extract(text), "violence_against_civilians")
    assert abduction.actor2.kind == "civilians"
    assert abduction.actor1.kind != "civilians"


def test_an_attack_on_a_school_that_kills_a_teacher_is_an_attack_on_civilians(extract):
    text = (
        "Penyerangan sekolah di Distrik Anggruk, Kabupaten Yahukimo, pada Kamis (7/3) dengan senjata api menewaskan "
        "seorang guru dan melukai dua siswa."
    )
    attack = only(extract(text))
    assert (attack.sub_event_type, attack.actor2.kind) == ("attack", "civilians")
    assert attack.actor1.name == "Unidentified Armed Group (Indonesia)"


def test_an_attack_on_a_school_by_gunfire_that_hurts_teachers_is_no_shelling(extract):
    text = (
        "Penyerangan terhadap sekolah di Distrik Anggruk, Kabupaten Yahukimo, pada Kamis (7/3) melukai dua guru "
        "dengan luka tembak."
    )
    attack = only(extract(text))
    assert (attack.event_type, attack.sub_event_type) == ("violence_against_civilians", "attack")


def test_people_taken_by_force_are_abducted(extract):
    text = (
        "Dua guru SD Inpres Sinak dibawa paksa oleh sekelompok orang bersenjata api di Distrik Sinak, Kabupaten "
        "Puncak, pada Sabtu (9/3)."
    )
    abduction = only(extract(text))
    assert abduction.sub_event_type == "abduction_forced_disappearance"


def test_local_police_speak_for_the_country_the_article_is_in(extract):
    text = (
        "Sebuah bom rakitan meledak di tepi jalan di Distrik Rueso, Provinsi Narathiwat, Thailand, pada Selasa (12/3) "
        "dan menewaskan dua anggota pasukan paramiliter. Polisi setempat menyebut bom itu dikendalikan dari jarak "
        "jauh dan meledak saat patroli melintas."
    )
    bombing = only(extract(text))
    assert (bombing.claim.claimant, bombing.claim.claimant_party) == ("Police Forces of Thailand", "THA")


def test_an_army_named_by_no_country_is_the_home_army_when_no_foreign_forces_appear(extract):
    text = (
        "Militer juga melaporkan kontak senjata dengan gerilyawan ELN di dekat kota El Tarra, Kolombia, pada Senin "
        "(11/3) yang menewaskan dua gerilyawan."
    )
    clash = only(extract(text))
    assert clash.claim.claimant == "Military Forces of Colombia"


def test_an_army_named_by_no_country_is_not_the_home_army_where_foreign_forces_fight(extract):
    text = (
        "Drone Israel menghantam sebuah mobil di kota Bint Jbeil, Lebanon, pada Selasa (12/3) dan menewaskan "
        "seorang pria. Militer mengatakan pria itu anggota unit roket Hizbullah."
    )
    strike = only(extract(text))
    assert strike.claim.claimant != "Military Forces of Lebanon"


def test_an_agreement_signed_abroad_is_placed_where_it_applies(extract):
    text = (
        "BOGOTA - Gerilyawan ELN menyerbu sejumlah desa di wilayah Catatumbo, Provinsi Norte de Santander, Kolombia, "
        "pada Kamis (14/3) dan menewaskan sedikitnya 20 warga. Pertempuran di Catatumbo berlanjut hingga Sabtu.\n\n"
        "Pemerintah Kolombia dan ELN menyepakati gencatan senjata bilateral di Havana, Kuba, pada Juni 2023, tetapi "
        "kesepakatan itu tidak diperpanjang."
    )
    agreement = only(extract(text), "strategic_developments")
    assert agreement.sub_event_type == "agreement"
    assert agreement.location.country == "COL"


def test_a_joint_team_of_two_forces_is_one_side_named_by_its_first(extract):
    text = (
        "Pada Senin (11/3), tim gabungan TNI-Polri terlibat kontak tembak dengan KKB di sekitar Distrik Gome, "
        "Kabupaten Puncak."
    )
    clash = only(extract(text))
    assert (clash.actor1.name, clash.actor2.name) == ("Military Forces of Indonesia", "OPM: Free Papua Movement")


def test_the_army_fights_the_other_side_of_a_war_its_police_was_named_in(extract):
    text = (
        "TIMIKA - Satgas Damai Cartenz memburu KKB yang menyandera dua tenaga kesehatan di Distrik Sinak, Kabupaten "
        "Puncak, sejak Sabtu (9/3). Polda Papua Tengah mengerahkan 80 personel Brimob ke Sinak untuk membantu Satgas "
        "Damai Cartenz.\n\n"
        "Pada Minggu (10/3), tim gabungan TNI-Polri yang bergerak ke Distrik Sinak untuk mencari para sandera "
        "terlibat kontak tembak selama hampir satu jam."
    )
    clash = only(extract(text), "battles")
    assert (clash.actor1.name, clash.actor2.name) == ("Military Forces of Indonesia", "OPM: Free Papua Movement")


def test_a_government_named_by_no_country_signs_for_the_state_of_the_article_and_people_sign_nothing(extract):
    text = (
        "ADDIS ABABA - Drone militer Ethiopia menghantam sebuah pasar di kota Bahir Dar, wilayah Amhara, Ethiopia, "
        "pada Senin (11/3) dan menewaskan 12 warga.\n\n"
        "Hubungan keduanya memburuk setelah perjanjian damai yang ditandatangani pemerintah federal dan TPLF pada "
        "November 2022. Banyak warga Amhara merasa diabaikan dalam perjanjian itu."
    )
    agreement = only(extract(text), "strategic_developments")
    assert agreement.actor1.name == "Government of Ethiopia"


def test_soldiers_named_by_no_country_retake_a_town_for_the_state_at_war_within(extract):
    text = (
        "KHARTOUM - Perang di Sudan terus berkecamuk. Pada Januari lalu, tentara juga merebut kembali kota Wad "
        "Madani, ibu kota Gezira, Sudan."
    )
    retaking = only(extract(text))
    assert (retaking.sub_event_type, retaking.actor1.name) == ("government_regains_territory",
                                                               "Military Forces of Sudan")


def test_a_prime_ministers_office_named_by_no_country_speaks_for_the_home_government(extract):
    text = (
        "PORT-AU-PRINCE - Drone polisi Haiti menyerang markas geng di kota Mirebalais, Haiti, pada Senin (11/3). "
        "Serangan itu menewaskan sedikitnya delapan anggota geng, menurut pernyataan kantor perdana menteri."
    )
    strike = only(extract(text))
    assert strike.claim.claimant == "Government of Haiti"


def test_a_school_building_burned_is_one_building(extract):
    text = (
        "KKB membakar gedung sekolah dasar di Kampung Bulangkop, Distrik Okbibab, Kabupaten Pegunungan Bintang, "
        "pada Selasa (12/3) malam."
    )
    burning = only(extract(text))
    assert [(item.category, item.min, item.max) for item in burning.materiel] == [("building", 1, 1)]


def test_the_camp_a_struck_school_stands_in_is_where_it_stood_not_a_second_target(extract):
    text = (
        "Pesawat tempur Israel menghantam sebuah sekolah di kamp pengungsi Nuseirat, Jalur Gaza, pada Kamis (14/3) "
        "dan menewaskan 20 orang."
    )
    strike = only(extract(text))
    assert [(item.category, item.min, item.max) for item in strike.materiel] == [("building", 1, 1)]


def test_the_attackers_own_higher_toll_yields_to_the_other_account(extract):
    text = (
        "YAOUNDE - Empat tentara Kamerun tewas ketika bom rakitan meledak di bawah kendaraan patroli mereka di "
        "pinggiran kota Bamenda, Kamerun, pada Minggu (10/3).\n\n"
        "Kelompok separatis Pasukan Pertahanan Ambazonia (ADF) mengklaim bertanggung jawab atas serangan itu dan "
        "menyebut tujuh tentara tewas."
    )
    bombing = only(extract(text))
    assert (bombing.fatalities.killed.min, bombing.fatalities.killed.max) == (4, 4)


def test_arrests_of_civilians_in_two_listed_towns_are_one_event_each(extract):
    text = ("Pasukan Israel menahan sedikitnya 20 warga Palestina di Jenin dan Nablus pada Selasa dini hari, "
            "menurut Klub Tahanan Palestina.")
    arrests = [m for m in extract(text) if m.sub_event_type == "arrests"]
    assert sorted(m.location.name for m in arrests) == ["Janīn", "Nablus"]
    assert {m.actor2.name for m in arrests} == {"Civilians (Palestine)"}


def test_a_tally_after_a_named_country_is_not_split_over_the_regions_it_lists(extract):
    text = ("Serangan militan di Pakistan meningkat tajam sepanjang 2023, sebagian besar di Khyber Pakhtunkhwa "
            "dan Balochistan, menurut lembaga pemikir di Islamabad.")
    assert len({m.location.name for m in extract(text)}) <= 1


def test_after_a_demonstration_a_bare_aksi_elsewhere_is_another_protest(extract):
    text = ("Ribuan mahasiswa berunjuk rasa di depan gedung DPRD Jawa Tengah di Semarang pada Rabu (13/3/2024) menolak "
            "revisi undang-undang penyiaran.\n\n"
            "Sementara itu, aksi di Solo dan Purwokerto berlangsung tertib. Para peserta aksi membentangkan spanduk "
            "dan bernyanyi bersama.")
    protests = [m for m in extract(text) if m.event_type == "protests"]
    assert sorted(m.location.name for m in protests) == ["Purwokerto", "Semarang", "Surakarta"]


def test_a_bare_aksi_with_no_demonstration_told_before_is_no_protest(extract):
    text = ("Sementara itu, aksi di Solo dan Purwokerto berlangsung tertib pada Rabu. Para peserta aksi "
            "membentangkan spanduk dan bernyanyi bersama.")
    assert [m for m in extract(text) if m.event_type == "protests"] == []


def test_adding_personnel_in_listed_regencies_is_a_deployment_in_each(extract):
    text = ("Polda Papua menambah personel Brimob di Nabire dan Paniai pada Rabu untuk mengantisipasi serangan "
            "susulan kelompok bersenjata.")
    moves = [m for m in extract(text) if m.sub_event_type == "change_to_group_activity"]
    assert sorted(m.location.name for m in moves) == ["Nabire", "Paniai"]
    assert {m.actor1.name for m in moves} == {"Police Forces of Indonesia"}


def test_a_mayor_and_a_city_military_administration_are_named_after_their_city(extract):
    text = ("Drone Rusia menghantam sebuah gedung apartemen di Kharkiv pada Rabu malam dan menewaskan dua orang, "
            "kata Wali Kota Kharkiv Ihor Terekhov.\n\n"
            "Rudal Rusia menghantam sebuah gudang di distrik Darnytskyi, Kyiv, pada Rabu, kata Kepala Administrasi "
            "Militer Kota Kyiv Tymur Tkachenko.")
    claimants = {m.location.name: m.claim.claimant for m in extract(text)}
    assert claimants["Kharkiv"] == "Mayor of Kharkiv"
    assert [c for place, c in claimants.items() if place != "Kharkiv"] == ["Kyiv City Military Administration"]


def test_security_sources_in_the_reduplicated_plural_are_security_sources(extract):
    text = ("Militan menyerang pos militer di Dioura, wilayah Mopti, pada Rabu dan menewaskan sedikitnya 20 tentara, "
            "menurut sumber-sumber keamanan.")
    assert only(extract(text)).claim.claimant == "security sources"


def test_rifle_and_rpg_fire_on_army_positions_is_a_clash_not_shelling(extract):
    text = ("Juru bicara militer Thailand mengatakan pasukan Kamboja menembakkan senapan mesin dan granat berpeluncur "
            "roket ke arah pos-pos tentara Thailand di Provinsi Surin pada Rabu dini hari.")
    mention = only(extract(text))
    assert mention.sub_event_type == "armed_clash"
    assert mention.actor1.name == "Military Forces of Cambodia"


def test_an_assault_on_a_rival_groups_positions_in_two_towns_is_a_clash_in_each(extract):
    text = ("Menurut militer Kolombia, gerilyawan ELN menyerbu posisi kelompok pembangkang FARC di kotamadya Tibu "
            "dan Teorama sejak Kamis.")
    clashes = [m for m in extract(text) if m.sub_event_type == "armed_clash"]
    assert sorted(m.location.name for m in clashes) == ["Teorama", "Tibú"]
    assert {(m.actor1.name, m.actor2.name) for m in clashes} == {
        ("ELN: National Liberation Army", "FARC Dissidents (Colombia)")}


def test_a_roadside_bomb_on_soldiers_in_an_insurgency_stays_unattributed(extract):
    text = ("Dua tentara Thailand tewas setelah bom rakitan meledak di dekat truk patroli mereka di Provinsi Narathiwat "
            "pada Rabu pagi, kata juru bicara militer.\n\n"
            "Pembicaraan damai antara pemerintah Thailand dan Barisan Revolusi Nasional (BRN), kelompok pemberontak "
            "utama di wilayah itu, terhenti sejak awal tahun.")
    bomb = only(extract(text), "explosions_remote_violence")
    assert bomb.actor1.name == "Unidentified Armed Group (Thailand)"
    assert bomb.actor2.name == "Military Forces of Thailand"


def test_militias_of_tripoli_are_named_as_acled_names_them(extract):
    text = ("Bentrokan sengit pecah di Tripoli pada Selasa malam antara pasukan Badan Dukungan Stabilitas dan "
            "Pasukan Penangkal Khusus (Radaa), kata saksi mata.")
    clash = only(extract(text))
    assert {clash.actor1.name, clash.actor2.name} == {"SSA: Stability Support Apparatus",
                                                      "Radaa: Special Deterrence Force"}


def test_a_papuan_district_far_from_the_last_small_town_is_still_that_district(extract):
    text = ("Seorang prajurit TNI terluka setelah ditembak KKB di Kampung Titigi, Distrik Sugapa, pada Rabu (13/3).\n\n"
            "Sebelumnya, pada Selasa (12/3), seorang anggota Brimob terluka di bagian kaki setelah ditembak KKB di "
            "Distrik Homeyo, Intan Jaya.")
    places = {m.location.name for m in extract(text)}
    assert "Homeyo" in places


def test_forces_saying_their_troops_were_deployed_claim_the_deployment(extract):
    text = "Militer Israel menyebut pasukannya dikerahkan ke Tubas pada Rabu untuk memburu para penyerang."
    mention = only(extract(text))
    assert mention.sub_event_type == "change_to_group_activity"
    assert mention.claim.claimant == "Military Forces of Israel"


def test_jets_deployed_to_strike_targets_are_an_air_strike_not_a_deployment(extract):
    text = ("Militer India menyatakan pihaknya mengerahkan jet tempur untuk menyerang tiga kamp militan di "
            "Muzaffarabad pada Rabu dini hari.")
    mention = only(extract(text))
    assert mention.sub_event_type == "air_drone_strike"
    assert mention.actor1.name == "Military Forces of India"


def test_troops_deployed_to_hunt_attackers_stay_a_deployment(extract):
    text = "Polda Papua mengerahkan 200 personel Brimob ke Nabire pada Rabu untuk memburu para penyerang."
    assert only(extract(text)).sub_event_type == "change_to_group_activity"


def test_weapons_named_in_the_doubled_plural_type_the_strike(extract):
    text = "Drone-drone kamikaze menghantam gudang amunisi di pangkalan udara Port Sudan pada Rabu dini hari."
    assert only(extract(text)).sub_event_type == "air_drone_strike"
    text = "Militer Israel mengatakan jet-jetnya menyerang pelabuhan Hodeidah di Yaman pada Rabu."
    assert only(extract(text)).sub_event_type == "air_drone_strike"


def test_both_sides_agreeing_a_truce_are_the_wars_two_sides(extract):
    text = ("Pasukan Thailand dan Kamboja kembali terlibat baku tembak di perbatasan Provinsi Surin pada Senin.\n\n"
            "Kedua pihak menyepakati gencatan senjata dalam pertemuan di Putrajaya, Malaysia, pada Rabu (13/3).")
    truce = only(extract(text), "strategic_developments")
    assert {truce.actor1.name, truce.actor2.name} == {"Government of Thailand", "Government of Cambodia"}


def test_un_bodies_claim_under_their_own_names(extract):
    text = ("Serangan udara Israel menghantam sebuah sekolah di Khan Younis pada Rabu dan menewaskan 12 orang, menurut "
            "Kantor Koordinasi Urusan Kemanusiaan PBB (OCHA).")
    assert only(extract(text)).claim.claimant == "United Nations Office for the Coordination of Humanitarian Affairs"


def test_an_air_force_reporting_interceptions_speaks_as_the_air_force(extract):
    text = ("Angkatan Udara Ukraina mengatakan pertahanan udaranya menembak jatuh 20 dari 25 drone Shahed yang "
            "diluncurkan Rusia semalam di atas wilayah Odesa.")
    mention = only(extract(text))
    assert mention.sub_event_type == "disrupted_weapons_use"
    assert mention.claim.claimant == "Air Force of Ukraine"
    assert mention.actor1.name == "Military Forces of Ukraine"


def test_a_truce_carries_no_toll_of_what_came_before_it(extract):
    text = ("Junta Myanmar mengumumkan gencatan senjata sementara pada Rabu (13/3), menyusul gempa bumi yang "
            "menewaskan lebih dari 3.700 orang di Sagaing dan Mandalay.")
    agreement = only(extract(text), "strategic_developments")
    assert agreement.sub_event_type == "agreement"
    assert (agreement.fatalities.killed.min, agreement.fatalities.killed.max) == (None, None)


def test_a_strike_with_no_place_of_its_own_is_in_the_last_town_told(extract):
    text = ("Pasukan Israel menangkap sedikitnya 12 warga Palestina di Tubas pada Selasa dini hari.\n\n"
            "Pasukan Israel juga menggerebek kamp pengungsi Jenin pada Senin (11/3).\n\n"
            "Kementerian Kesehatan Palestina mengatakan tiga pemuda tewas ketika sebuah drone Israel menembakkan "
            "rudal ke arah mereka di dekat alun-alun kamp, Senin malam.")
    strike = only(extract(text), "explosions_remote_violence")
    assert strike.location.name == "Janīn"


def test_a_village_only_the_recogniser_knows_is_where_a_strike_fell(extract):
    # "Mbirizi" is in no gazetteer: the entity recogniser calls it a place and "di dekat" says the strike was there
    text = ("GOMA - Pemberontak M23 menyerang pos militer di kota Sake, provinsi Kivu Utara, Kongo, pada Jumat "
            "(14/3/2025), menewaskan 12 tentara.\n"
            "Sehari kemudian, Sabtu (15/3/2025), militer Kongo menyatakan drone-dronenya menghantam posisi "
            "pemberontak di dekat Mbirizi dan menewaskan 20 anggota M23.")
    strike = only(extract(text), "explosions_remote_violence")
    assert strike.location.name == "Mbirizi"
    assert strike.location.country == "COD"  # the country the story was in


def test_a_group_from_a_neighbouring_country_does_not_move_the_attack_there(extract):
    text = ("YAOUNDE - Kekerasan terus melanda Kamerun. Di wilayah Ujung Utara, seorang perempuan pelaku bom bunuh "
            "diri meledakkan diri di sebuah pasar di kota Mozogo pada Kamis pekan lalu, menewaskan tiga warga. "
            "Otoritas setempat menuding kelompok militan Boko Haram dari Nigeria berada di balik serangan tersebut.")
    bombing = only(extract(text))
    assert bombing.sub_event_type == "suicide_bomb"
    assert bombing.actor1.name == "Boko Haram"
    assert bombing.location.country == "CMR"


def test_where_the_victims_come_from_is_not_where_anything_happened(extract):
    text = ("JAYAPURA - Kelompok bersenjata menyerang pekerja proyek jalan di Distrik Seradala, Kabupaten Yahukimo, "
            "Papua Pegunungan, pada Senin (7/10/2024), menewaskan tiga pekerja. Para korban yang berasal dari "
            "Makassar sedang beristirahat ketika diserang. Pelaku juga membakar satu unit ekskavator sebelum "
            "melarikan diri.")
    mentions = extract(text)
    assert [m.location.name for m in mentions if m.location.name == "Makassar"] == []
    assert only(mentions).location.name == "Seradala"


@pytest.mark.parametrize("sentence, claimant", [
    (("Pesawat tempur militer Myanmar membom desa Kyauk Ni Maw di Negara Bagian Rakhine pada Rabu (8/1/2025), "
     "menewaskan 40 warga. Juru bicara junta mengatakan serangan itu menyasar anggota AA."),
     "Military Forces of Myanmar"),
    (("Serangan udara militer Myanmar di desa Ywar Thit, wilayah Sagaing, pada Jumat (11/4/2025) menewaskan 20 "
     "warga sipil, menurut Asosiasi Bantuan untuk Tahanan Politik (AAPP)."),
     "Assistance Association for Political Prisoners"),
    (("Drone Turki menghantam konvoi warga sipil di dekat Manbij, Suriah, pada Rabu (15/1/2025) dan menewaskan "
     "enam orang, menurut pemerintahan otonomi Kurdi."),
     "Autonomous Administration of North and East Syria"),
    (("Di Bahir Dar, polisi menangkap sedikitnya 30 orang dalam razia pada Sabtu (12/4/2025) dengan tuduhan "
      "mendukung Fano, menurut keluarga para tahanan."),
     "families of detainees"),
    (("Serangan udara Israel menewaskan 20 warga di Kota Gaza pada Minggu (20/7/2025), ujar juru bicara Kemlu "
     "dalam keterangan tertulis, Senin (21/7)."),
     "Ministry of Foreign Affairs of Indonesia"),
])
def test_named_speakers_the_lexicon_knows(extract, sentence, claimant):
    assert only(extract(sentence)).claim.claimant == claimant


def test_soldiers_hurt_by_a_blast_are_what_it_struck(extract):
    text = ("BANGKOK - Ketegangan meningkat sejak Rabu (23/7/2025), ketika lima tentara Thailand terluka akibat "
            "ledakan ranjau darat saat berpatroli di perbatasan Provinsi Ubon Ratchathani.")
    blast = only(extract(text))
    assert blast.sub_event_type == "remote_explosive_landmine_ied"
    assert blast.actor2.name == "Military Forces of Thailand"


def test_a_blast_that_hurts_soldiers_and_civilians_is_not_on_soldiers_alone(extract):
    text = ("KIRKUK - Dua tentara dan tiga warga sipil tewas akibat ledakan bom rakitan di pasar kota Kirkuk, Irak, "
            "pada Sabtu (26/7/2025), menurut sumber keamanan.")
    blast = only(extract(text))
    assert blast.actor2 is None or blast.actor2.name != "Military Forces of Iraq"


def test_a_raid_on_a_post_destroys_nothing_a_drone_on_a_headquarters_does(extract):
    raid = only(extract("BAMAKO - Militan JNIM menyerang pos militer di Dioura, wilayah Mopti, pada Jumat (23/5/2025) "
                        "dan menewaskan sedikitnya 41 tentara, menurut sumber keamanan."))
    assert raid.event_type == "battles"
    assert raid.materiel == []
    strike = only(extract("PORT-AU-PRINCE - Satuan tugas kepolisian Haiti melancarkan serangan drone bermuatan bahan "
                          "peledak yang menyerang markas geng di kawasan Bel Air pada Senin (31/3/2025)."))
    assert [item.category for item in strike.materiel] == ["command_post"]


def test_a_minibus_struck_by_a_drone_is_one_vehicle(extract):
    strike = only(extract("BAHIR DAR - Serangan drone menghantam sebuah minibus yang mengangkut penumpang di dekat kota "
                          "Finote Selam, wilayah Amhara, pada Senin (14/4/2025), menewaskan 11 warga sipil."))
    assert [(item.category, item.min, item.max) for item in strike.materiel] == [("vehicle", 1, 1)]


def test_no_one_killed_said_in_the_next_sentence_is_a_toll_of_zero(extract):
    arson = only(extract("WAMENA - Kelompok bersenjata membakar gedung sekolah dasar di Distrik Mapenduma, Kabupaten "
                         "Nduga, pada Senin (13/5/2024). Kapolres Nduga mengatakan tidak ada korban jiwa dalam "
                         "peristiwa itu karena para guru telah mengungsi."))
    assert arson.sub_event_type == "looting_property_destruction"
    assert (arson.fatalities.killed.min, arson.fatalities.killed.max) == (0, 0)


def test_a_defence_ministry_that_acts_acts_for_its_army(extract):
    text = ("KYIV - Kementerian Pertahanan Rusia mengaku menembak jatuh 102 drone Ukraina di atas sejumlah wilayah "
            "Rusia dan Semenanjung Krimea pada Kamis (28/8/2025) malam.")
    mention = only(extract(text))
    assert mention.sub_event_type == "disrupted_weapons_use"
    assert mention.actor1.name == "Military Forces of Russia"
    assert mention.claim.claimant == "Ministry of Defence of Russia"


def test_a_group_owning_the_attack_at_a_town_is_not_another_attack(extract):
    text = ("BUNIA - Kelompok bersenjata ADF menyerang sebuah gereja di kota Komanda, Provinsi Ituri, pada Minggu "
            "(27/7/2025) dini hari dan menewaskan sedikitnya 21 orang.\n\n"
            "Kelompok ISIS mengklaim serangan di Komanda melalui kantor berita propagandanya, Amaq. Misi PBB di "
            "Kongo mengecam serangan tersebut.")
    attack = only(extract(text))
    assert attack.actor1.name == "ADF: Allied Democratic Forces"
    assert (attack.fatalities.killed.min, attack.fatalities.killed.max) == (21, None)


def test_forces_fighting_together_with_allies_lead_the_fight(extract):
    text = ("BUNIA - Pasukan Kongo bersama tentara Uganda (UPDF) terlibat kontak tembak dengan militan ADF di hutan "
            "dekat Komanda, Provinsi Ituri, pada Minggu (27/7/2025) sore.")
    clash = only(extract(text))
    assert clash.actor1.name == "Military Forces of the Democratic Republic of Congo"
    assert clash.actor2.name == "ADF: Allied Democratic Forces"


def test_a_truce_told_without_a_place_holds_for_the_country_of_the_war(extract):
    text = (
        "Militer Rusia menembakkan rudal balistik ke kota Kryvyi Rih pada Rabu malam dan menewaskan empat warga "
        "sipil, kata kepala administrasi militer kota itu.\n\n"
        "Pada 18 Februari, kedua negara menyepakati gencatan senjata parsial selama 30 hari atas serangan terhadap "
        "fasilitas energi."
    )
    agreement = only(extract(text), "strategic_developments")
    assert agreement.sub_event_type == "agreement"
    assert (agreement.location.name, agreement.location.precision) == ("Ukraine", "country")
    strike = only(extract(text), "explosions_remote_violence")
    assert strike.location.precision == "town"


def test_a_war_told_without_a_place_is_coded_at_its_country(extract):
    text = (
        "Pasukan RSF menembaki kota El Obeid dengan artileri pada Rabu dan menewaskan sembilan warga sipil, kata "
        "seorang pejabat setempat.\n\n"
        "Perang antara tentara Sudan dan RSF pecah pada April 2023 dan telah menewaskan puluhan ribu orang."
    )
    mentions = extract(text)
    war = next(m for m in mentions if m.date.start == date(2023, 4, 1))
    assert (war.location.name, war.location.precision) == ("Sudan", "country")
    shelling = next(m for m in mentions if m.date.start == date(2024, 3, 13))
    assert shelling.location.precision == "town"


def test_an_authority_laying_blame_does_not_outrank_the_source_of_the_account(extract):
    text = (
        "Sebuah bom mobil meledak di pusat kota Kirkuk pada Rabu dan menewaskan tiga orang, menurut pejabat "
        "setempat. Kementerian Dalam Negeri Irak menuding sisa-sisa ISIS berada di balik ledakan tersebut."
    )
    mention = only(extract(text))
    assert mention.sub_event_type == "remote_explosive_landmine_ied"
    assert mention.claim.claimant == "local officials"


def test_a_war_between_two_sides_whose_leaders_are_named_keeps_their_order(extract):
    text = (
        "Pasukan RSF menembakkan artileri ke kamp pengungsian Abu Shouk di El Fasher pada Rabu, menewaskan 12 "
        "orang.\n\n"
        "Perang antara tentara Sudan pimpinan Jenderal Abdel Fattah al-Burhan dan RSF pimpinan Mohamed Hamdan "
        "Dagalo meletus pada April 2023 dan telah menewaskan puluhan ribu orang."
    )
    war = next(m for m in extract(text) if m.date.start == date(2023, 4, 1))
    assert (war.actor1.name, war.actor2.name) == ("Military Forces of Sudan", "Rapid Support Forces")


@pytest.mark.parametrize("burned, civilians", [("gedung sekolah dasar", False), ("puluhan rumah warga", True)])
def test_a_public_building_burned_names_no_civilian_target_but_homes_do(extract, burned, civilians):
    text = f"Kelompok kriminal bersenjata (KKB) membakar {burned} di Distrik Ilaga, Kabupaten Puncak, pada Rabu malam."
    mention = only(extract(text))
    assert mention.sub_event_type == "looting_property_destruction"
    assert (mention.actor2 is not None and mention.actor2.name == "Civilians (Indonesia)") is civilians


DEPLOYMENTS_AND_CURFEWS = (
    "Bentrokan antara milisi Druze dan suku Badui pecah di Suwayda pada Minggu dan menewaskan 30 orang.\n\n"
    "Pasukan pemerintah dikerahkan ke Suwayda pada Senin untuk memisahkan kedua pihak.\n\n"
    "Pihak berwenang kemudian memberlakukan jam malam di Suwayda pada Selasa malam.\n\n"
    "Kemarin, pemerintah mengirim ribuan personel tambahan ke provinsi tersebut."
)


def test_forces_sent_somewhere_are_the_actor_of_their_deployment_with_no_target(extract):
    deployments = [m for m in extract(DEPLOYMENTS_AND_CURFEWS) if m.sub_event_type == "change_to_group_activity"]
    assert [(m.date.start, m.actor1.name, m.actor2.name) for m in deployments] == [
        (date(2024, 3, 11), "Military Forces of Syria", None),
        (date(2024, 3, 13), "Military Forces of Syria", None)]


def test_a_curfew_told_without_who_imposed_it_is_the_government_of_the_place(extract):
    curfew = next(m for m in extract(DEPLOYMENTS_AND_CURFEWS) if m.sub_event_type == "other")
    assert curfew.actor1.name == "Government of Syria"


def test_an_emergency_status_is_a_political_development_of_the_government(extract):
    text = "Penjabat Gubernur Kursk mengumumkan status darurat di seluruh wilayah Kursk pada Rabu."
    mention = only(extract(text))
    assert (mention.event_type, mention.sub_event_type) == ("strategic_developments", "other")
    assert mention.actor1.name == "Government of Russia"


def test_someone_hurt_named_by_a_possessive_is_of_the_place_not_of_the_speaker(extract):
    text = (
        "Militer Ukraina mengatakan drone-dronenya menghantam sebuah ambulans di kota Sudzha, wilayah Kursk, pada "
        "Rabu pagi dan melukai sopirnya."
    )
    mention = only(extract(text))
    assert mention.actor2.name == "Civilians (Russia)"


def test_a_fuel_depot_struck_is_a_building_not_an_ammunition_depot(extract):
    text = "Drone-drone RSF menghantam depot penyimpanan bahan bakar di selatan kota Port Sudan pada Rabu dini hari."
    mention = only(extract(text))
    assert [item.category for item in mention.materiel] == ["building"]


def test_no_crew_hurt_is_a_toll_of_zero(extract):
    text = (
        "Sebuah drone Houthi menghantam kapal tanker berbendera Panama di Laut Merah pada Rabu. Kapal itu "
        "mengalami kerusakan ringan dan tidak ada awak yang terluka."
    )
    mention = only(extract(text))
    assert (mention.fatalities.killed.min, mention.fatalities.killed.max) == (0, 0)


def test_a_speaking_group_named_in_apposition_is_the_one_that_acted(extract):
    text = (
        "Kelompok pemberontak etnis Kokang, Tentara Aliansi Demokratik Nasional Myanmar (MNDAA), mengklaim telah "
        "merebut markas Komando Timur Laut militer Myanmar di Lashio pada Rabu."
    )
    mention = only(extract(text))
    assert mention.sub_event_type == "non_state_actor_overtakes_territory"
    assert mention.actor1.name == "MNDAA: Myanmar National Democratic Alliance Army"


def test_a_follow_up_sentence_with_no_place_of_its_own_joins_every_split_mention(extract):
    text = (
        "Ribuan pengunjuk rasa turun ke jalan di Nairobi pada Rabu menuntut keadilan bagi korban kekerasan polisi. "
        "Sementara itu, aksi di Eldoret dan Nyeri berlangsung tertib. Para peserta demo berjalan kaki sambil "
        "membawa spanduk dan bendera."
    )
    split = [m for m in extract(text) if m.location.name in ("Eldoret", "Nyeri")]
    assert [m.location.name for m in split] == ["Eldoret", "Nyeri"]
    assert [len(m.evidence) for m in split] == [2, 2]  # GUIDELINES 7: split mentions share their evidence


def test_an_act_against_a_countrys_forces_in_listed_places_is_one_mention_per_place(extract):
    text = (
        "Kementerian Pertahanan Rusia menyatakan sistem pertahanan udaranya menghancurkan 30 drone Ukraina di atas "
        "wilayah Belgorod, Kursk dan Bryansk pada Rabu malam."
    )
    mentions = extract(text)
    assert [m.location.name for m in mentions] == ["Belgorod", "Kursk", "Bryansk"]
    assert {m.sub_event_type for m in mentions} == {"disrupted_weapons_use"}


def test_an_attack_on_facilities_takes_the_kind_of_the_strikes_told_right_after(extract):
    text = (
        "Amerika Serikat menyerang tiga fasilitas nuklir Iran di Fordow, Natanz, dan Isfahan pada Minggu dini "
        "hari.\n\nMenurut Pentagon, pesawat pengebom siluman B-2 menjatuhkan bom penghancur bunker di Fordow dan "
        "Natanz."
    )
    lead = [m for m in extract(text) if m.date.start == date(2024, 3, 10)]
    assert [m.location.name for m in lead] == ["Fordow", "Naţanz", "Isfahan"]
    assert {m.sub_event_type for m in lead} == {"air_drone_strike"}
