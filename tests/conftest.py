"""Shared test configuration: hypothesis profiles, and a results cache outside the tree.

``ci`` (the default) is deterministic: the same examples on every run, no example
database, so a red CI run can be reproduced locally with the same command. ``dev`` explores
more and randomly; select it with ``HYPOTHESIS_PROFILE=dev``.
"""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=1_000,
    deadline=None,
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Runs started by the tests keep their results cache out of the working tree, and their
# per-user tables (grammar, pint, unit phrases) out of the user's own cache, in a folder
# made for this session (pytest-xdist workers inherit it) and removed when it ends.
_SESSION_CACHE: str | None = None
if "CLAIM_CHECKS_CACHE" not in os.environ:
    _SESSION_CACHE = tempfile.mkdtemp(prefix="claim-checks-test-cache-")
    os.environ["CLAIM_CHECKS_CACHE"] = _SESSION_CACHE
    os.environ["XDG_CACHE_HOME"] = os.path.join(_SESSION_CACHE, "user-cache")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remove the session's results cache (in the controlling process, not in workers)."""
    if _SESSION_CACHE is not None and not hasattr(session.config, "workerinput"):
        shutil.rmtree(_SESSION_CACHE, ignore_errors=True)
