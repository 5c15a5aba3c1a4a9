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
    assert "check-minos.sh" in macos


def test_the_workflow_runs_the_readme_commands_with_wheels_only(workflow):
    """The suite and the build run as README's quick start says (`make test`, `make dist`), and
    pip, inside make, takes every dependency as a wheel (a compiler never runs on the runners)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and "make dist" in (ROOT / "docs" / "release.md").read_text(encoding="utf-8")
    assert workflow["env"]["PIP_ONLY_BINARY"] == ":all:"
    for name in ("windows", "macos"):
        runs = [str(s.get("run", "")).strip() for s in workflow["jobs"][name]["steps"]]
        assert any(r.startswith("make test ") for r in runs) and "make dist" in runs, name
        assert not any("-m pytest" in r for r in runs), name  # no second way of running the tests
    windows = workflow["jobs"]["windows"]["steps"]
    assert all(s.get("shell") == "bash" for s in windows if str(s.get("run", "")).startswith("make "))
    assert any(re.search(r"choco install [^\n]*\bmake\b", str(s.get("run", ""))) for s in windows)


def test_a_missing_shared_repository_is_named_before_anything_runs(workflow):
    """Without the SHARED_REPOSITORY variable the job stops at its first step with an error that
    says what to set, instead of a suite of failures about a missing folder; a public repository
    needs no token (the checkout falls back to the workflow's own)."""
    for name in ("windows", "macos"):
        steps = workflow["jobs"][name]["steps"]
        first = next(i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/checkout"))
        guard = steps[first + 1]
        assert guard["if"] == "vars.SHARED_REPOSITORY == ''" and "exit 1" in guard["run"]
        assert "::error" in guard["run"] and "SHARED_REPOSITORY_TOKEN" in guard["run"]
        checkout = steps[first + 2]
        assert checkout["with"]["repository"] == "${{ vars.SHARED_REPOSITORY }}"
        assert checkout["with"]["token"] == "${{ secrets.SHARED_REPOSITORY_TOKEN || github.token }}"


def test_windows_checks_files_out_as_committed(workflow):
    """Git for Windows converts to CRLF on checkout by default; bash scripts the suite runs (actionlint's)
    would fail on the carriage returns. The setting must come before the first checkout."""
    steps = workflow["jobs"]["windows"]["steps"]
    first = next(i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/checkout"))
    assert any("git config --global core.autocrlf false" in str(s.get("run", "")) for s in steps[:first])
