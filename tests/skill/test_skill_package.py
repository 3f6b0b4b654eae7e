"""The ASK CLI project: skill-package/ generated from the content, checked offline against
ask-smapi-model, and ask-resources.json wired to the stack generated from template.yaml."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from content.loader import load_content
from skill.settings import MODELS_SUBDIR, Settings
from skill.skill_package import (
    PERMISSIONS,
    account_linking_request,
    build_package,
    check_package,
    manifest,
    validate_account_linking,
    validate_manifest,
)

ROOT = Path(__file__).resolve().parents[2]
CONTENT = load_content(ROOT / "content" / "example")
LINKING_ENV = {
    "ECHOPPE_OAUTH_CLIENT_ID": "alexa-skill",
    "ECHOPPE_OAUTH_REDIRECT_URIS": "https://layla.amazon.com/api/skill/link/M2AAAAAAAAAAAA",
    "ECHOPPE_OAUTH_CLIENT_SECRET": "not-a-real-secret",
    "ECHOPPE_PUBLIC_URL": "https://shop.example.fr",
}


@pytest.fixture
def package(tmp_path: Path) -> Settings:
    settings = Settings(skill_package=tmp_path / "skill-package")
    build_package(CONTENT, settings)
    return settings


def test_the_committed_package_is_current_and_valid() -> None:
    assert check_package(CONTENT, Settings()) == []
    assert not (ROOT / "interaction_models" / "fr-FR.json").exists()
    for locale in CONTENT.locales:
        assert (ROOT / "skill-package" / MODELS_SUBDIR / f"{locale}.json").is_file()


def test_the_manifest_says_what_the_content_says() -> None:
    data = manifest(CONTENT)["manifest"]
    en = data["publishingInformation"]["locales"]["en-US"]
    assert en["name"] == "Stain Recipes"
    assert en["examplePhrases"] == [
        "Alexa, open stain recipes",
        "Alexa, ask stain recipes how do i remove a wine stain",
    ]
    assert data["publishingInformation"]["locales"]["fr-FR"]["examplePhrases"][0] == (
        "Alexa, ouvre bonnes recettes"
    )
    assert data["publishingInformation"]["distributionCountries"] == ["FR", "US"]
    assert data["privacyAndCompliance"]["allowsPurchases"] is True
    assert data["privacyAndCompliance"]["locales"]["en-US"] == {
        "privacyPolicyUrl": "https://bonnes-recettes.example.fr/en/privacy",
        "termsOfUseUrl": "https://bonnes-recettes.example.fr/en/terms",
    }
    assert [p["name"] for p in data["permissions"]] == list(PERMISSIONS)
    assert "alexa::authenticate:2:optional" in PERMISSIONS  # AMAZON.VerifyPerson


def test_ask_smapi_models_manifest_model_accepts_it_and_catches_mistakes() -> None:
    good = manifest(CONTENT)
    assert validate_manifest(good) == []
    typo = json.loads(json.dumps(good))
    typo["manifest"]["privacyAndCompliance"]["allowsPurchase"] = True
    assert validate_manifest(typo) == [
        "manifest.privacyAndCompliance.allowsPurchase: not a field of SkillManifestEnvelope"
    ]
    wrong = json.loads(json.dumps(good))
    wrong["manifest"]["permissions"].append({"name": "alexa::person_id:write"})
    (problem,) = validate_manifest(wrong)
    assert "'alexa::person_id:write' is not a valid PermissionName" in problem


def test_the_endpoint_ask_deploy_wrote_is_kept(package: Settings) -> None:
    path = package.skill_package / "skill.json"
    deployed = json.loads(path.read_text())
    endpoint = {"uri": "arn:aws:lambda:eu-west-1:123456789012:function:echoppe-SkillFunction-X"}
    deployed["manifest"]["apis"]["custom"]["endpoint"] = endpoint
    path.write_text(json.dumps(deployed, indent=2))
    assert check_package(CONTENT, package) == []
    build_package(CONTENT, package)
    assert json.loads(path.read_text())["manifest"]["apis"]["custom"]["endpoint"] == endpoint


def test_a_stale_or_missing_package_is_reported(package: Settings) -> None:
    (package.skill_package / MODELS_SUBDIR / "en-US.json").unlink()
    path = package.skill_package / "skill.json"
    data = json.loads(path.read_text())
    data["manifest"]["publishingInformation"]["category"] = "GAMES"
    path.write_text(json.dumps(data))
    problems = check_package(CONTENT, package)
    assert any("en-US.json: missing" in p for p in problems)
    assert any(f"{path}: differs from what the content generates" in p for p in problems)


def test_an_example_phrase_alexa_would_not_understand_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "example", folder)
    skill = folder / "skill.yaml"
    skill.write_text(
        skill.read_text().replace(
            "Alexa, ask stain recipes how do i remove a wine stain",
            "Alexa, ask stain recipes to sing a song",
        )
    )
    problems = check_package(load_content(folder), Settings(skill_package=tmp_path / "pkg"))
    assert any(
        "en-US: example 'Alexa, ask stain recipes to sing a song' matches no sample" in p
        for p in problems
    )


def test_account_linking_comes_from_the_settings_when_configured(tmp_path: Path) -> None:
    assert account_linking_request(Settings()) is None
    settings = replace(
        Settings.from_env(LINKING_ENV), skill_package=tmp_path / "root" / "skill-package"
    )
    written = build_package(CONTENT, settings)
    path = tmp_path / "root" / "infrastructure" / "account-linking.json"
    assert path in written
    request = json.loads(path.read_text())
    assert request["accountLinkingRequest"]["authorizationUrl"] == (
        "https://shop.example.fr/oauth/authorize"
    )
    assert request["accountLinkingRequest"]["accessTokenScheme"] == "HTTP_BASIC"
    assert "not-a-real-secret" not in path.read_text()
    assert validate_account_linking(request) == []
    assert check_package(CONTENT, settings) == []


def test_models_build_and_check_on_the_command_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "ECHOPPE_SKILL_PACKAGE": str(tmp_path / "skill-package")}

    def echoppe(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "skill.cli", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert echoppe("models", "check").returncode == 1
    built = echoppe("models", "build")
    assert built.returncode == 0, built.stderr
    assert "skill.json" in built.stdout
    checked = echoppe("models", "check")
    assert checked.returncode == 0 and "skill package OK" in checked.stdout


class TestAskDeploy:
    resources = json.loads((ROOT / "ask-resources.json").read_text())
    profile = resources["profiles"]["default"]
    user_config = profile["skillInfrastructure"]["userConfig"]

    def test_the_project_layout(self) -> None:
        assert self.profile["skillMetadata"]["src"] == "./skill-package"
        assert self.profile["skillInfrastructure"]["type"] == "@ask-cli/cfn-deployer"
        assert (ROOT / "hooks" / "build.sh").stat().st_mode & 0o111
        assert (ROOT / self.user_config["templatePath"]).is_file()

    def test_the_stack_is_template_yaml_as_ask_deploys_it(self) -> None:
        result = subprocess.run(
            [sys.executable, str(ROOT / "tools" / "ask_stack.py"), "--check"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        stack = json.loads((ROOT / self.user_config["templatePath"]).read_text())
        # cfn-deployer passes these parameters: CloudFormation refuses unknown ones.
        for name in ("SkillId", "LambdaRuntime", "LambdaHandler", "CodeBucket", "CodeKey"):
            assert name in stack["Parameters"]
        assert stack["Outputs"]["SkillEndpoint"]["Value"] == {
            "Fn::GetAtt": ["SkillFunction", "Arn"]
        }
        # The transform needs CAPABILITY_AUTO_EXPAND; parameters without defaults are given.
        assert "CAPABILITY_AUTO_EXPAND" in self.user_config["cfn"]["capabilities"]
        given = {"SkillId", *self.user_config["cfn"]["parameters"]}
        required = {k for k, v in stack["Parameters"].items() if "Default" not in v}
        assert (
            required - {"LambdaRuntime", "LambdaHandler", "CodeBucket", "CodeKey"} - {"CodeVersion"}
            <= given
        )
        assert self.user_config["handler"] == "lambda/lambda_function.lambda_handler"
        assert self.user_config["runtime"] == "python3.12"

    def test_the_stack_passes_the_offline_template_check(self) -> None:
        sys.path.insert(0, str(ROOT / "tools"))
        try:
            import check_template
        finally:
            sys.path.remove(str(ROOT / "tools"))
        assert check_template.check(ROOT / self.user_config["templatePath"]) == []
