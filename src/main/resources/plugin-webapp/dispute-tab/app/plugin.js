// Cockpit's "Dispute" tab on a process instance: the dispute's record as a person reads it. Plain DOM with
// textContent only, so nothing from the record is ever read as HTML.
const RECORD = (processInstanceId) =>
  '/api/process-instances/' + encodeURIComponent(processInstanceId) + '/dispute-record';

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function facts(rows) {
  const list = el('dl', 'df-dispute-facts dl-horizontal');
  rows.filter(([, value]) => value).forEach(([term, value]) => {
    list.appendChild(el('dt', null, term));
    list.appendChild(el('dd', null, value));
  });
  return list;
}

function table(caption, headings, rows, className) {
  const section = el('section', className);
  section.appendChild(el('h4', null, caption));
  const grid = el('table', 'table table-condensed');
  const head = el('tr');
  headings.forEach((heading) => head.appendChild(el('th', null, heading)));
  grid.appendChild(el('thead')).appendChild(head);
  const body = grid.appendChild(el('tbody'));
  rows.forEach((cells) => {
    const row = body.appendChild(el('tr'));
    cells.forEach((cell) => row.appendChild(cell instanceof Node ? el('td').appendChild(cell).parentNode
      : el('td', null, cell)));
  });
  section.appendChild(grid);
  return section;
}

function happened(event) {
  const cell = el('div', null, event.what);
  if (event.detail) cell.appendChild(el('div', 'df-dispute-detail', event.detail));
  return cell;
}

function render(node, record) {
  const tab = el('div', 'df-dispute-tab');
  tab.appendChild(el('h3', null, 'Dispute ' + record.disputeId + ' · ' + record.store));
  tab.appendChild(facts([
    ['Status', record.status],
    ['Reason', record.reason],
    ['Buyer paid', record.paid],
    ['Buyer asks for', record.requested],
    ['Opened', record.openedAt],
    ['Closed', record.closedAt],
  ]));
  tab.appendChild(record.deadlines.length
    ? table('Deadlines', ['What is awaited', 'Due', 'If nobody acts'],
      record.deadlines.map((d) => [d.what, d.dueAt, d.otherwise]), 'df-dispute-deadlines')
    : el('p', 'df-dispute-deadlines', record.closed ? 'Closed: no deadline runs.' : 'No deadline runs now.'));
  tab.appendChild(record.refunds.length
    ? table('Refunds paid', ['Amount', 'Paid'], record.refunds.map((r) => [r.amount, r.paidAt]), 'df-dispute-refunds')
    : el('p', 'df-dispute-refunds', 'No refund paid.'));
  tab.appendChild(table('Timeline', ['When', 'Who', 'What happened'],
    record.timeline.map((e) => [e.at, e.who, happened(e)]), 'df-dispute-timeline'));
  node.replaceChildren(tab);
}

// The task's process instance, read with the Tasklist session (engine authorizations apply).
function taskInstance(taskId) {
  return fetch('/camunda/api/engine/engine/default/task/' + encodeURIComponent(taskId),
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((task) => task.processInstanceId);
}

function show(node, processInstanceId) {
  node.replaceChildren(el('p', 'df-dispute-loading', 'Reading the dispute…'));
  Promise.resolve(processInstanceId)
    .then((id) => fetch(RECORD(id), { credentials: 'same-origin', headers: { Accept: 'application/json' } }))
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((record) => render(node, record))
    .catch(() => node.replaceChildren(
      el('p', 'df-dispute-missing', 'No dispute of your stores belongs to this process instance.')));
}

export default [{
  id: 'dispute-tab',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 20,
  label: 'Dispute',
  render: (node, { processInstanceId }) => show(node, processInstanceId),
}, {
  id: 'dispute-task-tab',
  pluginPoint: 'tasklist.task.detail',
  priority: 100,
  label: 'Dispute',
  render: (node, { taskId }) => show(node, taskInstance(taskId)),
}];
