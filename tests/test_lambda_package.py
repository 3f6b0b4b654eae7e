"""The skill's Lambda package (``make build-SkillFunction``) holds every first-party package the
skill's functions import, at module level or inside a function, so no turn meets an ImportError
on AWS that the tests (run from the repository) cannot see."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from skill.routes import ROUTES
from skill.settings import ROOT

ENTRIES = [
    "lambda/lambda_function.py",
    "lambda/daily.py",
    # The flows the routing table names: ``skill.routes`` imports them by name, on first use.
    *sorted({f"skill/flows/{name.partition('.')[0]}.py" for name in ROUTES.values()}),
]


def _packaged() -> set[str]:
    makefile = (ROOT / "Makefile").read_text().replace("\\\n", " ")
    match = re.search(r"^LAMBDA_PACKAGES := (.+)$", makefile, re.MULTILINE)
    assert match, "LAMBDA_PACKAGES is not in the Makefile"
    return set(match.group(1).split())


def _file_of(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path, module: str) -> set[str]:
    """Modules ``path`` imports anywhere but under ``if TYPE_CHECKING``."""
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if _type_checking_only(node):
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(), str(path)))
    return found


def _closure() -> dict[str, str]:
    """First-party module → the module that first imports it, from the Lambda entries."""
    seen: dict[str, str] = {}
    todo = [(entry.removesuffix(".py").replace("/", "."), "(entry)") for entry in ENTRIES]
    while todo:
        module, by = todo.pop()
        path = _file_of(module)
        if module in seen or path is None:
            continue
        seen[module] = by
        todo.extend((name, module) for name in _imports(path, module))
    return seen


def test_every_package_the_skill_imports_is_in_its_lambda_package() -> None:
    packaged = _packaged()
    missing = {m: by for m, by in _closure().items() if m.split(".")[0] not in packaged}
    assert missing == {}, f"imported on the skill's Lambda path, not packaged: {missing}"


def test_the_skill_package_carries_no_web_stack() -> None:
    web = {m for m in _closure() if m.split(".")[0] in ("web", "merchants")}
    assert web == set()
