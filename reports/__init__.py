"""What sells: the guide funnel and sales per day, and donations per charity. Plain Python over
``store.base.Store``; the ``echoppe report`` commands and the merchant console both call it, so
they always agree.

Modules::

    days     UTC days and date ranges
    funnel   one day's summary from the conversation's events and the orders; the funnel of a
             range: per guide and per day, with rates that cannot pass 100 %
    daily    closed days summarised once and kept in the store; the open day computed live
"""
