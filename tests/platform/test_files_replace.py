"""``atomic.replace``: the rename is retried while the target cannot be replaced, then the user is
told which file is held; and the full-fsync switch used where durability is promised.

What only Windows shows: WinError 5/32 from a target another program has open (Acrobat, an
antivirus, OneDrive). Here a real ``PermissionError`` comes from the file system instead: a folder
made immutable (``chattr +i``, which refuses even root) or read-only (``chmod 0o500``, for a
non-root run); it is released from another thread while ``replace`` is waiting, as a program
closing its file would be.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time

import pytest

from workbench.core import atomic
from workbench.core.atomic import FileHeld, replace


def _can_chattr(folder) -> bool:
    return shutil.which("chattr") is not None and subprocess.run(
        ["chattr", "+i", str(folder)], capture_output=True).returncode == 0


class HeldFolder:
    """A folder that refuses renames into it until ``release()``."""

    def __init__(self, folder) -> None:
        self.folder = folder
        folder.mkdir()
        if os.name != "nt" and hasattr(os, "geteuid") and os.geteuid() != 0:
            os.chmod(folder, 0o500)
            self.release = lambda: os.chmod(folder, 0o700)
        elif _can_chattr(folder):
            self.release = lambda: subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            pytest.skip("no way to make a folder refuse renames here (root without chattr)")


@pytest.mark.skipif(os.name == "nt", reason="uses POSIX folder permissions; Windows holds files instead")
def test_replace_waits_for_a_held_target_and_then_succeeds(tmp_path):
    source = tmp_path / "new.pdf"
    source.write_bytes(b"new content")
    held = HeldFolder(tmp_path / "exports")
    try:
        with pytest.raises(PermissionError):
            os.replace(source, held.folder / "packet.pdf")  # really refused, without the retries
        timer = threading.Timer(0.3, held.release)
        timer.start()
        started = time.monotonic()
        replace(source, held.folder / "packet.pdf")
        waited = time.monotonic() - started
        timer.join()
    finally:
        held.release()
    assert (held.folder / "packet.pdf").read_bytes() == b"new content" and not source.exists()
    assert waited >= 0.25  # it did wait for the holder (not a speed claim: make bench measures speed)


@pytest.mark.skipif(os.name == "nt", reason="uses POSIX folder permissions; Windows holds files instead")
def test_a_target_held_too_long_gives_a_clear_message_and_loses_nothing(tmp_path):
    source = tmp_path / "new.pdf"
    source.write_bytes(b"new content")
    held_dir = tmp_path / "held"
    held = HeldFolder(held_dir)
    try:
        with pytest.raises(FileHeld) as info:
            replace(source, held_dir / "Nguyễn packet.pdf", pauses=(0.01, 0.02))
    finally:
        held.release()
    text = str(info.value)
    assert "Nguyễn packet.pdf" in text and "another program" in text and "nothing was lost" in text
    assert source.read_bytes() == b"new content"  # the new copy is still there to try again


def test_full_fsync_flushes_a_real_file(tmp_path, monkeypatch):
    """Off macOS ``F_FULLFSYNC`` does not exist; with the switch on, the fallback to ``fsync`` runs
    (the drive-cache flush itself only shows on a Mac, in a power-cut test nobody runs in CI)."""
    path = tmp_path / "f"
    with open(path, "wb") as fh:
        fh.write(b"x")
        atomic.full_fsync(fh.fileno())
        monkeypatch.setattr(atomic, "FULLFSYNC", True)
        atomic.full_fsync(fh.fileno())
    assert path.read_bytes() == b"x"
