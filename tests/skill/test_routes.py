"""The routing table names its answers (``"<flow>.<function>"``) and imports them on first use:
every name must be a flow function taking ``(turn, question, slots)``."""

from __future__ import annotations

import inspect

import pytest

from skill.routes import ROUTES, handler


@pytest.mark.parametrize("name", sorted(set(ROUTES.values())))
def test_every_answer_is_a_flow_function(name):
    answer = handler(name)
    flow = name.partition(".")[0]
    assert inspect.isfunction(answer), name
    assert answer.__module__ == f"skill.flows.{flow}", name
    assert list(inspect.signature(answer).parameters) == ["turn", "question", "slots"], name


def test_a_misspelt_answer_fails_at_once():
    with pytest.raises(AttributeError):
        handler("basics.no_such_function")
    with pytest.raises(ModuleNotFoundError):
        handler("no_such_flow.launch")
