"""Check the SAM template offline: cfn-lint it, translate it to CloudFormation, cfn-lint that.

cfn-lint 1.x validates SAM resources against SAM's schema but does not run the SAM transform, so
what SAM generates (the Lambda function, its permission for the Alexa trigger, references between
them) is only checked once aws-sam-translator has produced it. The translation here uses no AWS
call: a dummy region, a managed-policy loader that knows no policies (the template names none),
and a dummy S3 location in place of the local ``CodeUri``, as ``sam package`` would write.
Errors and warnings fail the check; informational notes are printed only.

Usage: ``python tools/check_template.py [template.yaml]``; exits 1 and prints every problem.
"""

from __future__ import annotations

import copy
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "template.yaml"
REGION = "us-east-1"
FAILING_LEVELS = frozenset({"Error", "Warning"})


PACKAGED_CODE = "s3://echoppe-check/skill.zip"


def _is_local(properties: dict[str, Any]) -> bool:
    code = properties.get("CodeUri")
    return isinstance(code, str) and not code.startswith("s3://")


class _NoManagedPolicies:
    """Stands in for samtranslator's ``ManagedPolicyLoader``, which lists policies through IAM."""

    def load(self) -> dict[str, str]:
        return {}


def load(path: Path = TEMPLATE) -> dict[str, Any]:
    """The template as plain JSON data (short-form tags such as ``!Ref`` expanded)."""
    from cfnlint.decode import decode

    template, matches = decode(str(path))
    if matches or template is None:
        raise ValueError("; ".join(str(m) for m in matches) or f"{path}: empty template")
    return json.loads(json.dumps(template))


def translate(template: dict[str, Any]) -> dict[str, Any]:
    """The CloudFormation template SAM would deploy. Raises ``ValueError`` with SAM's messages."""
    os.environ.setdefault("AWS_DEFAULT_REGION", REGION)
    from samtranslator.model.exceptions import InvalidDocumentException
    from samtranslator.translator.transform import transform

    packaged = copy.deepcopy(template)
    for resource in packaged.get("Resources", {}).values():
        properties = resource.get("Properties") or {}
        if resource.get("Type") == "AWS::Serverless::Function" and _is_local(properties):
            properties["CodeUri"] = PACKAGED_CODE  # what ``sam package`` does after uploading
    try:
        return transform(packaged, {}, _NoManagedPolicies())
    except InvalidDocumentException as exc:
        raise ValueError("; ".join(cause.message for cause in exc.causes)) from exc


def lint(text: str, label: str) -> list[str]:
    """cfn-lint's errors and warnings for a template given as text, one line each."""
    from cfnlint.api import ManualArgs
    from cfnlint.api import lint as cfn_lint

    problems = []
    for match in cfn_lint(text, config=ManualArgs(regions=[REGION])):
        where = getattr(match, "path_string", "") or f"line {match.linenumber}"
        line = f"{label}: {where}: {match.rule.id} {match.message}"
        if match.rule.severity.capitalize() in FAILING_LEVELS:
            problems.append(line)
        else:
            print(f"note: {line}", file=sys.stderr)
    return problems


def check(path: Path = TEMPLATE) -> list[str]:
    """Every problem found, as printable lines; empty when the template is sound."""
    problems = lint(path.read_text(encoding="utf-8"), path.name)
    try:
        translated = translate(load(path))
    except ValueError as exc:
        return [*problems, f"{path.name}: SAM transform failed: {exc}"]
    return problems + lint(json.dumps(translated, indent=1), f"{path.name} (translated)")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else TEMPLATE
    problems = check(path)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{path}: OK (cfn-lint on the SAM template and on its CloudFormation translation)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
