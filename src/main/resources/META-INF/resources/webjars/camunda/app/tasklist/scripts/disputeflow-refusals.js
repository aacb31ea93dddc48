/*
 * DisputeFlow: when the server refuses a form (400 problem+json naming the field, see EngineRestRefusalMapper),
 * mark that field in the form the way form-js marks its own validation errors and bring it into view, instead of
 * leaving the reader with a toast only. What was typed stays in the form.
 *
 * Opening a task that is gone (a link, a reload after the buyer cancelled), Tasklist shows the engine's "No matching
 * task with id …" under its title "The task does not exist anymore": that message says why in words instead.
 */
const SUBMIT = /\/task\/[^/]+\/(submit-form|complete)$/;

function fieldLabelled(label) {
  return Array.from(document.querySelectorAll('.task-details .fjs-form-field')).find(field => {
    const text = field.querySelector('label');
    return text && text.textContent.replace(/\*$/, '').trim().startsWith(label);
  });
}

function markField(label, message) {
  const field = fieldLabelled(label);
  if (!field) {
    return;
  }
  field.classList.add('fjs-has-errors', 'disputeflow-refused');
  let note = field.querySelector('.disputeflow-refusal');
  if (!note) {
    note = document.createElement('div');
    note.className = 'fjs-form-field-error disputeflow-refusal';
    field.appendChild(note);
  }
  note.textContent = message;
  field.scrollIntoView({ block: 'center' });
  const input = field.querySelector('input, textarea');
  if (input) {
    input.focus();
    input.addEventListener('input', () => {
      field.classList.remove('fjs-has-errors', 'disputeflow-refused');
      note.remove();
    }, { once: true });
  }
}

const TASK_GONE = 'This task is no longer open: the dispute moved on (the buyer changed or cancelled it, or a '
  + 'deadline passed), or it is not one you may see. Choose a task from the list.';

new MutationObserver(() => document.querySelectorAll('.notifications .alert .message').forEach(message => {
  if (/No matching task with id/.test(message.textContent)) {
    message.textContent = TASK_GONE;
  }
})).observe(document.documentElement, { childList: true, subtree: true });

const send = XMLHttpRequest.prototype.send;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.disputeflowUrl = String(url).split('?')[0];
  return open.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (...args) {
  if (SUBMIT.test(this.disputeflowUrl || '')) {
    this.addEventListener('load', () => {
      if (this.status < 400 || this.status >= 500) {
        return;
      }
      try {
        const problem = JSON.parse(this.responseText);
        if (problem && problem.label) {
          setTimeout(() => markField(problem.label, problem.message || problem.detail), 0);
        }
      } catch (notJson) {
        // not a refusal of ours: Tasklist's own notification is all there is
      }
    });
  }
  return send.apply(this, args);
};

export default [];
