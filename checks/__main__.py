"""``python -m checks`` runs the command line."""

import sys

from checks.cli import console

sys.exit(console())
