"""Brands heard as words that sound as them (catalog.brand_sounds)."""

from __future__ import annotations

from catalog.brand_sounds import BRAND_SOUND_SIM, BrandSounds
from catalog.phonetics import english_sound, spoken_sound
from tests.catalog.small_shops import ids_of, resolver_of


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


def test_an_english_th_heard_by_a_french_ear_as_an_s() -> None:
    """A French recogniser writes Northgate « norse guète », Smith « smisse »."""
    french = BrandSounds([(1, "northgate"), (2, "smith")], "fr-FR")
    assert french.near(["norse", "guète"]) == {1: BRAND_SOUND_SIM}
    assert french.near(["smisse"]) == {2: BRAND_SOUND_SIM}
    assert french.near(["nord", "gate"]) == {1: BRAND_SOUND_SIM}


def test_a_folded_brand_word_may_have_ended_in_an_e_that_is_heard() -> None:
    """The catalog's words are folded: "tanke" was Tanké, whose last e is heard."""
    french = BrandSounds([(1, "tanke"), (2, "humle")], "fr-FR")
    assert french.near(["temps", "ké"]) == {1: BRAND_SOUND_SIM}  # the p of « temps » silent
    assert french.near(["hume", "lait"]) == {2: BRAND_SOUND_SIM}  # « um » before l: no nasal
    assert spoken_sound(["parfum"], "fr-FR").endswith("I")  # nasal where the word ends
    assert spoken_sound(["jambon"], "fr-FR") == "JABO"  # and before b or p


def test_a_brand_heard_as_two_words_is_read_whole_when_one_alone_reads_it_nearly() -> None:
    """ "hume" alone is nearly Humlé, "hume lait" about as nearly: the run is the brand, and
    « lait » is not left over as a word of a brand we do not sell."""
    shop = resolver_of(
        "fr-FR",
        [
            ("h-60", "Humlé gouache, jaune citron, 60 ml", "Humlé", "gouache"),
            ("h-20", "Humlé gouache, terre de sienne, 20 ml", "Humlé", "gouache"),
            ("t-20", "Tanké gouache, terre de sienne, 20 ml", "Tanké", "gouache"),
        ],
    )
    assert ids_of(shop, "hume lait gouache jaune citron soixante millilitres") == {"h-60"}


def test_a_brand_heard_as_longer_words_of_the_language() -> None:
    """« pupille eau » for Pupilo, « godille eau » for Godillot: the words heard are no short
    syllables, yet they sound as the brand."""
    shop = resolver_of(
        "fr-FR",
        [
            ("pup-rose", "Pupilo lunettes anti-lumière bleue, rose", "Pupilo", "lunettes"),
            ("pup-noir", "Pupilo lunettes anti-lumière bleue, noir", "Pupilo", "lunettes"),
            ("foc-rose", "Focalis lunettes anti-lumière bleue, rose", "Focalis", "lunettes"),
        ],
    )
    assert ids_of(shop, "pupille eau lunettes anti lumière bleue rose") == {"pup-rose"}


def test_a_french_brand_heard_by_english_ears_keeps_its_consonants() -> None:
    """ "bear jury" for Bergerie: the vowels differ too much for its sound, its consonants and
    syllables do not."""
    shop = resolver_of(
        "en-US",
        [
            ("roq", "Bergerie Roquefort, 8.8 oz", "Bergerie", "roquefort"),
            ("roq-w", "Whey Roquefort, 8.8 oz", "Whey", "roquefort"),
        ],
    )
    assert ids_of(shop, "bear jury roquefort 8.8 oz") == {"roq"}


def test_a_short_brand_heard_as_one_word_of_the_same_sound() -> None:
    """ "way" for Whey: too short for one phoneme in five, yet the same sound."""
    shop = resolver_of(
        "en-US",
        [
            ("comte", "Whey Comté aged 18 months, 1 lb", "Whey", "comté"),
            ("comte-b", "Bergerie Comté aged 18 months, 1 lb", "Bergerie", "comté"),
        ],
    )
    assert ids_of(shop, "could you also get way comté aged 18 months") == {"comte"}


def test_a_first_h_unheard_and_a_silent_t_of_et() -> None:
    """ "or tense" for Hortense (its h not heard), « ik et banane » for Ikebana (« et » sounds
    « é »): the brand is still met by its sound."""
    assert spoken_sound(["or", "tense"], "en-US") == spoken_sound(["hortense"], "en-US")
    assert spoken_sound(["et"], "fr-FR") == "E"
    english = resolver_of(
        "en-US",
        [
            ("hor-white", "Hortense peonies, white, 5 stems", "Hortense", "peonies"),
            ("hor-pink", "Hortense peonies, pink, 5 stems", "Hortense", "peonies"),
            ("posy-white", "Posy peonies, white, 5 stems", "Posy", "peonies"),
        ],
    )
    assert ids_of(english, "or tense peonies white five stems") == {"hor-white"}
    french = resolver_of(
        "fr-FR",
        [
            ("ike-12", "Ikebana roses rouges, 12 tiges", "Ikebana", "roses"),
            ("ike-6", "Ikebana roses rouges, 6 tiges", "Ikebana", "roses"),
            ("posy-12", "Posy roses rouges, 12 tiges", "Posy", "roses"),
        ],
    )
    assert ids_of(french, "ik et banane roses rouges douze tiges") == {"ike-12"}


def test_a_brand_of_the_other_language_heard_as_the_recogniser_spells_it() -> None:
    """A French recogniser writes an English brand as French words (« aïronne pic » for
    Ironpeak, « ouailde route » for Wildroot): the brand's English sound is met too, its
    first vowel whatever it was heard as."""
    shop = resolver_of(
        "fr-FR",
        [
            ("ip-chain", "Ironpeak chaîne de vélo 10 vitesses", "Ironpeak", "chaîne"),
            ("nw-chain", "Northwind chaîne de vélo 10 vitesses", "Northwind", "chaîne"),
            ("bs-chain", "Brightspoke chaîne de vélo 10 vitesses", "Brightspoke", "chaîne"),
            ("wr-tea", "Wildroot infusion tilleul vrac 50 g", "Wildroot", "infusion"),
            ("mp-tea", "Moonpetal infusion tilleul vrac 50 g", "Moonpetal", "infusion"),
        ],
    )
    assert ids_of(shop, "aïronne pic chaîne de vélo dix vitesses") == {"ip-chain"}
    assert ids_of(shop, "ouailde route infusion tilleul vrac 50 g") == {"wr-tea"}


def test_a_french_vowel_before_a_vowel_sound_is_no_nasal() -> None:
    """« quenouille », « genou »: the "n" starts the next syllable; « eu » is one vowel."""
    assert spoken_sound(["genou"], "fr-FR") == "JENU"
    assert spoken_sound(["quenouille"], "fr-FR") == spoken_sound(["ke", "nouille"], "fr-FR")
    assert spoken_sound(["fleur"], "fr-FR") == "FLER"


def test_a_brand_heard_as_function_words() -> None:
    """ "who let" for Houlette: words that alone carry the request, together the brand."""
    shop = resolver_of(
        "en-US",
        [
            ("hou-oil", "Canned sardines in olive oil Houlette (6-pack)", "Houlette", "sardines"),
            ("io-oil", "Canned sardines in olive oil Iodine (3-pack)", "Iodine", "sardines"),
            ("go-oil", "Canned sardines in olive oil Goémon (1 can)", "Goémon", "sardines"),
        ],
    )
    assert ids_of(shop, "who let canned sardines in olive oil") == {"hou-oil"}
    assert len(ids_of(shop, "can you get canned sardines in olive oil")) == 3


def _phrase(*pieces: str) -> tuple[tuple[tuple[str, ...], int], ...]:
    """A brand of several words by its pieces, word ids from 1."""
    return tuple((tuple(piece.split()), wid) for wid, piece in enumerate(pieces, 1))


def _shared(sounds: BrandSounds, said: list[str]) -> list[list[tuple[int, int, int]]]:
    """Each brand the words ``said`` sound as whole: (first, last, word id) of each piece."""
    return [[(p.first, p.last, p.wid) for p in shared] for shared in sounds.phrase(said)]


def test_a_brand_of_several_words_heard_whole_is_shared_out_among_its_words() -> None:
    """ "bow ree vahj" for Beau Rivage: no word said alone sounds as a word of the brand, the
    run does; each word of the brand is given the words said that sound as it."""
    english = BrandSounds([], "en-US", [_phrase("beau", "rivage"), _phrase("sept", "collines")])
    assert _shared(english, ["bow", "ree", "vahj"]) == [[(0, 0, 1), (1, 2, 2)]]
    assert _shared(english, ["set", "collie", "neigh"]) == [[(0, 0, 1), (1, 2, 2)]]
    assert _shared(english, ["bow", "tie"]) == []
    # More said than the brand: the words after it are no part of it.
    assert _shared(english, ["bow", "ree", "vahj", "cheese"]) == []
    french = BrandSounds([], "fr-FR", [_phrase("silver", "birch"), _phrase("blue", "harbor")])
    assert _shared(french, ["cil", "veur", "beurtch"]) == [[(0, 1, 1), (2, 2, 2)]]
    assert _shared(french, ["blou", "arbeur"]) == [[(0, 0, 1), (1, 1, 2)]]
    assert _shared(french, ["si", "vous", "voulez"]) == []


def test_a_brand_of_several_words_heard_whole_by_the_other_languages_ear() -> None:
    """Two phonemes in five may differ from the whole brand, as from each of its words:
    "papa tree von wahz" for Papeteries Vaunoise, « tou aoules tabeul tope » for Two Owls
    Tabletop. Words that merely share a sound or two are no brand."""
    english = BrandSounds([], "en-US", [_phrase("papeteries", "vaunoise")])
    assert _shared(english, ["papa", "tree", "von", "wahz"]) == [[(0, 1, 1), (2, 3, 2)]]
    assert _shared(english, ["pop", "corn", "bowl"]) == []
    french = BrandSounds([], "fr-FR", [_phrase("two", "owls", "tabletop")])
    assert _shared(french, ["tou", "aoules", "tabeul", "tope"]) == [
        [(0, 0, 1), (1, 1, 2), (2, 3, 3)]
    ]
    assert _shared(french, ["tout", "va", "bien"]) == []


def test_a_french_brand_of_several_words_heard_by_english_ears() -> None:
    """ "pray doe tone" for Pré d'Automne (its "d'" and the silent m of « automne » heard
    too), "bow ree vahj" for Beau Rivage."""
    shop = resolver_of(
        "en-US",
        [
            (
                "pa-tea",
                "Pré d'Automne Tealight candles, unscented (30-pack)",
                "Pré d'Automne",
                "tealights",
            ),
            (
                "br-tea",
                "Beau Rivage Tealight candles, unscented (30-pack)",
                "Beau Rivage",
                "tealights",
            ),
            ("fg-tea", "Foxford Tealight candles, unscented (30-pack)", "Foxford", "tealights"),
        ],
    )
    assert ids_of(shop, "pray doe tone unscented tealight candles") == {"pa-tea"}
    assert ids_of(shop, "i need bow ree vahj tealights") == {"br-tea"}
    assert len(ids_of(shop, "unscented tealight candles")) == 3


def test_an_english_brand_of_several_words_heard_by_french_ears() -> None:
    shop = resolver_of(
        "fr-FR",
        [
            (
                "sb-savon",
                "Silver Birch savon surgras au lait d'ânesse 100 g",
                "Silver Birch",
                "savon",
            ),
            (
                "bh-savon",
                "Blue Harbor savon surgras au lait d'ânesse 100 g",
                "Blue Harbor",
                "savon",
            ),
            ("vr-savon", "Verveine savon surgras au lait d'ânesse 100 g", "Verveine", "savon"),
        ],
    )
    assert ids_of(shop, "ajoute cil veur beurtch savon au lait d'ânesse") == {"sb-savon"}
    assert ids_of(shop, "un savon surgras blou arbeur") == {"bh-savon"}


def test_the_english_i_a_french_ear_writes_ai() -> None:
    """« taïde raïte » for Tidewright: « aï » is how French writes the "i" of "tide"."""
    french = BrandSounds([(1, "tidewright"), (2, "tanke")], "fr-FR")
    assert french.near(["taïde", "raïte"]) == {1: BRAND_SOUND_SIM}
    assert spoken_sound(["maïs"], "fr-FR") == spoken_sound(["mais"], "fr-FR")  # words keep it


def test_a_french_brand_heard_with_english_vowels_in_its_places() -> None:
    """ "sunny eye" for Sonnaille, "goody yo" for Godillot: every vowel other, the consonants
    and the vowels in the same places. Not a word of a brand of several words (heard with
    the others), nor a run of the shopper's function words."""
    shop = resolver_of(
        "en-US",
        [
            ("mim", "Sonnaille Aged Mimolette, 1.1 lb", "Sonnaille", "mimolette"),
            ("mim-b", "Bergerie Aged Mimolette, 1.1 lb", "Bergerie", "mimolette"),
            ("tree", "Godillot shoe trees cedar", "Godillot", "shoe trees"),
            ("tree-b", "Sonnet Doré shoe trees cedar", "Sonnet Doré", "shoe trees"),
        ],
    )
    assert ids_of(shop, "could i have sunny eye mimolette aged 1.1 lb") == {"mim"}
    assert ids_of(shop, "bring in goody yo shoe trees cedar") == {"tree"}
    assert shop.index.brand_sounds().shaped(["sunny", "it"]) == []  # Sonnet is heard with Doré
    sounds = BrandSounds([(1, "sonnaille"), (2, "sonnet"), (3, "godillot")], "en-US")
    assert sounds.shaped(["goody", "yo"]) == [3]
    assert sounds.shaped(["sunny", "it"]) == [2]
    assert sounds.shaped(["sun"]) == []  # too short to tell


def test_a_french_gu_before_i_is_the_hard_g_of_an_english_brand() -> None:
    """« arrow guile » for Harrowgill: « gu » before « i » sounds the g of "gill"."""
    shop = resolver_of(
        "fr-FR",
        [
            ("liquide", "Harrowgill magnésie liquide 500 g", "Harrowgill", "magnésie"),
            ("poudre", "Vergosse magnésie en poudre 250 g", "Vergosse", "magnésie"),
        ],
    )
    assert ids_of(shop, "arrow guile magnésie liquide 500 grammes") == {"liquide"}
    assert spoken_sound(["guitare"], "fr-FR").startswith("G")


def test_a_sound_compared_once_is_kept_and_what_the_caller_does_with_it_stays_its_own() -> None:
    """The brands a sound meets are kept (a shop's shoppers say its words again); the
    caller may add to what it is given without changing what the next one hears."""
    brands = BrandSounds([(1, "pombonfil"), (2, "mersel")], "en-US")
    first = brands.near(["palm", "bone", "fill"])
    first[2] = 1.0
    assert brands.near(["palm", "bone", "fill"]) == {1: BRAND_SOUND_SIM}
    assert brands.near(["palm", "bone", "fill"]) is not brands.near(["palm", "bone", "fill"])
