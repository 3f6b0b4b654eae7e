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


def statements(cfn: dict[str, Any]) -> list[dict[str, Any]]:
    """Every IAM statement of every role; ``Fn::If`` branches count as granted."""
    found = []
    for role in resources_of_type(cfn, "AWS::IAM::Role").values():
        for policy in role["Properties"].get("Policies", []):
            for statement in policy["PolicyDocument"]["Statement"]:
                if "Fn::If" in statement:
                    found += [s for s in statement["Fn::If"][1:] if "Effect" in s]
                else:
                    found.append(statement)
        assert not role["Properties"].get("ManagedPolicyArns"), "managed policies grant too much"
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
        function = only(cfn, "AWS::Lambda::Function")
        assert function["Runtime"] == "python3.12"
        assert function["Handler"] == "lambda/lambda_function.lambda_handler"
        assert function["Timeout"] == 7
        assert function["MemorySize"] == 512

    def test_only_the_skill_may_invoke_it(self, cfn) -> None:
        permission = only(cfn, "AWS::Lambda::Permission")
        assert permission["Principal"] == "alexa-appkit.amazon.com"
        assert permission["EventSourceToken"] == {"Ref": "SkillId"}

    def test_environment(self, cfn) -> None:
        variables = only(cfn, "AWS::Lambda::Function")["Environment"]["Variables"]
        assert variables["ECHOPPE_STORE"] == "dynamodb"
        assert variables["ECHOPPE_TABLE"] == {"Ref": "Table"}
        assert variables["SKILL_ID"] == {"Ref": "SkillId"}
        assert variables["ECHOPPE_PIN_PEPPER_PARAM"] == {"Ref": "PinPepperParameter"}
        assert variables["ECHOPPE_LOG_FORMAT"] == "json"
        assert not any(name.startswith("POWERTOOLS") for name in variables)

    def test_the_handler_resolves_as_the_lambda_runtime_resolves_it(self, cfn) -> None:
        """awslambdaric: ``import_module(module.replace("/", "."))``, then ``getattr``."""
        handler = only(cfn, "AWS::Lambda::Function")["Handler"]
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
            assert statement["Resource"] != "*", statement
            assert not any(a.endswith("*") for a in actions(statement)), statement

    def test_secrets_are_read_from_the_one_parameter_and_the_one_secret(self, cfn) -> None:
        by_action = {a: s["Resource"] for s in statements(cfn) for a in actions(s)}
        assert "${PinPepperParameter}" in by_action["ssm:GetParameter"]["Fn::Sub"]
        assert by_action["secretsmanager:GetSecretValue"] == {"Ref": "StripeSecretArn"}
        assert by_action["kms:Decrypt"] == {"Ref": "PinPepperKeyArn"}
        assert set(by_action) == {
            "logs:CreateLogStream",
            "logs:PutLogEvents",
            *(a for a in by_action if a.startswith("dynamodb:")),
            "ssm:GetParameter",
            "kms:Decrypt",
            "secretsmanager:GetSecretValue",
        }


def test_the_function_arn_is_an_output(cfn) -> None:
    assert cfn["Outputs"]["SkillFunctionArn"]["Value"] == {"Fn::GetAtt": ["SkillFunction", "Arn"]}
