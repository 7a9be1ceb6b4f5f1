// The report form's small proof of work (crates/web/src/discrimination/screening.rs): finds a
// number whose SHA-256 with the form's challenge starts with `data-bits` zero bits, in the
// background while the person writes. Without JavaScript or Web Crypto the report is still
// taken, held back until a counsellor releases it.
(function () {
  "use strict";
  var form = document.getElementById("report-form");
  var field = document.getElementById("report-proof");
  if (!form || !field || !window.crypto || !window.crypto.subtle || !window.TextEncoder) { return; }
  var challenge = form.getAttribute("data-challenge");
  var bits = parseInt(form.getAttribute("data-bits"), 10);
  var encoder = new TextEncoder();
  function zeroBits(buffer) {
    var bytes = new Uint8Array(buffer);
    var count = 0;
    for (var i = 0; i < bytes.length; i += 1) {
      if (bytes[i] === 0) { count += 8; continue; }
      var byte = bytes[i];
      while ((byte & 0x80) === 0) { count += 1; byte <<= 1; }
      break;
    }
    return count;
  }
  // A report sent before the proof is found waits for it (a second or two) rather than being
  // held back.
  var waiting = false;
  form.addEventListener("submit", function (event) {
    if (!field.value) { event.preventDefault(); waiting = true; }
  });
  var next = 0;
  function round() {
    var batch = [];
    for (var i = 0; i < 256; i += 1) { batch.push(next + i); }
    next += 256;
    Promise.all(batch.map(function (n) {
      return window.crypto.subtle.digest("SHA-256", encoder.encode(challenge + ":" + n));
    })).then(function (hashes) {
      for (var i = 0; i < hashes.length; i += 1) {
        if (zeroBits(hashes[i]) >= bits) {
          field.value = String(batch[i]);
          if (waiting) { form.submit(); }
          return;
        }
      }
      setTimeout(round, 0);
    });
  }
  round();
}());
