/*
 * DisputeFlow: "Move open disputes", a tab on a process definition in Cockpit, for process owners. Camunda Community
 * has the migration API but no screen for it. The tab previews moving the open disputes of older versions to the
 * version shown, of every store or of one (a pilot), (POST /api/process-versions/{key}/migration-preview: a dry run
 * of Camunda's migration per dispute, always rolled back), and then moves those that can (POST .../migrations: Camunda batches, listed in Cockpit's
 * Batches). Both requests go with the Cockpit session and its anti-CSRF token.
 *
 * The tab is offered only to users who may start migration batches (the body class df-may-migrate, set by
 * disputeflow-permissions.js from the engine's own authorization check).
 *
 * Loaded by Cockpit's config.js: customScripts: ['scripts/disputeflow-migration']
 */

const LABEL = 'Move open disputes';
const DISPUTE_PROCESSES = ['DisputeResolution', 'PlatformArbitration', 'ReturnShipment'];
const appRoot = document.querySelector('base').getAttribute('app-root');
const engine = (window.location.pathname.match(/\/app\/cockpit\/([^/]+)/) || [])[1] || 'default';

const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'
});

function when(instant) {
  return instant ? TIME.format(new Date(instant)) + ' UTC' : 'none';
}

function money(amounts) {
  return amounts && amounts.length ? amounts.map(a => Number(a.amount).toFixed(2) + ' ' + a.currency).join(' + ')
    : 'nothing';
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat(Infinity).forEach(child => child !== null && child !== undefined
    && node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function plural(count, one, many) {
  return count + ' ' + (count === 1 ? one : many);
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find(entry => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** The API's detail without the request field it starts with ("targetVersion: no open dispute …"). */
function sentence(detail) {
  const words = detail.replace(/^[a-zA-Z]+: /, '');
  return words.charAt(0).toUpperCase() + words.slice(1) + (words.endsWith('.') ? '' : '.');
}

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: JSON.stringify(body)
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(answer.detail ? sentence(answer.detail)
      : 'The request was refused (HTTP ' + response.status + '); reload the page.');
  }
  return answer;
}

/** The stores (Camunda tenants) the user works for, by name. */
async function stores() {
  const response = await fetch(`${appRoot}/api/engine/engine/${engine}/tenant?sortBy=name&sortOrder=asc`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : [];
}

async function definition(id) {
  const response = await fetch(`${appRoot}/api/engine/engine/${engine}/process-definition/${encodeURIComponent(id)}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('This process version could not be read; reload the page.');
  }
  return response.json();
}

function changes(dispute) {
  const moved = (dispute.dueDates || []).filter(due => due.change !== 'unchanged');
  if (!dispute.canMove) {
    return '';
  }
  if (!moved.length) {
    return 'No due date changes';
  }
  return element('ul', { class: 'df-migration-changes' }, moved.map(due => element('li', {},
    due.what + (due.rule ? ' (' + due.rule + ')' : '') + ': ' + when(due.dueBefore) + ' → ' + when(due.dueAfter)
      + ' (' + due.change + ')',
    due.dueAtOnce ? element('strong', { class: 'text-danger' }, ' — due at once') : null)));
}

function previewTable(disputes) {
  return element('table', { class: 'cam-table df-migration-disputes' },
    element('thead', {}, element('tr', {}, ['Dispute', 'Store', 'Version now', 'Waits in', 'What changes',
      'Can move'].map(title => element('th', {}, title)))),
    element('tbody', {}, disputes.map(dispute => element('tr', { 'data-dispute': dispute.disputeId },
      element('td', {}, dispute.disputeId),
      element('td', {}, dispute.storeName || ''),
      element('td', {}, 'version ' + dispute.currentVersion),
      element('td', {}, (dispute.waitsIn || []).join(', ')),
      element('td', {}, changes(dispute)),
      element('td', { class: dispute.canMove ? 'df-can-move' : 'df-cannot-move' },
        dispute.canMove ? 'Yes' : 'No: ' + (dispute.whyNot || []).join('; '))))));
}

function outcomeView(outcome) {
  return element('div', { class: 'df-migration-outcome alert alert-success' },
    element('p', {}, element('strong', {}, outcome.text)),
    outcome.batches.length ? element('p', {}, 'Follow the move in ',
      outcome.batches.map((batch, index) => [index ? ', ' : '',
        element('a', { href: '#/batch?details=' + encodeURIComponent(batch.id) + '&type=runtime' },
          'the batch of version ' + batch.fromVersion + ' (' + plural(batch.disputes, 'dispute', 'disputes') + ')')]),
      '. Each dispute gets an entry in its timeline when it has moved.') : null,
    outcome.left.length ? element('ul', {}, outcome.left.map(left => element('li', {},
      left.disputeId + ' stays on version ' + left.fromVersion + ': ' + left.whyNot.join('; ')))) : null);
}

function showPreview(result, preview, key, request) {
  const summary = preview.summary;
  const version = request.targetVersion;
  const parts = [
    element('p', { class: 'df-migration-summary' }, element('strong', {}, summary.text)),
    element('p', {}, 'Money at risk (what pending automatic outcomes would refund): ' + money(summary.moneyAtRisk.before)
      + ' now, ' + money(summary.moneyAtRisk.after) + ' after the move'
      + (summary.moneyAtRisk.unchanged ? ' — unchanged.' : '.')),
    summary.dueAtOnce ? element('p', { class: 'alert alert-warning' }, plural(summary.dueAtOnce, 'dispute', 'disputes')
      + ' would be due at once after the move; their automatic outcomes would pay ' + money(summary.paidAtOnce) + '.')
      : null,
    previewTable(preview.disputes)
  ];
  if (summary.canMove > 0) {
    const confirmation = element('span', { class: 'df-migration-confirm', hidden: '' },
      ' Move ' + plural(summary.canMove, 'dispute', 'disputes') + ' now? ',
      element('button', { type: 'button', class: 'btn btn-primary df-migration-execute' }, 'Yes, move them'), ' ',
      element('button', { type: 'button', class: 'btn btn-link df-migration-cancel' }, 'Cancel'));
    const move = element('button', { type: 'button', class: 'btn btn-default df-migration-move' },
      'Move ' + plural(summary.canMove, 'dispute', 'disputes') + ' to version ' + version + '…');
    move.addEventListener('click', () => { move.hidden = true; confirmation.hidden = false; });
    confirmation.querySelector('.df-migration-cancel').addEventListener('click', () => {
      move.hidden = false; confirmation.hidden = true;
    });
    confirmation.querySelector('.df-migration-execute').addEventListener('click', async () => {
      confirmation.replaceChildren(element('span', { class: 'text-muted' }, ' Moving…'));
      try {
        const outcome = await post('/api/process-versions/' + encodeURIComponent(key) + '/migrations', request);
        result.replaceChildren(outcomeView(outcome));
      } catch (refused) {
        confirmation.replaceChildren(element('span', { class: 'text-danger' }, ' ' + refused.message));
      }
    });
    parts.push(element('p', {}, move, confirmation));
  }
  result.replaceChildren(...parts.filter(Boolean));
}

async function render(node, processDefinitionId) {
  node.replaceChildren(element('p', { class: 'text-muted' }, 'Reading this version…'));
  try {
    const shown = await definition(processDefinitionId);
    if (!DISPUTE_PROCESSES.includes(shown.key)) {
      node.replaceChildren(element('p', { class: 'text-muted' }, 'Only the dispute processes are moved here.'));
      return;
    }
    const result = element('div', { class: 'df-migration-result' });
    const storeChoice = element('select', { class: 'form-control df-migration-store', id: 'df-migration-store' },
      element('option', { value: '' }, 'every store'),
      (await stores()).map(store => element('option', { value: store.id }, store.name || store.id)));
    const previewButton = element('button', { type: 'button', class: 'btn btn-primary df-migration-preview' },
      'Preview the move');
    previewButton.addEventListener('click', async () => {
      result.replaceChildren(element('p', { class: 'text-muted' }, 'Trying the move on every open dispute…'));
      const request = { targetVersion: shown.version };
      if (storeChoice.value) {
        request.storeIds = [storeChoice.value];
      }
      try {
        const preview = await post('/api/process-versions/' + encodeURIComponent(shown.key) + '/migration-preview',
          request);
        showPreview(result, preview, shown.key, request);
      } catch (refused) {
        result.replaceChildren(element('p', { class: 'df-migration-refused' }, refused.message));
      }
    });
    node.replaceChildren(element('section', { class: 'df-migration' },
      element('h3', {}, 'Move open disputes to version ' + shown.version + ' of ' + (shown.name || shown.key)),
      element('p', {}, 'The preview tries the move on each open dispute of an older version and takes it back: '
        + 'which can move, which cannot and why, and how each deadline would change (deadlines are recalculated '
        + 'from this version). Nothing changes until you confirm the move.'),
      element('div', { class: 'form-inline df-migration-scope' },
        element('label', { for: 'df-migration-store' }, 'Disputes of '), ' ', storeChoice, ' ', previewButton),
      result));
  } catch (failed) {
    node.replaceChildren(element('p', { class: 'text-danger' }, failed.message));
  }
}

/** Hides the tab from users who may not start migration batches (the engine would refuse them anyway). */
function hideTabUnlessPermitted() {
  const permitted = document.body.classList.contains('df-may-migrate');
  document.querySelectorAll('ul.nav-tabs > li > a').forEach(link => {
    if (link.textContent.trim() === LABEL) {
      link.parentElement.style.display = permitted ? '' : 'none';
    }
  });
}

new MutationObserver(hideTabUnlessPermitted).observe(document.body,
  { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });

export default {
  id: 'disputeflow-migration',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 5,
  label: LABEL,
  render: (node, { processDefinitionId }) => render(node, processDefinitionId)
};
