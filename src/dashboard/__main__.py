"""`python -m dashboard`: Ctrl-C while the program is still starting ends it quietly too."""

import sys

try:
    from dashboard.cli import main
except KeyboardInterrupt:
    print("Abgebrochen.", file=sys.stderr)
    raise SystemExit(130) from None

raise SystemExit(main())
