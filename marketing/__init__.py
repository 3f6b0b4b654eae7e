"""Segments, campaigns and rewards per action: plain Python over the store and the payments
package (no Alexa, Flask or boto import).

- ``model``: what ``campaigns.yaml`` declares (read by ``content.campaigns``);
- ``profile``: the facts a shopper's state keeps (orders, spend, gifts, deeds) and their segments;
- ``thresholds``: the top spenders' cut, computed offline over the merchant's orders;
- ``pricing``: a campaign's or a reward's discount on order lines (the rounding rule);
- ``offers``: which campaign a shopper hears, and which reward an action earns;
- ``report``: per campaign and reward, reached, redeemed, orders, revenue, cost per action.

What moves or holds money (a campaign's budget, a reward used by an order, a gift matched by the
merchant) lives in ``payments.promotions`` and ``payments.matching``.
"""
