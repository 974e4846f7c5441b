// Tasklist, Cockpit and Admin are Sovet's: the tab shows the council's icon instead of Camunda's
// (index.html links Camunda's favicon.ico; the header's name comes from config.js, its logo from
// styles/user-styles.css).
function useSovetIcon() {
  document.querySelectorAll('link[rel~="icon"]').forEach((link) => link.remove());
  const icon = document.createElement('link');
  icon.rel = 'icon';
  icon.type = 'image/svg+xml';
  icon.href = new URL('favicon.svg', import.meta.url).href;
  document.head.appendChild(icon);
}

useSovetIcon();

export default [];
