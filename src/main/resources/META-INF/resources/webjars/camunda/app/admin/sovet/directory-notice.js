// Admin lists the users, groups and tenants Sovet mirrors from its directory, and would let an administrator edit
// them; but the directory is the one source of truth (the server refuses Admin's edits of council groups and their
// tenants' memberships, and the directory's next change would overwrite them anyway). A notice on every Admin page says
// where council roles, people and clusters are kept.
const NOTICE_ID = 'sovet-directory-notice';

function showNotice() {
  if (document.getElementById(NOTICE_ID)) {
    return;
  }
  const notice = document.createElement('div');
  notice.id = NOTICE_ID;
  notice.setAttribute('role', 'note');
  notice.append('Роли Совета, люди и кластеры ведутся в Sovet: ');
  const link = document.createElement('a');
  link.href = '/directory';
  link.textContent = 'Справочник';
  notice.append(link, '. Изменения здесь будут перезаписаны.');
  document.body.appendChild(notice);
}

showNotice();
// Admin's AngularJS redraws parts of the page; the notice is the body's own child and stays, but put it back if not
new MutationObserver(showNotice).observe(document.body, {childList: true});

export default [];
