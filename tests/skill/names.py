"""How the skill says a product's name (its short name when the content gives one)."""

from catalog.model import Product
from content.model import default_grammar
from skill.app import EchoppeSkill


def spoken(skill: EchoppeSkill, locale: str, product: Product) -> str:
    grammar = skill.content.product_grammar.get(locale, {}).get(product.id)
    return (grammar or default_grammar("product", locale)).short or product.title
