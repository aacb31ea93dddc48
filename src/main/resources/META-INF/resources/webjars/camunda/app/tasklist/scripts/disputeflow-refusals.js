/*
 * DisputeFlow: when the server refuses a form (400 problem+json naming the field, see EngineRestRefusalMapper),
 * mark that field in the form the way form-js marks its own validation errors and bring it into view, instead of
 * leaving the reader with a toast only. What was typed stays in the form.
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
