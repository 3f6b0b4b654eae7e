"""Load a merchant's content folder, checking everything and reporting all errors at once."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from catalog.feed import MAX_CELL, FeedRowError, price_problem
from catalog.model import AVAILABILITY, Catalog, Product
from content.campaigns import read_campaigns
from content.model import (
    Charity,
    CharityText,
    Content,
    DeliveryRule,
    Grammar,
    Guide,
    GuideText,
    Listing,
    LocaleSettings,
    Material,
    Offer,
    RoundUp,
    Settings,
    default_grammar,
)
from content.yamlnodes import ContentError, ContentErrors, Node, Problems, compose
from marketing.model import NO_MARKETING, Marketing
from payments.money import Money

T = TypeVar("T")
SUPPORTED_LOCALES = ("fr-FR", "en-US")
MAX_STEP_CHARS = 300
LONG_TITLE = 40
"""A product title longer than this should have a short spoken name (a content warning)."""
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_TAX_RULES = ("fr-66", "us-501c3", "none")
_REGISTRATIONS = {"RNA": r"^W\d{9}$", "SIREN": r"^\d{9}$", "EIN": r"^\d{2}-\d{7}$"}
_LISTING_KEYS = ("summary", "description", "examples", "keywords", "privacy_url", "terms_url")
MAX_EXAMPLES = 2
_HTTPS_RE = re.compile(r"^https://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$")
_CATEGORY_RE = re.compile(r"^[A-Z][A-Z_]{2,63}$")


def load_content(folder: str | Path) -> Content:
    """Read and check a content folder; raise ``ContentErrors`` with every problem found."""
    return _Loader(Path(folder)).load()


class _Loader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems = Problems()
        self.locales: tuple[str, ...] = SUPPORTED_LOCALES
        self.compiled: dict[str, Catalog] = {}  # locale → catalog of a current compiled index
        self.warnings: list[ContentError] = []
        self.product_grammar: dict[str, dict[str, Grammar]] = {
            locale: {} for locale in SUPPORTED_LOCALES
        }

    def _open(self, relative: str, *, required: bool = True) -> Node | None:
        path = self.folder / relative
        if not path.exists():
            if required:
                self.problems.add(str(path), None, "(file)", "is missing")
            return None
        node = compose(path, self.problems, str(path))
        if node is None:
            if required and not self.problems.errors:
                self.problems.add(str(path), None, "(file)", "is empty")
            return None
        return Node(node, str(path), "", self.problems)

    def load(self) -> Content:
        if not self.folder.is_dir():
            raise ContentErrors(
                [_missing_folder(self.folder)],
            )
        settings_node = self._open("skill.yaml")
        settings = self._settings(settings_node) if settings_node else None
        materials = self._materials(self._open("materials.yaml"))
        catalogs = self._products(self._open("products.yaml"))
        self._imported_feeds(catalogs)
        charities = self._charities(self._open("charities.yaml"))
        guides = self._guides(materials, catalogs)
        marketing = self._marketing(settings, catalogs, guides)
        if settings is not None and settings_node is not None:
            self._settings_references(settings, settings_node, charities)
        if self.problems.errors or settings is None:
            raise ContentErrors(self.problems.errors)
        return Content(
            folder=str(self.folder),
            settings=settings,
            materials=materials,
            guides=guides,
            charities=charities,
            catalogs={
                loc: self.compiled[loc] if loc in self.compiled else Catalog(loc, tuple(products))
                for loc, products in catalogs.items()
            },
            product_grammar=self.product_grammar,
            warnings=tuple(sorted(self.warnings)),
            marketing=marketing,
        )

    def _marketing(
        self,
        settings: Settings | None,
        catalogs: dict[str, list[Product]],
        guides: dict[str, Guide],
    ) -> Marketing:
        """``campaigns.yaml``, optional (``content.campaigns``)."""
        root = self._open("campaigns.yaml", required=False)
        if root is None:
            return NO_MARKETING
        currencies = {loc: s.currency for loc, s in settings.locales.items()} if settings else {}
        products = _ProductIds(
            {p.id for products in catalogs.values() for p in products}, self.compiled.values()
        )
        return read_campaigns(root, self.locales, currencies, products, guides)

    # --- skill.yaml -----------------------------------------------------------------------
    def _settings(self, root: Node) -> Settings | None:
        if not root.is_mapping():
            return None
        root.only(
            {
                "seller_of_record",
                "support",
                "default_locale",
                "locales",
                "delivery",
                "donations",
                "category",
            }
        )
        category = _opt_text(root.get("category", required=False), default="SHOPPING")
        if category and not _CATEGORY_RE.match(category):
            root.at("category").error("use an Alexa Skills Store category such as SHOPPING")
        seller = _opt_text(root.get("seller_of_record"))
        support = root.get("support")
        email = phone = None
        if support and support.is_mapping():
            support.only({"email", "phone"})
            email = _opt_text(support.get("email"))
            phone = _opt_text(support.get("phone"))
        locales_node = root.get("locales")
        locales: dict[str, LocaleSettings] = {}
        if locales_node and locales_node.is_mapping():
            for locale, node in locales_node.items():
                if locale not in SUPPORTED_LOCALES:
                    node.error(f"unsupported locale; use one of {', '.join(SUPPORTED_LOCALES)}")
                    continue
                read = self._locale_settings(locale, node)
                if read:
                    locales[locale] = read
            if not locales_node.keys():
                locales_node.error("must list at least one locale")
        if locales:
            self.locales = tuple(locales)
        default = root.get("default_locale")
        default_locale = default.text() if default else None
        if default_locale and default_locale not in locales and default:
            default.error(f"{default_locale!r} is not one of the locales")
        delivery = self._delivery(root.get("delivery"))
        cap, round_up = self._donation_settings(root.get("donations", required=False))
        if seller is None or email is None or phone is None or default_locale is None:
            return None
        if not locales:
            return None
        return Settings(
            seller_of_record=seller,
            support_email=email,
            support_phone=phone,
            default_locale=default_locale,
            locales=locales,
            delivery=delivery,
            daily_donation_cap=cap,
            round_up=round_up,
            category=category or "SHOPPING",
        )

    def _locale_settings(self, locale: str, node: Node) -> LocaleSettings | None:
        if not node.is_mapping():
            return None
        fields = ("skill_name", "invocation_name", "currency", "welcome", "welcome_back")
        node.only({*fields, *_LISTING_KEYS})
        values = {f: _opt_text(node.get(f)) for f in fields}
        listing = self._listing(node)
        read = {f: v for f, v in values.items() if v is not None}
        if len(read) < len(fields):
            return None
        return LocaleSettings(locale=locale, **read, listing=listing)

    @staticmethod
    def _listing(node: Node) -> Listing:
        """The optional store listing of a locale; the manifest fills what is left out."""
        examples_node = node.get("examples", required=False)
        examples = tuple(examples_node.texts(max_len=200)) if examples_node else ()
        if examples_node and len(examples) > MAX_EXAMPLES:
            examples_node.error(
                f"at most {MAX_EXAMPLES} (Alexa shows three, the first is generated)"
            )
        keywords_node = node.get("keywords", required=False)
        keywords = tuple(keywords_node.texts(max_len=60)) if keywords_node else ()
        return Listing(
            summary=_opt_text(node.get("summary", required=False)) or "",
            description=_opt_text(node.get("description", required=False)) or "",
            examples=examples,
            keywords=keywords,
            privacy_url=_https_url(node.get("privacy_url", required=False)),
            terms_url=_https_url(node.get("terms_url", required=False)),
        )

    def _delivery(self, node: Node | None) -> dict[str, DeliveryRule]:
        rules: dict[str, DeliveryRule] = {}
        if node is None or not node.is_mapping():
            return rules
        for currency, rule in node.items():
            if not rule.is_mapping():
                continue
            rule.only({"fee", "free_above"})
            fee_node = rule.get("fee")
            fee = fee_node.money() if fee_node else None
            free_node = rule.get("free_above", required=False)
            free = free_node.money() if free_node else None
            for amount, where in ((fee, fee_node), (free, free_node)):
                if amount is not None and amount.currency != currency and where:
                    where.error(f"is in {amount.currency}, expected {currency}")
            if fee is not None:
                rules[currency] = DeliveryRule(fee=fee, free_above=free)
        return rules

    def _donation_settings(self, node: Node | None) -> tuple[dict[str, Money], RoundUp | None]:
        caps: dict[str, Money] = {}
        if node is None or not node.is_mapping():
            return caps, None
        node.only({"daily_cap", "round_up"})
        cap_node = node.get("daily_cap", required=False)
        if cap_node and cap_node.is_mapping():
            for currency, amount_node in cap_node.items():
                amount = amount_node.money()
                if amount is not None and amount.currency != currency:
                    amount_node.error(f"is in {amount.currency}, expected {currency}")
                elif amount is not None:
                    caps[currency] = amount
        round_node = node.get("round_up", required=False)
        round_up = None
        if round_node and round_node.is_mapping():
            round_node.only({"enabled", "charity", "pin_reuse_seconds"})
            enabled = round_node.get("enabled")
            charity = round_node.get("charity")
            reuse = round_node.get("pin_reuse_seconds", required=False)
            is_enabled = enabled.boolean() if enabled else None
            charity_id = charity.text() if charity else None
            seconds = reuse.integer(minimum=0) if reuse else 0
            if reuse and seconds is not None and seconds > 60:
                reuse.error("a PIN may be reused for at most 60 seconds")
            if is_enabled is not None and charity_id is not None and seconds is not None:
                round_up = RoundUp(is_enabled, charity_id, seconds)
        return caps, round_up

    def _settings_references(
        self, settings: Settings, root: Node, charities: dict[str, Charity]
    ) -> None:
        if settings.round_up and settings.round_up.charity not in charities:
            node = root.at("donations", "round_up", "charity")
            node.error(f"unknown charity {settings.round_up.charity!r}")
        for locale in settings.locales.values():
            if locale.currency not in settings.delivery:
                root.at("delivery").error(f"no delivery rule for {locale.currency}")

    # --- materials.yaml -------------------------------------------------------------------
    def _materials(self, root: Node | None) -> dict[str, Material]:
        materials: dict[str, Material] = {}
        if root is None:
            return materials
        for node in root.elements():
            if not node.is_mapping():
                continue
            node.only({"id", "names"})
            material_id = self._id(node, materials)
            names_node = node.get("names")
            names = (
                self._per_locale(names_node, lambda n, _locale: tuple(n.texts()))
                if names_node
                else {}
            )
            if material_id and names is not None:
                materials[material_id] = Material(material_id, names)
        return materials

    # --- products.yaml --------------------------------------------------------------------
    def _products(self, root: Node | None) -> dict[str, list[Product]]:
        catalogs: dict[str, list[Product]] = {loc: [] for loc in self.locales}
        seen: set[str] = set()
        if root is None:
            return catalogs
        for node in root.elements():
            if not node.is_mapping():
                continue
            node.only({"id", "group", "brand", "gtin", "availability", "variants", "locales"})
            product_id = self._id(node, seen)
            group = _opt_text(node.get("group", required=False)) or ""
            brand = _opt_text(node.get("brand", required=False)) or ""
            gtin_node = node.get("gtin", required=False)
            gtin = ""
            if gtin_node:
                gtin = str(gtin_node.scalar() or "")
                if not _gtin_ok(gtin):
                    gtin_node.error(f"{gtin!r} is not a valid GTIN (digits or check digit)")
            avail_node = node.get("availability", required=False)
            availability = avail_node.choice(AVAILABILITY) if avail_node else "in stock"
            variants: dict[str, str] = {}
            variants_node = node.get("variants", required=False)
            if variants_node and variants_node.is_mapping():
                for axis, value in variants_node.items():
                    text = value.text()
                    if text:
                        variants[axis] = text
            texts = self._per_locale(node.get("locales"), self._product_text)
            if product_id is None or texts is None or availability is None:
                continue
            seen.add(product_id)
            for locale, local in texts.items():
                local_variants = {**variants, **local["variants"]}
                self.product_grammar[locale][product_id] = local["grammar"]
                fields = {k: v for k, v in local.items() if k not in ("variants", "grammar")}
                catalogs[locale].append(
                    Product(
                        id=product_id,
                        group=group,
                        brand=brand,
                        gtin=gtin,
                        availability=availability,
                        variants=local_variants,
                        **fields,
                    )
                )
        return catalogs

    def _product_text(self, node: Node, locale: str) -> dict[str, Any] | None:
        if not node.is_mapping():
            return None
        node.only(
            {"title", "synonyms", "description", "product_type", "price", "variants", "grammar"}
        )
        title = _opt_text(node.get("title"), max_len=MAX_CELL["title"])
        synonyms_node = node.get("synonyms", required=False)
        synonyms = tuple(synonyms_node.texts(allow_empty=True)) if synonyms_node else ()
        description = _opt_text(node.get("description"), max_len=MAX_CELL["description"])
        product_type = _opt_text(node.get("product_type", required=False), default="")
        price_node = node.get("price")
        price = price_node.money() if price_node else None
        problem = price_problem(price) if price is not None else None
        if problem is not None and price_node is not None:
            price_node.error(problem)
            price = None
        variants: dict[str, str] = {}
        variants_node = node.get("variants", required=False)
        if variants_node and variants_node.is_mapping():
            variants = {axis: v for axis, n in variants_node.items() if (v := n.text())}
        grammar = self._grammar(node, "product", locale)
        if title is None or grammar is None or None in (description, price):
            return None
        if len(title) > LONG_TITLE and not grammar.short:
            self.warnings.append(
                ContentError(
                    node.file,
                    node.line,
                    f"{node.field}.grammar.short",
                    f"a title of {len(title)} characters: give a short spoken name",
                )
            )
        return {
            "grammar": grammar,
            "variants": variants,
            "title": title,
            "synonyms": synonyms,
            "description": description,
            "product_type": product_type,
            "price": price,
        }

    def _imported_feeds(self, catalogs: dict[str, list[Product]]) -> None:
        """Products imported with ``echoppe catalog import`` live in ``catalog/<locale>.tsv``."""
        feeds = self.folder / "catalog"
        if not feeds.is_dir():
            return
        from catalog.compiled import open_current
        from catalog.feed import FeedError, read_feed

        for locale in self.locales:
            path = feeds / f"{locale}.tsv"
            if not path.exists():
                continue
            # A current compiled index (built by `echoppe catalog import`/`catalog index` from
            # this feed and these products.yaml products) is mapped, not parsed: fast cold start.
            compiled = open_current(path, catalogs[locale])
            if compiled is not None:
                self.compiled[locale] = compiled
                continue
            try:
                imported = read_feed(path, locale)
            except FeedError as exc:
                for row in exc.errors:
                    self.problems.errors.append(_feed_error(path, row))
                continue
            known = {p.id for p in catalogs[locale]}
            for product in imported:
                if product.id in known:
                    self.problems.errors.append(
                        _feed_error(path, None, f"id {product.id!r} is also in products.yaml")
                    )
                else:
                    catalogs[locale].append(product)

    # --- charities.yaml -------------------------------------------------------------------
    def _charities(self, root: Node | None) -> dict[str, Charity]:
        charities: dict[str, Charity] = {}
        if root is None:
            return charities
        for node in root.elements():
            if not node.is_mapping():
                continue
            node.only({"id", "locales"})
            charity_id = self._id(node, charities)
            texts = self._per_locale(node.get("locales"), self._charity_text)
            if charity_id and texts is not None:
                charities[charity_id] = Charity(charity_id, texts)
        return charities

    def _charity_text(self, node: Node, locale: str) -> CharityText | None:
        if not node.is_mapping():
            return None
        node.only(
            {
                "name",
                "synonyms",
                "registration",
                "currency",
                "min",
                "max",
                "suggested",
                "tax_receipt",
                "description",
                "grammar",
            }
        )
        name = _opt_text(node.get("name"))
        synonyms_node = node.get("synonyms", required=False)
        synonyms = tuple(synonyms_node.texts(allow_empty=True)) if synonyms_node else ()
        currency = _opt_text(node.get("currency"))
        kind = number = None
        reg = node.get("registration")
        if reg and reg.is_mapping():
            reg.only({"kind", "number"})
            kind_node, number_node = reg.get("kind"), reg.get("number")
            kind = kind_node.choice(tuple(_REGISTRATIONS)) if kind_node else None
            number = _opt_text(number_node)
            if kind and number and number_node and not re.match(_REGISTRATIONS[kind], number):
                number_node.error(f"{number!r} is not a valid {kind} number")
        minimum = self._amount(node, "min", currency, Money.of(1, currency or "EUR"))
        maximum = self._amount(node, "max", currency, Money.of(500, currency or "EUR"))
        suggested: list[Money] = []
        suggested_node = node.get("suggested")
        for element in suggested_node.elements() if suggested_node else []:
            amount = element.money()
            if amount is None:
                continue
            if currency and amount.currency != currency:
                element.error(f"is in {amount.currency}, expected {currency}")
            elif minimum and maximum and not minimum <= amount <= maximum:
                element.error("is outside min and max")
            else:
                suggested.append(amount)
        if minimum and maximum and minimum > maximum:
            node.error("min is above max", f"{node.field}.min")
        tax = node.get("tax_receipt")
        rule = None
        if tax and tax.is_mapping():
            tax.only({"rule"})
            rule_node = tax.get("rule")
            rule = rule_node.choice(_TAX_RULES) if rule_node else None
        description = _opt_text(node.get("description"))
        grammar = self._grammar(node, "charity", locale)
        if (
            name is None
            or currency is None
            or kind is None
            or number is None
            or minimum is None
            or maximum is None
            or rule is None
            or description is None
            or grammar is None
            or not suggested
        ):
            return None
        return CharityText(
            grammar=grammar,
            name=name,
            synonyms=synonyms,
            registration_kind=kind,
            registration_number=number,
            currency=currency,
            minimum=minimum,
            maximum=maximum,
            suggested=tuple(suggested),
            tax_rule=rule,
            description=description,
        )

    @staticmethod
    def _amount(node: Node, key: str, currency: str | None, default: Money) -> Money | None:
        amount_node = node.get(key, required=False)
        if amount_node is None:
            return Money(default.minor, currency) if currency else None
        amount = amount_node.money()
        if amount is not None and currency and amount.currency != currency:
            amount_node.error(f"is in {amount.currency}, expected {currency}")
            return None
        return amount

    # --- guides/*.yaml --------------------------------------------------------------------
    def _guides(
        self, materials: dict[str, Material], catalogs: dict[str, list[Product]]
    ) -> dict[str, Guide]:
        guides: dict[str, Guide] = {}
        folder = self.folder / "guides"
        paths = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
        if not paths:
            self.problems.add(str(folder), None, "(folder)", "holds no guide (*.yaml)")
        product_ids = _ProductIds(
            {p.id for products in catalogs.values() for p in products}, self.compiled.values()
        )
        for path in paths:
            root = self._open(f"guides/{path.name}")
            if root is None or not root.is_mapping():
                continue
            guide = self._guide(root, materials, product_ids)
            if guide is None:
                continue
            if guide.id in guides:
                root.at("id").error(f"duplicate guide id {guide.id!r}")
            guides[guide.id] = guide
        return guides

    def _guide(
        self, root: Node, materials: dict[str, Material], product_ids: _ProductIds
    ) -> Guide | None:
        root.only({"id", "products", "materials", "offer", "locales"})
        id_node = root.get("id")
        guide_id = id_node.text() if id_node else None
        if guide_id and id_node and not _ID_RE.match(guide_id):
            id_node.error("use lowercase letters, digits, - and _")
        products = self._references(root.get("products", required=False), product_ids, "product")
        applies = self._references(root.get("materials", required=False), materials, "material")
        texts = self._per_locale(root.get("locales"), self._guide_text)
        offer = None
        offer_node = root.get("offer", required=False)
        if offer_node and offer_node.is_mapping():
            offer_node.only({"product", "after_step"})
            product_node = offer_node.get("product")
            product = product_node.text() if product_node else None
            if product and product not in products and product_node:
                product_node.error(f"{product!r} is not among the guide's products")
            after_node = offer_node.get("after_step")
            after = self._after_step(after_node, texts) if after_node else "bad"
            if product and not isinstance(after, str):
                offer = Offer(product, after)
        if texts:
            for locale, text in texts.items():
                for material in text.material_steps:
                    if material not in applies:
                        root.at("locales", locale, "material_steps").error(
                            f"{material!r} is not in the guide's materials"
                        )
        if guide_id is None or texts is None:
            return None
        return Guide(guide_id, tuple(products), tuple(applies), offer, texts)

    @staticmethod
    def _after_step(node: Node, texts: dict[str, GuideText] | None) -> int | str | None:
        value = node.scalar()
        if value == "end":
            return None
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            shortest = min((len(t.steps) for t in (texts or {}).values()), default=value)
            if value > shortest:
                node.error(f"step {value} does not exist; the guide has {shortest} steps")
                return "bad"
            return value
        node.error(f"must be a step number or 'end', found {value!r}")
        return "bad"

    def _guide_text(self, node: Node, locale: str) -> GuideText | None:
        if not node.is_mapping():
            return None
        node.only(
            {
                "title",
                "synonyms",
                "need",
                "warnings",
                "steps",
                "material_steps",
                "bridge",
                "grammar",
            }
        )
        title = _opt_text(node.get("title"))
        synonyms = _opt_texts(node.get("synonyms"))
        need = _opt_texts(node.get("need", required=False), allow_empty=True) or ()
        warnings = _opt_texts(node.get("warnings", required=False), allow_empty=True) or ()
        steps_node = node.get("steps")
        steps = tuple(steps_node.texts(max_len=MAX_STEP_CHARS)) if steps_node else ()
        material_steps: dict[str, tuple[str, ...]] = {}
        ms_node = node.get("material_steps", required=False)
        if ms_node and ms_node.is_mapping():
            for material, steps_of in ms_node.items():
                material_steps[material] = tuple(steps_of.texts(max_len=MAX_STEP_CHARS))
        bridge = _opt_text(node.get("bridge", required=False)) or ""
        if title is None or synonyms is None or not steps:
            return None
        grammar = self._grammar(node, "guide", locale)
        if grammar is None:
            return None
        return GuideText(title, synonyms, need, warnings, steps, material_steps, bridge, grammar)

    # --- shared ---------------------------------------------------------------------------
    def _id(self, node: Node, seen: Container[str]) -> str | None:
        id_node = node.get("id")
        value = id_node.text() if id_node else None
        if value is None or id_node is None:
            return None
        if not _ID_RE.match(value):
            id_node.error("use lowercase letters, digits, - and _ (at most 64)")
            return None
        if value in seen:
            id_node.error(f"duplicate id {value!r}")
            return None
        return value

    def _grammar(self, parent: Node, kind: str, locale: str) -> Grammar | None:
        """How a name is said in sentences (``content.model.Grammar``); defaults by kind and
        language. A French name without a gender is a warning: pronouns and articles need it."""
        grammar = default_grammar(kind, locale)
        node = parent.get("grammar", required=False)
        if node is None:
            if locale.startswith("fr"):
                self.warnings.append(
                    ContentError(
                        parent.file,
                        parent.line,
                        f"{parent.field}.grammar",
                        "no gender: pronouns default to the masculine",
                    )
                )
            return grammar
        if not node.is_mapping():
            node.error("grammar is a mapping: gender, plural, article, elision, proper, short")
            return None
        node.only({"gender", "plural", "article", "elision", "proper", "short"})
        changes: dict[str, object] = {}
        gender = node.get("gender", required=False)
        if gender is not None:
            changes["gender"] = gender.choice(("masculine", "feminine"))
        elif locale.startswith("fr"):
            node.error("French names need a gender (masculine or feminine)", f"{node.field}.gender")
        for flag in ("plural", "article", "elision", "proper"):
            flag_node = node.get(flag, required=False)
            if flag_node is not None:
                changes[flag] = flag_node.boolean()
        short = node.get("short", required=False)
        if short is not None:
            changes["short"] = short.text(max_len=60)
        if any(value is None for value in changes.values()):
            return None
        return replace(grammar, **changes)  # type: ignore[arg-type]

    def _per_locale(
        self, node: Node | None, read: Callable[[Node, str], T | None]
    ) -> dict[str, T] | None:
        """Read one value per configured locale; every locale must be there, no other."""
        if node is None or not node.is_mapping():
            return None
        values: dict[str, T] = {}
        present = node.keys()
        for locale in self.locales:
            if locale not in present:
                node.error(f"locale {locale} is missing", f"{node.field}.{locale}")
        for locale, child in node.items():
            if locale not in self.locales:
                child.error(f"locale {locale} is not in skill.yaml's locales")
                continue
            value = read(child, locale)
            if value is not None:
                values[locale] = value
        return values if set(values) == set(self.locales) else None

    def _references(self, node: Node | None, known: Container[str], what: str) -> list[str]:
        if node is None:
            return []
        ids = []
        for element in node.elements():
            value = element.text()
            if value is None:
                continue
            if value not in known:
                element.error(f"unknown {what} {value!r}")
            else:
                ids.append(value)
        return ids


def _opt_text(
    node: Node | None, *, default: str | None = None, max_len: int | None = None
) -> str | None:
    return node.text(max_len=max_len) if node is not None else default


def _opt_texts(node: Node | None, *, allow_empty: bool = False) -> tuple[str, ...] | None:
    return tuple(node.texts(allow_empty=allow_empty)) if node is not None else None


def _https_url(node: Node | None) -> str | None:
    """An https:// URL (Alexa accepts no other for legal pages and account linking)."""
    value = node.text(max_len=2048) if node is not None else None
    if value is not None and node is not None and not _HTTPS_RE.match(value):
        node.error(f"must be an https:// URL, found {value!r}")
        return None
    return value


def _gtin_ok(gtin: str) -> bool:
    """GTIN-8/12/13/14 with a valid mod-10 check digit."""
    if not gtin.isdigit() or len(gtin) not in (8, 12, 13, 14):
        return False
    digits = [int(d) for d in gtin]
    body, check = digits[:-1], digits[-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def _feed_error(path: Path, row: FeedRowError | None, message: str | None = None) -> ContentError:
    if row is None:
        return ContentError(str(path), 1, "id", message or "")
    return ContentError(str(path), row.line, row.field, row.message)


def _missing_folder(folder: Path) -> ContentError:
    return ContentError(str(folder), 1, "(folder)", "content folder not found")


class _ProductIds:
    """Known product ids: a set, plus compiled catalogs asked one id at a time."""

    def __init__(self, ids: set[str], compiled: Iterable[Catalog]) -> None:
        self.ids = ids
        self.compiled = list(compiled)

    def __contains__(self, product_id: object) -> bool:
        if product_id in self.ids:
            return True
        return isinstance(product_id, str) and any(product_id in c for c in self.compiled)


def load_authored_products(folder: str | Path) -> dict[str, list[Product]]:
    """The products of ``products.yaml`` alone, per locale, checked as :func:`load_content`
    checks them (for ``echoppe catalog index``, which compiles them with the feed)."""
    loader = _Loader(Path(folder))
    catalogs = loader._products(loader._open("products.yaml"))
    if loader.problems.errors:
        raise ContentErrors(loader.problems.errors)
    return catalogs
