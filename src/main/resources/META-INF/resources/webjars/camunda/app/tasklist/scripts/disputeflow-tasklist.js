/*
 * DisputeFlow: Tasklist lists tasks by their deadline, and says so.
 *
 * Tasklist sorts a filter's tasks by the sort in its list header, which it keeps in the URL (?sorting=[...]) and,
 * when the URL has none, sets to "Created, newest first". DisputeFlow's work is deadline work, so the list starts
 * "Due date, soonest first" instead: this script puts that sort into the URL whenever Tasklist would otherwise fall
 * back to its own default. A sort the user picks in the header stays as picked. The filters themselves carry no
 * order (a filter's own order would take precedence over the one shown in the header).
 *
 * It also hides the bare priority number on the task cards (it says nothing to people, the deadline on the card does)
 * and shows the card's variables (the store's name) as one readable line.
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

/** No priority number; the card's variables (the store) as one readable line above the card's "show more" fade. */
function styleTheCards() {
  const card = '.tasks-list .task';
  const style = document.createElement('style');
  style.id = 'disputeflow-tasklist';
  style.textContent = `
${card} .priority { display: none !important; }
${card} .tasklist-card-plugin { position: relative; z-index: 1; }
${card} .tasklist-card-plugin .variable-item { margin-left: 0; }
${card} .tasklist-card-plugin .variable-item > span { width: auto; float: left; padding-left: 0; padding-right: 0; }
${card} .tasklist-card-plugin .variable-label { margin-right: .3em; }
${card} .tasklist-card-plugin .variable-value { color: #333; }
`;
  document.head.appendChild(style);
}

styleTheCards();
window.addEventListener('hashchange', showDueFirst);
showDueFirst();

export default [];
