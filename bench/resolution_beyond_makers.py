"""The *beyond* half's makers: invented, of French or English flavour, and how the other
language's recogniser writes each (an American ear on « Maison Roncevaux », a French ear on
"Thistle & Yew")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Maker:
    name: str
    origin: str  # "fr" or "en": the language the name is read in
    foreign: str  # what the other language's recogniser writes for it

    def heard(self, ear: str) -> str:
        """The name as a recogniser of ``ear`` ("fr", "en") writes it."""
        return self.name if ear == self.origin else self.foreign


def _m(name: str, origin: str, foreign: str) -> Maker:
    return Maker(name, origin, foreign)


MAKERS: dict[str, tuple[Maker, ...]] = {
    "tiralarc": (
        _m("Vireton", "fr", "veer a ton"),
        _m("Longcroft", "en", "longue crofte"),
        _m("Maison Roncevaux", "fr", "may zone ron save oh"),
        _m("Thistle & Yew", "en", "tisseul and you"),
        _m("Fléchard", "fr", "flesh arde"),
        _m("Brackwood", "en", "braque woude"),
        _m("Oda", "en", "oh da"),
    ),
    "modelisme": (
        _m("Voltigeur", "fr", "volt e jur"),
        _m("Rotorvex", "en", "rotor vexe"),
        _m("Hanneton", "fr", "honey tone"),
        _m("Hexaglide", "en", "exa glaïde"),
        _m("MKR", "en", "èm ka èr"),
        _m("Coup-de-Gaz", "fr", "coo de gauze"),
        _m("Quillfinch", "en", "kil finche"),
    ),
    "electricite": (
        _m("Ohmerie", "fr", "oh merry"),
        _m("Brévent & Cazals", "fr", "bray von and cause alls"),
        _m("Ampwright", "en", "ampe raïte"),
        _m("Voltane", "fr", "vol tanne"),
        _m("Northgate", "en", "norse guète"),
        _m("Kell", "en", "quelle"),
        _m("L'Ampérois", "fr", "lamp air wa"),
    ),
    "astronomie": (
        _m("Astrelle", "fr", "ass trell"),
        _m("Nightjar Optics", "en", "naïte djar optiques"),
        _m("Méridienne", "fr", "merry dienne"),
        _m("Pellow & Thorne", "en", "pélo et sorne"),
        _m("Starhollow", "en", "star olo"),
        _m("Zodiaque d'Argent", "fr", "zodiac darjean"),
        _m("Noctiluce", "fr", "knock tea loose"),
    ),
}

# Makers of each trade its shop does not carry (the "unsold maker" requests).
UNSOLD: dict[str, tuple[Maker, ...]] = {
    "tiralarc": (
        _m("Tirelande", "fr", "tear land"),
        _m("Stagmoor", "en", "stag moure"),
        _m("L'Archère", "fr", "lark air"),
    ),
    "modelisme": (
        _m("Aérolune", "fr", "arrow loon"),
        _m("Gearhawk", "en", "guire hoc"),
        _m("Tout-Terrain Berrichon", "fr", "too terrain berry shown"),
    ),
    "electricite": (
        _m("Sécurel", "fr", "say cue rell"),
        _m("Dunmore & Kettering", "en", "done more et quêteringue"),
        _m("Vaulx", "fr", "voe"),
    ),
    "astronomie": (
        _m("Brightmere", "en", "braille mire"),
        _m("Pléiade", "fr", "play add"),
        _m("Tycho-Gray", "en", "tico grès"),
    ),
}
