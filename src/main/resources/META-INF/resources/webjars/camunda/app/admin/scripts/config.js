// Sovet's Admin configuration: replaces the webapp's own config.js (same path, our jar first); the original sets nothing but comments.
export default {
  // the councils work in Russian (locales/ru.json, written for Sovet), whatever the browser's language
  locales: {
    availableLocales: ['ru'],
    fallbackLocale: 'ru'
  }
};
