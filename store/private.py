"""Files only their owner may read: the SQLite database (with its WAL and SHM files) and the
local PIN pepper. Together they allow an offline search of every 4-digit PIN, so neither may be
readable by the group or others, nor sit in a folder others can list.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
_OTHERS = stat.S_IRWXG | stat.S_IRWXO

log = logging.getLogger(__name__)


def private_dir(path: Path) -> None:
    """Create ``path`` (and its parents) with mode 0700. A folder that already exists is the
    operator's: it is not changed, but a warning says when others can list it."""
    if not path.exists():
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(path, DIR_MODE)
    elif opened_to_others(path):
        log.warning("%s is open to other users (mode %o); chmod 700 it", path, _mode(path))


def private_file(path: Path) -> bool:
    """Create ``path`` empty with mode 0600; True if created, False if it was there already.
    An existing file is ours (the store's or the pepper's): its mode is narrowed to 0600."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        return True
    except FileExistsError:
        narrow(path)
        return False


def narrow(path: Path) -> None:
    """Mode 0600 for an existing file of ours that others could read."""
    if opened_to_others(path):
        log.warning("%s was readable by others (mode %o); now 0600", path, _mode(path))
        os.chmod(path, FILE_MODE)


def opened_to_others(path: Path) -> bool:
    return bool(_mode(path) & _OTHERS)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
