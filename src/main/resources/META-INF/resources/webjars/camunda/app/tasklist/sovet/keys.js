// Tasklist's search box and sorting read some labels with $translate.instant when they are built; on
// a page's first load ru.json may not be there yet, and the raw key stays on screen («SEARCH_PLACEHOLDER»,
// «CREATION_DATE»). This puts ru.json's label in place of any such key in Tasklist's own chrome; the
// task's form (form-js, russian.js) holds people's data and is left alone.
const KEY = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const labels = fetch(new URL('../locales/ru.json', import.meta.url))
  .then((response) => response.json())
  .then((locale) => locale.labels);

function russian(dictionary, value) {
  const key = value && value.trim();
  const label = KEY.test(key) ? dictionary[key] : null;
  // labels with markup or {{placeholders}} are Angular's to render
  return label && !/[<{]/.test(label) ? value.replace(key, label) : null;
}

function translate(dictionary) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const label = russian(dictionary, node.nodeValue);
    if (label && !node.parentElement.closest('.fjs-container')) {
      node.nodeValue = label;
    }
  }
  document.querySelectorAll('[placeholder], [title]').forEach((element) => {
    for (const name of ['placeholder', 'title']) {
      const label = russian(dictionary, element.getAttribute(name));
      if (label && !element.closest('.fjs-container')) {
        element.setAttribute(name, label);
      }
    }
  });
}

labels.then((dictionary) => {
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      // once per frame: Tasklist redraws its lists in many small steps
      requestAnimationFrame(() => {
        scheduled = false;
        translate(dictionary);
      });
    }
  });
  observer.observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ['placeholder', 'title']});
  translate(dictionary);
});

export default [];
