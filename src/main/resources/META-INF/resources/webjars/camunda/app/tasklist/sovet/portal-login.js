// Sovet has one login page, the portal's (/login): the webapps' own login views are Camunda's,
// English-branded and without the login throttle, so whoever lands on one is sent to the portal's,
// which brings them back here. Tasklist, Cockpit, Admin and Welcome load it (their config.js).
const LOGGED_OUT = 'sovet-logged-out';

function toPortalLogin() {
  if (!/^#!?\/login/.test(window.location.hash)) {
    return;
  }
  const next = encodeURIComponent(window.location.pathname);
  // after «Выйти» the portal says the person has left, as its own logout does
  const out = window.sessionStorage.getItem(LOGGED_OUT) ? 'out&' : '';
  window.sessionStorage.removeItem(LOGGED_OUT);
  window.location.replace(`/login?${out}next=${next}`);
}

// the header's «Выйти» ends the session and then opens the login view
document.addEventListener('click', (event) => {
  if (event.target.closest && event.target.closest('.account li.logout')) {
    window.sessionStorage.setItem(LOGGED_OUT, 'yes');
  }
}, true);
window.addEventListener('hashchange', toPortalLogin);
toPortalLogin();

export default [];
