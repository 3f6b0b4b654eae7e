"""Money: wallet, PIN, orders, donations, limits and gateways. Plain Python, no Alexa/Flask/boto."""
