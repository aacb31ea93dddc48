/*
 * DisputeFlow: Cockpit offers only the operations the signed-in user may perform.
 *
 * Cockpit shows every operation (edit or delete a variable, cancel, suspend, retry, change a job) to everybody and
 * lets the engine refuse it with a wall of permission text. This script asks the engine, once per user, which kinds
 * of operation the user may perform (GET .../authorization/check, the user's own authorizations on every process
 * definition and instance), marks each one the user may perform with a class on <body>, and hides the controls of
 * the others. The engine still checks every request; this only keeps people away from buttons that cannot work.
 *
 * Loaded by Cockpit's config.js: customScripts: ['scripts/disputeflow-permissions']
 */

const PROCESS_DEFINITION = ['ProcessDefinition', 6];
const PROCESS_INSTANCE = ['ProcessInstance', 8];
const BATCH = ['Batch', 13];

/** Body class → permissions of which any one allows the operation. */
const OPERATIONS = {
  'df-may-edit-variables': [['UPDATE_VARIABLE', PROCESS_INSTANCE], ['UPDATE', PROCESS_INSTANCE],
    ['UPDATE_INSTANCE_VARIABLE', PROCESS_DEFINITION], ['UPDATE_INSTANCE', PROCESS_DEFINITION]],
  'df-may-cancel-instances': [['DELETE', PROCESS_INSTANCE], ['DELETE_INSTANCE', PROCESS_DEFINITION]],
  'df-may-suspend': [['SUSPEND', PROCESS_INSTANCE], ['UPDATE', PROCESS_INSTANCE],
    ['SUSPEND_INSTANCE', PROCESS_DEFINITION], ['UPDATE_INSTANCE', PROCESS_DEFINITION],
    ['SUSPEND', PROCESS_DEFINITION], ['UPDATE', PROCESS_DEFINITION]],
  'df-may-update-instances': [['UPDATE', PROCESS_INSTANCE], ['UPDATE_INSTANCE', PROCESS_DEFINITION]],
  'df-may-retry-jobs': [['RETRY_JOB', PROCESS_INSTANCE], ['UPDATE', PROCESS_INSTANCE],
    ['RETRY_JOB', PROCESS_DEFINITION], ['UPDATE_INSTANCE', PROCESS_DEFINITION]],
  'df-may-change-definitions': [['SUSPEND', PROCESS_DEFINITION], ['UPDATE', PROCESS_DEFINITION]],
  // read by disputeflow-migration.js, which offers its "Move open disputes" tab only then
  'df-may-migrate': [['CREATE_BATCH_MIGRATE_PROCESS_INSTANCES', BATCH], ['CREATE', BATCH]]
};

/** The controls of each operation, hidden unless <body> carries the operation's class. */
const CONTROLS = {
  'df-may-edit-variables': [
    '[cam-widget-variables-table] .actions',
    '.ctn-toolbar a.btn-toolbar:has(> .glyphicon-plus)'],
  'df-may-cancel-instances': ['.ctn-toolbar a.btn-toolbar:has(> .glyphicon-remove)'],
  'df-may-suspend': [
    '.ctn-toolbar a.btn-toolbar:has(> .glyphicon-pause)',
    '.ctn-toolbar a.btn-toolbar:has(> .glyphicon-play)',
    '.jobs-tab a.action-button:has(> .glyphicon-pause)',
    '.jobs-tab a.action-button:has(> .glyphicon-play)'],
  'df-may-update-instances': ['.jobs-tab a.action-button:has(> .glyphicon-time)'],
  'df-may-retry-jobs': [
    '.ctn-toolbar a.btn-toolbar:has(> .glyphicon-repeat)',
    'a.action-button:has(> .glyphicon-repeat)'],
  'df-may-change-definitions': [
    '.ctn-toolbar a.action-button:has(> .glyphicon-cog)',
    'table.job-definition td.action a']
};

const appRoot = document.querySelector('base').getAttribute('app-root');
const engine = (window.location.pathname.match(/\/app\/cockpit\/([^/]+)/) || [])[1] || 'default';

function addStyles() {
  const rules = Object.entries(CONTROLS).map(([operation, selectors]) =>
    selectors.map(selector => `body:not(.${operation}) ${selector}`).join(',\n') + ' { display: none !important; }');
  const style = document.createElement('style');
  style.id = 'disputeflow-permissions';
  style.textContent = rules.join('\n');
  document.head.appendChild(style);
}

async function signedInUser() {
  const response = await fetch(`${appRoot}/api/admin/auth/user/${engine}`, { headers: { Accept: 'application/json' } });
  return response.ok ? (await response.json()).userId : null;
}

async function isAuthorized([permission, [resourceName, resourceType]]) {
  const query = new URLSearchParams({ permissionName: permission, resourceName, resourceType: String(resourceType) });
  try {
    const response = await fetch(`${appRoot}/api/engine/engine/${engine}/authorization/check?${query}`,
      { headers: { Accept: 'application/json' } });
    // Unknown answer: show the control and let the engine decide, as Cockpit does without this script.
    return response.ok ? (await response.json()).authorized === true : true;
  } catch (unreachable) {
    return true;
  }
}

async function mayPerform(permissions) {
  const answers = await Promise.all(permissions.map(isAuthorized));
  return answers.includes(true);
}

let shownFor = null;

async function showWhatTheUserMayDo() {
  const user = await signedInUser().catch(() => null);
  if (user === shownFor) {
    return;
  }
  shownFor = user;
  const body = document.body;
  Object.keys(OPERATIONS).forEach(operation => body.classList.remove(operation));
  if (!user) {
    return;
  }
  for (const [operation, permissions] of Object.entries(OPERATIONS)) {
    if (await mayPerform(permissions) && shownFor === user) {
      body.classList.add(operation);
    }
  }
  body.classList.add('df-permissions-known');
}

addStyles();
// Cockpit signs in and out without reloading the page: its route changes then.
window.addEventListener('hashchange', showWhatTheUserMayDo);
showWhatTheUserMayDo();

export default [];
