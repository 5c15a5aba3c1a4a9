"""Run every benchmark and print one JSON document (``make bench``)."""

from __future__ import annotations

import importlib
import json
import sys

SUITES = ["benchmarks.bench_vault", "benchmarks.bench_forms", "benchmarks.bench_bundle", "benchmarks.bench_hub", "benchmarks.bench_hub_load", "benchmarks.bench_sync", "benchmarks.bench_gui", "benchmarks.bench_packet", "benchmarks.bench_startup"]


def main() -> int:
    results = {}
    for name in SUITES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        print(f"running {name} ...", file=sys.stderr)
        results[name.rsplit(".", 1)[-1]] = module.run()
    print(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
