import sys

from redactor.cli import run

sys.exit(run())
