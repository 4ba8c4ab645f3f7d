"""Run the shared rule-example tests of ``_examples`` over each module's own lists."""

from __future__ import annotations

import pytest


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrise a shared test with the module's list its ``examples`` attribute names.

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
