// After a completion, the person's next task for the same meeting or plan opens by itself: a task of the
// same business key (a meeting's protocol process carries its meeting's) assigned to them, else one they
// may claim. Only the engine API Tasklist already uses, with the person's own rights. The business key is
// read while the form is open: the completion may end the process instance.
import {onCompleted, taskForms, service} from './completions.js';

const keys = new Map();
const RETRY_PAUSES = [500, 1000, 1500, 2000, 3000, 4000, 0];

function api(url) {
  return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((answer) => answer.ok ? answer.json() : Promise.reject(answer.status));
}

/** The engine API's address as Tasklist itself builds it. */
function engine(path) {
  return service('Uri').appUri(`engine://engine/:engine/${path}`);
}

function rememberKeys() {
  for (const {params} of taskForms()) {
    if (params.processInstanceId && !keys.has(params.taskId)) {
      keys.set(params.taskId, api(engine(`process-instance/${params.processInstanceId}`))
        .then((instance) => instance.businessKey).catch(() => null));
    }
  }
}

async function nextTask(completion, user) {
  const key = await (keys.get(completion.taskId) || null);
  const same = key ? `processInstanceBusinessKey=${encodeURIComponent(key)}`
    : `processInstanceId=${encodeURIComponent(completion.processInstanceId)}`;
  const query = `${engine('task')}?${same}&sortBy=created&sortOrder=asc&maxResults=1&`;
  const mine = await api(`${query}assignee=${encodeURIComponent(user)}`);
  return mine[0] || (await api(`${query}candidateUser=${encodeURIComponent(user)}`))[0];
}

onCompleted(async (completion) => {
  const root = service('$rootScope');
  const user = root && root.authentication && root.authentication.name;
  if (!completion.processInstanceId || !user) {
    return;
  }
  const location = service('$location');
  // a step after a background job (the protocol's draft after the session record) comes a moment later:
  // look again for a few seconds. The person may have opened another task meanwhile: theirs to choose then
  for (const pause of RETRY_PAUSES) {
    const next = await nextTask(completion, user).catch(() => null);
    if (location.search().task) {
      return;
    }
    if (next) {
      // no forceDisplayTask (as Tasklist's own links have): it clears every notification, «Черновик сохранён» too
      root.$applyAsync(() => location.search({...location.search(), task: next.id}));
      return;
    }
    await new Promise((resume) => setTimeout(resume, pause));
  }
});

new MutationObserver(rememberKeys).observe(document.body, {childList: true, subtree: true});

export default [];
