"""The store contract: every backend passes these, run against each one (see tests/conftest.py)."""

import threading

import pytest

from store.base import Check, ConditionFailed, Delete, Put


def test_get_absent_is_none(store):
    assert store.get("user#a", "state") is None


def test_create_then_read_back(store):
    store.write([Put("user#a", "state", {"cart": [{"id": "p1", "qty": 2}], "name": "Zoé & <b>"})])
    item = store.get("user#a", "state")
    assert item.data == {"cart": [{"id": "p1", "qty": 2}], "name": "Zoé & <b>"}
    assert item.version == 1


def test_create_twice_fails(store):
    store.write([Put("user#a", "state", {"n": 1})])
    with pytest.raises(ConditionFailed):
        store.write([Put("user#a", "state", {"n": 2})])
    assert store.get("user#a", "state").data == {"n": 1}


def test_replace_needs_the_version_read(store):
    store.write([Put("user#a", "state", {"n": 1})])
    store.write([Put("user#a", "state", {"n": 2}, expect=1)])
    with pytest.raises(ConditionFailed):
        store.write([Put("user#a", "state", {"n": 3}, expect=1)])
    item = store.get("user#a", "state")
    assert (item.data, item.version) == ({"n": 2}, 2)


def test_unconditional_put(store):
    store.write([Put("user#a", "x", {"n": 1}, expect=None)])
    store.write([Put("user#a", "x", {"n": 2}, expect=None)])
    assert store.get("user#a", "x").data == {"n": 2}


def test_transaction_is_all_or_nothing(store):
    store.write([Put("user#a", "state", {"n": 1})])
    with pytest.raises(ConditionFailed):
        store.write(
            [
                Put("order#1", "o", {"total": 100}),
                Put("user#a", "state", {"n": 2}, expect=7),
            ]
        )
    assert store.get("order#1", "o") is None
    assert store.get("user#a", "state").data == {"n": 1}


def test_check_guards_a_write(store):
    store.write([Put("wallet#a", "w", {"locked": False})])
    store.write([Check("wallet#a", "w", expect=1), Put("order#1", "o", {"ok": True})])
    with pytest.raises(ConditionFailed):
        store.write([Check("wallet#a", "w", expect=2), Put("order#2", "o", {"ok": True})])
    assert store.get("order#2", "o") is None


def test_delete_with_and_without_version(store):
    store.write([Put("user#a", "s1", {}), Put("user#a", "s2", {})])
    with pytest.raises(ConditionFailed):
        store.write([Delete("user#a", "s1", expect=5)])
    store.write([Delete("user#a", "s1", expect=1)])
    store.write([Delete("user#a", "s2")])
    assert store.get("user#a", "s1") is None and store.get("user#a", "s2") is None


def test_query_by_prefix_in_order(store):
    for sk in ["order#2026-01-02", "order#2026-01-01", "event#1", "order#2026-01-03"]:
        store.write([Put("user#q", sk, {"sk": sk})])
    store.write([Put("user#other", "order#2026-01-01", {})])
    assert [i.sk for i in store.query("user#q", "order#")] == [
        "order#2026-01-01",
        "order#2026-01-02",
        "order#2026-01-03",
    ]
    newest = store.query("user#q", "order#", limit=2, newest_first=True)
    assert [i.sk for i in newest] == ["order#2026-01-03", "order#2026-01-02"]
    assert len(store.query("user#q")) == 4


def test_query_a_range_of_keys(store):
    for n in range(1, 8):
        store.write([Put("log#r", f"at#{n:03d}", {"n": n})])
    store.write([Put("log#r", "other#004", {}), Put("log#s", "at#004", {})])
    got = store.query("log#r", "at#", start="at#003", end="at#006")
    assert [i.data["n"] for i in got] == [3, 4, 5]
    newest = store.query("log#r", "at#", end="at#006", newest_first=True, limit=2)
    assert [i.data["n"] for i in newest] == [5, 4]  # the page before a cursor
    assert [i.data["n"] for i in store.query("log#r", "at#", start="at#006")] == [6, 7]
    assert [i.data["n"] for i in store.query("log#r", "at#", end="at#002")] == [1]
    assert store.query("log#r", "at#", start="at#005", end="at#005") == []
    assert store.query("log#r", "at#", start="at#009", end="at#002") == []


def test_expired_items_are_absent_and_can_be_recreated(store, clock):
    store.write([Put("token#t", "t", {"order": "o1"}, expires_at=int(clock.now) + 60)])
    assert store.get("token#t", "t") is not None
    clock.advance(61)
    assert store.get("token#t", "t") is None
    assert store.query("token#t") == []
    store.write([Put("token#t", "t", {"order": "o2"})])
    assert store.get("token#t", "t").data == {"order": "o2"}


def test_two_ops_on_one_item_are_rejected(store):
    with pytest.raises(ValueError):
        store.write([Put("a", "b", {}), Delete("a", "b")])


def test_concurrent_read_modify_write_loses_nothing(store):
    """Eight threads each add five lines with optimistic retries: all forty survive."""
    store.write([Put("user#c", "state", {"lines": []})])

    def add_lines(worker: int) -> None:
        for n in range(5):
            while True:
                item = store.get("user#c", "state")
                lines = [*item.data["lines"], f"{worker}-{n}"]
                try:
                    store.write([Put("user#c", "state", {"lines": lines}, expect=item.version)])
                    break
                except ConditionFailed:
                    continue

    threads = [threading.Thread(target=add_lines, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    item = store.get("user#c", "state")
    assert sorted(item.data["lines"]) == sorted(f"{w}-{n}" for w in range(8) for n in range(5))
    assert item.version == 41


def test_concurrent_creates_exactly_one_wins(store):
    wins, losses = [], []
    barrier = threading.Barrier(6)

    def create(worker: int) -> None:
        barrier.wait()
        try:
            store.write([Put("idem#order-1", "charge", {"by": worker})])
            wins.append(worker)
        except ConditionFailed:
            losses.append(worker)

    threads = [threading.Thread(target=create, args=(w,)) for w in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1 and len(losses) == 5
    assert store.get("idem#order-1", "charge").data == {"by": wins[0]}
