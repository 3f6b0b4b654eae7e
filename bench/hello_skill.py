"""The yardstick for echoppe's cold start: a minimal hello-world skill on the same two libraries.

A ``SkillBuilder`` with one LaunchRequest handler, and a pynamodb ``Model`` defined at import as
a skill that keeps anything in DynamoDB would (the model is never used: no network). The cold
start benchmark (``bench.skill_turns``) times a new Python process importing this module and
answering one LaunchRequest through ``lambda_handler``, exactly as it times echoppe's
``lambda/lambda_function.py``. Whatever echoppe costs beyond this is echoppe's own.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type
from pynamodb.attributes import NumberAttribute, UnicodeAttribute
from pynamodb.models import Model


class Visit(Model):
    """What a real skill would store; defined, never called."""

    class Meta:
        table_name = "hello-visits"
        region = "us-east-1"

    user_id = UnicodeAttribute(hash_key=True)
    visits = NumberAttribute(default=0)


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        speech = "Hello! Welcome to the hello skill. What would you like?"
        return handler_input.response_builder.speak(speech).ask(speech).response


_builder = SkillBuilder()
_builder.add_request_handler(LaunchHandler())
lambda_handler = _builder.lambda_handler()
