// A task form the server refuses says why: each reason the validator tied to a field (the answer's
// problems[].field, a data path such as sessionItems[1].decisions[0].votesFor) stands under that field
// until the person edits it; the others, or a reason whose field is not on screen, in the notification
// at the top of the form in place of Tasklist's bare «Не удалось отправить форму задачи». Once every marked
// field is corrected, the notice pointing at them goes too: it would cover the «Завершить» button.
import {onRefused, onCompleted, service, inAngular} from './completions.js';

const MARKED = 'Форма не отправлена: исправьте поля, отмеченные красным.';
// form-js's own checks refuse with no message at all: its red fields say what is missing
const UNSENT = 'Форма не отправлена: заполните поля, отмеченные красным.';
let pending = null;
let notice = null;

const style = document.createElement('style');
style.textContent = `.sovet-refused .fjs-input, .sovet-refused .fjs-textarea, .sovet-refused .fjs-select,
  .sovet-refused .fjs-input-group { border-color: #da1e28; }
  .sovet-refusal { color: #da1e28; margin-top: 4px; }`;
document.head.appendChild(style);

/** The component a data path names and the rows of its dynamic lists: form-js ids it fjs-form-{form}-{id}_{row}… */
function locate(components, path) {
  let scope = components;
  let found = null;
  const rows = [];
  for (const step of path.split('.')) {
    const [, key, row] = /^([^[]+)(?:\[(\d+)])?$/.exec(step) || [];
    found = key && find(scope, key);
    if (!found) {
      return null;
    }
    if (row !== undefined) {
      rows.push(row);
    }
    scope = found.components || [];
  }
  return found.id + rows.map((row) => '_' + row).join('');
}

function find(components, key) {
  for (const component of components) {
    if (component.key === key || component.path === key) {
      return component;
    }
    // a group without a path of its own only lays its fields out
    const inner = component.components && !component.path && find(component.components, key);
    if (inner) {
      return inner;
    }
  }
  return null;
}

function fieldBox(container, domId) {
  const element = container.querySelector(`[id$="-${domId}"]`) || container.querySelector(`[id*="-${domId}-"]`);
  return element && element.closest('.fjs-form-field');
}

function clear(box) {
  box.classList.remove('sovet-refused');
  box.querySelectorAll('.sovet-refusal').forEach((message) => message.remove());
}

function mark(box, messages) {
  clear(box);
  const message = document.createElement('div');
  message.className = 'fjs-form-field-error sovet-refusal';
  message.setAttribute('role', 'alert');
  message.textContent = messages.join(' ');
  box.appendChild(message);
  box.classList.add('sovet-refused');
  const fixed = () => {
    clear(box);
    if (!document.querySelector('.sovet-refused')) {
      withdrawNotice();
    }
    box.removeEventListener('input', fixed, true);
    box.removeEventListener('change', fixed, true);
  };
  box.addEventListener('input', fixed, true);
  box.addEventListener('change', fixed, true);
}

function withdrawNotice() {
  const shown = notice;
  notice = null;
  if (shown) {
    inAngular(() => service('Notifications').clear(shown));
  }
}

async function placeBeside(refusal) {
  const tied = refusal.problems.filter((problem) => problem.field);
  const container = refusal.form && refusal.form.querySelector('.fjs-container');
  if (!tied.length || !container) {
    return;
  }
  const schema = await fetch(refusal.url.replace(/\/(submit-form|complete)(\?.*)?$/, '/deployed-form'),
    {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then((answer) => answer.json()).catch(() => ({}));
  const boxes = new Map();
  const astray = [];
  for (const problem of tied) {
    const domId = locate(schema.components || [], problem.field);
    const box = domId && fieldBox(container, domId);
    box ? boxes.set(box, [...(boxes.get(box) || []), problem.message]) : astray.push(problem.message);
  }
  boxes.forEach((messages, box) => mark(box, messages));
  if (!boxes.size) {
    withdrawNotice();
  }
  if (astray.length) {
    inAngular(() => service('Notifications').addError({status: astray.join(' ')}));
  }
  const first = boxes.keys().next().value;
  if (first) {
    first.scrollIntoView({block: 'center'});
  }
}

/** Tasklist announces the refusal right after this module read it: its words give way to the server's. */
function announceInRussian(notifications) {
  if (notifications.sovetRefusals) {
    return;
  }
  const addError = notifications.addError;
  notifications.addError = function (notification) {
    const refusal = pending;
    pending = null;
    if (refusal && notification && notification.message === refusal.message) {
      const general = refusal.problems.filter((problem) => !problem.field).map((problem) => problem.message);
      const marked = refusal.problems.length > general.length;
      notification = {...notification, status: marked ? MARKED : refusal.message, message: marked ? general.join(' ') : ''};
      notice = marked && !general.length ? notification : null;
    } else if (notification && !notification.message && notification.status === service('$translate').instant('COMPLETE_ERROR')) {
      notification = {...notification, status: UNSENT};
    }
    return addError.call(this, notification);
  };
  notifications.sovetRefusals = true;
}

onRefused((refusal) => {
  pending = refusal;
  document.querySelectorAll('.sovet-refused').forEach(clear);
  placeBeside(refusal);
});

onCompleted(() => {
  pending = null;
});

// installed with the first form: form-js's refusals never reach the server
new MutationObserver((changes, observer) => {
  if (document.querySelector('[cam-tasklist-form]') && service('Notifications')) {
    announceInRussian(service('Notifications'));
    observer.disconnect();
  }
}).observe(document.body, {childList: true, subtree: true});

export default [];
