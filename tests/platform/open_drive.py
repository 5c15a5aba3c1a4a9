"""A real drive without permissions, for the tests of the warnings the app gives about it.

Two behaviours exist. A FAT-formatted USB stick on macOS, or a network share (SMB), keeps every
file readable by every account whatever ``chmod`` asks: chmod succeeds and the mode stays
0o777/0o666 (``IGNORES``). Linux's vfat (mounted without ``quiet``) refuses instead: chmod fails
with EPERM (``REFUSES``). ``bindfs`` (a FUSE file system, Debian package ``bindfs`` in
.ci/debian-packages.txt) mounts a folder that behaves either way: ``--perms=a+rwX`` shows every
file as readable by all, with ``--chmod-ignore`` or ``--chmod-deny``. The app's own code then
meets the drive for real: ``owner_only.restrict`` finds the mode still open, or chmod failing, and
returns its warning (no chmod or os function is replaced).

Mounting needs FUSE (``/dev/fuse``) and root or ``fusermount``; where they are missing the test is
skipped with the reason. The Linux kernel's own vfat needs a module this CI machine lacks, and the
FUSE FAT driver (fusefat) gives SQLite I/O errors, so bindfs is the drive used here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def _unmount(mountpoint: Path) -> None:
    for command in (["fusermount", "-u", str(mountpoint)], ["umount", str(mountpoint)],
                    ["umount", "-l", str(mountpoint)]):
        if shutil.which(command[0]) and subprocess.run(command, capture_output=True).returncode == 0:
            return


IGNORES, REFUSES = "--chmod-ignore", "--chmod-deny"


@contextmanager
def drive_without_permissions(tmp_path: Path, how: str = IGNORES) -> Iterator[Path]:
    """A mounted folder where every file is readable by all and chmod changes nothing (``IGNORES``)
    or fails (``REFUSES``); skips the test when such a mount cannot be made here."""
    if shutil.which("bindfs") is None:
        pytest.skip("bindfs is not installed (.ci/debian-packages.txt lists it; .ci/system-deps installs it)")
    if not os.path.exists("/dev/fuse"):
        pytest.skip("no /dev/fuse: FUSE mounts are not possible here")
    backing, mountpoint = tmp_path / "drive-backing", tmp_path / "drive"
    backing.mkdir()
    mountpoint.mkdir()
    done = subprocess.run(["bindfs", "--perms=a+rwX", how, str(backing), str(mountpoint)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"bindfs could not mount here: {done.stderr.strip()[:200]}")
    try:
        deadline = time.monotonic() + 5
        while not os.path.ismount(mountpoint) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert os.path.ismount(mountpoint)
        yield mountpoint
    finally:
        _unmount(mountpoint)
