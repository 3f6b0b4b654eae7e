"""gunicorn settings for self-hosting ``skill.wsgi:app`` (``make serve-prod``, the Dockerfile).

gunicorn reads this file from the working directory or ``--config gunicorn.conf.py``; command-line
flags override it. Each worker builds its own skill (no ``preload_app``): a SQLite connection must
not cross a fork. Alexa waits about 8 s for an answer, so a request running longer is abandoned.
"""

import os

bind = os.environ.get("ECHOPPE_BIND", "127.0.0.1:8080")
"""Loopback by default: an HTTPS reverse proxy (nginx, Caddy...) faces the internet."""
workers = int(os.environ.get("ECHOPPE_WORKERS", "2"))
threads = int(os.environ.get("ECHOPPE_THREADS", "4"))
worker_class = "gthread"
timeout = 10
graceful_timeout = 10
keepalive = 5
limit_request_line = 4094
limit_request_fields = 50
errorlog = "-"
loglevel = "info"
# No access log by default: the skill logs one line per turn (without tokens) already.
accesslog = None
