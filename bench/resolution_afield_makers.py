"""The makers (brands) of the *afield* half (:mod:`bench.resolution_afield`): invented, each with
the language its name is said in and what each recogniser writes for it.

A recogniser of the name's own language writes it as it is; one of the other language writes what
it heard in words of its own (« Surplomb Ferrand » heard by an American ear: "sir plomb fair and";
"Corrie Bothy" heard by a French one: « corie botie »). Each shop carries five to seven of its
trade's ``MAKERS``; the ``UNSOLD`` ones of the same trade are the makers it does not carry.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Maker:
    name: str
    origin: str  # "fr" or "en"
    foreign_ear: str  # what the other language's recogniser writes for it

    def heard(self, code: str) -> str:
        """What a recogniser of language ``code`` writes when the name is said."""
        return self.name.lower() if code == self.origin else self.foreign_ear

    def spoken(self, code: str) -> str:
        """The name as a shopper of ``code`` says it ("&" said as a word)."""
        return self.name.lower().replace("&", ("et", "and")[code == "en"])


M = Maker

MAKERS: dict[str, tuple[Maker, ...]] = {
    "escalade": (
        M("Surplomb Ferrand", "fr", "sir plomb fair and"),
        M("Mandrolle", "fr", "man droll"),
        M("Vergosse", "fr", "vair gauss"),
        M("Ubac", "fr", "oo back"),
        M("Corrie Bothy", "en", "corie botie"),
        M("Scrambler & Sons", "en", "scrambleur and sonse"),
        M("Tarn", "en", "tarne"),
        M("Gritstone", "en", "grite stône"),
        M("Harrowgill", "en", "arrow guile"),
    ),
    "poterie": (
        M("Brûlot Ribotte", "fr", "brew low ree bot"),
        M("Tessonne", "fr", "tess on"),
        M("Cruchon", "fr", "crew shone"),
        M("Mélusine", "fr", "mel you zeen"),
        M("Kilnmoor", "en", "kilne mour"),
        M("Millbank & Hart", "en", "mile banque and harte"),
        M("Oxley", "en", "oxlé"),
        M("Saggarton", "en", "sagartonne"),
    ),
    "horlogerie": (
        M("Dubreuil Vachet", "fr", "do broy vash eh"),
        M("Pellerin", "fr", "pell a ran"),
        M("Lémanique", "fr", "lemma neek"),
        M("Ixo", "fr", "ex oh"),
        M("Tockwell", "en", "toque ouelle"),
        M("Greywind", "en", "grèye ouinde"),
        M("Stoker & Vane", "en", "stokeur et vaine"),
        M("Brightlug", "en", "braille lug"),
    ),
    "accastillage": (
        M("Amiral Pouldu", "fr", "amy rall pool do"),
        M("Loctudy Nautic", "fr", "lock too dee naughty"),
        M("Goélette", "fr", "go a let"),
        M("Brisant", "fr", "bree zan"),
        M("Brackwater Rigging", "en", "braque ouateur riguine"),
        M("Thwartley", "en", "souarte lé"),
        M("Pennock", "en", "pénoque"),
        M("Ulla", "en", "oula"),
    ),
}

UNSOLD: dict[str, tuple[Maker, ...]] = {
    "escalade": (
        M("Couloir Sauvin", "fr", "cool war so van"),
        M("Slabworth", "en", "slabe worse"),
        M("Rimaye", "fr", "ree my"),
    ),
    "poterie": (
        M("Hallowmere", "en", "allo mire"),
        M("Bruneval", "fr", "brew nay val"),
        M("Kiva", "en", "kiwa"),
    ),
    "horlogerie": (
        M("Ravenhall", "en", "rêvent olle"),
        M("Montcalme", "fr", "mont calm"),
        M("Zéphyrine", "fr", "zeff a reen"),
    ),
    "accastillage": (
        M("Kerbiriou", "fr", "care bee ree oo"),
        M("Quayside Ropewalk", "en", "quai saïde rope ouoque"),
        M("Fogbell", "en", "fogue belle"),
    ),
}
