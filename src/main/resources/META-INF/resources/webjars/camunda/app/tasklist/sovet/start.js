// «Запустить процесс» opens an empty list for a member who may start no process (only secretaries and
// methodists start meetings and plans): the header shows it only to whom Tasklist's own start dialog
// would list something, asked the way the dialog asks.
const STARTABLE = '/camunda/api/engine/engine/default/process-definition/count'
  + '?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true';

function checkStartAction() {
  const action = document.querySelector('.sections-menu li.start-process-action');
  if (!action || action.dataset.sovetChecked) {
    return;
  }
  action.dataset.sovetChecked = 'yes';
  action.style.display = 'none';
  fetch(STARTABLE, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((response) => (response.ok ? response.json() : {count: 0}))
    .then((answer) => {
      if (answer.count > 0) {
        action.style.display = '';
      }
    })
    .catch(() => {});
}

new MutationObserver(checkStartAction).observe(document.body, {childList: true, subtree: true});
checkStartAction();

export default [];
