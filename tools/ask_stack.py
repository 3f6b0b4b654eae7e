"""The stack `ask deploy` deploys, generated from template.yaml (the one place resources are declared).

ASK CLI's ``@ask-cli/cfn-deployer`` uploads the code zip that ``hooks/build.sh`` builds, then
creates or updates a CloudFormation stack from ``infrastructure/cfn-deployer/skill-stack.json``,
passing ``SkillId``, ``LambdaRuntime``, ``LambdaHandler``, ``CodeBucket``, ``CodeKey`` and
``CodeVersion``, and reads the ``SkillEndpoint`` output to point the skill at the function. That
stack is template.yaml with exactly those differences: the functions' code comes from the
uploaded object instead of ``sam build`` (one zip: ``hooks/build.sh`` builds every function into
it), the skill function's runtime and handler from the parameters ASK passes
(``ask-resources.json``), and its ARN is also output as ``SkillEndpoint``. The SAM
transform stays: ``ask-resources.json`` grants ``CAPABILITY_AUTO_EXPAND``.

Usage: ``python tools/ask_stack.py`` writes it; ``--check`` exits 1 when it is stale.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STACK = ROOT / "infrastructure" / "cfn-deployer" / "skill-stack.json"
FUNCTION = "SkillFunction"
TEMPLATE_BODY_LIMIT = 51_200
"""CloudFormation's limit for a template passed inline (``TemplateBody``), as cfn-deployer does."""
ASK_PARAMETERS = {
    "LambdaRuntime": "The Lambda runtime, from ask-resources.json (userConfig.runtime).",
    "LambdaHandler": "The handler, from ask-resources.json (userConfig.handler).",
    "CodeBucket": "The S3 bucket ask deploy uploaded the code to.",
    "CodeKey": "The S3 key of the code zip.",
    "CodeVersion": "The S3 object version of the code zip.",
}


def _load_template() -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location(
        "check_template", ROOT / "tools" / "check_template.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    template: dict[str, Any] = module.load()
    return template


def ask_stack(template: dict[str, Any]) -> dict[str, Any]:
    """template.yaml as data → the stack ASK CLI's cfn-deployer deploys."""
    stack = copy.deepcopy(template)
    for name, description in ASK_PARAMETERS.items():
        stack["Parameters"][name] = {"Type": "String", "Description": description}
    for resource in stack["Resources"].values():
        code = resource.get("Properties", {}).get("CodeUri")
        if resource["Type"] == "AWS::Serverless::Function" and isinstance(code, str):
            # One uploaded zip per deploy: hooks/build.sh puts every function's build in it.
            resource.pop("Metadata", None)  # BuildMethod: makefile is for `sam build` only
            resource["Properties"]["CodeUri"] = {
                "Bucket": {"Ref": "CodeBucket"},
                "Key": {"Ref": "CodeKey"},
                "Version": {"Ref": "CodeVersion"},
            }
    properties = stack["Resources"][FUNCTION]["Properties"]
    properties["Runtime"] = {"Ref": "LambdaRuntime"}
    properties["Handler"] = {"Ref": "LambdaHandler"}
    stack["Outputs"]["SkillEndpoint"] = {
        "Description": "The function's ARN: ask deploy writes it into skill-package/skill.json.",
        "Value": {"Fn::GetAtt": [FUNCTION, "Arn"]},
    }
    return stack


def render(stack: dict[str, Any]) -> str:
    text = json.dumps(stack, ensure_ascii=False, indent=1) + "\n"
    if len(text.encode()) > TEMPLATE_BODY_LIMIT:
        raise ValueError(f"the stack is over CloudFormation's {TEMPLATE_BODY_LIMIT} bytes inline")
    return text


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = render(ask_stack(_load_template()))
    if "--check" in args:
        if not STACK.exists() or STACK.read_text(encoding="utf-8") != text:
            print(f"{STACK}: stale; run `python tools/ask_stack.py`", file=sys.stderr)
            return 1
        return 0
    STACK.parent.mkdir(parents=True, exist_ok=True)
    STACK.write_text(text, encoding="utf-8")
    print(f"wrote {STACK}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
