"""The brands of the *yonder* half (:mod:`bench.resolution_yonder`), invented, and what a French and
an American recogniser write for each.

Some are words of one language (« Sept Collines », "Hickory Bend"), some invented (« Vallorcine »,
"Sertix"). A recogniser hearing a brand of the other language writes words of its own
("Billot d'Or" → "bee yo door", « Driftway » → « drifte ouais »); one hearing a number in a brand
writes digits (« 7 collines », "12 knots"). Brands sold by none of the shops serve the "none"
requests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Brand:
    name: str
    fr_heard: str  # what a French recogniser writes for it
    en_heard: str  # what an American recogniser writes for it

    def heard(self, code: str) -> str:
        return self.fr_heard if code == "fr" else self.en_heard


B = Brand
BRANDS: dict[str, tuple[Brand, ...]] = {
    "boucherie": (
        B("Sept Collines", "7 collines", "set collie neigh"),
        B("Billot d'Or", "billot dort", "bee yo door"),
        B("Ferme Gaudin", "ferme godin", "farm go dan"),
        B("Smokestack", "smoke stac", "smoke stack"),
        B("Prairie Rousse", "prairies rousses", "prairie roose"),
        B("Hickory Bend", "hicorie bène", "hickory bend"),
        B("Vallorcine", "val orsine", "valor seen"),
        B("Quarterhorn", "quarteur horne", "quarter horn"),
    ),
    "bagagerie": (
        B("Longcourrier", "long courrier", "long core yay"),
        B("Escale", "escales", "ess call"),
        B("Driftway", "drifte ouais", "drift way"),
        B("Valtura", "val tura", "val torah"),
        B("Bagatelle", "bagatelles", "bag a tell"),
        B("Ciel Ouvert", "ciel ouvre", "see el oo vair"),
        B("Packhorse", "pac orse", "pack horse"),
        B("Twelve Knots", "touelve notes", "12 knots"),
    ),
    "bougie": (
        B("Lueur d'Automne", "lueur dautomne", "lure doe tone"),
        B("Embervale", "aimbeur vêle", "ember veil"),
        B("Hearthstone", "harte stone", "hearth stone"),
        B("Chandelle Douce", "chandelles douces", "shan dell deuce"),
        B("Slowburn", "slo beurne", "slow burn"),
        B("Nocturnelle", "nocturne elle", "knock turn l"),
        B("Solène Vidal", "sol haine vidal", "so lane v doll"),
        B("Foxglow", "fox glo", "fox glow"),
    ),
    "plomberie": (
        B("Compagnon Futé", "compagnons futés", "compan yon foo tay"),
        B("Ironflow", "aïronne flo", "iron flow"),
        B("Hydrelle", "hydre elle", "hi drell"),
        B("Sertix", "ser tix", "sir ticks"),
        B("Buckeye", "bac aïe", "buck eye"),
        B("Ducasse Outillage", "du casse outillage", "do cass oo tee yaj"),
        B("Gatewater", "guète ouateur", "gate water"),
        B("Cascadia", "casque à dia", "cascade ia"),
    ),
}

UNSOLD: tuple[Brand, ...] = (
    B("Tranchelard", "tranche lard", "transh lard"),
    B("Saddlebrook", "sadeul brouk", "saddle brook"),
    B("Chemin Creux", "chemins creux", "shuh man crew"),
    B("Kilnworth", "kiln oueurse", "kiln worth"),
    B("Cirette", "cirettes", "sir ett"),
    B("Glimmerton", "glimeur tonne", "glimmer ton"),
    B("Plomba", "plomb a", "plum ba"),
    B("Thornbury", "sorne beury", "thorn berry"),
    B("Roquebrune", "roque brune", "rock broon"),
    B("Bellhaven", "belle havène", "bell haven"),
    B("Montferrand", "mont ferrant", "mon fair on"),
    B("Halcyon", "alcyon", "hal see on"),
    B("Tuilerie Basse", "tuileries basses", "twee ler ee bass"),
    B("Ostrander", "ostrandeur", "oh strander"),
    B("Clos Seigle", "clos seigles", "clo sagle"),
    B("Westerly", "ouesteurli", "wester lee"),
)
