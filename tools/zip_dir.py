"""Zip a folder's contents reproducibly: sorted entries, one fixed timestamp, fixed modes.

``ask deploy`` hashes the code zip to decide whether to upload it again; a zip that differs only
by file times would be uploaded (and the stack updated) on every deploy.

Usage: ``python tools/zip_dir.py FOLDER OUT.zip``.
"""

from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path

FIXED_TIME = (1990, 2, 1, 0, 0, 0)


def zip_dir(folder: Path, out: Path) -> int:
    """Write ``out`` with every file under ``folder`` (paths relative to it); return the count."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), FIXED_TIME)
            executable = os.access(path, os.X_OK)
            info.external_attr = (0o755 if executable else 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return len(files)


if __name__ == "__main__":
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    print(f"{target}: {zip_dir(source, target)} files")
