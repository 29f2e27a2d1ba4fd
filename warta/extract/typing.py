"""ACLED typing of a frame: the trigger's kind, the weapons, the target and the actors decide the sub-event.

Follows the gold guidelines' precedence: fire in both directions or ground attacks on forces are battles;
one-sided artillery, rocket or missile fire (on forces or on towns) is shelling; drones and aircraft are air
strikes; direct attacks on civilians by armed men are violence against civilians.
"""

from __future__ import annotations

from warta.records import Actor

REMOTE_ORDER = [  # the most specific weapon decides
    ("suicide", "suicide_bomb"),
    ("chemical", "chemical_weapon"),
    ("drone", "air_drone_strike"),
    ("air", "air_drone_strike"),
    ("missile", "shelling_artillery_missile_attack"),
    ("rocket", "shelling_artillery_missile_attack"),
    ("artillery", "shelling_artillery_missile_attack"),
    ("mortar", "shelling_artillery_missile_attack"),
    ("shell", "shelling_artillery_missile_attack"),
    ("grenade", "grenade"),
    ("ied", "remote_explosive_landmine_ied"),
]
CIVILIAN_KINDS = {"civilians"}
NON_STATE_GROUND_KINDS = {"identity_militia", "rioters"}
# Non-violent trigger classes and the strategic development each one is.
DEVELOPMENT_SUB_TYPES = {"agreement": "agreement", "arrest": "arrests", "deploy": "change_to_group_activity",
                         "declare": "other", "destroy_property": "looting_property_destruction",
                         "base": "headquarters_or_base_established", "transfer": "non_violent_transfer_of_territory"}
NON_STATE_ARMED_KINDS = {"rebel_group", "political_militia", "identity_militia"}
CLOSE_WEAPONS = {"gun", "blade", "fire", "infantry_rocket"}  # used at close range: no fire from afar


def remote_sub_type(weapons: set[str], order: list[tuple[int, str]] | None = None) -> str | None:
    """The sub-type of the weapons named; "serangan artileri roket dan udara" is typed by the first named."""
    named = dict(REMOTE_ORDER)
    if not {"suicide", "chemical"} & weapons:  # those decide whatever else is named
        for _position, weapon in order or []:
            if weapon in named and weapon in weapons:
                return named[weapon]
    for weapon, sub_type in REMOTE_ORDER:
        if weapon in weapons:
            return sub_type
    if "bomb" in weapons:
        return "remote_explosive_landmine_ied"
    return None


def classify(trigger_class: str, weapons: set[str], actor1: Actor | None, actor2: Actor | None, *,
             weapon_order: list[tuple[int, str]] | None = None, place_precision: str | None = None,
             place_target: bool, place_country: str | None, civilian_victims: bool | None,
             protest_cues: set[str], materiel_categories: set[str],
             settlement_starts: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(event_type, sub_event_type) of one frame, or None when the frame is not a codable event."""
    target_civilian = actor2 is not None and actor2.kind in CIVILIAN_KINDS
    # settlement_starts: the pack's beginnings of a place's name ("permukiman ...", "rumah sakit ...")
    target_settlement = target_civilian and actor2.text is not None and actor2.text.lower().startswith(
        settlement_starts)
    remote = remote_sub_type(weapons, weapon_order)
    if "crowd_control" in weapons and trigger_class in ("attack", "fire"):
        # tear gas and water cannon are used on demonstrations: the event is the protest they broke up
        lethal = "excessive_force" in protest_cues
        return "protests", "excessive_force_against_protesters" if lethal else "protest_with_intervention"
    crowd = actor1 is not None and actor1.kind in ("protesters", "rioters")
    on_crowd = actor2 is not None and actor2.kind in ("protesters", "rioters")
    if on_crowd and trigger_class in ("attack", "fire", "kill") and actor1 is not None \
            and actor1.kind == "state_forces":
        # police firing live rounds into a crowd of demonstrators (ACLED: excessive force against protesters)
        return "protests", "excessive_force_against_protesters"
    if crowd and trigger_class in ("attack", "raid", "fire", "destroy_property", "riot", "kill") and remote is None:
        # demonstrators storming a building or burning cars: a riot, not a battle
        return "riots", "mob_violence" if "mob" in protest_cues else "violent_demonstration"
    if trigger_class in ("clash", "war"):
        return "battles", "armed_clash"
    if trigger_class == "capture":
        return "battles", _territory(actor1, place_country)
    if trigger_class == "lose_control":
        return "battles", "non_state_actor_overtakes_territory"
    if trigger_class == "suicide":
        return "explosions_remote_violence", "suicide_bomb"
    if trigger_class == "airstrike":
        return "explosions_remote_violence", "air_drone_strike"
    if trigger_class == "bombard":
        if "drone" in weapons or "air" in weapons:
            return "explosions_remote_violence", "air_drone_strike"
        return "explosions_remote_violence", "shelling_artillery_missile_attack"
    if trigger_class == "explosion":
        if remote is not None:
            return "explosions_remote_violence", remote
        return "explosions_remote_violence", "shelling_artillery_missile_attack"
    if trigger_class == "intercept" and (materiel_categories & {"aircraft", "helicopter"}
                                         or ("air" in weapons and "drone" not in weapons)):
        return "battles", "armed_clash"  # a manned aircraft shot down is a battle
    stopped_weapons = bool(materiel_categories) and materiel_categories <= {"drone", "other"}
    if trigger_class in ("attack", "intercept") and not place_target and (
            ("air_defence" in weapons and (materiel_categories & {"drone", "aircraft"}
                                           or weapons & {"drone", "missile", "rocket"}))
            or (trigger_class == "intercept" and weapons & {"drone", "missile", "rocket"})
            or (stopped_weapons and "drone" in materiel_categories and target_civilian is False
                and (actor2 is None or actor2.kind != "civilians"))):
        # "pertahanan udara menghancurkan 12 drone": a weapon stopped in flight
        return "strategic_developments", "disrupted_weapons_use"
    if trigger_class == "raid":
        # settlers or a mob storming a village attack civilians; forces raiding a camp fight whoever is there
        if actor1 is not None and actor1.kind in NON_STATE_GROUND_KINDS:
            return "violence_against_civilians", "attack"
        if target_civilian and actor1 is not None and actor1.kind in NON_STATE_ARMED_KINDS:
            return "violence_against_civilians", "attack"  # an armed group storming a displacement camp
        return "battles", "armed_clash"
    if trigger_class in ("attack", "fire"):
        if remote is not None:
            return "explosions_remote_violence", remote
        if place_target and actor2 is None and actor1 is not None and (
                actor1.kind in NON_STATE_GROUND_KINDS
                or (actor1.kind in NON_STATE_ARMED_KINDS and place_precision in ("town", "district"))):
            # settlers or a mob storming a village; militants attacking one with no weapon fired from afar
            return "violence_against_civilians", "attack"
        if target_civilian and not target_settlement:
            return "violence_against_civilians", "attack"
        if target_settlement and not weapons and actor1 is not None and actor1.kind in NON_STATE_ARMED_KINDS:
            # "Kelompok bersenjata menyerang sebuah masjid ... saat salat Jumat": gunmen storming a mosque, with
            # nothing fired from afar, attack the people in it
            return "violence_against_civilians", "attack"
        if target_settlement and weapons <= CLOSE_WEAPONS and actor1 is None and civilian_victims:
            # "penyerangan sekolah ... yang menewaskan seorang guru": no one and nothing fired from afar named,
            # the people killed or hurt in it say it was an attack on them
            return "violence_against_civilians", "attack"
        if target_settlement or (place_target and actor2 is None and place_precision in ("town", "district")):
            # one-sided fire on settlements or towns from across the front (GUIDELINES 3)
            return "explosions_remote_violence", "shelling_artillery_missile_attack"
        return "battles", "armed_clash"
    if trigger_class == "kill":
        if remote is not None:
            return "explosions_remote_violence", remote
        if civilian_victims or target_civilian:
            return "violence_against_civilians", "attack"
        return "battles", "armed_clash"
    if trigger_class == "abduct":
        return "violence_against_civilians", "abduction_forced_disappearance"
    if trigger_class == "sexual":
        return "violence_against_civilians", "sexual_violence"
    if trigger_class == "intercept":
        if materiel_categories & {"aircraft", "helicopter"}:
            return "battles", "armed_clash"
        return "strategic_developments", "disrupted_weapons_use"
    if trigger_class in ("protest", "riot"):
        return protest_sub_type(trigger_class, protest_cues)
    if trigger_class in DEVELOPMENT_SUB_TYPES:
        return "strategic_developments", DEVELOPMENT_SUB_TYPES[trigger_class]
    return None


def _territory(actor1: Actor | None, place_country: str | None) -> str:
    """A state retaking its own territory regains it; anyone else overtakes it (GUIDELINES 3)."""
    if actor1 is not None and actor1.kind == "state_forces" and actor1.country and actor1.country == place_country:
        return "government_regains_territory"
    return "non_state_actor_overtakes_territory"


def protest_sub_type(trigger_class: str, cues: set[str]) -> tuple[str, str]:
    if "mob" in cues:
        return "riots", "mob_violence"
    if trigger_class == "riot" or "protest_violence" in cues:
        return "riots", "violent_demonstration"
    if "excessive_force" in cues:
        return "protests", "excessive_force_against_protesters"
    if "protest_intervention" in cues:
        return "protests", "protest_with_intervention"
    return "protests", "peaceful_protest"
