"""The Lambda artifact ships bytecode compiled by the runtime's Python (``make build-*`` runs
``tools/compile_artifact.py``): Lambda's ``/var/task`` is read-only, so a module without a usable
``.pyc`` is compiled from source on every cold start. Here the current interpreter plays the
runtime."""

from __future__ import annotations

import importlib.util
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from skill.settings import ROOT

SCRIPT = ROOT / "tools" / "compile_artifact.py"
RUNTIME = f"{sys.version_info.major}.{sys.version_info.minor}"
ANOTHER_RUNTIME = f"{sys.version_info.major}.{sys.version_info.minor + 1}"
UNCHECKED_HASH = 0b01  # PEP 552: bit 0 hash-based, bit 1 check_source


def _artifact(folder: Path) -> Path:
    (folder / "pkg" / "sub").mkdir(parents=True)
    (folder / "top.py").write_text("ANSWER = 'compiled'\n")
    (folder / "pkg" / "__init__.py").write_text("")
    (folder / "pkg" / "sub" / "mod.py").write_text("def known(x):\n    return x in {'a', 'b'}\n")
    stale = folder / "pkg" / "__pycache__" / "__init__.cpython-30.pyc"
    stale.parent.mkdir()
    stale.write_bytes(b"another version's")
    return folder


def _compile(folder: Path, runtime: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(folder), runtime],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def _sources(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_every_module_gets_an_unchecked_hash_pyc_for_the_runtime(tmp_path) -> None:
    folder = _artifact(tmp_path / "artifact")
    _compile(folder, RUNTIME)
    expected = {Path(importlib.util.cache_from_source(str(path))) for path in _sources(folder)}
    assert set(folder.rglob("*.pyc")) == expected  # the other version's cache is gone
    for path in _sources(folder):
        header = Path(importlib.util.cache_from_source(str(path))).read_bytes()[:16]
        assert header[:4] == importlib.util.MAGIC_NUMBER
        assert int.from_bytes(header[4:8], "little") == UNCHECKED_HASH, path
        assert header[8:16] == importlib.util.source_hash(path.read_bytes())


def test_the_pyc_is_used_whatever_the_source_and_its_time_say(tmp_path) -> None:
    """Zips keep times to 2 s and tools/zip_dir.py fixes them: the source is never checked."""
    folder = _artifact(tmp_path / "artifact")
    _compile(folder, RUNTIME)
    source = folder / "top.py"
    source.write_text("ANSWER = 'source'\n")
    later = source.stat().st_mtime + 3600
    os.utime(source, (later, later))
    done = subprocess.run(
        [sys.executable, "-B", "-c", "import top; print(top.ANSWER)"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "compiled"


def test_code_paths_are_lambdas_and_two_builds_write_the_same_bytes(tmp_path) -> None:
    """The build folder is a temporary one: recorded in the code, every build's zip would differ."""
    one, two = _artifact(tmp_path / "one"), _artifact(tmp_path / "elsewhere" / "two")
    _compile(one, RUNTIME)
    _compile(two, RUNTIME)
    pyc = Path(importlib.util.cache_from_source(str(one / "pkg" / "sub" / "mod.py")))
    assert marshal.loads(pyc.read_bytes()[16:]).co_filename == "/var/task/pkg/sub/mod.py"
    for path in _sources(one):
        cached = Path(importlib.util.cache_from_source(str(path)))
        twin = two / cached.relative_to(one)
        assert cached.read_bytes() == twin.read_bytes(), path


def test_another_runtime_gets_no_bytecode_and_a_line_saying_why(tmp_path) -> None:
    folder = _artifact(tmp_path / "artifact")
    done = _compile(folder, ANOTHER_RUNTIME)
    assert list(folder.rglob("__pycache__")) == []
    [line] = done.stderr.splitlines()
    assert "without bytecode" in line and ANOTHER_RUNTIME in line and RUNTIME in line
    assert "sam build --use-container" in line


def _recipe(makefile: str, target: str) -> str:
    match = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert match, f"no recipe for {target}"
    return match.group(1)


def test_the_build_targets_compile_for_the_templates_runtime() -> None:
    runtimes = set(
        re.findall(r"^ +Runtime: python(\S+)$", (ROOT / "template.yaml").read_text(), re.M)
    )
    assert len(runtimes) == 1
    done = subprocess.run(
        ["make", "--no-print-directory", "-s", "--eval", "p: ; @echo $(LAMBDA_PYTHON)", "p"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() == runtimes.pop(), done.stderr
    makefile = (ROOT / "Makefile").read_text()
    for target in ("build-SkillFunction", "build-WebFunction"):
        recipe = _recipe(makefile, target)
        assert "--python-version $(LAMBDA_PYTHON)" in recipe
        compiling = '$(PYTHON) tools/compile_artifact.py "$(ARTIFACTS_DIR)" $(LAMBDA_PYTHON)'
        before, found, after = recipe.partition(compiling)
        assert found and "cp -R" in before, f"{target} does not compile after copying"
        assert "__pycache__" not in after, f"{target} deletes the bytecode it compiled"
