// Camunda's Welcome page is not Sovet's: its list of Camunda apps and its profile form (names and
// passwords the council's directory owns, which the server refuses to change) speak Camunda. Whoever
// reaches it — mostly by «Мой профиль» in Tasklist's header — is taken to the portal's profile page,
// which shows who they are and changes the password. The login view is portal-login's.
function toPortal() {
  if (!/^#!?\/login/.test(window.location.hash)) {
    window.location.replace('/profile');
  }
}

window.addEventListener('hashchange', toPortal);
toPortal();

export default [];
