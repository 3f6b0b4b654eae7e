"""WSGI entry for a production server: ``gunicorn -w 2 -b 127.0.0.1:8080 'skill.wsgi:app'``.

Verification is always on here; settings come from the environment like everywhere else.
"""

from skill.app import build_skill
from skill.logs import configure_logging
from skill.settings import Settings
from skill.webservice import create_app

_settings = Settings.from_env()
configure_logging(_settings)
app = create_app(build_skill(_settings), verify=True)
