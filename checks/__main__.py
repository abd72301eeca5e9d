"""``python -m checks`` runs the command line."""

import sys

from checks.cli import main

sys.exit(main())
