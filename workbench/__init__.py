"""Pro Bono Workbench: an encrypted, offline-first workbench for volunteer immigration attorneys.

Layers (see docs/architecture.md): ``workbench.core`` is Qt-free (vault, crypto, domain model,
interchange); ``workbench.gui`` is the PySide6 front end; ``workbench.hub`` is the organization's
server; ``workbench.cli`` is the ``workbench`` command.
"""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("probono-workbench")
except PackageNotFoundError:  # running from a source tree without installation (e.g. PyInstaller)
    __version__ = "0.0.0"
