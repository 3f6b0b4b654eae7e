"""WSGI entry for a production server: ``gunicorn -w 2 -b 127.0.0.1:8080 'skill.wsgi:app'``.

Verification is always on here; settings come from the environment like everywhere else. The
shopper pages and the OAuth server (``web``) are served beside ``POST /alexa``.
"""

from skill.app import build_skill
from skill.logs import configure_logging
from skill.settings import Settings
from skill.webservice import create_app
from web.app import init_web

_settings = Settings.from_env()
configure_logging(_settings)
_skill = build_skill(_settings)
app = create_app(_skill, verify=True)
init_web(app, _settings, services=_skill.services)
