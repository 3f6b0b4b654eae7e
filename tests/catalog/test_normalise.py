"""Normalisation: what a recogniser writes and what a merchant writes meet in one form."""

from __future__ import annotations

import pytest

from catalog.normalise import analyse, normalise
from catalog.number_slips import split_glued_numbers
from catalog.phonetics import phonetic, spoken_run_sound
from catalog.said_words import split_words
from tests.catalog.small_shops import ids_of, resolver_of


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("cinq cents grammes", "500 g"),
        ("six cents g", "600 g"),
        ("soixante-quinze", "75"),
        ("soixante quinze", "75"),
        ("quatre-vingt-dix-neuf", "99"),
        ("quatre vingts", "80"),
        ("vingt et un", "21"),
        ("soixante et onze", "71"),
        ("sept cent cinquante millilitres", "750 ml"),
        ("deux mille cinq cents", "2500"),
        ("un virgule cinq litres", "1.5 l"),
        ("1 virgule 5 litre", "1.5 l"),  # digits written around the mark said
        ("2 point cinq litres", "2.5 l"),
        ("1 point de croix", "point croix"),  # how many, and a word
        ("un litre et demi", "1.5 l"),
        ("taille quarante", "taille 40"),
        ("quarante huit capsules", "48 capsule"),
        ("trente cinq grammes", "35 g"),
        ("1,5 l", "1.5 l"),
        ("600g", "600 g"),
        ("un demi-kilo", "0.5 kg"),
        ("un demi litre", "0.5 l"),
        ("une demi baguette", "demi baguette"),
        ("un mètre soixante-dix", "1.7 m"),
        ("un litre cinq", "1.5 l"),
        ("deux kilos cinq cents", "2.5 kg"),
        ("un litre 2 paquets", "1 l 2 paquet"),
        ("vingt centi", "20 cl"),
        ("cinquante milli", "50 ml"),
        ("une douzaine d'oeufs", "12 oeuf"),
    ],
)
def test_french_numbers_and_units(spoken: str, expected: str) -> None:
    assert normalise(spoken, "fr-FR") == expected


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("forty eight pods", "48 pod"),
        ("one point five liters", "1.5 l"),
        ("1 point 7 oz", "1.7 oz"),
        ("2 dot 75 liters", "2.75 l"),
        ("the 3 point plug", "point plug"),
        ("two hundred fifty milliliters", "250 ml"),
        ("one hundred and five grams", "105 g"),
        ("thi rty five grams", "35 g"),
        ("size forty", "size 40"),
        ("sixteen ounces", "16 oz"),
        ("two kilos", "2 kg"),
        ("half a kilo", "0.5 kg"),
        ("a half liter", "0.5 l"),
        ("half moon cookies", "half moon cooky"),
        ("two fifty grams", "250 g"),
        ("one twenty five ml", "125 ml"),
        ("two fifty", "50"),
        ("point six liters", "0.6 l"),
        ("one hundred mils", "100 ml"),
        ("pack of a dozen", "pack 12"),
        ("the point of it", "point it"),
        ("bass strings fifties", "bass string 50"),  # a size said in the plural
        ("a pack of elevens", "pack 11"),
        ("forty fives", "45"),
        ("the blue ones", "blue one"),  # a pronoun, not a number
    ],
)
def test_english_numbers_and_units(spoken: str, expected: str) -> None:
    assert normalise(spoken, "en-US") == expected


def test_number_homophones_only_before_a_unit() -> None:
    assert normalise("fabric softener ocean to l", "en-US") == "fabric softener ocean 2 l"
    assert normalise("stain spray to hundred fifty ml", "en-US") == "stain spray 250 ml"
    assert normalise("microfiber cloth pack of to", "en-US") == "microfiber cloth pack 2"
    # "sans parfum" is not a hundred of anything
    assert normalise("lessive sans parfum", "fr-FR") == "lessive san parfum"


def test_accents_case_punctuation_and_elisions() -> None:
    assert normalise("Savon de Marseille, l'ÉCLAT d'or !", "fr-FR") == "savon marseille eclat or"
    assert normalise("Éponge À Récurer", "fr-FR") == normalise("eponge a recurer", "fr-FR")


def test_fillers_are_dropped_from_queries_only() -> None:
    assert normalise("je voudrais du savon", "fr-FR") == "savon"
    assert normalise("achète savon", "fr-FR") == "savon"
    assert normalise("commande tachex s'il vous plaît", "fr-FR") == "tachex"
    assert normalise("i'd like some soap please", "en-US") == "soap"
    assert normalise("order the soap", "en-US") == "soap"
    # a recogniser's slip in a filler is still a filler
    assert normalise("je vou drais savon", "fr-FR") == "savon"
    assert normalise("commaande savon", "fr-FR") == "savon"
    # titles keep their words
    assert normalise("Commande savon", "fr-FR", query=False) == "commande savon"


def test_a_carrier_said_with_a_slip_never_takes_a_number_with_it() -> None:
    """« cinquante-sept pour la fin de quinzaine » is near « pour la fin de la quinzaine » only
    with « sept » in: the number stays, the carrier is then not dropped."""
    said = "poulie de cinquante-sept pour la fin de quinzaine"
    carriers = ("pour la fin de la quinzaine",)
    numbers = [t.text for t in analyse(said, "fr-FR", query=True, carriers=carriers) if t.number]
    assert numbers == ["57"]


def test_articles_and_quantities_are_not_product_words() -> None:
    assert normalise("je voudrais un savon", "fr-FR") == "savon"
    assert normalise("deux savons tachex", "fr-FR") == "savon tachex"
    assert normalise("un litre", "fr-FR") == "1 l"
    assert normalise("un", "fr-FR", query=False) == "1"


@pytest.mark.parametrize(
    ("spoken", "locale", "expected"),
    [
        ("les quarante sachets de thé", "fr-FR", "40 sachet the"),
        ("vingt-huit pouces pneu route", "fr-FR", "28 in pneu route"),
        ("twenty eight inch road tire", "en-US", "28 in road tire"),
        ("fifty hot glue sticks", "en-US", "50 hot glue stick"),
        ("deux pneus route", "fr-FR", "pneus route"),  # a few: how many
        ("ten road tires", "en-US", "road tire"),
    ],
)
def test_a_large_number_before_the_name_is_a_size_not_how_many(
    spoken: str, locale: str, expected: str
) -> None:
    assert normalise(spoken, locale) == expected


@pytest.mark.parametrize(
    ("spoken", "locale", "expected"),
    [
        ("we ran out of two bags of lilac glitter", "en-US", "lilac glitter"),
        ("trois paquets de thé vert", "fr-FR", "the vert"),
        ("lot de cinq boîte de conservation", "fr-FR", "lot 5 boite conservation"),  # a pack
        ("twenty bags of rice", "en-US", "20 bag rice"),  # no few: a size
    ],
)
def test_a_few_containers_of_something_say_how_many(
    spoken: str, locale: str, expected: str
) -> None:
    assert normalise(spoken, locale) == expected


def test_an_article_before_a_measure_unit_is_one() -> None:
    assert normalise("a liter hot water bottle", "en-US") == "1 l hot water bottle"
    assert normalise("an ounce of tea", "en-US") == "1 oz tea"
    assert normalise("a large bottle", "en-US") == "large bottle"  # no unit: an article


def test_plural_and_singular_meet() -> None:
    assert normalise("capsules", "fr-FR") == normalise("capsule", "fr-FR")
    assert normalise("pods", "en-US") == normalise("pod", "en-US")


def test_slips_in_number_and_unit_words_are_read() -> None:
    assert normalise("quuarante graammes", "fr-FR") == "40 g"
    assert normalise("cinq cents millili tres", "fr-FR") == "500 ml"


def _share_key(heard: str, meant: str, locale: str) -> bool:
    """The index compares a heard word's keys, alternates included, with a catalog word's
    main keys."""
    heard_keys = {k.removeprefix("*") for k in phonetic(heard, locale)}
    return bool(heard_keys & {k for k in phonetic(meant, locale) if not k.startswith("*")})


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("taie", "taille"),
        ("gelle", "gel"),
        ("verre", "vert"),
        ("sitron", "citron"),
        ("tachex", "tachex"),
        ("cavont", "savon"),  # "ça vont" glued, cedilla lost
        ("leau", "lot"),  # "l'eau" for "lot"
        ("cent", "sans"),
        ("saje", "sage"),  # a soft "g" before a mute "e"
        ("gorje", "gorge"),
        ("sag", "sage"),  # ... and the word heard without its "e"
        ("pinse", "pince"),
        ("bwaserie", "boiserie"),  # the glide of "oi" written by ear
        ("ghitare", "guitare"),  # "gu" before i is a hard g
        ("guitar", "guitare"),
    ],
)
def test_french_sound_alikes_share_a_key(heard: str, meant: str) -> None:
    assert _share_key(heard, meant, "fr-FR")


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("pots", "pods"),
        ("jell", "gel"),
        ("sope", "soap"),
        ("lemmon", "lemon"),
        ("whipe", "wipe"),
        ("oranj", "orange"),
        ("juic", "juice"),
        ("jooce", "juice"),
        ("walk", "wok"),  # a silent l
        ("would", "wood"),
    ],
)
def test_english_sound_alikes_share_a_key(heard: str, meant: str) -> None:
    assert _share_key(heard, meant, "en-US")


@pytest.mark.parametrize(
    ("pieces", "word"),
    [
        (["pas", "teint"], "patins"),
        (["bout", "gît"], "bougies"),
        (["sa", "chez"], "sachets"),
        (["fut", "saint"], "fusain"),  # an "s" between vowels is heard "z"
    ],
)
def test_french_words_in_a_row_sound_as_one_word(pieces: list[str], word: str) -> None:
    assert "=" + spoken_run_sound(pieces) in phonetic(word, "fr-FR")


@pytest.mark.parametrize(
    ("a", "b", "locale"),
    [("citron", "coton", "fr-FR"), ("vert", "bleu", "fr-FR"), ("soap", "spray", "en-US")],
)
def test_different_words_do_not_share_a_key(a: str, b: str, locale: str) -> None:
    assert not _share_key(a, b, locale)


def test_tokens_carry_glue_and_stop_flags() -> None:
    tokens = analyse("t-shirt de coton", "fr-FR")
    assert [t.text for t in tokens] == ["t", "shirt", "de", "coton"]
    assert tokens[0].glued and not tokens[1].glued
    assert tokens[2].stop and not tokens[3].stop


def test_empty_text() -> None:
    assert analyse("", "fr-FR") == []
    assert normalise("   ", "en-US") == ""
    assert normalise("je voudrais", "fr-FR") == ""


@pytest.mark.parametrize(
    ("spoken", "locale", "expected"),
    [
        ("thé vert fois deux", "fr-FR", "the vert"),
        ("thé vert en deux exemplaires", "fr-FR", "the vert exemplaire"),
        ("green tea times two", "en-US", "green tea"),
        ("green tea two of them", "en-US", "green tea them"),
        ("tarp four x five meters", "en-US", "tarp 4 x 5 m"),
        ("make sure we have four of those tea bags", "en-US", "make sure we have tea bag"),
        ("mets-moi trois de ces sachets de thé", "fr-FR", "sachet the"),
        ("ampoule h 7 il m'en faut deux", "fr-FR", "ampoule h 7"),
        ("wiper blades 16 in make it five", "en-US", "wiper blade 16 in"),
        ("wiper blades 16 in quantity 6", "en-US", "wiper blade 16 in"),
        ("air freshener two total", "en-US", "air freshener total"),
        ("four x vent debout wiper blade", "en-US", "vent debout wiper blade"),
        ("i'll need 100 grams loose leaf tea", "en-US", "need 100 g loose leaf tea"),  # a size
    ],
)
def test_a_quantity_after_the_name_is_no_size(spoken: str, locale: str, expected: str) -> None:
    assert normalise(spoken, locale) == expected


def test_a_lone_superscript_digit_does_not_break_the_analysis() -> None:
    # "²" is a digit to str.isdigit() but no decimal digit: a feed title may carry one alone
    # (after a length, it is the area: "m²").
    assert normalise("carrelage 10 m ² blanc", "fr-FR") == "carrelage 10 m2 blanc"
    assert normalise("²⁴⁸⁶", "en-US") == "2486"


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("twenty six inches wiper blades", "26 in wiper blade"),
        ("one gallon primer", "1 gal primer"),
        ("two quarts trim paint", "2 qt trim paint"),
        ("ten feet jumper cables", "10 ft jumper cable"),
        ("slip in hand sanitizer", "slip hand sanitizer"),  # "in" after no number: a word
        ("a foot pump", "foot pump"),
    ],
)
def test_us_units_are_units_after_a_number(spoken: str, expected: str) -> None:
    assert normalise(spoken, "en-US") == expected


@pytest.mark.parametrize(
    ("spoken", "companion"),
    [("le gros modèle peinture", "modele"), ("le format réduit enduit", "format")],
)
def test_a_size_words_companion_weighs_nothing_on_either_side(spoken: str, companion: str) -> None:
    roles = {t.text: t.role for t in analyse(spoken, "fr-FR", query=True)}
    assert roles[companion] == "companion"


def test_spoken_french_written_as_heard() -> None:
    assert normalise("ceinture cuir le p'tit là", "fr-FR") == "ceinture cuir petit"
    assert normalise("la p'tite tente", "fr-FR") == "petite tente"
    assert normalise("ch'cherche des tentes", "fr-FR", query=True) == "tente"


def test_spoken_english_written_as_heard() -> None:
    assert normalise("three o' them sweaters", "en-US", query=True) == "them sweater"
    assert normalise("the tent outta pilkom", "en-US", query=True) == "tent out pilkom"
    assert normalise("o'neill socks", "en-US") == "o neill sock"  # a name, not "of"
    assert normalise("the lil one", "en-US", query=True) == "little"
    assert normalise("the big un", "en-US", query=True) == "big"
    # A pack named by how many it holds.
    assert normalise("smoked lardons twin pack", "en-US", query=True) == "smoked lardon 2 pack"
    assert normalise("a triple-pack of socks", "en-US", query=True) == "3 pack sock"
    assert normalise("twin bed sheets", "en-US", query=True) == "twin bed sheet"


def test_a_unit_is_no_slip_of_a_carrier_phrase() -> None:
    """« mètre » is one letter from « mettre »: at the end of a request it was dropped."""
    assert normalise("câble hdmi voltaro un mètre", "fr-FR", query=True) == "cable hdmi voltaro 1 m"
    assert normalise("mettre un câble hdmi", "fr-FR", query=True) == "cable hdmi"


def test_english_plurals_no_ending_rule_undoes() -> None:
    assert normalise("a tent for four people", "en-US", query=True) == "tent 4 person"
    assert normalise("bread knives", "en-US") == "bread knife"


def test_a_catalog_word_is_no_slip_of_a_carrier_phrase() -> None:
    """« sachets » is one letter from « achètes »: a shop that sells tea bags keeps it."""
    tea = {"sachet", "the", "verveine"}.__contains__
    assert normalise("sachets de thé", "fr-FR", query=True) == "the"
    assert analyse("sachets de thé", "fr-FR", query=True, known=tea)[0].text == "sachet"


def test_a_letter_said_twice_is_the_catalog_word_with_it_once() -> None:
    coffee = {"cafe", "grain", "cannelle"}.__contains__
    tokens = analyse("café enn grains cannellle", "fr-FR", query=True, known=coffee)
    assert [t.text for t in tokens if not t.stop] == ["cafe", "grain", "cannelle"]
    # without the catalog, nothing tells the slip from a word
    assert "enn" in [t.text for t in analyse("café enn grains", "fr-FR", query=True)]


def test_a_lone_letter_no_name_has_weighs_nothing() -> None:
    """ "y'know", "k thanks", "n that's it": letters the catalog has (sizes) stay words."""
    shop = {"sweater", "m"}.__contains__
    tokens = analyse("sweater y'know size m k thanks", "en-US", query=True, known=shop)
    stops = {t.text: t.stop for t in tokens}
    assert stops["y"] and stops["k"]
    assert not stops["m"] and not stops["sweater"]


def test_an_article_whose_apostrophe_was_lost_is_no_litre() -> None:
    """« de l anti-algues » is « de l'anti-algues », not two litres of it."""
    tokens = analyse("je cherche de l anti algues", "fr-FR", query=True)
    assert [t.text for t in tokens if not t.stop] == ["anti", "algue"]
    assert normalise("un bidon de l", "fr-FR", query=True) == "bidon 2 l"


def test_asking_whether_it_exists_is_no_product_word() -> None:
    roles = {t.text: t.role for t in analyse("ça existe chez vous le chlore", "fr-FR", query=True)}
    assert roles["existe"] == "function"


@pytest.mark.parametrize(
    ("said", "locale", "written"),
    [
        ("câbles de démarrage seize millimètres carrés", "fr-FR", "câbles de démarrage 16 mm²"),
        ("tapis deux mètres carrés", "fr-FR", "tapis 2 m²"),
        ("filter cartridge fifty square feet", "en-US", "filter cartridge 50 sq ft"),
        ("filter cartridge fifty square feet", "en-US", "filter cartridge 50 ft²"),
    ],
)
def test_a_length_said_squared_is_the_area_a_title_writes(
    said: str, locale: str, written: str
) -> None:
    assert normalise(said, locale) == normalise(written, locale, query=False)


@pytest.mark.parametrize(
    ("said", "locale", "written"),
    [
        ("steel scuba tank eighty cubic feet", "en-US", "Steel Scuba Tank, 80 cu ft"),
        ("steel scuba tank one hundred cubic foot", "en-US", "Steel Scuba Tank 100 ft³"),
        ("cuve à fioul trois mètres cubes", "fr-FR", "Cuve à fioul 3 m³"),
    ],
)
def test_a_length_said_cubed_is_the_volume_a_title_writes(
    said: str, locale: str, written: str
) -> None:
    assert normalise(said, locale, query=True) == normalise(written, locale)


def test_cube_and_cu_elsewhere_stay_words() -> None:
    assert normalise("un cube de bouillon", "fr-FR", query=True) == "cube bouillon"
    assert normalise("ice cube tray", "en-US", query=True) == "ice cube tray"


def test_square_and_carre_elsewhere_stay_words() -> None:
    assert normalise("square tile 30 cm", "en-US") == "square tile 30 cm"
    assert normalise("nappe carrée 80 cm", "fr-FR") == "nappe carree 80 cm"


@pytest.mark.parametrize(
    ("said", "locale", "read"),
    [
        ("cafetière noire troiscent cinquante millilitres", "fr-FR", "cafetiere noire 350 ml"),
        ("internal filter eighthundred liters per hour", "en-US", "internal filter 800 l per h"),
        ("french press three hundredand fifty ml", "en-US", "french press 350 ml"),
        ("nourriture en flocons centml", "fr-FR", "nourriture flocon 100 ml"),
        ("tasses à espresso lot desix", "fr-FR", "tasse espresso lot 6"),
        ("antigel prêt à l'emploi unlitre", "fr-FR", "antigel pret emploi 1 l"),
        ("tétines débit lent parquatre", "fr-FR", "tetine debit lent par 4"),
        ("baby diapers sizetwo", "en-US", "baby diaper size 2"),
        ("violin strings threequarter", "en-US", "violin string 0.75"),
    ],
)
def test_number_words_run_together_are_cut_apart(said: str, locale: str, read: str) -> None:
    assert normalise(said, locale) == read


def test_a_short_number_word_is_cut_from_a_catalog_word_of_four_letters_or_more() -> None:
    """ "bibstwo" is bibs and two when the catalog has "bibs"; "kitten" stays a kitten (a
    three-letter word before it), and "often" is no "of ten"."""
    bibs = {"bib", "kit", "mustard"}.__contains__
    words = [
        w.plain for w in split_glued_numbers(split_words("bibstwo kitten often", "en"), "en", bibs)
    ]
    assert words == ["bibs", "two", "kitten", "often"]


@pytest.mark.parametrize(
    ("said", "locale", "read"),
    [
        ("gravier cunq kg", "fr-FR", "gravier 5 kg"),
        ("gravier deuz kilogrammes", "fr-FR", "gravier 2 kg"),
        ("boîte blanche cunq cents grammes", "fr-FR", "boite blanche 500 g"),
        ("capsules hazelnut tirty capsules", "en-US", "capsule hazelnut 30 capsule"),
    ],
)
def test_a_short_number_word_one_letter_off_before_a_unit(
    said: str, locale: str, read: str
) -> None:
    assert normalise(said, locale) == read


def test_words_that_only_look_like_numbers_stay_words() -> None:
    assert normalise("often tent tend centre", "en-US") == "often tent tend centre"
    assert normalise("sel 1 kg", "fr-FR") == "sel 1 kg"  # no unit right after "sel"
    assert normalise("spinner a sixth ounce", "en-US") == "spinner sixth oz"
    assert normalise("deuz savons", "fr-FR") == "deuz savon"  # no unit nor count after it


def test_l_un_is_no_number() -> None:
    """« l'un » is a pronoun, or a brand heard in pieces (« l'un gri » for Lungri): no 1."""
    assert not any(t.number for t in analyse("l'un gri gravier bleu", "fr-FR", query=True))
    assert [t.text for t in analyse("lot d'un", "fr-FR", query=True) if t.number] == ["1"]


@pytest.mark.parametrize(
    ("said", "locale"),
    [("filtre 400 litres heure", "fr-FR"), ("filter four hundred liters per hour", "en-US")],
)
def test_a_rate_per_hour_is_read_as_a_title_writes_it(said: str, locale: str) -> None:
    written = "filtre 400 l/h" if locale == "fr-FR" else "filter 400 l per h"
    assert normalise(said, locale) == normalise(written, locale, query=False)
    # "an hour" is no "1 h": only a measure follows "a" as one of it.
    assert not any(t.number for t in analyse("liters an hour", "en-US", query=True))


@pytest.mark.parametrize(
    ("spoken", "locale", "expected"),
    [
        ("hey there could you get me the dry snorkel", "en-US", "dry snorkel"),
        ("so listen go ahead and order some bottle caps", "en-US", "bottle cap"),
        ("good morning i need a textile jacket", "en-US", "textile jacket"),
        ("coucou tu peux me mettre du savon de marseille", "fr-FR", "savon marseille"),
        ("bonjour dis moi je voudrais un ballotin", "fr-FR", "ballotin"),
        ("tant que j'y pense, mets-moi une hélice bipale", "fr-FR", "helice bipale"),
        ("avant que j'oublie, il me faudrait du savon", "fr-FR", "savon"),
        ("by the way, could I get the dry snorkel", "en-US", "dry snorkel"),
        ("before I forget, I need a textile jacket", "en-US", "textile jacket"),
    ],
)
def test_a_greeting_before_the_request_is_dropped(spoken: str, locale: str, expected: str) -> None:
    assert normalise(spoken, locale, query=True) == expected


def test_a_greeting_is_dropped_at_the_start_only() -> None:
    """ "bon tour" at the end of a brand is no « bonjour » cut in two; "hello" alone stays."""
    assert normalise("clés allen lait bon tour", "fr-FR", query=True) == "cle allen lait bon tour"
    assert normalise("hello", "en-US", query=True) == "hello"


@pytest.mark.parametrize(
    ("said", "locale", "written"),
    [
        ("chocolat noir quatre-vingt-cinq pour cent", "fr-FR", "Chocolat noir 85 %"),
        ("eighty five percent dark chocolate", "en-US", "85% Dark Chocolate"),
        ("seventy per cent cocoa", "en-US", "70 % cocoa"),
    ],
)
def test_a_share_said_is_the_percent_a_title_writes(said: str, locale: str, written: str) -> None:
    assert normalise(said, locale, query=True) == normalise(written, locale)


def test_a_share_after_a_size_is_no_part_of_it() -> None:
    """ "4 L, 100 % synthèse": the 100 is a share, not the centilitres of « 4 litres 100 »,
    which a number after the unit alone still is."""
    title = normalise("Huile moteur 4T 20W50 4 L, 100 % synthèse", "fr-FR")
    assert "4 l 100 pct synthese" in title
    assert normalise("un litre cinquante", "fr-FR", query=True) == "1.5 l"


@pytest.mark.parametrize(
    ("spoken", "locale", "expected"),
    [
        ("je souhaiterais acquérir bloc de plongée aluminium", "fr-FR", "bloc plongee aluminium"),
        ("il me faut racheter des capsules", "fr-FR", "capsule"),
        ("passe commande pour un tuba classique", "fr-FR", "tuba classique"),
        ("i would like to purchase a scuba tank", "en-US", "scuba tank"),
        ("i need to reorder the dry snorkel", "en-US", "dry snorkel"),
    ],
)
def test_the_verb_after_a_request_phrase_is_the_shoppers(
    spoken: str, locale: str, expected: str
) -> None:
    assert normalise(spoken, locale, query=True) == expected


def test_a_noun_after_a_request_phrase_stays() -> None:
    """ "cidre", "beurre" end as infinitives do, yet name what is asked; a catalog word too."""
    assert normalise("je voudrais cidre breton", "fr-FR", query=True) == "cidre breton"
    ski = {"glisse", "spray"}.__contains__
    tokens = analyse("je voudrais glisse spray", "fr-FR", query=True, known=ski)
    assert [t.text for t in tokens if not t.stop] == ["glisse", "spray"]


def test_one_word_a_slip_of_a_short_filler_is_kept() -> None:
    """« encre » at the end is the anchor (« ancre ») misheard, not a slip of « encore »; a
    long filler one slip away still goes ("commaande")."""
    assert [t.text for t in analyse("ma femme veut que je prenne encre", "fr-FR", query=True)][
        -1
    ] == "encre"


def test_a_titles_plural_keeps_the_sound_of_its_s_beside_its_singulars() -> None:
    straws = analyse("Paper Straws 25 ct", "en-US")[1]
    assert straws.text == "straw"
    assert set(phonetic("straw", "en-US")) < set(straws.keys)
    assert set(phonetic("strauss", "en-US")) <= set(straws.keys)
    said = analyse("paper straws", "en-US", query=True)[1]
    assert said.keys == phonetic("straw", "en-US")  # what is heard is read as it is said


@pytest.mark.parametrize(
    ("said", "expected"),
    [("gold paper strauss", {"gold"}), ("orvaniss lip balm", {"balm-honey", "balm-cherry"})],
)
def test_a_plural_or_a_brand_ending_in_s_heard_with_another_spelling(
    said: str, expected: set[str]
) -> None:
    shop = resolver_of(
        "en-US",
        [
            ("holder", "Cotillon Rivard Straw Holder", "Cotillon Rivard", "holder"),  # singular
            ("gold", "Cotillon Rivard Gold Paper Straws 25 ct", "Cotillon Rivard", "straws"),
            ("red", "Cotillon Rivard Red Stripe Paper Straws 25 ct", "Cotillon Rivard", "straws"),
            ("balm-honey", "Orvanys Honey Lip Balm 0.5 fl oz", "Orvanys", "lip balm"),
            ("balm-cherry", "Orvanys Cherry Lip Balm 0.17 oz", "Orvanys", "lip balm"),
            ("cream", "Dermalys Shea Butter Hand Cream 1.7 fl oz", "Dermalys", "hand cream"),
        ],
    )
    assert ids_of(shop, said) == expected
