"""Test configuration: Hypothesis profiles and the ``slow`` marker.

Profiles, chosen with the environment variable ``DIPLOREL_HYPOTHESIS``:

* ``ci`` (the default): Hypothesis's usual 100 examples, no deadline (a
  loaded two-core machine must not turn slowness into failures), the blob to
  reproduce a failure printed;
* ``dev``: Hypothesis's own defaults;
* ``long``: 5,000 examples per property, for fuzzing by hand.

Tests marked ``slow`` (the long fuzzing runs) are skipped unless they are
selected with ``-m slow`` or the ``long`` profile is chosen::

    DIPLOREL_HYPOTHESIS=long pytest -m slow tests/test_robustness_text.py
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("ci", deadline=None, print_blob=True)
settings.register_profile("dev")
settings.register_profile("long", max_examples=5000, deadline=None, print_blob=True)

PROFILE = os.environ.get("DIPLOREL_HYPOTHESIS", "ci")
settings.load_profile(PROFILE)


def pytest_report_header(config: pytest.Config) -> str:
    """Say which Hypothesis profile runs."""
    return f"diplorel: Hypothesis profile {PROFILE!r} (set DIPLOREL_HYPOTHESIS=ci|dev|long)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip ``slow`` tests unless ``-m`` selects them or the long profile runs."""
    expression = str(config.getoption("markexpr", "") or "")
    if PROFILE == "long" or "slow" in expression:
        return  # a -m expression that names "slow" decides by itself
    skip = pytest.mark.skip(reason="slow: run with -m slow or DIPLOREL_HYPOTHESIS=long")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrise a shared rule-example test (``tests/extract/rules/_examples.py``)
    with the module's list its ``examples`` attribute names.

    Only the arguments the test takes are given (the trace test needs no outcomes).
    """
    spec = getattr(metafunc.function, "examples", None)
    if spec is None:
        return
    argnames, listing = spec
    taken = [name for name in argnames if name in metafunc.fixturenames]
    params = [
        pytest.param(
            *(param.values[argnames.index(name)] for name in taken), id=param.id, marks=param.marks
        )
        for param in getattr(metafunc.module, listing)
    ]
    metafunc.parametrize(taken, params)
