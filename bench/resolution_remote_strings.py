"""The remote half's strings, as the musical-instrument-accessories shop stocks them: electric,
acoustic, bass and violin sets, sold by gauge (the feed writes "10-46 Regular Light", a player
says "ten forty-six" or just "regular light") or by the violin's size (« trois quarts »)."""

from __future__ import annotations

from bench.resolution_remote_model import Ware, term

STRINGS = (
    Ware(
        "electric_strings",
        term(
            "cordes guitare électrique",
            "Electric Guitar Strings",
            (
                "cordes de guitare électrique",
                "cordes pour guitare électrique",
                "cordes guitare électrique",
            ),
            ("electric guitar strings", "strings for electric guitar", "electric strings"),
        ),
        "",
        (),
        (
            term(
                "09-42 Super Light",
                "09-42 Super Light",
                ("9 42", "09 42", "super light"),
                ("9 42", "nine forty two", "super light"),
            ),
            term(
                "10-46 Regular Light",
                "10-46 Regular Light",
                ("10 46", "regular light"),
                ("10 46", "regular light"),
            ),
            term("11-49 Medium", "11-49 Medium", ("11 49", "medium"), ("11 49", "medium")),
        ),
        790,
        ("Jeu de 6 cordes filées nickel.", "Set of 6 nickel-wound strings."),
        unmade_sizes=(term("12-52 Heavy", "12-52 Heavy", ("12 52",), ("12 52",)),),
    ),
    Ware(
        "acoustic_strings",
        term(
            "cordes guitare folk",
            "Acoustic Guitar Strings",
            ("cordes de guitare folk", "cordes folk", "cordes pour guitare acoustique"),
            ("acoustic strings", "acoustic guitar strings"),
        ),
        "alloy",
        (
            term("bronze phosphore", "Phosphor Bronze"),
            term("bronze 80/20", "80/20 Bronze", ("bronze 80 20",), ("80 20 bronze",)),
        ),
        (
            term(
                "11-52 Custom Light",
                "11-52 Custom Light",
                ("11 52", "custom light"),
                ("11 52", "custom light"),
            ),
            term("12-53 Light", "12-53 Light", ("12 53",), ("12 53",)),
        ),
        990,
        ("Son brillant et équilibré.", "Bright, balanced tone."),
        link=("en|", ""),
    ),
    Ware(
        "bass_strings",
        term(
            "cordes basse électrique",
            "Bass Guitar Strings",
            ("cordes de basse", "cordes pour basse électrique"),
            ("bass strings",),
        ),
        "",
        (),
        (
            term("40-95 4 cordes", "40-95 4-String", ("40 95",), ("40 95",)),
            term("45-105 4 cordes", "45-105 4-String", ("45 105",), ("45 105",)),
            term(
                "45-130 5 cordes", "45-130 5-String", ("45 130", "5 cordes"), ("45 130", "5 string")
            ),
        ),
        2490,
        ("Filé rond acier nickelé.", "Nickel-plated steel roundwound."),
    ),
    Ware(
        "violin_strings",
        term(
            "cordes violon",
            "Violin Strings",
            ("cordes de violon", "cordes pour violon"),
            ("violin strings", "strings for violin"),
        ),
        "",
        (),
        (
            term("1/2", "1/2", ("1/2", "un demi", "taille un demi"), ("1/2", "half size")),
            term("3/4", "3/4", ("3/4", "trois quarts"), ("3/4", "three quarter")),
            term("4/4", "4/4", ("4/4", "quatre quarts", "entier"), ("4/4", "full size")),
        ),
        2990,
        ("Âme synthétique, tirant moyen.", "Synthetic core, medium tension."),
        unmade_sizes=(term("1/8", "1/8", ("un huitième",), ("one eighth",)),),
    ),
)
