"""Money: wallet, PIN, orders, donations, limits and gateways. Plain Python, no Alexa/Flask/boto.

Modules::

    money          Money: integer minor units and a currency
    errors         the exception hierarchy (drawn in its docstring)
    cards          card facts we may keep, and the guard against card numbers
    address        a delivery address that reads out short
    pin            PIN hashing (pepper + argon2id), spoken-PIN parsing, check results
    wallet         Wallets: enroll, show, check_pin, reset_pin, add_payment_method
    gateway        the gateway interface and its result types
    sandbox        the embedded gateway (test tokens, persistent in the store)
    stripe_gateway the Stripe gateway (imports stripe; load it only when configured)
    orders         PendingOrder, Order, states, deterministic ids and idempotency keys
    charging       the exactly-once charging protocol shared by checkout and donations
    checkout       Checkout: place_order, retry_payment, cancel_order, latest_orders
    merchant_view  export_orders and redeem_payment_token for the merchant
    keys           where all of the above live in the single table

Wiring (the composition root)::

    gateway = SandboxGateway(store)            # or StripeGateway(secret_key)
    wallets = Wallets(store, gateway, PinHasher(pepper))
    checkout = Checkout(store, wallets, gateway)
"""
