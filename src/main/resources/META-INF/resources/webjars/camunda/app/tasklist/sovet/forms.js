// Tasklist 7.24 keeps «Complete» disabled as soon as a Camunda Form holds a field inside a dynamic
// list: form-js reports an empty error entry for every such field. Sovet validates every
// submission on the server and answers in Russian, so the browser's verdict is advisory: the
// button follows the errors a person can actually see on the form.
const angular = window.angular;

function visibleErrors(element) {
  return element.querySelector('.fjs-has-errors') !== null;
}

function patch(element) {
  const form = angular.element(element).controller('camTasklistForm');
  if (!form || form.sovetPatched) {
    return;
  }
  const notify = form.notifyFormValidated;
  form.notifyFormValidated = function (invalid) {
    notify.call(this, invalid && visibleErrors(element));
  };
  form.sovetPatched = true;
}

new MutationObserver(() => document.querySelectorAll('[cam-tasklist-form]').forEach(patch))
  .observe(document.body, {childList: true, subtree: true});

export default [];
