"""The brands of the *stray* half (:mod:`bench.resolution_stray`), invented, and how a French and
an American recogniser write each of them.

Some brands are ordinary words of one language (« Roue Libre », "Pantry Lane"); some look French
and an English recogniser respells them as English words ("Maison Vautrin" → "mason vo tran");
some look English and a French recogniser respells them (« Ironpeak » → « aïronne pic »). A brand
sold by none of the shops serves the "none" requests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Brand:
    name: str
    fr_heard: str  # what a French recogniser writes for it
    en_heard: str  # what an American recogniser writes for it
    organic: bool = False  # every product of the brand is organic (« bio » in its titles)

    def heard(self, code: str) -> str:
        return self.fr_heard if code == "fr" else self.en_heard


B = Brand
BRANDS: dict[str, tuple[Brand, ...]] = {
    "epicerie": (
        B("Maison Vautrin", "maison vos trains", "mason vo tran"),
        B("Le Pressoir Gris", "le presse soir gris", "la press war gree"),
        B("Saltmarsh", "salte marche", "salt marsh"),
        B("Fontcouverte", "font couverte", "fawn coo vert"),
        B("Old Quay", "olde qui", "old key"),
        B("Pantry Lane", "pantri laine", "pantry lane"),
        B("Terroirs Oubliés", "terroir oublié", "tear whar ooh blee a", organic=True),
        B("Copperleaf", "copeur lif", "copper leaf"),
        B("Belle Écorce", "belle et corse", "bell a course"),
        B("Kingsbury", "kinsse bury", "kings berry"),
    ),
    "velo": (
        B("Jante Voilée", "jante voilé", "john tv lay"),
        B("Ironpeak", "aïronne pic", "iron peak"),
        B("Grimpeur", "grimpeurs", "gram purr"),
        B("Coldridge", "colde ridge", "cold ridge"),
        B("Vélocité Sud", "vélo cité sud", "velocity sued"),
        B("Trailhound", "trail haounde", "trail hound"),
        B("Col d'Izoard", "col dizoire", "coal diesel are"),
        B("Brightspoke", "braille spoque", "bright spoke"),
        B("Castelroc", "castel roc", "castle rock"),
        B("Northwind", "norse ouinde", "north wind"),
    ),
    "herbo": (
        B("Sève Tendre", "sève tendres", "sev tandra", organic=True),
        B("Wildroot", "ouailde route", "wild root", organic=True),
        B("Alambic du Causse", "alambic du cosse", "alum bic do coss"),
        B("Moonpetal", "moune pétale", "moon petal"),
        B("Distillerie Marchand", "distillerie marchant", "distillery marshawn"),
        B("Garrigue Vive", "garrigue vive", "gary gave eve", organic=True),
        B("Greenfold", "grine folde", "green fold"),
        B("Simples d'Antan", "simple dans temps", "sample dawn ton"),
        B("Aube Botanique", "hobe botanique", "obe bottanic", organic=True),
        B("Hazelmoor", "hazel mour", "hazel more"),
    ),
    "tricot": (
        B("Bélier Rêveur", "bélier rêveurs", "bell ye ray vur"),
        B("Woolly Thicket", "wouli ticket", "wooly thicket"),
        B("Écheveau Ambré", "échevaux ambrés", "ash of oh ambray"),
        B("Tricotine", "trico tine", "trick o teen"),
        B("Bramblewick", "brambeul ouic", "bramble wick"),
        B("Nordlys", "nord lisse", "nord lees"),
        B("Cocon Nacré", "cocon nacrée", "cocoon knack ray"),
        B("Skeinsmith", "skène smith", "skein smith"),
        B("Brebis Têtue", "brebis tétu", "bray bee tet you"),
        B("Quenouille", "que nouille", "ken wee"),
    ),
}

UNSOLD: tuple[Brand, ...] = (
    B("Pommeraie", "pommeraie", "palm array"),
    B("Bluecastle", "blou castel", "blue castle"),
    B("Grand Tamis", "grand tamis", "grand tammy"),
    B("Ashgrove", "ache grove", "ash grove"),
    B("Brise-Lames", "brise lame", "breeze lamb"),
    B("Redwillow", "rède willow", "red willow"),
    B("Bruyère Rase", "bruyère raz", "brew yair roz"),
    B("Silverbirch", "silveur beurch", "silver birch"),
    B("Filature Brune", "filature brune", "feel a tour brune"),
    B("Quillmore", "quil more", "quill more"),
    B("Cap Sizun", "cap si zun", "cap see zun"),
    B("Foxbarrow", "fox barraux", "fox barrow"),
    B("Chaumière Neuve", "chaumière neuf", "show me air nerve"),
    B("Tidewell", "taille de ouel", "tide well"),
    B("Mont Aigoual", "mont aigu al", "mon tag wall"),
    B("Larkspur", "larque spur", "lark spur"),
    B("Jardin Secret", "jardin secret", "jar dan sea cray"),
    B("Oakhurst", "oak heurst", "oak hurst"),
    B("Ruisseau Vif", "ruisseaux vif", "we so veef"),
    B("Westmere", "ouest mire", "west mere"),
)
