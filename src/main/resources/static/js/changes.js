// Live changes: listens to /api/v1/changes/stream (server-sent events; the browser reconnects by
// itself and resumes with Last-Event-ID). On a customer page it says who changed the customer just
// now; on the customer list it marks the changed rows. Either offers to reload.
(function () {
  'use strict';
  var box = document.getElementById('live-changes');
  if (!box || !window.EventSource) {
    return;
  }
  var customer = box.getAttribute('data-customer');
  var version = parseInt(box.getAttribute('data-version') || '0', 10);
  var me = box.getAttribute('data-user');
  var text = box.querySelector('[data-text]');

  box.querySelector('[data-reload]').addEventListener('click', function () {
    window.location.reload();
  });

  function show(message) {
    text.textContent = message;
    box.classList.remove('d-none');
  }

  function changedBy(change) {
    return box.getAttribute('data-changed').replace('{0}', change.actorName || '?');
  }

  function onCustomerPage(change) {
    if (change.customerId !== customer) {
      return;
    }
    var own = change.type.indexOf('customer.') === 0 ? change.version <= version : change.actorId === me;
    if (!own) {
      show(changedBy(change));
    }
  }

  function onList(change) {
    var row = document.querySelector('tr[data-customer-id="' + change.customerId + '"]');
    if (!row) {
      return;
    }
    row.classList.add('table-warning');
    row.setAttribute('title', changedBy(change));
    show(box.getAttribute('data-list-changed'));
  }

  var source = new EventSource(box.getAttribute('data-stream'));
  source.addEventListener('change', function (event) {
    var change = JSON.parse(event.data);
    if (customer) {
      onCustomerPage(change);
    }
    else {
      onList(change);
    }
  });
  window.addEventListener('pagehide', function () {
    source.close();
  });
})();
