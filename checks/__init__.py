"""claim-checks: the figures of a news story, checked against each other.

Layers, inner to outer: :mod:`checks.intervals` and :mod:`checks.units` (numbers and
units), :mod:`checks.figures` and :mod:`checks.dates` (written figures as intervals),
:mod:`checks.loading` and :mod:`checks.records` (claim files), :mod:`checks.kinds`
(one module per check kind), :mod:`checks.engine` (judging), :mod:`checks.reporters`
(one module per format), and the front ends :mod:`checks.cli` and
:mod:`checks.pytest_plugin`.
"""

__version__ = "0.1.0"
