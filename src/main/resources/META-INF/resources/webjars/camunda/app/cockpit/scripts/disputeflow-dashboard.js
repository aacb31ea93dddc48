/*
 * DisputeFlow: the "Disputes" panel on Cockpit's dashboard. What a supervisor needs first: the money that pending
 * automatic outcomes would refund (R2 seller silent, R15 receipt not confirmed), the deadlines that have passed or
 * pass within 24 hours with what happens then, steps stuck in an incident, the arbitration intake queue, and the open
 * disputes of each store. The figures come from
 * GET /api/supervision/overview (the dispute record; the signed-in Cockpit session is enough to read it), which
 * limits a store supervisor to his company's stores.
 *
 * Loaded by Cockpit's config.js: customScripts: ['scripts/disputeflow-dashboard']
 */

const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'
});

function when(instant) {
  return TIME.format(new Date(instant)) + ' UTC';
}

function money(amount) {
  return amount ? Number(amount.amount).toFixed(2) + ' ' + amount.currency : '';
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function disputeLink(row) {
  return element('a', { href: '#/process-instance/' + encodeURIComponent(row.processInstanceId) + '/runtime' },
    row.disputeId);
}

function deadlineTable(rows, empty) {
  if (!rows.length) {
    return element('p', { class: 'text-muted' }, empty);
  }
  return element('table', { class: 'cam-table disputeflow-deadlines' },
    element('thead', {}, element('tr', {}, ['Dispute', 'Store', 'Deadline', 'Due', 'Otherwise', 'At risk']
      .map(title => element('th', {}, title)))),
    element('tbody', {}, rows.map(row => element('tr', {},
      element('td', {}, disputeLink(row)),
      element('td', {}, row.storeName),
      element('td', {}, row.what + ' (' + row.rule + ')'),
      element('td', {}, when(row.dueAt)),
      element('td', {}, row.otherwise || ''),
      element('td', { class: 'disputeflow-amount' }, money(row.atRisk))))));
}

function incidentTable(rows) {
  if (!rows.length) {
    return element('p', { class: 'text-muted' }, 'No step is stuck.');
  }
  return element('table', { class: 'cam-table disputeflow-incidents' },
    element('thead', {}, element('tr', {}, ['Dispute', 'Store', 'Step', 'Since', 'What went wrong']
      .map(title => element('th', {}, title)))),
    element('tbody', {}, rows.map(row => element('tr', {},
      element('td', {}, disputeLink(row)),
      element('td', {}, row.storeName),
      element('td', {}, row.step),
      element('td', {}, when(row.since)),
      element('td', {}, row.message || '')))));
}

function intake(queue) {
  return queue.cases === 0 ? 'No escalated case waits to be taken up.'
    : queue.cases + (queue.cases === 1 ? ' escalated case waits' : ' escalated cases wait')
      + ' to be taken up by an arbitrator (R10); the oldest since ' + when(queue.oldestSince)
      + '.';
}

function disputeRate(rate) {
  const counted = rate.counted + (rate.counted === 1 ? ' dispute counts' : ' disputes count') + ' in ' + rate.quarter;
  const lacking = rate.volumes ? '; ' + rate.volumes : '';
  return rate.rate === null || rate.rate === undefined
    ? counted + (lacking || '; the rate needs the quarter\'s order volumes, not reported yet')
    : (Number(rate.rate) * 100).toFixed(2) + ' % of ' + rate.orders + ' orders (' + counted + ')' + lacking;
}

function storeTable(stores) {
  return element('table', { class: 'cam-table disputeflow-stores' },
    element('thead', {}, element('tr', {}, ['Company', 'Store', 'Open disputes', 'Where they stand', 'Money at risk',
      'Dispute rate (R18)']
      .map(title => element('th', {}, title)))),
    element('tbody', {}, stores.map(store => element('tr', {},
      element('td', {}, store.companyName),
      element('td', {}, store.storeName),
      element('td', {}, store.openDisputes),
      element('td', {}, store.byStatus.map(status => status.disputes + ' ' + status.label).join(', ') || 'none'),
      element('td', { class: 'disputeflow-amount' }, store.moneyAtRisk
        .map(share => money(share) + ' · ' + share.disputes + (share.disputes === 1 ? ' dispute' : ' disputes') + ' ('
          + share.rule + ')').join('; ') || 'none'),
      element('td', {}, disputeRate(store.disputeRate))))));
}

function render(node, overview) {
  const total = overview.moneyAtRisk.map(money).join(' + ') || 'nothing';
  node.replaceChildren(element('section', { class: 'disputeflow-dashboard' },
    element('h3', { class: 'section-title' }, 'Disputes of ' + overview.scope),
    element('p', { class: 'disputeflow-money-at-risk' },
      element('strong', {}, 'Money at risk: ' + total),
      ' — refunded automatically if nobody acts before the deadlines (R2: the seller does not answer; R15: the '
        + 'seller does not confirm a returned parcel). As of ' + when(overview.asOf) + '.'),
    element('h4', {}, 'Overdue (' + overview.overdue.length + ')'),
    deadlineTable(overview.overdue, 'Nothing is overdue.'),
    element('h4', {}, 'Due within 24 hours (' + overview.dueWithinADay.length + ')'),
    deadlineTable(overview.dueWithinADay, 'Nothing falls due in the next 24 hours.'),
    element('h4', {}, 'Arbitration intake'),
    element('p', { class: 'disputeflow-intake' }, intake(overview.arbitrationIntake)),
    element('h4', {}, 'Incidents (' + overview.incidents.length + ')'),
    incidentTable(overview.incidents),
    element('h4', {}, 'Stores'),
    storeTable(overview.stores)));
}

export default {
  id: 'disputeflow-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: node => {
    node.replaceChildren(element('p', { class: 'text-muted' }, 'Loading the disputes…'));
    fetch('/api/supervision/overview', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => {
        if (response.status === 403) {
          node.replaceChildren();
          return null;
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(overview => overview && render(node, overview))
      .catch(() => node.replaceChildren(element('p', { class: 'text-danger' },
        'The disputes overview could not be loaded; reload the page.')));
  }
};
