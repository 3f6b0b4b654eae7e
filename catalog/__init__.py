"""Products, the resolution index and the cart. Plain Python, no Alexa/Flask/boto."""
