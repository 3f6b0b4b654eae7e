"""Merchant content: the YAML a merchant authors, its schema, and the loader that checks it.

``content.loader.load_content(folder)`` returns a ``content.model.Content`` or raises
``ContentErrors`` listing every problem with its file, line and field.
"""
