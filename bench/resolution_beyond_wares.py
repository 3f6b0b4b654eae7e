"""What the *beyond* half's archery and radio-controlled-model shops sell, in both languages.

A ware has its names (the catalog's first, then what shoppers also call it), its French
indefinite article (values and sizes agree with it), one axis of values and the sizes the way the
trade labels them (poundage, spine, grains, cells and milliamp-hours, KV, scale...)."""

from __future__ import annotations

from dataclasses import dataclass

NO_SIZE = (("", ""),)


@dataclass(frozen=True)
class Value:
    """A variant value: the catalog's word in each language, then other ways of saying it."""

    fr: str
    en: str
    fr_alt: tuple[str, ...] = ()
    en_alt: tuple[str, ...] = ()

    def names(self, lang: int) -> tuple[str, ...]:
        return (self.fr, *self.fr_alt) if lang == 0 else (self.en, *self.en_alt)


@dataclass(frozen=True)
class Ware:
    fr: str
    en: str
    article: tuple[str, str]  # indefinite: ("une", "a"), ("des", ""), ("du", "")
    values: tuple[Value, ...] = ()
    sizes: tuple[tuple[str, str], ...] = NO_SIZE
    fr_alt: tuple[str, ...] = ()
    en_alt: tuple[str, ...] = ()

    def names(self, lang: int) -> tuple[str, ...]:
        return (self.fr, *self.fr_alt) if lang == 0 else (self.en, *self.en_alt)

    @property
    def sized(self) -> bool:
        return bool(self.sizes[0][0])


def hands() -> tuple[Value, ...]:
    """« droitier », « gaucher »: said of the archer, so the same whatever the ware's gender."""
    return (
        Value("droitier", "right-handed", ("pour droitier",), ("right hand", "RH")),
        Value("gaucher", "left-handed", ("pour gaucher",), ("left hand", "lefty")),
    )


def inches(*numbers: str) -> tuple[tuple[str, str], ...]:
    return tuple((f"{n} pouces", f"{n} in") for n in numbers)


ARCHERY = (
    Ware("arc classique", "recurve bow", ("un", "a"), hands(), inches("66", "68", "70"),
         ("arc recurve", "arc olympique"), ("recurve", "olympic recurve")),
    Ware("branches", "limbs", ("des", ""),
         (Value("bois", "wood", ("en bois",), ("wooden",)),
          Value("carbone", "carbon", ("en carbone",), ("carbon fiber",))),
         tuple((f"{n} lbs", f"{n} lb") for n in ("22", "26", "30", "34")),
         ("branches d'arc",), ("bow limbs", "limb set")),
    Ware("poignée", "riser", ("une", "a"),
         (Value("noire", "black"), Value("rouge", "red"), Value("bleue", "blue")),
         inches("23", "25"), ("poignée d'arc",), ("bow riser",)),
    Ware("flèches", "arrows", ("des", ""),
         (Value("carbone", "carbon", ("en carbone",)),
          Value("aluminium", "aluminum", ("alu", "en alu"), ("aluminium", "alloy")),
          Value("bois", "wood", ("en bois",), ("wooden",))),
         tuple((f"spine {n}", f"{n} spine") for n in ("400", "500", "600", "700")),
         ("flèches de tir",), ("target arrows",)),
    Ware("corde", "bowstring", ("une", "a"),
         (Value("noire", "black"), Value("blanche", "white"), Value("verte", "green")),
         inches("66", "68", "70"), ("corde d'arc",), ("bow string", "string")),
    Ware("carquois", "quiver", ("un", "a"),
         (Value("de dos", "back", ("dorsal",), ("back-mounted",)),
          Value("de ceinture", "hip", ("de hanche",), ("belt",))),
         NO_SIZE, ("carquois d'archer",), ("arrow quiver",)),
    Ware("palette", "finger tab", ("une", "a"), hands(),
         (("taille S", "size S"), ("taille M", "size M"), ("taille L", "size L")),
         ("palette de tir",), ("shooting tab", "tab")),
    Ware("protège-bras", "arm guard", ("un", "an"),
         (Value("noir", "black"), Value("marron", "brown")),
         NO_SIZE, ("bracelet d'archer", "brassard"), ("bracer",)),
    Ware("blason", "target face", ("un", "a"),
         (Value("unique", "single spot", ("simple",), ("single",)),
          Value("trispot", "triple spot", ("tri-spot",), ("3-spot",))),
         tuple((f"{n} cm", f"{n} cm") for n in ("40", "60", "80", "122")),
         ("blason papier",), ("paper target", "target")),
    Ware("pointes de flèche", "field points", ("des", ""), (),
         tuple((f"{n} grains", f"{n} grain") for n in ("80", "100", "120")),
         ("pointes de tir",), ("arrow points",)),
    Ware("empennes", "vanes", ("des", ""),
         (Value("jaunes", "yellow"), Value("rouges", "red"), Value("blanches", "white")),
         (("1,75 pouce", "1.75 in"), ("2 pouces", "2 in"), ("3 pouces", "3 in")),
         ("plumes", "ailettes"), ("fletching", "arrow vanes")),
    Ware("viseur", "bow sight", ("un", "a"), (), NO_SIZE, ("viseur d'arc",), ("sight",)),
)  # fmt: skip


def cells(*counts: str) -> tuple[Value, ...]:
    fr = dict(zip("234", ("deux", "trois", "quatre"), strict=True))
    en = dict(zip("234", ("two", "three", "four"), strict=True))
    return tuple(
        Value(
            f"{n}S", f"{n}S", (f"{fr[n]} S", f"{fr[n]} éléments"), (f"{en[n]} s", f"{en[n]} cell")
        )
        for n in counts
    )


def scales(*denominators: str) -> tuple[tuple[str, str], ...]:
    return tuple((f"1/{d}", f"1/{d}") for d in denominators)


MODELS = (
    Ware("batterie LiPo", "LiPo battery", ("une", "a"), cells("2", "3", "4"),
         tuple((f"{n} mAh", f"{n} mAh") for n in ("1300", "2200", "5000")),
         ("lipo", "batterie au lithium"), ("lipo", "lipo pack")),
    Ware("servo", "servo", ("un", "a"),
         (Value("analogique", "analog"), Value("numérique", "digital")),
         tuple((f"{n} kg", f"{n} kg") for n in ("6", "15", "25")),
         ("servomoteur",), ("servo motor",)),
    Ware("hélice", "propeller", ("une", "a"),
         (Value("bipale", "2-blade", ("deux pales",), ("two blade",)),
          Value("tripale", "3-blade", ("trois pales",), ("three blade", "tri-blade"))),
         (("5x4,5", "5x4.5"), ("9x6", "9x6"), ("10x4,5", "10x4.5"), ("12x6", "12x6")),
         ("hélice de drone",), ("prop",)),
    Ware("moteur brushless", "brushless motor", ("un", "a"), (),
         tuple((f"{n} KV", f"{n} KV") for n in ("1000", "2300", "3300")),
         ("moteur sans balais",), ("brushless",)),
    Ware("variateur", "ESC", ("un", "an"), (),
         tuple((f"{n} A", f"{n} A") for n in ("30", "60", "120")),
         ("contrôleur brushless", "régulateur"), ("speed controller",)),
    Ware("pneus", "tires", ("des", ""),
         (Value("tendres", "soft", ("gomme tendre",), ("soft compound",)),
          Value("mi-durs", "medium", ("medium",), ("medium compound",)),
          Value("durs", "hard", ("gomme dure",), ("hard compound",))),
         scales("10", "8"), ("gommes",), ("tyres",)),
    Ware("radiocommande", "transmitter", ("une", "a"),
         (Value("mode 1", "mode 1", ("mode un",), ("mode one",)),
          Value("mode 2", "mode 2", ("mode deux",), ("mode two",))),
         (("6 voies", "6 channel"), ("8 voies", "8 channel"), ("10 voies", "10 channel")),
         ("radio", "télécommande"), ("radio", "controller")),
    Ware("récepteur", "receiver", ("un", "a"), (),
         (("4 voies", "4 channel"), ("6 voies", "6 channel"), ("8 voies", "8 channel")),
         ("récepteur radio",), ("rx",)),
    Ware("carrosserie", "body shell", ("une", "a"),
         (Value("transparente", "clear", ("à peindre",), ("unpainted",)),
          Value("peinte", "painted", ("prépeinte",), ("pre-painted",))),
         scales("10", "8"), ("carro",), ("body",)),
    Ware("pignon", "pinion gear", ("un", "a"), (),
         tuple((f"{n} dents", f"{n}T") for n in ("15", "17", "19", "21")),
         ("pignon moteur",), ("pinion",)),
    Ware("huile silicone", "shock oil", ("de l'", ""), (),
         tuple((f"{n} cSt", f"{n} cSt") for n in ("300", "500", "1000")),
         ("huile d'amortisseur",), ("silicone oil",)),
    Ware("chargeur", "charger", ("un", "a"),
         (Value("secteur", "AC", ("sur secteur",), ("plug-in",)),
          Value("double", "dual", ("double sortie",), ("dual port",))),
         tuple((f"{n} W", f"{n} W") for n in ("50", "100", "200")),
         ("chargeur de batterie",), ("balance charger",)),
)  # fmt: skip
