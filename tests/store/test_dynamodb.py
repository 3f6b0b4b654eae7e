"""DynamoStore beyond the shared contract: request counts, expiry edges, set-up checks.

Runs against DynamoDB Local (``python tools/dynamodb_local.py run -- pytest``); skipped without it.
"""

import logging
from collections import Counter

import pytest

from bench.store import counting
from store.base import Check, ConditionFailed, Delete, Put
from store.dynamodb import DynamoStore
from store.dynamodb_settings import DEFAULT_TIMEOUTS, StoreMisconfigured, Timeouts
from tests.dynamodb import CREDENTIALS, endpoint, fresh_dynamo_store

pytestmark = pytest.mark.skipif(endpoint() is None, reason="needs DynamoDB Local")


@pytest.fixture
def dynamo(clock):
    store = fresh_dynamo_store(clock=clock)
    yield store
    store.close()


def _local_store(table: str, region: str = "us-east-1") -> DynamoStore:
    return DynamoStore(table, region=region, endpoint=endpoint(), credentials=CREDENTIALS)


@pytest.mark.parametrize(
    ("ops", "requests"),
    [
        ([Put("u", "s", {})], {"PutItem": 1}),
        ([Put("u", "s", {}, expect=None)], {"UpdateItem": 1}),
        ([Delete("u", "s")], {"DeleteItem": 1}),
        ([Check("u", "s", expect=0)], {"GetItem": 1}),
        ([Check("u", "s", expect=None)], {}),
        ([Check("u", "s", expect=0), Put("u", "t", {})], {"TransactWriteItems": 1}),
        ([Put("u", f"s{n}", {}) for n in range(25)], {"TransactWriteItems": 1}),
        ([Check("u", "s", expect=None), Put("u", "t", {})], {"PutItem": 1}),
    ],
)
def test_one_write_is_one_request(dynamo, ops, requests):
    with counting(dynamo) as counted:
        dynamo.write(ops)
    assert counted == Counter(requests)


def test_reads_are_one_request_each(dynamo):
    dynamo.write([Put("u", "a", {}), Put("u", "b", {})])
    with counting(dynamo) as counted:
        dynamo.get("u", "a")
        dynamo.query("u", "a", limit=1, newest_first=True)
    assert counted == Counter({"GetItem": 1, "Query": 1})


def test_unconditional_put_moves_the_version(dynamo):
    dynamo.write([Put("u", "s", {"n": 1}, expect=None)])
    dynamo.write([Put("u", "s", {"n": 2}, expect=None)])
    assert dynamo.get("u", "s").version == 2
    with pytest.raises(ConditionFailed):
        dynamo.write([Put("u", "s", {"n": 3}, expect=1)])
    dynamo.write([Put("u", "s", {"n": 3}, expect=2)])
    assert (dynamo.get("u", "s").data, dynamo.get("u", "s").version) == ({"n": 3}, 3)


def test_a_version_read_before_expiry_no_longer_matches(dynamo, clock):
    dynamo.write([Put("token#t", "t", {"n": 1}, expires_at=int(clock.now) + 10)])
    assert dynamo.get("token#t", "t").version == 1
    clock.advance(10)
    with pytest.raises(ConditionFailed):
        dynamo.write([Put("token#t", "t", {"n": 2}, expect=1)])
    with pytest.raises(ConditionFailed):
        dynamo.write([Check("token#t", "t", expect=1), Put("other", "o", {})])
    dynamo.write([Check("token#t", "t", expect=0)])
    dynamo.write([Put("token#t", "t", {"n": 3})])
    item = dynamo.get("token#t", "t")
    assert (item.data, item.version, item.expires_at) == ({"n": 3}, 1, None)


def test_unconditional_put_clears_or_sets_expiry(dynamo, clock):
    dynamo.write([Put("u", "s", {}, expires_at=int(clock.now) + 5)])
    dynamo.write([Put("u", "s", {}, expect=None)])
    clock.advance(10)
    assert dynamo.get("u", "s").expires_at is None
    dynamo.write([Put("u", "s", {}, expect=None, expires_at=int(clock.now) + 5)])
    assert dynamo.get("u", "s").expires_at == int(clock.now) + 5


def test_query_limit_counts_live_items_only(dynamo, clock):
    soon = int(clock.now) + 5
    for n in range(6):
        dynamo.write([Put("u", f"e{n}", {"n": n}, expires_at=soon if n % 2 == 0 else None)])
    clock.advance(5)
    assert [i.sk for i in dynamo.query("u", "e", limit=2)] == ["e1", "e3"]
    assert [i.sk for i in dynamo.query("u", "e", limit=2, newest_first=True)] == ["e5", "e3"]


def test_each_store_has_its_own_table(dynamo, clock):
    other = fresh_dynamo_store(clock=clock)
    try:
        dynamo.write([Put("u", "s", {"in": "first"})])
        assert other.get("u", "s") is None
        other.write([Put("u", "s", {"in": "second"})])
        assert dynamo.get("u", "s").data == {"in": "first"}
    finally:
        other.close()


def test_item_data_stays_out_of_debug_logs(dynamo, caplog):
    caplog.set_level(logging.DEBUG)
    dynamo.write([Put("u", "s", {"pin_hash": "argon-S3CRET"})])
    dynamo.write([Put("u", "s", {"pin_hash": "argon-S3CRET"}, expect=1), Put("u", "t", {})])
    assert dynamo.get("u", "s").data == {"pin_hash": "argon-S3CRET"}
    assert "S3CRET" not in caplog.text


def test_check_accepts_a_table_it_created(dynamo):
    dynamo.check()


def test_check_names_the_settings_for_a_missing_table():
    with pytest.raises(StoreMisconfigured, match=r"ECHOPPE_TABLE.*AWS_REGION"):
        _local_store("no-such-table").check()


def test_a_table_in_another_region_looks_missing(dynamo):
    with pytest.raises(StoreMisconfigured, match=r"not found in region 'eu-west-3'.*AWS_REGION"):
        _local_store(dynamo.table, region="eu-west-3").check()


def test_check_rejects_a_table_with_other_keys(dynamo):
    dynamo.client.create_table(
        TableName="someone-elses",
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        BillingMode="PAY_PER_REQUEST",
    )
    try:
        with pytest.raises(StoreMisconfigured, match=r"key schema.*ECHOPPE_TABLE"):
            _local_store("someone-elses").check()
    finally:
        dynamo.client.delete_table(TableName="someone-elses")


@pytest.mark.parametrize(
    ("table", "region", "setting"), [("", "x", "ECHOPPE_TABLE"), ("t", "", "AWS_REGION")]
)
def test_empty_settings_are_named(table, region, setting):
    with pytest.raises(StoreMisconfigured, match=setting):
        DynamoStore(table, region=region)


def test_check_names_the_settings_for_an_unreachable_endpoint():
    store = DynamoStore(
        "t", region="us-east-1", endpoint="http://127.0.0.1:9", credentials=CREDENTIALS
    )
    with pytest.raises(StoreMisconfigured, match=r"AWS_REGION and ECHOPPE_DYNAMODB_ENDPOINT"):
        store.check()


def test_construction_touches_no_network():
    DynamoStore("t", region="us-east-1", endpoint="http://127.0.0.1:9", credentials=CREDENTIALS)


def test_create_table_turns_on_ttl():
    store = _local_store("ttl-check")
    store.create_table()
    try:
        ttl = store.client.describe_time_to_live(TableName="ttl-check")["TimeToLiveDescription"]
        assert ttl == {"TimeToLiveStatus": "ENABLED", "AttributeName": "expires_at"}
        table = store.client.describe_table(TableName="ttl-check")["Table"]
        assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
    finally:
        store.delete_table()
        store.close()


def test_default_timeouts_fit_a_two_call_turn_in_the_lambda_timeout():
    assert DEFAULT_TIMEOUTS.worst_case() == pytest.approx(3.2)
    assert 2 * DEFAULT_TIMEOUTS.worst_case() < 7.0
    assert Timeouts(connect=1, read=2, attempts=3).worst_case() == 12.0
