// Sovet's Welcome configuration: replaces the webapp's own config.js (same path, our jar first); the original sets nothing.
export default {
  // the Welcome app's login view leads to the portal's login (Tasklist's script, shared); any other view to the portal
  customScripts: ['../tasklist/sovet/portal-login', 'sovet/portal']
};
