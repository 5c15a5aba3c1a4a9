"""The vault location chosen at first run is remembered outside the vault and found by the CLI."""

import os
import subprocess
import sys

from workbench.cli import app_vault_folder, build_parser
from workbench.core import preferences
from workbench.core.vault.store import default_vault_path


def test_remembered_vault_path_round_trip_and_damage(env_dirs, tmp_path):
    assert preferences.remembered_vault_path() is None
    preferences.remember_vault_path(tmp_path / "elsewhere")
    assert preferences.remembered_vault_path() == (tmp_path / "elsewhere").resolve()
    assert preferences.preferences_path().is_relative_to(env_dirs / "config")
    preferences.preferences_path().write_text("{not json")
    assert preferences.remembered_vault_path() is None  # a damaged file means "the default", not a crash
    preferences.remember_vault_path(None)
    assert preferences.remembered_vault_path() is None


def test_the_cli_uses_the_remembered_vault(env_dirs, tmp_path):
    folder = tmp_path / "chosen"
    preferences.remember_vault_path(folder)
    env = {**os.environ, "WORKBENCH_NO_KEYRING": "1"}
    r = subprocess.run([sys.executable, "-m", "workbench", "vault", "init", "--no-keyring"], input="a long passphrase\n",
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (folder / "vault.key").exists() or any(folder.iterdir())
    assert not default_vault_path().exists()


def test_demo_never_opens_the_users_vault_folder(env_dirs, tmp_path):
    parse = build_parser().parse_args
    assert app_vault_folder(parse(["--demo"])) is None  # the app then uses its separate demo folder
    assert app_vault_folder(parse([])) == default_vault_path()
    assert app_vault_folder(parse(["--demo", "--vault", str(tmp_path / "d")])) == tmp_path / "d"
    preferences.remember_vault_path(tmp_path / "mine")
    assert app_vault_folder(parse([])) == (tmp_path / "mine").resolve()
    assert app_vault_folder(parse(["--demo"])) is None
