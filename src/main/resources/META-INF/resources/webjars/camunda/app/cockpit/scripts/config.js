// Sovet's Cockpit configuration: replaces the webapp's own config.js (same path, our jar first); the original sets nothing but comments.
export default {
  // the header and the tab say «Совет кластера», as in Tasklist («vendor name»)
  app: {
    vendor: 'Совет',
    name: 'кластера'
  },
  // the councils work in Russian (locales/ru.json, written for Sovet), whatever the browser's language
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  },
  // the few words Cockpit's templates hold in English (see sovet/chrome.js); the portal's login and
  // the council's icon, as in Tasklist
  customScripts: ['sovet/chrome', '../tasklist/sovet/portal-login', '../tasklist/sovet/brand']
};
