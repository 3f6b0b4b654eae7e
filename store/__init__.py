"""Storage backends behind one small protocol (see ``store.base``).

``store.sqlite`` is the embedded default (a file); ``store.dynamodb`` is the production backend.
Domain packages speak only to ``store.base.Store``.
"""
