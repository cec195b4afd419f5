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
