"""Layering rule 1: nothing below gui/ imports Qt (statically or at import time)."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "workbench"
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_core_and_hub_sources_do_not_import_qt():
    offenders = []
    for layer in ("core", "hub"):
        for path in (ROOT / layer).rglob("*.py"):
            offenders += [f"{path.relative_to(ROOT)}: {name}" for name in _imports(path)
                          if name.split(".")[0] in QT]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(".".join(p.relative_to(ROOT.parent).with_suffix("").parts)
                     for layer in ("core", "hub") for p in (ROOT / layer).rglob("*.py")
                     if "migrations" not in p.parts)
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
            f"bad = [m for m in sys.modules if m.split('.')[0] in {QT!r}]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_checker_would_catch_a_qt_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in list(_imports(bad))


# ----------------------------------------------------------------------------- who may import whom
# DESIGN "Shape": the front-ends (gui/, the CLI) reach core only through the application layer
# (core/operations), plus the error types, the translation helpers and stored messages they show;
# core never imports a front-end or the hub; the hub never imports the device's database model.
FRONT_END_MAY_USE = ("workbench.core.operations", "workbench.core.errors", "workbench.core.i18n",
                     "workbench.core.msg")


def workbench_imports(path: Path, text: str | None = None) -> list[str]:
    """Every ``workbench.*`` module the file at ``path`` imports (``text``: its source, if not read
    from ``path``), relative imports made absolute; imports inside functions count, as they run too."""
    package = list(path.relative_to(ROOT.parent).with_suffix("").parts)[:-1]
    found = []
    source = path.read_text(encoding="utf-8") if text is None else text
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found.append(module)
            if (ROOT.parent / module.replace(".", "/")).is_dir():  # ``from ..core import packets``: a module
                found += [f"{module}.{a.name}" for a in node.names]
    return list(dict.fromkeys(m for m in found if m == "workbench" or m.startswith("workbench.")))


def _allowed_for_front_end(module: str) -> bool:
    if not module.startswith("workbench.core"):
        return True
    if module == "workbench.core":
        return True  # ``from ..core import operations`` (the names are checked one by one)
    return module.startswith(FRONT_END_MAY_USE)


def _front_end_files() -> list[Path]:
    return sorted((ROOT / "gui").rglob("*.py")) + [ROOT / "cli.py"]


def test_the_gui_and_the_cli_reach_core_only_through_operations():
    offenders = [f"{p.relative_to(ROOT)}: {m}" for p in _front_end_files() for m in workbench_imports(p)
                 if not _allowed_for_front_end(m)]
    assert offenders == [], "front-end code importing core directly (add an operation instead):\n" + \
        "\n".join(offenders)


def test_core_imports_no_front_end_and_no_hub():
    offenders = [f"{p.relative_to(ROOT)}: {m}" for p in (ROOT / "core").rglob("*.py") for m in workbench_imports(p)
                 if m.startswith(("workbench.gui", "workbench.hub", "workbench.cli"))]
    assert offenders == []


def test_the_hub_does_not_import_the_devices_model_or_vault():
    device_only = ("workbench.core.model", "workbench.core.vault", "workbench.core.operations", "workbench.gui",
                   "workbench.cli")
    offenders = [f"{p.relative_to(ROOT)}: {m}" for p in (ROOT / "hub").rglob("*.py") for m in workbench_imports(p)
                 if m.startswith(device_only)]
    assert offenders == []


def test_the_import_rules_catch_a_relative_import_past_operations():
    """The resolver sees through relative imports at any depth and inside functions."""
    text = ("from ...core.operations import fill_form\n"
            "def later():\n    from ...core.vault.store import Vault\n"
            "from ...core import packets\n")
    modules = workbench_imports(ROOT / "gui" / "matter" / "some_tab.py", text)
    assert {"workbench.core.operations", "workbench.core.vault.store", "workbench.core.packets"} <= set(modules)
    assert sorted(m for m in modules if not _allowed_for_front_end(m)) == ["workbench.core.packets",
                                                                           "workbench.core.vault.store"]
    assert _allowed_for_front_end("workbench.core.operations.packets")
