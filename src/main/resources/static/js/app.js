// Small progressive enhancements; every page works without them.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-add-row]');
  if (!button) { return; }
  var table = document.getElementById(button.getAttribute('data-add-row'));
  var template = table.querySelector('tr.template');
  var row = template.cloneNode(true);
  row.querySelectorAll('input').forEach(function (input) { input.value = ''; });
  template.parentNode.appendChild(row);
  row.querySelector('input').focus();
});

// A briefing page follows its briefing while it can still change: each request names the version shown and waits
// (Prefer: wait) until a change commits, say the minutes published after the chair's approval. The page then
// reloads, unless something has been typed into it; then it only says so, and the reload is left to the reader.
// It follows for 15 minutes at most, so a page left open does not keep its session alive for ever.
(function () {
  var stage = document.getElementById('stage');
  if (!stage || !stage.getAttribute('data-follow') || !window.fetch) { return; }
  var api = stage.getAttribute('data-follow');
  var shown = '"' + stage.getAttribute('data-version') + '"';
  var until = Date.now() + 15 * 60 * 1000;
  var typed = false;
  document.addEventListener('input', function () { typed = true; });
  function follow() {
    if (Date.now() > until) { return; }
    fetch(api, { headers: { 'Accept': 'application/json', 'If-None-Match': shown, 'Prefer': 'wait=30' },
                 credentials: 'same-origin', cache: 'no-store' })
      .then(function (reply) {
        if (reply.status === 304) { follow(); return; }
        if (!reply.ok) { return; }
        if (typed) { document.getElementById('changed').hidden = false; } else { window.location.reload(); }
      })
      .catch(function () { setTimeout(follow, 10000); });
  }
  follow();
})();
