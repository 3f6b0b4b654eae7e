"""template.yaml: passes the offline check, and deploys what the design says, no more."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from reports.daily import GRACE

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_TABLE_ARN = {"Fn::GetAtt": ["Table", "Arn"]}


def _check_template() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_template", ROOT / "tools/check_template.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_template = _check_template()


@pytest.fixture(scope="module")
def sam() -> dict[str, Any]:
    return check_template.load()


@pytest.fixture(scope="module")
def cfn(sam) -> dict[str, Any]:
    return check_template.translate(sam)


def resources_of_type(template: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == kind}


def only(template: dict[str, Any], kind: str) -> dict[str, Any]:
    [resource] = resources_of_type(template, kind).values()
    return resource.get("Properties", {})


def skill_function(cfn: dict[str, Any]) -> dict[str, Any]:
    return cfn["Resources"]["SkillFunction"]["Properties"]


def statements(cfn: dict[str, Any], role_name: str = "SkillRole") -> list[dict[str, Any]]:
    """Every IAM statement of one role; ``Fn::If`` branches count as granted."""
    found = []
    for name, role in resources_of_type(cfn, "AWS::IAM::Role").items():
        assert not role["Properties"].get("ManagedPolicyArns"), "managed policies grant too much"
        if name != role_name:
            continue
        for policy in role["Properties"].get("Policies", []):
            for statement in policy["PolicyDocument"]["Statement"]:
                if "Fn::If" in statement:
                    found += [s for s in statement["Fn::If"][1:] if "Effect" in s]
                else:
                    found.append(statement)
    return found


def actions(statement: dict[str, Any]) -> set[str]:
    action = statement["Action"]
    return {action} if isinstance(action, str) else set(action)


def test_the_offline_check_passes() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools/check_template.py")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def test_the_offline_check_catches_what_cfn_lint_alone_misses(tmp_path) -> None:
    """A dangling !Ref in a SAM function is only visible after the transform."""
    broken = (ROOT / "template.yaml").read_text().replace("!Ref Table\n", "!Ref Tabel\n", 1)
    (tmp_path / "template.yaml").write_text(broken)
    problems = check_template.check(tmp_path / "template.yaml")
    assert problems and all("(translated)" in p for p in problems)
    assert any("Tabel" in p for p in problems)


class TestFunction:
    def test_runtime_handler_timeout_memory(self, cfn) -> None:
        function = skill_function(cfn)
        assert function["Runtime"] == "python3.12"
        assert function["Handler"] == "lambda/lambda_function.lambda_handler"
        assert function["Timeout"] == 7
        assert function["MemorySize"] == 512

    def test_only_the_skill_may_invoke_it(self, cfn) -> None:
        [permission] = [
            p["Properties"]
            for p in resources_of_type(cfn, "AWS::Lambda::Permission").values()
            if p["Properties"]["FunctionName"] == {"Ref": "SkillFunction"}
        ]
        assert permission["Principal"] == "alexa-appkit.amazon.com"
        assert permission["EventSourceToken"] == {"Ref": "SkillId"}

    def test_environment(self, cfn) -> None:
        variables = skill_function(cfn)["Environment"]["Variables"]
        assert variables["ECHOPPE_STORE"] == "dynamodb"
        assert variables["ECHOPPE_TABLE"] == {"Ref": "Table"}
        assert variables["SKILL_ID"] == {"Ref": "SkillId"}
        assert variables["ECHOPPE_PIN_PEPPER_PARAM"] == {"Ref": "PinPepperParameter"}
        assert variables["ECHOPPE_LOG_FORMAT"] == "json"
        assert variables["ECHOPPE_GATEWAY"] == {"Ref": "Gateway"}
        assert variables["ECHOPPE_LIVE"] == {"Ref": "Live"}
        assert variables["ECHOPPE_METRICS"] == "emf"
        assert not any(name.startswith("POWERTOOLS") for name in variables)

    @pytest.mark.parametrize("name", ["SkillFunction", "DailyFunction"])
    def test_the_handler_resolves_as_the_lambda_runtime_resolves_it(self, cfn, name) -> None:
        """awslambdaric: ``import_module(module.replace("/", "."))``, then ``getattr``."""
        handler = cfn["Resources"][name]["Properties"]["Handler"]
        module, function = handler.rsplit(".", 1)
        dotted = module.replace("/", ".")
        code = (
            "import importlib\n"
            f"handler = getattr(importlib.import_module({dotted!r}), {function!r})\n"
            "assert callable(handler)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={"PATH": "/usr/bin:/bin", "AWS_DEFAULT_REGION": "us-east-1"},
        )
        assert result.returncode == 0, result.stderr


class TestDailyFunction:
    def test_it_runs_as_the_skill_once_yesterday_has_closed(self, sam) -> None:
        daily = sam["Resources"]["DailyFunction"]["Properties"]
        skill = sam["Resources"]["SkillFunction"]["Properties"]
        assert daily["Role"] == skill["Role"] and daily["CodeUri"] == skill["CodeUri"]
        ours, theirs = daily["Environment"]["Variables"], skill["Environment"]["Variables"]
        assert all(theirs[name] == value for name, value in ours.items())
        assert {"ECHOPPE_TABLE", "ECHOPPE_PIN_PEPPER_PARAM", "ECHOPPE_GATEWAY"} <= set(ours)
        [event] = daily["Events"].values()
        assert event["Type"] == "ScheduleV2"
        schedule = event["Properties"]
        assert schedule["ScheduleExpressionTimezone"] == "UTC"
        minute, hour = schedule["ScheduleExpression"].removeprefix("cron(").split()[:2]
        assert int(hour) * 3600 + int(minute) * 60 >= GRACE  # reports.daily keeps closed days

    def test_it_is_built_as_the_skill_is(self) -> None:
        makefile = (ROOT / "Makefile").read_text()
        assert re.search(r"^build-DailyFunction: build-SkillFunction$", makefile, re.MULTILINE)


class TestParameters:
    def test_skill_id_is_required_and_must_look_like_one(self, sam) -> None:
        skill_id = sam["Parameters"]["SkillId"]
        assert "Default" not in skill_id
        pattern = re.compile(skill_id["AllowedPattern"])
        assert pattern.fullmatch("amzn1.ask.skill.0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f")
        assert not pattern.fullmatch("amzn1.ask.skill.")
        assert not pattern.fullmatch("arn:aws:lambda:us-east-1:123456789012:function:x")

    def test_stripe_secret_is_optional(self, sam) -> None:
        assert sam["Parameters"]["StripeSecretArn"]["Default"] == ""


class TestTable:
    def test_keys_billing_recovery_encryption_ttl(self, cfn) -> None:
        table = only(cfn, "AWS::DynamoDB::Table")
        assert {k["AttributeName"]: k["KeyType"] for k in table["KeySchema"]} == {
            "pk": "HASH",
            "sk": "RANGE",
        }
        assert {a["AttributeName"]: a["AttributeType"] for a in table["AttributeDefinitions"]} == {
            "pk": "S",
            "sk": "S",
        }
        assert table["BillingMode"] == "PAY_PER_REQUEST"
        assert table["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
        assert table["SSESpecification"] == {"SSEEnabled": True}
        assert table["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}

    def test_the_data_outlives_the_stack(self, cfn) -> None:
        table = cfn["Resources"]["Table"]
        assert (table["DeletionPolicy"], table["UpdateReplacePolicy"]) == ("Retain", "Retain")


class TestPermissions:
    def test_dynamodb_actions_are_the_stores_and_only_on_the_table(self, cfn) -> None:
        dynamo = [s for s in statements(cfn) if any(a.startswith("dynamodb:") for a in actions(s))]
        assert [s["Resource"] for s in dynamo] == [TEMPLATE_TABLE_ARN]
        assert actions(dynamo[0]) == {
            "dynamodb:GetItem",
            "dynamodb:Query",
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:ConditionCheckItem",
            "dynamodb:DescribeTable",
        }

    def test_no_statement_allows_everything(self, cfn) -> None:
        for statement in statements(cfn):
            assert statement["Effect"] == "Allow"
            assert not any(a.endswith("*") for a in actions(statement)), statement
            if statement["Resource"] == "*":
                # X-Ray has no resource-level permissions; only its two write actions.
                assert actions(statement) == {"xray:PutTraceSegments", "xray:PutTelemetryRecords"}

    def test_secrets_are_read_from_the_one_parameter_and_the_one_secret(self, cfn) -> None:
        by_action = {a: s["Resource"] for s in statements(cfn) for a in actions(s)}
        parameters = [
            s["Resource"]["Fn::Sub"] for s in statements(cfn) if "ssm:GetParameter" in actions(s)
        ]
        assert len(parameters) == 2
        assert "${PinPepperParameter}" in parameters[0]
        assert "${WebSecretParameter}" in parameters[1]  # checks account-link access tokens
        assert by_action["secretsmanager:GetSecretValue"] == {"Ref": "StripeSecretArn"}
        assert by_action["kms:Decrypt"] == {"Ref": "PinPepperKeyArn"}
        assert set(by_action) == {
            "logs:CreateLogStream",
            "logs:PutLogEvents",
            *(a for a in by_action if a.startswith("dynamodb:")),
            "ssm:GetParameter",
            "kms:Decrypt",
            "secretsmanager:GetSecretValue",
            "xray:PutTraceSegments",
            "xray:PutTelemetryRecords",
        }


def test_the_function_arn_is_an_output(cfn) -> None:
    assert cfn["Outputs"]["SkillFunctionArn"]["Value"] == {"Fn::GetAtt": ["SkillFunction", "Arn"]}


class TestOperations:
    """Alarms, tracing, JSON logs; the gateway chosen explicitly, never by an empty parameter."""

    def test_the_gateway_and_live_have_no_default(self, sam) -> None:
        for name in ("Gateway", "Live"):
            assert "Default" not in sam["Parameters"][name]
        assert sam["Parameters"]["Gateway"]["AllowedValues"] == ["sandbox", "stripe"]

    def test_rules_refuse_a_live_sandbox_and_stripe_without_its_secret(self, sam) -> None:
        live = sam["Rules"]["LiveNeedsARealGateway"]
        assert live["RuleCondition"] == {"Fn::Equals": [{"Ref": "Live"}, "true"]}
        assert live["Assertions"][0]["Assert"] == {"Fn::Equals": [{"Ref": "Gateway"}, "stripe"]}
        stripe = sam["Rules"]["StripeNeedsItsSecret"]
        assert stripe["RuleCondition"] == {"Fn::Equals": [{"Ref": "Gateway"}, "stripe"]}

    def test_json_logs_and_tracing(self, cfn) -> None:
        function = cfn["Resources"]["SkillFunction"]["Properties"]
        assert function["LoggingConfig"]["LogFormat"] == "JSON"
        assert function["TracingConfig"] == {"Mode": {"Ref": "Tracing"}}

    def test_alarms_watch_errors_throttles_p99_and_lockouts(self, cfn) -> None:
        alarms = resources_of_type(cfn, "AWS::CloudWatch::Alarm")
        watched = {
            (a["Properties"]["Namespace"], a["Properties"]["MetricName"]) for a in alarms.values()
        }
        assert watched == {
            ("echoppe", "ErrorReplies"),
            ("echoppe", "PinLockouts"),
            ("AWS/Lambda", "Errors"),
            ("AWS/Lambda", "Throttles"),
            ("AWS/Lambda", "Duration"),
        }
        duration = next(a for a in alarms.values() if a["Properties"]["MetricName"] == "Duration")
        assert duration["Properties"]["ExtendedStatistic"] == "p99"
        for alarm in alarms.values():
            assert alarm["Properties"]["AlarmActions"] == [{"Ref": "AlarmTopic"}]
            assert alarm["Properties"]["TreatMissingData"] == "notBreaching"

    def test_the_emf_metrics_the_alarms_read_exist(self) -> None:
        from skill.metrics import SERVICE, Metric

        names = {m.metric_name for m in Metric}
        assert {"ErrorReplies", "PinLockouts"} <= names
        assert SERVICE == "echoppe"
