"""Compile a Lambda artifact's Python files to bytecode, when this Python is the runtime's.

Lambda's ``/var/task`` is read-only: a module without a usable ``.pyc`` is compiled from source
on every cold start, and nothing is cached. A ``.pyc`` holds its Python version (the magic
number, the ``cpython-3XX`` name), so only the runtime's Python can write ones Lambda uses: under
``sam build --use-container`` the build Python is the runtime's; otherwise the artifact ships
without bytecode and this says so. The ``.pyc`` files are unchecked-hash ones (PEP 552), used
without looking at the source: zips keep file times to 2 s and ``tools/zip_dir.py`` fixes them,
so timestamp-checked ones would be stale. Code paths are recorded as ``/var/task/...``, where
Lambda unpacks the code, so two builds of the same sources write the same bytes.

Usage: ``python tools/compile_artifact.py ARTIFACTS_DIR RUNTIME_VERSION`` (e.g. ``3.12``).
"""

from __future__ import annotations

import compileall
import py_compile
import re
import shutil
import sys
from pathlib import Path

LAMBDA_TASK_ROOT = "/var/task"


def build_version() -> str:
    """This interpreter's ``major.minor``."""
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def compile_artifact(folder: Path, runtime: str) -> bool:
    """Replace every ``__pycache__`` under ``folder`` with bytecode for ``runtime``; return
    whether it was compiled (False, with a line on stderr saying why, if this Python is another).
    """
    if not re.fullmatch(r"3\.\d+", runtime):
        raise ValueError(f"the runtime version must look like 3.12, not {runtime!r}")
    for cache in list(folder.rglob("__pycache__")):
        shutil.rmtree(cache)
    if runtime != build_version():
        print(
            f"{folder}: the artifact ships without bytecode: this Python is {build_version()}, "
            f"the Lambda runtime's is {runtime} (.pyc files are version-specific); build with "
            "`sam build --use-container` to ship it compiled",
            file=sys.stderr,
        )
        return False
    compiled = compileall.compile_dir(
        folder,
        quiet=1,
        force=True,
        optimize=0,
        workers=0,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
        stripdir=str(folder),
        prependdir=LAMBDA_TASK_ROOT,
    )
    if not compiled:
        raise RuntimeError(f"{folder}: some files did not compile (listed above)")
    return True


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    try:
        compile_artifact(Path(sys.argv[1]), sys.argv[2])
    except (ValueError, RuntimeError) as error:
        sys.exit(str(error))
