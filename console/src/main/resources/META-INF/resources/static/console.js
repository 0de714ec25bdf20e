// Progressive enhancement only: every form works without this script. With it, a form marked
// data-progress shows how much of a large file has been sent (an import, evidence files) while it uploads.
(function () {
  "use strict";
  function enhance(form) {
    var box = form.querySelector(".upload-progress");
    if (!box || !window.XMLHttpRequest || !window.FormData) {
      return;
    }
    var bar = box.querySelector("progress");
    var text = box.querySelector("output");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.upload.addEventListener("progress", function (progress) {
        if (progress.lengthComputable) {
          bar.max = progress.total;
          bar.value = progress.loaded;
          text.textContent = Math.round((100 * progress.loaded) / progress.total) + "%";
        }
      });
      request.upload.addEventListener("load", function () {
        text.textContent = "已上传，正在处理……";
        bar.removeAttribute("value");
      });
      request.addEventListener("load", function () {
        if (request.responseURL && request.responseURL !== form.action && request.status < 400) {
          window.location.assign(request.responseURL);
          return;
        }
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener("error", function () {
        text.textContent = "上传失败，请检查网络后重试。";
      });
      box.hidden = false;
      form.querySelectorAll("button[type=submit]").forEach(function (button) {
        button.disabled = true;
      });
      request.send(new FormData(form));
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-progress]").forEach(enhance);
  });
})();
