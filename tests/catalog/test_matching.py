"""The small fuzzy matcher the skill uses for charities, guide topics and choices."""

from __future__ import annotations

from catalog.matching import NameMatcher

CHARITIES = [
    ("croix-rouge", ["Croix-Rouge française", "la croix rouge", "croix rouge"]),
    ("restos", ["Les Restos du Cœur", "restos du coeur"]),
    ("ateliers", ["Ateliers du Textile Solidaire"]),
]


def test_names_and_synonyms_match_with_scores_out_of_100() -> None:
    matcher = NameMatcher(CHARITIES, "fr-FR")
    assert matcher.match("la croix-rouge") == [("croix-rouge", 100.0)]
    assert matcher.match("les restos du coeur")[0] == ("restos", 100.0)


def test_sound_alikes_and_lost_accents_still_match() -> None:
    matcher = NameMatcher(CHARITIES, "fr-FR")
    best, score = matcher.match("crois rouge")[0]
    assert best == "croix-rouge" and 70 <= score < 100
    assert matcher.match("restos du cœur")[0][0] == "restos"


def test_unknown_names_match_nothing() -> None:
    matcher = NameMatcher(CHARITIES, "fr-FR")
    assert matcher.match("greenpeace") == []
    assert matcher.match("") == []


def test_a_partial_name_scores_below_a_full_one() -> None:
    matcher = NameMatcher(CHARITIES, "fr-FR")
    (best, score), *_ = matcher.match("ateliers textile")
    assert best == "ateliers" and 70 <= score < 100


def test_choices_by_spoken_size() -> None:
    matcher = NameMatcher(
        [("a", ["Gel 250 ml", "250 ml"]), ("b", ["Gel 500 ml", "500 ml"])], "fr-FR"
    )
    assert matcher.match("cinq cents")[0][0] == "b"
    assert matcher.match("celui de deux cent cinquante millilitres")[0][0] == "a"


def test_lenient_matching_ignores_words_no_entry_knows() -> None:
    topics = NameMatcher(
        [("wine", ["wine stain", "red wine"]), ("coffee", ["coffee stain"])], "en-US"
    )
    question = "how do i get a wine stain out of my shirt"
    # Strictly, "shirt" and the words around count against "wine stain": far from a match.
    assert all(score < 50 for _, score in topics.match(question))
    assert topics.match(question, lenient=True)[0] == ("wine", 100.0)


def test_a_word_the_names_have_is_no_slip_of_a_filler() -> None:
    """« encre » is one slip from the filler « encore »: said at the end of a phrase, it was
    dropped, and « tache d'encre » named no guide."""
    matcher = NameMatcher(
        [("ink", ["Tache d'encre de stylo"]), ("blood", ["Tache de sang"])], "fr-FR"
    )
    ranked = matcher.match("tache d'encre")
    assert ranked[0][0] == "ink" and all(score < ranked[0][1] for _, score in ranked[1:])
