// Sovet's Admin configuration: replaces the webapp's own config.js (same path, our jar first); the original sets nothing but comments.
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
  // the portal's login and the council's icon, as in Tasklist; the notice that the directory keeps council roles
  customScripts: ['../tasklist/sovet/portal-login', '../tasklist/sovet/brand', 'sovet/directory-notice']
};
