"""Conversation flows: plain Python over a ``Turn``, returning a ``Reply``; no Alexa SDK import."""
