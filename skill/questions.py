"""What the skill asks: every question is a typed value, and the shopper's state remembers it.

A reply that asks something carries one of these (``skill.turn.Reply.question``); the turn engine
stores it in ``UserState.question`` and, on the next turn, the routing table in ``skill.routes``
looks up who answers on (question kind, intent). A question holds only what its answers need
(ids, the pending order or gift as JSON), never words the shopper said and never a PIN.

They are plain dataclasses that share one ``__eq__`` and ``__repr__``: a frozen dataclass with
its own costs about 1.4 ms to create, this 0.3 ms, and the skill's cold start creates all of
them (nothing mutates a question).

``money``: a question on the way to a payment. When the shopper moves on to something else the
reply says that nothing was charged (the prompt ``set_aside``); ``stop`` says it too.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, ClassVar

QUESTIONS: dict[str, type[Question]] = {}
"""Every question kind, by its ``kind``: filled as the classes below are defined."""


@dataclass(repr=False, eq=False)
class Question:
    kind: ClassVar[str] = ""
    money: ClassVar[bool] = False
    set_aside: ClassVar[str] = ""
    """With ``money``: the prompt said when the shopper moves on ("nothing was charged")."""
    expects: ClassVar[str] = ""
    """An open question (its answer is a material, a number, a name…, never yes or no): the
    prompt that says what kind of answer it wants ("I need the material."), said before the
    question's reprompt when the shopper answers yes or no (``skill.flows.basics.expected``)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.kind or cls.kind in QUESTIONS:
            raise TypeError(f"{cls.__name__}: a question needs a kind of its own")
        QUESTIONS[cls.kind] = cls

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, **asdict(self)}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(other) == vars(self)

    __hash__ = None  # type: ignore[assignment]  # mutable: never a dict key

    def __repr__(self) -> str:
        return f"{type(self).__name__}({vars(self)})"

    @staticmethod
    def from_json(data: dict[str, Any] | None) -> Question | None:
        """The question stored in a state item; None for none, or one this version no longer has."""
        if not data:
            return None
        cls = QUESTIONS.get(str(data.get("kind")))
        if cls is None:
            return None
        names = {f.name for f in fields(cls)}
        try:
            return cls(**{k: _frozen(v) for k, v in data.items() if k in names})
        except (TypeError, ValueError):
            return None


def _frozen(value: Any) -> Any:
    """JSON lists come back as tuples, so a question read from the store equals the one saved."""
    return tuple(value) if isinstance(value, list) else value


# --- open questions -----------------------------------------------------------------------------


@dataclass(repr=False, eq=False)
class WhatNext(Question):
    """ "Quelle tache vous embête ?": the welcome, help, and "I did not understand"."""

    kind: ClassVar[str] = "what_next"


@dataclass(repr=False, eq=False)
class AnythingElse(Question):
    """ "Autre chose ?" (``about="any"``) or "Une autre tache à traiter ?" (``about="guide"``)."""

    kind: ClassVar[str] = "anything_else"
    about: str = "any"
    product: str = ""
    """The product just talked about (an offer declined, a product described): "how do I use
    it?", « il est en stock ? » are about it (``skill.flows.products.in_focus``)."""


# --- guides -------------------------------------------------------------------------------------


@dataclass(repr=False, eq=False)
class GuideChoice(Question):
    """ "Vin rouge ou vin blanc ?": two or more guides; an unknown topic names suggestions."""

    kind: ClassVar[str] = "guide_choice"
    options: tuple[str, ...] = ()


@dataclass(repr=False, eq=False)
class MaterialChoice(Question):
    """ "La méthode dépend du tissu : laine, soie ou autre chose ?" for ``guide``."""

    kind: ClassVar[str] = "material"
    expects: ClassVar[str] = "expect_material"
    guide: str = ""
    again: bool = False
    """Asked a second time: the next miss takes the general method."""


@dataclass(repr=False, eq=False)
class GuideStep(Question):
    """ "Dites « suivant » pour continuer": a guide in progress waits for the shopper."""

    kind: ClassVar[str] = "guide_step"
    guide: str = ""


@dataclass(repr=False, eq=False)
class ResumeGuide(Question):
    """ "La dernière fois, nous étions à l'étape 3… On continue ?" """

    kind: ClassVar[str] = "resume"
    guide: str = ""


@dataclass(repr=False, eq=False)
class Offer(Question):
    """The merchant's offer in a guide: "X coûte 9,90 €. Voulez-vous le commander ?" """

    kind: ClassVar[str] = "offer"
    product: str = ""
    guide: str = ""


# --- products and the cart ----------------------------------------------------------------------


@dataclass(repr=False, eq=False)
class AddProduct(Question):
    """After a product's description: "Je l'ajoute à votre panier ?" """

    kind: ClassVar[str] = "add_product"
    product: str = ""


@dataclass(repr=False, eq=False)
class Sibling(Question):
    """ "X est en rupture. J'ai Y à 9,90 €. Je le mets à la place ?" """

    kind: ClassVar[str] = "sibling"
    product: str = ""
    action: str = "add"
    qty: int = 1


@dataclass(repr=False, eq=False)
class ProductChoice(Question):
    """ "Quelle taille : 250 ml ou 500 ml ?": two options or more, never one."""

    kind: ClassVar[str] = "product_choice"
    expects: ClassVar[str] = "expect_choice"
    options: tuple[str, ...] = ()
    axis: str | None = None
    action: str = "add"
    qty: int = 1
    shown: int = 0
    """Browsing ("what do you sell?"): how many products were named so far, for "more"."""


@dataclass(repr=False, eq=False)
class ConfirmProduct(Question):
    """ "Vous voulez dire X ?": one candidate the resolver is not sure of."""

    kind: ClassVar[str] = "confirm_product"
    product: str = ""
    action: str = "add"
    qty: int = 1


@dataclass(repr=False, eq=False)
class Quantity(Question):
    """ "Combien en voulez-vous ?" after a quantity that is not 1 to 99."""

    kind: ClassVar[str] = "quantity"
    expects: ClassVar[str] = "expect_quantity"
    product: str | None = None
    action: str = "add"


@dataclass(repr=False, eq=False)
class WhichProduct(Question):
    """ "Quel produit voulez-vous ?" (``action``: info, add, buy or remove; ``qty``: how many
    to take out when removing, 0 for the whole line)."""

    kind: ClassVar[str] = "which_product"
    expects: ClassVar[str] = "expect_product"
    action: str = "add"
    qty: int = 0


@dataclass(repr=False, eq=False)
class WhichLine(Question):
    """ "Lequel dois-je retirer : A ou B ? Ou les deux ?": the words said fit several lines of
    the cart (``options``, product ids in the cart's order). ``action``: ``"remove"`` takes the
    line (or all of them) out; ``"quantity"`` sets it to ``quantity`` ("make the ox gall soap
    two" with two soaps: « Lequel voulez-vous en 2 exemplaires : … ? Ou les deux ? »)."""

    kind: ClassVar[str] = "which_line"
    expects: ClassVar[str] = "expect_choice"
    options: tuple[str, ...] = ()
    action: str = "remove"
    quantity: int = 0

    @property
    def unchanged(self) -> str:
        """The prompt said when the answer is "no": nothing removed, or nothing changed."""
        return "quantity_unchanged" if self.action == "quantity" else "remove_set_aside"


@dataclass(repr=False, eq=False)
class CartNext(Question):
    """After the cart changed or was read: "Dites « passer commande » ou continuez vos achats." """

    kind: ClassVar[str] = "cart_next"
    product: str = ""
    """The product just added, when one was: "one more" / « encore un » adds it again."""
    count: int = 0
    """How many of it were just added: "that's wrong" / « c'est pas ça » takes them out again
    (0: the cart changed otherwise, nothing to undo)."""


# --- paying -------------------------------------------------------------------------------------


@dataclass(repr=False, eq=False)
class ConfirmOrder(Question):
    """The summary read back before a purchase: seller, items, delivery, total. "Je valide ?" """

    kind: ClassVar[str] = "checkout"
    money: ClassVar[bool] = True
    set_aside: ClassVar[str] = "set_aside_order"
    order: dict[str, Any] | None = None
    """``payments.orders.PendingOrder`` as JSON: what the shopper heard and agrees to."""
    attempt: int = 1


@dataclass(repr=False, eq=False)
class OrderPin(Question):
    """ "Dites votre code secret" for the order agreed to."""

    kind: ClassVar[str] = "pin"
    expects: ClassVar[str] = "expect_pin"
    money: ClassVar[bool] = True
    set_aside: ClassVar[str] = "set_aside_order"
    order: dict[str, Any] | None = None
    attempt: int = 1


@dataclass(repr=False, eq=False)
class DonationPin(Question):
    """ "Dites votre code secret" for the gift agreed to."""

    kind: ClassVar[str] = "donation_pin"
    expects: ClassVar[str] = "expect_pin"
    money: ClassVar[bool] = True
    set_aside: ClassVar[str] = "set_aside_donation"
    donation: dict[str, Any] | None = None


@dataclass(repr=False, eq=False)
class VoiceCheck(Question):
    """Alexa's own voice check (``AMAZON.VerifyPerson``) started for ``purpose`` (order or
    donation). Its answer, a ``SessionResumedRequest``, counts only with this ``token``."""

    kind: ClassVar[str] = "voice_check"
    money: ClassVar[bool] = True
    set_aside: ClassVar[str] = "set_aside_order"
    token: str = ""
    purpose: str = "order"
    order: dict[str, Any] | None = None
    attempt: int = 1
    donation: dict[str, Any] | None = None


@dataclass(repr=False, eq=False)
class PaymentRetry(Question):
    """The gateway did not answer: "Je réessaie ?" The outcome is unknown: not ``money``."""

    kind: ClassVar[str] = "payment_retry"
    order: dict[str, Any] | None = None
    attempt: int = 1


@dataclass(repr=False, eq=False)
class OpenPayment(Question):
    """A new session finds a payment still unanswered: "Je réessaie, ou j'annule ?" """

    kind: ClassVar[str] = "open_payment"
    order: dict[str, Any] | None = None
    attempt: int = 1
    order_id: str = ""


@dataclass(repr=False, eq=False)
class CancelOrder(Question):
    """ "Voulez-vous annuler la commande … ? Elle vous sera remboursée." """

    kind: ClassVar[str] = "cancel_order"
    order_id: str = ""


# --- donations ----------------------------------------------------------------------------------


@dataclass(repr=False, eq=False)
class DonationCharity(Question):
    """ "À quelle association ?" ``amount``: what was already said, as Money JSON."""

    kind: ClassVar[str] = "donation_charity"
    expects: ClassVar[str] = "expect_charity"
    money: ClassVar[bool] = True
    set_aside: ClassVar[str] = "set_aside_donation"
    amount: dict[str, Any] | None = None
    first: int = 0
    """Where in the charities the ones just named start ("more" names the next ones)."""


@dataclass(repr=False, eq=False)
class DonationAmount(Question):
    """ "Combien voulez-vous donner à … ?" """

    kind: ClassVar[str] = "donation_amount"
    expects: ClassVar[str] = "expect_amount"
    money: ClassVar[bool] = True
    set_aside: ClassVar[str] = "set_aside_donation"
    charity: str = ""


@dataclass(repr=False, eq=False)
class ConfirmDonation(Question):
    """The gift read back: "Un don de 20 € à la Croix-Rouge. Je valide ?" """

    kind: ClassVar[str] = "donation_confirm"
    money: ClassVar[bool] = True
    set_aside: ClassVar[str] = "set_aside_donation"
    donation: dict[str, Any] | None = None
    """``payments.donations.PendingDonation`` as JSON."""


@dataclass(repr=False, eq=False)
class DonationReceipt(Question):
    """ "Voulez-vous un reçu fiscal ?" """

    kind: ClassVar[str] = "donation_receipt"
    money: ClassVar[bool] = True
    set_aside: ClassVar[str] = "set_aside_donation"
    donation: dict[str, Any] | None = None


@dataclass(repr=False, eq=False)
class RoundUp(Question):
    """After a purchase: "Voulez-vous arrondir à 30 € en donnant 5,10 € à … ?" """

    kind: ClassVar[str] = "round_up"
    donation: dict[str, Any] | None = None
    pin_verified_at: float | None = None
    """When the purchase's PIN was checked (never the PIN itself)."""


@dataclass(repr=False, eq=False)
class DonationRetry(Question):
    """The gateway did not answer a gift: "Je réessaie ?" """

    kind: ClassVar[str] = "donation_retry"
    donation: dict[str, Any] | None = None
