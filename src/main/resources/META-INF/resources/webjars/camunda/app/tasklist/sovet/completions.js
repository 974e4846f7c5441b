// Tasklist completes a task with POST task/{id}/submit-form and, refused, shows only its own words
// («Не удалось отправить форму задачи»). This watches those requests so Sovet's modules can show the
// server's reason beside its field (refusals.js) and open the person's next task (next-task.js).
const angular = window.angular;
const COMPLETION = /\/task\/([^/?]+)\/(submit-form|complete)(\?.*)?$/;
const refused = [];
const completed = [];

/** {taskId, processInstanceId, variables, url, form, message, problems: [{message, field?}]} */
export function onRefused(listener) {
  refused.push(listener);
}

/** {taskId, processInstanceId, variables, url, form} */
export function onCompleted(listener) {
  completed.push(listener);
}

/** Angular's service of the running Tasklist, once it has started. */
export function service(name) {
  const injector = angular.element(document.documentElement).injector();
  return injector && injector.get(name);
}

/** Runs a change of Tasklist's state from outside Angular (a request's answer, a click) and redraws. */
export function inAngular(change) {
  service('$rootScope').$applyAsync(change);
}

/**
 * The task forms on the page, each with what Tasklist knows of its task ({taskId, processInstanceId, …}); the
 * start form's dialog, once opened, may stay in the page too, without a task.
 */
export function taskForms() {
  return [...document.querySelectorAll('[cam-tasklist-form]')]
    .map((element) => ({element, form: angular.element(element).controller('camTasklistForm')}))
    .filter(({form}) => form && form.getParams().taskId)
    .map(({element, form}) => ({element, params: form.getParams()}));
}

function variables(body) {
  try {
    return JSON.parse(body).variables || {};
  } catch (notJson) {
    return {};
  }
}

function problems(xhr) {
  try {
    const answer = JSON.parse(xhr.responseText);
    return answer.message ? {message: answer.message, problems: answer.problems || [{message: answer.message}]} : null;
  } catch (notJson) {
    return null;
  }
}

function finished(xhr, completion) {
  if (xhr.status >= 200 && xhr.status < 300) {
    completed.forEach((listener) => listener(completion));
  } else if (xhr.status === 400) {
    const refusal = problems(xhr);
    if (refusal) {
      refused.forEach((listener) => listener({...completion, ...refusal}));
    }
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  const match = String(method).toUpperCase() === 'POST' && COMPLETION.exec(String(url));
  this.sovetCompletion = match ? {taskId: decodeURIComponent(match[1]), url: String(url)} : null;
  return open.apply(this, arguments);
};

const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (body) {
  const completion = this.sovetCompletion;
  if (completion) {
    const form = taskForms().find(({params}) => params.taskId === completion.taskId);
    completion.variables = variables(body);
    completion.form = form && form.element;
    completion.processInstanceId = form ? form.params.processInstanceId : null;
    // ahead of Tasklist's own handler (set before send): its error notification then finds the refusal read
    const handler = this.onreadystatechange;
    this.onreadystatechange = function () {
      if (this.readyState === 4) {
        finished(this, completion);
      }
      return handler && handler.apply(this, arguments);
    };
  }
  return send.apply(this, arguments);
};

export default [];
