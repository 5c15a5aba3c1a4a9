import subprocess
import sys


def test_self_test_passes_and_prints_every_step():
    r = subprocess.run([sys.executable, "-m", "workbench", "--self-test"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) >= 5 and all(line.startswith("ok") for line in lines)
