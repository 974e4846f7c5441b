// Camunda's Welcome page is not Sovet's: its list of Camunda apps and its profile form (names and
// passwords the council's directory owns, which the server refuses to change) speak Camunda. Whoever
// reaches it — also by «Мой профиль» in Tasklist's header — is taken to the portal, which shows who
// they are and leads to their tasks. The login view is portal-login's.
function toPortal() {
  if (!/^#!?\/login/.test(window.location.hash)) {
    window.location.replace('/');
  }
}

window.addEventListener('hashchange', toPortal);
toPortal();

export default [];
