"""The brands of the *outer* half (:mod:`bench.resolution_outer`), and what a recogniser that does
not know a brand writes for it.

Many are ordinary words of French or English (« Bourdon », « Seuil », « Rosée », "Keystone",
"Bloom", "Whey"), several carry accents (« Présure », « Pâturage », « Églantine »). Each comes with
the words a French and an English recogniser write instead (``Brand.heard``): « bourre don »,
"bore don". Checked against every other half's brands by tests/catalog/test_generator_outer.py.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Brand:
    """A brand as the feed writes it, and as recognisers write it (``heard[0]`` French,
    ``heard[1]`` English)."""

    name: str
    heard: tuple[str, str]


def _brands(table: str) -> list[Brand]:
    """ "Bourdon = bourre don / bore don; ..." → brands with what each locale hears."""
    brands = []
    for chunk in table.split(";"):
        name, _, heard = chunk.partition("=")
        fr, _, en = heard.partition("/")
        brands.append(Brand(name.strip(), (fr.strip(), en.strip())))
    return brands


BRANDS: dict[str, list[Brand]] = {
    "beekeeping": _brands(
        "Bourdon = bourre don / bore done; Butineuse = butine euse / beauty nurse; Essaimage = "
        "essai mage / essay mage; Hydromel = hydre au mel / hydro mel; Mellifère = mélis fer / "
        "melly fair; Propolia = pro polia / pro polly a; Alvéa = al véa / alvey a; Frelon = frais "
        "long / fray long; Waggle = wa gueule / wag all; Swarmly = soir mli / swarm lee; "
        "Apiflor = api flore / happy floor"
    ),
    "cheese_shop": _brands(
        "Présure = prés sur / pray sure; Alpage = al page / all page; Fruitière = fruit hier / "
        "fruity air; Affineur = à fineur / a fine er; Vachelin = vache lin / vash lynn; Tommette "
        "= tome ette / tom et; Pâturage = pâte ur âge / patty rage; Sonnaille = sonne aille / "
        "sunny eye; Bergerie = berger rit / bear jury; Whey = ouais / way; Larder = lard dheure / "
        "lard er"
    ),
    "door_fittings": _brands(
        "Gâche = gache / gosh; Pêne = peine / pen; Huisserie = huis série / we siri; Chambranle = "
        "champ branle / sham brawl; Seuil = seuille / soy; Targo = tard go / tar go; Latchkey = "
        "lâche qui / latch key; Keystone = kiss tone / key stone; Threshold = tré chold / thresh "
        "hold; Espagnolette = espagnol ette / ess panyo let; Vantail = vent taille / von tie"
    ),
    "florist": _brands(
        "Pétale = pet ale / pet all; Églantine = aigle antine / egg lanteen; Pistil = piste il / "
        "pistol; Floréal = flore réal / floor real; Hortense = hors tense / or tense; Myosotis = "
        "mio sotis / my oh so tease; Bloom = bloum / blue m; Posy = pose y / posey; Rosée = rosée "
        "/ rosy; Ikebana = ik et banane / icky banana; Meadowsweet = mado suite / meadow sweet"
    ),
}
# Brands no shop of this half sells: what "none" requests name.
UNSOLD = _brands(
    "Fenestra = fenêtre a / fin estra; Cadenza = cadence a / cad ends a; Edelweiss = edel vice / "
    "edel vice; Sauterelle = saute elle / so tar el; Nectaris = nectar is / nectar is; Drone = "
    "drône / drone; Quartz = quartz / courts; Orage = aura je / or age; Zénith = zé nite / zen "
    "it; Banquise = banc kiss / bank ease; Sirocco = si rococo / siro co; Tempête = temps pête / "
    "tom pet; Ricochet = rico chez / rico shay"
)
