"""Money: wallet, PIN, orders, donations, limits and gateways. Plain Python, no Alexa/Flask/boto.

Modules::

    money          Money: integer minor units and a currency
    errors         the exception hierarchy (drawn in its docstring)
    text           the guard on stored text (no NUL, no lone surrogate)
    cards          card facts we may keep, and the guard against card numbers
    address        a delivery address that reads out short
    pin            PIN hashing (pepper + argon2id), spoken-PIN parsing, check results
    wallet         Wallets: enroll, show, check_pin, reset_pin, add_payment_method
    gateway        the gateway interface and its result types
    sandbox        the embedded gateway (test tokens, persistent in the store)
    stripe_gateway the Stripe gateway (imports stripe; load it only when configured)
    orders         PendingOrder, Order, states, statuses, deterministic ids and keys, writes
    exactly_once   the engine every money movement runs on (claim, resume, poll, read back)
    charging       authorization, the gateway calls, the steps a charged record shares
    checkout       Checkout: place_order, find_order, open_orders, cancel_order, latest_orders
    donations      records, the Donations service (give, history, limits), the charity export
    merchant_view  export_orders, redeem_payment_token and list_orders for the merchant
    keys           where all of the above live in the single table

Wiring (the composition root)::

    gateway = SandboxGateway(store)            # or StripeGateway(secret_key)
    wallets = Wallets(store, gateway, PinHasher(pepper))
    checkout = Checkout(store, wallets, gateway)
"""
