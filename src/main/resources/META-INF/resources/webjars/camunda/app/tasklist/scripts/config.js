// Sovet's Tasklist configuration: replaces the webapp's own config.js (same path, our jar first).
export default {
  customScripts: ['sovet/forms']
};
