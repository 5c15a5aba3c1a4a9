"""The Windows and macOS workflows (.github/workflows/desktop.yml) are valid and agree with the project.

actionlint (rhysd/actionlint, run by .ci/actionlint/run) checks syntax, expressions, runner labels
and action inputs; it must pass on the real workflows and must catch a broken copy (so a linter
that silently checks nothing cannot pass). The rest ties the workflow to the files it relies on:
the Python versions are pyproject's, every script it runs exists, signing and notarization only
run when their secrets exist, and the frozen self-test runs both executables on each system.
What Linux cannot show: the workflows running on GitHub's Windows and macOS runners.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from .targets import PYTHONS, ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "desktop.yml"
ACTIONLINT = ROOT / ".ci" / "actionlint" / "run"


def actionlint(*files):
    # shutil.which: on Windows, CreateProcess would look in System32 (WSL's bash) before PATH (Git's)
    bash = shutil.which("bash")
    assert bash, "bash is needed to run .ci/actionlint/run"
    return subprocess.run([bash, str(ACTIONLINT), *map(str, files)], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _steps(job: dict) -> str:
    return "\n".join(str(s.get("run", "")) + str(s.get("if", "")) for s in job["steps"])


def test_actionlint_passes_on_the_workflows():
    r = actionlint()
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 finding(s)" in r.stdout


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("matrix.python }}", "matrix.pyhton }}", 1)
                      .replace("runs-on: windows-latest", "runs-on: windows-1999", 1), encoding="utf-8")
    r = actionlint(broken)
    assert r.returncode == 1
    assert '"pyhton" is not defined' in r.stdout and 'label "windows-1999" is unknown' in r.stdout


def test_the_matrix_tests_every_python_pyproject_declares(workflow):
    for name in ("windows", "macos"):
        assert sorted(workflow["jobs"][name]["strategy"]["matrix"]["python"]) == PYTHONS, name


def test_every_script_the_workflow_runs_exists():
    text = WORKFLOW.read_text(encoding="utf-8")
    scripts = set(re.findall(r"(packaging[/\\][\w./\\-]+\.(?:sh|ps1|iss))", text))
    assert scripts, "the workflow runs no packaging script"
    for script in scripts:
        assert (ROOT / script.replace("\\", "/")).is_file(), script


def test_signing_runs_only_when_its_secrets_exist(workflow):
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            text = str(step.get("run", "")) + str(step.get("name", ""))
            if re.search(r"sign\.(sh|ps1)|notariz", text, re.I):
                assert re.search(r"env\.\w+ != ''", str(step.get("if", ""))), step["name"]


def test_the_frozen_self_test_runs_both_executables_on_each_system(workflow):
    windows, macos = _steps(workflow["jobs"]["windows"]), _steps(workflow["jobs"]["macos"])
    assert "workbench-cli.exe --self-test" in windows and "ProBonoWorkbench.exe" in windows
    assert "MacOS/ProBonoWorkbench --self-test" in macos and "MacOS/workbench-cli --self-test" in macos
    assert "--only-binary=:all:" in windows and "--only-binary=:all:" in macos
    assert "check-minos.sh" in macos
