"""Load a merchant's content folder, checking everything and reporting all errors at once.

The reading is in parts, one per kind of file: ``read_settings`` (``skill.yaml``),
``read_products`` (``products.yaml`` and imported feeds), ``read_texts`` (materials, charities,
guides), on what ``reading`` shares; campaigns are ``content.campaigns``, the merchant's wording
of the prompts ``content.wording``, its sample utterances ``content.samples``.
"""

from __future__ import annotations

from pathlib import Path

from catalog.model import Catalog, Product
from content.campaigns import read_campaigns
from content.model import Content, Guide, Settings
from content.read_products import ProductReading
from content.read_settings import SettingsReading
from content.read_texts import TextReading
from content.reading import _ProductIds
from content.samples import read_samples
from content.wording import read_overrides
from content.yamlnodes import ContentError, ContentErrors
from marketing.model import NO_MARKETING, Marketing


def load_content(folder: str | Path) -> Content:
    """Read and check a content folder; raise ``ContentErrors`` with every problem found."""
    return _Loader(Path(folder)).load()


class _Loader(SettingsReading, ProductReading, TextReading):
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
        prompts_node = self._open("prompts.yaml", required=False)
        prompts = read_overrides(prompts_node, self.locales, self.problems) if prompts_node else {}
        samples_node = self._open("samples.yaml", required=False)
        samples = read_samples(samples_node, self.locales) if samples_node else {}
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
            prompts=prompts,
            samples=samples,
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


def _missing_folder(folder: Path) -> ContentError:
    return ContentError(str(folder), 1, "(folder)", "content folder not found")


def load_authored_products(folder: str | Path) -> dict[str, list[Product]]:
    """The products of ``products.yaml`` alone, per locale, checked as :func:`load_content`
    checks them (for ``echoppe catalog index``, which compiles them with the feed)."""
    loader = _Loader(Path(folder))
    catalogs = loader._products(loader._open("products.yaml"))
    if loader.problems.errors:
        raise ContentErrors(loader.problems.errors)
    return catalogs
