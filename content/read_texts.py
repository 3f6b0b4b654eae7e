"""Reading the texts shoppers hear: ``materials.yaml``, ``charities.yaml``, ``guides/*.yaml``."""

from __future__ import annotations

import re

from catalog.model import Product
from content.model import Charity, CharityText, Grammar, Guide, GuideText, Material, Offer
from content.reading import Reading, _opt_text, _opt_texts, _ProductIds
from content.yamlnodes import ID_RE, Node
from payments.money import Money

MAX_STEP_CHARS = 300
_TAX_RULES = ("fr-66", "us-501c3", "none")
_REGISTRATIONS = {"RNA": r"^W\d{9}$", "SIREN": r"^\d{9}$", "EIN": r"^\d{2}-\d{7}$"}


class TextReading(Reading):
    # --- materials.yaml -------------------------------------------------------------------
    def _materials(self, root: Node | None) -> dict[str, Material]:
        materials: dict[str, Material] = {}
        if root is None:
            return materials
        for node in root.elements():
            if not node.is_mapping():
                continue
            node.only({"id", "names", "grammar", "washable"})
            material_id = self._id(node, materials)
            names_node = node.get("names")
            names = (
                self._per_locale(names_node, lambda n, _locale: tuple(n.texts()))
                if names_node
                else {}
            )
            grammar = self._material_grammar(node)
            washable_node = node.get("washable", required=False)
            washable = washable_node.boolean() if washable_node is not None else True
            if material_id and names is not None and grammar is not None and washable is not None:
                materials[material_id] = Material(material_id, names, grammar, washable)
        return materials

    def _material_grammar(self, node: Node) -> dict[str, Grammar] | None:
        """``grammar: {fr-FR: {gender: feminine}}``: per locale, how the first name is said in
        sentences (« sur la soie »), read as every ``grammar`` is; a locale left out takes the
        defaults (a French one is a warning)."""
        grammars = node.get("grammar", required=False)
        if grammars is not None:
            if not grammars.is_mapping():
                return None
            grammars.only(set(self.locales))
        read = {
            locale: (
                self._grammar(node, "material", locale)
                if grammars is None
                else self._grammar(grammars, "material", locale, key=locale)
            )
            for locale in self.locales
        }
        if any(grammar is None for grammar in read.values()):
            return None
        return {locale: grammar for locale, grammar in read.items() if grammar is not None}

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
        if guide_id and id_node and not ID_RE.match(guide_id):
            id_node.error("use lowercase letters, digits, - and _")
        products = self._references(root.get("products", required=False), product_ids, "product")
        applies = self._references(root.get("materials", required=False), materials, "material")
        texts = self._per_locale(root.get("locales"), self._guide_text)
        offer = None
        offer_node = root.get("offer", required=False)
        if offer_node and offer_node.is_mapping():
            offer_node.only({"product", "after_step", "instead"})
            product_node = offer_node.get("product")
            product = product_node.text() if product_node else None
            if product and product not in products and product_node:
                product_node.error(f"{product!r} is not among the guide's products")
            after_node = offer_node.get("after_step")
            after = self._after_step(after_node, texts) if after_node else "bad"
            instead = self._instead(offer_node.get("instead", required=False), materials, products)
            if product and not isinstance(after, str):
                offer = Offer(product, after, instead)
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
    def _instead(
        node: Node | None, materials: dict[str, Material], products: list[str]
    ) -> dict[str, str]:
        """``offer.instead``: per material (one of ``materials.yaml``: a fabric the guide is not
        meant for is followed with its general steps too), a product of the guide to offer."""
        if node is None:
            return {}
        if not node.is_mapping():
            node.error("must map a material to a product, e.g. {wool: wool-silk-remover}")
            return {}
        instead: dict[str, str] = {}
        for material, value in node.items():
            product = value.text()
            if material not in materials:
                value.error(f"unknown material {material!r}")
            elif product not in products:
                value.error(f"{product!r} is not among the guide's products")
            else:
                instead[material] = product
        return instead

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
