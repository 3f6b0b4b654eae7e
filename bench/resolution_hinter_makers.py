"""The makers (brands) of the *hinter* half (:mod:`bench.resolution_hinter`): invented, each with
the language its name comes from and what a French and an American recogniser write when a
shopper says it.

A recogniser of the name's own language mostly writes it right; one of the other language writes
words of its own that sound alike ("Asphalte Nomade" → "as fault no mad", « Kettle & Crow » →
« quetteul and crô »). Each shop sells six or seven of its trade's makers; the ``UNSOLD`` ones of
the same trade serve the "none" requests (a maker the shop does not carry).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Maker:
    name: str
    origin: str  # "fr" or "en": the language the name is said in
    fr_ear: str  # what a French recogniser writes
    en_ear: str  # what an American recogniser writes

    def heard(self, code: str) -> str:
        return self.fr_ear if code == "fr" else self.en_ear

    def words(self) -> list[str]:
        return [w for w in self.name.lower().replace("&", " ").split() if len(w) > 1]


M = Maker
MAKERS: dict[str, tuple[Maker, ...]] = {
    "brassage": (
        M("Malterie Vauclair", "fr", "malterie vauclerc", "mall terry vo clair"),
        M("Kettle & Crow", "en", "quetteul and crô", "kettle and crow"),
        M("Le Brasseur Bourru", "fr", "le brasseur bouru", "le brass or boo roo"),
        M("Northwort", "en", "norse ouorte", "north wort"),
        M("Fûts de Sorel", "fr", "fut de sorel", "foo de soar L"),
        M("Ambermash", "en", "ambeur mache", "amber mash"),
        M("Gambrinelle", "fr", "gambrinel", "gam brie nell"),
        M("Barleywick", "en", "barlé ouik", "barley wick"),
    ),
    "chocolaterie": (
        M("Maison Orlac", "fr", "maison orlaque", "may zone or lack"),
        M("Odile Fourcade", "fr", "odile fourcad", "oh deal for cod"),
        M("Bittersweet Alley", "en", "biteur souite alley", "bitter sweet alley"),
        M("Pralinor", "fr", "praline or", "pra lean or"),
        M("Noctavia", "fr", "noc tavia", "knock tavia"),
        M("Hollowbrook", "en", "olo brouc", "hollow brook"),
        M("Cabosse et Cie", "fr", "cabosse et compagnie", "ka boss a see"),
        M("Ridgeway Confections", "en", "ridje ouè confections", "ridgeway confection"),
    ),
    "moto": (
        M("Rovelli", "en", "rauvéli", "rovelli"),
        M("Asphalte Nomade", "fr", "asphalte nomad", "as fault no mad"),
        M("Harrier Works", "en", "arrière oueurks", "harrier works"),
        M("Dunegrip", "en", "dune grippe", "doon grip"),
        M("Ténor Racing", "fr", "ténor racine", "tenner racing"),
        M("Berthaud", "fr", "bertaud", "bear toe"),
        M("Crosswind Supply", "en", "crosse ouinde supplaï", "cross wind supply"),
    ),
    "plongée": (
        M("Abyssea", "fr", "abyssée", "a bee see ah"),
        M("Calanque", "fr", "calanques", "ka lonk"),
        M("Deepline", "en", "dipe laïne", "deep line"),
        M("Nautilia", "fr", "nautilia", "not tilly ah"),
        M("Capitaine Gréau", "fr", "capitaine gréaux", "cap it tan gray oh"),
        M("Tidewright", "en", "taïde raïte", "tide right"),
        M("Sargasse", "fr", "sargace", "sar gas"),
    ),
}

UNSOLD: dict[str, tuple[Maker, ...]] = {
    "brassage": (
        M("Houblonnière Picarde", "fr", "houblonière picarde", "who blown yair pick ard"),
        M("Mashfield", "en", "mache filde", "mash field"),
        M("Brewmonk", "en", "brou monc", "brew monk"),
        M("Cervoise Lamotte", "fr", "cervoise la motte", "serve was la mot"),
    ),
    "chocolaterie": (
        M("Cacaotière Delsol", "fr", "cacaotière del sol", "ka ka oh tyair del soul"),
        M("Velvetine", "en", "velveutine", "velvet teen"),
        M("Maître Escoffin", "fr", "maitre escoffin", "metre ess co fan"),
        M("Sweetmoor", "en", "souite mour", "sweet more"),
    ),
    "moto": (
        M("Ironvale", "en", "aïronne vale", "iron vale"),
        M("Piston Sauvage", "fr", "piston sauvages", "pee stone so vajj"),
        M("Brakeford", "en", "brèque forde", "brake ford"),
        M("Tramontane", "fr", "tramontanes", "tram on tan"),
    ),
    "plongée": (
        M("Bluereef Gear", "en", "blou rif guir", "blue reef gear"),
        M("Posidonie Équipement", "fr", "posidonie équipements", "posse ee don ee a keep mon"),
        M("Seawarden", "en", "si ouardeune", "sea warden"),
        M("Lagunaire", "fr", "lagunaires", "la goo nair"),
    ),
}
