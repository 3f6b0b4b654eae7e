"""The conversation: ASK SDK handlers over plain-Python flows, the composition root, the web service,
the text simulator and the command line."""
