/*
 * DisputeFlow: the "Storefront deliveries" panel on Cockpit's dashboard, for platform administrators. Per webhook
 * endpoint: whose it is, where it points, how many events wait for it and since when, how often the oldest was
 * tried, the last error and the last success, and how many deliveries were given up. Read from
 * GET /api/webhook-endpoints/delivery-status with the signed-in Cockpit session; whoever may not read it (403) sees
 * no panel at all.
 *
 * Loaded by Cockpit's config.js: customScripts: [..., 'scripts/disputeflow-deliveries']
 */

const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'
});

function when(instant) {
  return TIME.format(new Date(instant)) + ' UTC';
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function count(n, one, many) {
  return n + ' ' + (n === 1 ? one : many);
}

function stores(row) {
  return row.endpoint.allStores ? 'every store' : row.storeNames.join(', ');
}

function waiting(status) {
  return status.pending === 0 ? 'none' : count(status.pending, 'event', 'events');
}

function oldestWaiting(status) {
  if (status.pending === 0) {
    return '';
  }
  const attempts = status.oldestPendingAttempts === 0 ? 'not tried yet'
    : 'tried ' + count(status.oldestPendingAttempts, 'time', 'times');
  const next = status.nextAttemptAt ? '; next try ' + when(status.nextAttemptAt) : '';
  return when(status.oldestPendingSince) + ' (' + attempts + next + ')';
}

function lastError(status) {
  return status.lastError ? [element('span', { class: 'disputeflow-last-error' }, status.lastError),
    element('br'), element('small', { class: 'text-muted' }, when(status.lastErrorAt))] : 'none';
}

function failing(row) {
  return row.status.pending > 0 && row.status.lastError;
}

function table(rows, overview) {
  return element('table', { class: 'cam-table disputeflow-deliveries' },
    element('thead', {}, element('tr', {}, ['Storefront', 'Endpoint', 'Stores', 'Waiting', 'Oldest waiting since',
      'Last error', 'Last success', 'Given up (' + overview.retention + ')'].map(title => element('th', {}, title)))),
    element('tbody', {}, rows.map(row => element('tr', { class: failing(row) ? 'disputeflow-failing' : '' },
      element('td', {}, row.ownerName),
      element('td', {}, element('span', { class: 'disputeflow-url' }, row.endpoint.url),
        row.endpoint.description ? [element('br'), element('small', { class: 'text-muted' },
          row.endpoint.description)] : []),
      element('td', {}, stores(row)),
      element('td', {}, waiting(row.status)),
      element('td', {}, oldestWaiting(row.status)),
      element('td', {}, lastError(row.status)),
      element('td', {}, row.status.lastSuccessAt ? when(row.status.lastSuccessAt) : 'never'),
      element('td', {}, row.status.failed === 0 ? 'none' : count(row.status.failed, 'event', 'events'))))));
}

function summary(rows, overview) {
  if (rows.length === 0) {
    return 'No storefront has registered a webhook endpoint.';
  }
  const failingRows = rows.filter(failing).length;
  return (failingRows === 0 ? 'Every endpoint takes its events.'
    : (failingRows === 1 ? '1 endpoint does not take its events.'
      : failingRows + ' endpoints do not take their events.'))
    + ' A failing event is retried for ' + overview.giveUpAfter + ' from its first attempt, then given up; the '
    + 'storefront can still read every event of the last ' + overview.retention + ' with GET /api/events.';
}

function render(node, overview) {
  // failing endpoints first, the longest backlog on top
  const rows = overview.endpoints.slice().sort((a, b) => (failing(b) ? 1 : 0) - (failing(a) ? 1 : 0)
    || b.status.pending - a.status.pending);
  node.replaceChildren(element('section', { class: 'disputeflow-storefront-deliveries' },
    element('h3', { class: 'section-title' }, 'Storefront deliveries'),
    element('p', {}, summary(rows, overview)),
    rows.length === 0 ? [] : table(rows, overview)));
}

export default {
  id: 'disputeflow-deliveries',
  pluginPoint: 'cockpit.dashboard',
  priority: 90,
  render: node => {
    fetch('/api/webhook-endpoints/delivery-status', { credentials: 'same-origin',
      headers: { Accept: 'application/json' } })
      .then(response => {
        if (response.status === 403) {
          // not for this user: no panel; the mark only tells a test that the answer came
          node.replaceChildren();
          node.setAttribute('data-disputeflow-deliveries', 'not-allowed');
          return null;
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(overview => overview && render(node, overview))
      .catch(() => node.replaceChildren(element('p', { class: 'text-danger' },
        'The storefront deliveries could not be loaded; reload the page.')));
  }
};
