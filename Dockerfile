# echoppe as a self-hosted web service: gunicorn over skill.wsgi:app, on the embedded SQLite store.
#   docker build -t echoppe .
#   docker run -p 127.0.0.1:8080:8080 -v echoppe-data:/data \
#       -e SKILL_ID=amzn1.ask.skill.... -e ECHOPPE_GATEWAY=stripe -e ECHOPPE_STRIPE_SECRET_KEY=... echoppe
# Put an HTTPS reverse proxy in front (docs/deploy.md, section 5). Alexa requests are verified
# (signature, certificate, timestamp, skill id): SKILL_ID is required.
FROM python:3.12-slim

ENV PYTHONPATH=/app \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# Only the runtime lock, every file checked against its hash.
COPY requirements.lock ./
RUN pip install --require-hashes --no-deps -r requirements.lock

# The code (.dockerignore leaves out tests, benchmarks, var/, the virtualenv and git).
COPY . ./
RUN python -m compileall -q /app

# An unprivileged user; /data (the SQLite file and the PIN pepper) is its own, mode 0700.
RUN useradd --system --uid 10001 --home-dir /data echoppe \
    && mkdir -p /data && chown echoppe /data && chmod 0700 /data
USER echoppe
VOLUME ["/data"]

ENV ECHOPPE_DB=/data/echoppe.sqlite3 \
    ECHOPPE_BIND=0.0.0.0:8080 \
    ECHOPPE_LOG_FORMAT=json
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/health', timeout=2)"
CMD ["sh", "-c", "python -m skill.cli content check && exec gunicorn --config gunicorn.conf.py skill.wsgi:app"]
