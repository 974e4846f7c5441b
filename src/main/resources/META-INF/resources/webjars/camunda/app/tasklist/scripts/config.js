// Sovet's Tasklist configuration: replaces the webapp's own config.js (same path, our jar first).
export default {
  // the header and the tab say «Совет кластера»: Tasklist shows «vendor name»
  app: {
    vendor: 'Совет',
    name: 'кластера'
  },
  // the councils work in Russian (locales/ru.json, written for Sovet), whatever the browser's language
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  // Tasklist's own shortcuts, described in Russian in its «Горячие клавиши» dialog
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'взять выбранную задачу'},
    focusFilter: {key: 'ctrl+shift+f', description: 'перейти к первому фильтру в списке'},
    focusList: {key: 'ctrl+alt+l', description: 'перейти к первой задаче в списке'},
    focusForm: {key: 'ctrl+alt+f', description: 'перейти к первому полю формы задачи'},
    startProcess: {key: 'ctrl+alt+p', description: 'открыть окно запуска процесса'}
  },
  // no «Welcome to Camunda» tour on the first login
  disableWelcomeMessage: true,
  // sovet/names comes first: it renames people in the engine's answers, the header's first among them.
  // sovet/completions.js is no entry of its own: the modules import it, and one copy must watch the requests
  customScripts: ['sovet/names', 'sovet/portal-login', 'sovet/brand', 'sovet/keys', 'sovet/forms', 'sovet/russian', 'sovet/dates', 'sovet/archive',
    'sovet/start', 'sovet/refusals', 'sovet/next-task', 'sovet/drafts']
};
