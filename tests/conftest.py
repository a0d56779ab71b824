"""Shared test configuration: hypothesis profiles.

``default``: fast, for local runs. ``ci``: more examples, derandomized so CI
never flakes; selected with HYPOTHESIS_PROFILE=ci (``.ci/run`` sets it).
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
