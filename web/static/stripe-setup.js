// Mounts Stripe's Payment Element for a SetupIntent (web/cards.py). The card is typed into
// Stripe's iframe; this page never sees it. Settings come from data- attributes (no inline script).
(function () {
  "use strict";
  var form = document.getElementById("stripe-setup");
  if (!form || typeof Stripe === "undefined") { return; }
  var stripe = Stripe(form.dataset.key, { locale: form.dataset.locale });
  var elements = stripe.elements({ clientSecret: form.dataset.secret });
  var target = document.getElementById("payment-element");
  target.textContent = "";
  elements.create("payment").mount(target);
  var error = document.getElementById("stripe-error");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    error.hidden = true;
    stripe.confirmSetup({ elements: elements, confirmParams: { return_url: form.dataset.return } })
      .then(function (result) {
        if (result.error) { error.textContent = result.error.message; error.hidden = false; error.focus(); }
      });
  });
}());
