"""The versioned JSON interchange format for one matter (see docs/interchange.md)."""

from .codec import FORMAT, VERSION, export_matter, export_matter_json
from .importer import ImportResult, import_matter, import_matter_json
from .schema import build_schema, load_schema

__all__ = ["FORMAT", "VERSION", "ImportResult", "build_schema", "export_matter", "export_matter_json",
           "import_matter", "import_matter_json", "load_schema"]
