"""The shopper's web pages and the OAuth 2.0 server for Alexa account linking (Flask + Jinja).

Never imported by the skill's Lambda path (``lambda/lambda_function.py``): a test checks it.
``web.app.create_app`` builds a stand-alone app (the web Lambda, ``gunicorn 'web.wsgi:app'``);
``web.app.init_web`` adds the pages to an existing Flask app (``echoppe serve`` puts them beside
``POST /alexa``). One blueprint per area::

    web.auth      sign up, sign in (password or e-mailed code), re-authenticate, sign out
    web.wallet    the wallet: set-up, cards (gateway hosted fields), addresses, the voice PIN
    web.account   orders and donations, unlink from Alexa, delete the account
    web.oauth     /oauth/authorize and /oauth/token (Authlib)
    web.dev       /dev/outbox, the development e-mail outbox (``--dev`` only)

A later blueprint (the merchant console) is passed to ``init_web(..., blueprints=[...])``.
"""
