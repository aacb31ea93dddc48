/*
 * DisputeFlow: Tasklist lists tasks by their deadline, and says so.
 *
 * Tasklist sorts a filter's tasks by the sort in its list header, which it keeps in the URL (?sorting=[...]) and,
 * when the URL has none, sets to "Created, newest first". DisputeFlow's work is deadline work, so the list starts
 * "Due date, soonest first" instead: this script puts that sort into the URL whenever Tasklist would otherwise fall
 * back to its own default. A sort the user picks in the header stays as picked. The filters themselves carry no
 * order (a filter's own order would take precedence over the one shown in the header).
 *
 * It also hides the priority number on the task cards: every DisputeFlow task has the same priority.
 *
 * Loaded by Tasklist's config.js: customScripts: ['scripts/disputeflow-tasklist']
 */

const DUE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);
const TASKLIST_DEFAULT = JSON.stringify([{ sortBy: 'created', sortOrder: 'desc' }]);

let sortingEstablished = false;

function sortingOf(hash) {
  const query = hash.indexOf('?');
  return query < 0 ? null : new URLSearchParams(hash.substring(query + 1)).get('sorting');
}

function showDueFirst() {
  const hash = window.location.hash;
  // the task list is Tasklist's route "/" (#/?filter=...); login, task forms of other routes stay untouched
  if (!/^#\/(\?|$)/.test(hash)) {
    return;
  }
  const sorting = sortingOf(hash);
  if (sorting && (sortingEstablished || sorting !== TASKLIST_DEFAULT)) {
    sortingEstablished = true;
    return;
  }
  const params = new URLSearchParams(hash.indexOf('?') < 0 ? '' : hash.substring(hash.indexOf('?') + 1));
  params.set('sorting', DUE_FIRST);
  window.location.replace('#/?' + params.toString());
}

function hidePriorities() {
  const style = document.createElement('style');
  style.id = 'disputeflow-tasklist';
  style.textContent = '.tasks-list .task .priority { display: none !important; }';
  document.head.appendChild(style);
}

hidePriorities();
window.addEventListener('hashchange', showDueFirst);
showDueFirst();

export default [];
