"""The web function as Lambda runs it: API Gateway's HTTP API event through apig-wsgi to Flask;
and the template gives it its own function, role and HTTPS API."""

from __future__ import annotations

import json
import subprocess
import sys

from skill.settings import ROOT
from tests.test_template import check_template

PROBE = """
import importlib, json
handler = importlib.import_module("web.lambda_handler").lambda_handler
event = {
    "version": "2.0", "routeKey": "$default", "rawPath": "/signup", "rawQueryString": "lang=en-US",
    "headers": {"host": "abc.execute-api.eu-west-1.amazonaws.com", "x-forwarded-proto": "https",
                "x-forwarded-port": "443", "accept-language": "fr-FR"},
    "requestContext": {"http": {"method": "GET", "path": "/signup", "sourceIp": "203.0.113.9",
                                "protocol": "HTTP/1.1", "userAgent": "test"},
                       "domainName": "abc.execute-api.eu-west-1.amazonaws.com", "stage": "$default"},
    "isBase64Encoded": False,
}
response = handler(event, None)
print(json.dumps({"status": response["statusCode"], "body": response["body"][:4000],
                  "cookies": response.get("cookies", []),
                  "csp": response["headers"].get("content-security-policy", "")}))
"""


def test_the_web_lambda_serves_a_page_over_api_gateway(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "ECHOPPE_DB": str(tmp_path / "web.sqlite3"),
        "ECHOPPE_PIN_PEPPER": "test-pepper-not-for-production-0123",
        "ECHOPPE_WEB_SECRET": "test-web-secret-0123456789abcdef-0123",
    }
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["status"] == 200
    assert "Create an account" in answer["body"]
    assert "script-src 'self'" in answer["csp"]
    assert any(c.startswith("__Host-echoppe=") and "Secure" in c for c in answer["cookies"])


def test_the_template_gives_the_pages_their_own_function_and_https_api():
    cfn = check_template.translate(check_template.load())
    resources = cfn["Resources"]
    web = resources["WebFunction"]["Properties"]
    assert web["Handler"] == "web/lambda_handler.lambda_handler"
    assert web["Role"] == {"Fn::GetAtt": ["WebRole", "Arn"]}
    assert any(r["Type"] == "AWS::ApiGatewayV2::Api" for r in resources.values())
    skill = resources["SkillFunction"]["Properties"]["Environment"]["Variables"]
    assert skill["ECHOPPE_WEB_SECRET_PARAM"] == {"Ref": "WebSecretParameter"}
    assert skill["ECHOPPE_OAUTH_CLIENT_ID"] == {"Ref": "OAuthClientId"}
    assert set(cfn["Outputs"]) >= {"WebUrl", "AuthorizationUri", "AccessTokenUri"}
