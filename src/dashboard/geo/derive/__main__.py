"""python -m dashboard.geo.derive [--sources DIR] [--out DIR]"""

from __future__ import annotations

import argparse
from pathlib import Path

from dashboard.config import PROJECT_ROOT
from dashboard.geo.derive import derive

parser = argparse.ArgumentParser(prog="python -m dashboard.geo.derive",
                                 description="Geodaten aus den amtlichen Rohdateien ableiten")
parser.add_argument("--sources", type=Path, default=PROJECT_ROOT.parent / "shared" / "sources")
parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "data" / "reference" / "geo")
args = parser.parse_args()
for key, value in derive(args.sources, args.out).items():
    print(f"{key}: {value}")
for path in sorted(args.out.iterdir()):
    print(f"{path.name}: {path.stat().st_size:,} Bytes".replace(",", "."))
