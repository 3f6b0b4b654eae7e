"""Brands heard as words that sound as them (catalog.brand_sounds)."""

from __future__ import annotations

from catalog.brand_sounds import BRAND_SOUND_SIM, BrandSounds
from catalog.phonetics import english_sound, spoken_sound


def test_english_sounds_keep_the_vowels_an_english_speaker_reads() -> None:
    assert english_sound("bone") == english_sound("bon") == "BON"  # a mute final e
    assert english_sound("palm") == "PAM"  # a silent l
    assert english_sound("Kénilé").endswith("E")  # an accented e is heard, even last
    assert spoken_sound(["dough", "tour"], "en-US") == english_sound("dotour")


def test_words_said_in_a_row_meet_the_brand_they_sound_as() -> None:
    brands = BrandSounds([(1, "pombonfil"), (2, "mersel"), (3, "dotour")], "en-US")
    assert brands.near(["palm", "bone", "fill"]) == {1: BRAND_SOUND_SIM}
    assert brands.near(["mare", "sell"]) == {2: BRAND_SOUND_SIM}
    assert brands.near(["garden", "joy"]) == {}
    assert brands.near(["do"]) == {}  # too short a sound to tell
    french = BrandSounds([(1, "kepom"), (2, "sinfaytour")], "fr-FR")
    assert french.near(["quai", "pomme"]) == {1: BRAND_SOUND_SIM}
    assert french.near(["saint", "fée", "tour"]) == {2: BRAND_SOUND_SIM}
