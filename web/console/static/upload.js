// The catalog upload's progress bar: the form is sent with XMLHttpRequest so its upload progress
// can be shown; the server's answer (the same page, with the result) then replaces this one.
// Without this script the form posts as usual.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("upload-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const box = document.getElementById("upload-progress");
    const bar = document.getElementById("progress");
    const text = document.getElementById("progress-text");
    box.hidden = false;
    const request = new XMLHttpRequest();
    request.open("POST", form.action || window.location.href);
    request.upload.addEventListener("progress", (e) => {
      if (!e.lengthComputable) return;
      const percent = Math.round((100 * e.loaded) / e.total);
      bar.value = percent;
      text.textContent = percent + " %";
    });
    request.upload.addEventListener("load", () => {
      bar.removeAttribute("value");
      text.textContent = form.dataset.checking || "…";
    });
    request.addEventListener("load", () => {
      document.open();
      document.write(request.responseText);
      document.close();
      if (request.responseURL) window.history.replaceState(null, "", request.responseURL);
    });
    request.send(new FormData(form));
  });
});
