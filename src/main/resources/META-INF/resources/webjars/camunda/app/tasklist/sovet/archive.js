// Tasklist is one of Sovet's pages: its header leads back to the council archive (the portal shares
// Tasklist's login), so nobody has to remember the portal's address.
function addArchiveLink() {
  const startProcess = document.querySelector('.sections-menu li.start-process-action');
  if (!startProcess || document.querySelector('.sections-menu li.sovet-archive')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'sovet-archive';
  const link = document.createElement('a');
  link.href = '/';
  link.textContent = 'Архив Совета';
  item.appendChild(link);
  startProcess.parentElement.insertBefore(item, startProcess.parentElement.firstChild);
}

new MutationObserver(addArchiveLink).observe(document.body, {childList: true, subtree: true});

export default [];
