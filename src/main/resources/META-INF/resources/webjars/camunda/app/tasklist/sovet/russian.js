// form-js 1.8.7 (the Camunda Forms renderer of Tasklist 7.24) has no translations: its buttons,
// validation messages and date picker are English. Councils work in Russian, so this script
// rewrites form-js's own strings inside rendered forms (dates.js makes its date pickers Russian).
const TEXT = [
  [/^Field is required\.$/, () => 'Заполните это поле.'],
  [/^Field must have minimum length of (\d+)\.$/, n => `Введите не менее ${n} символов.`],
  [/^Field must have maximum length of (\d+)\.$/, n => `Введите не более ${n} символов.`],
  [/^Field must have minimum value of (.+)\.$/, n => `Значение должно быть не меньше ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, n => `Значение должно быть не больше ${n}.`],
  [/^Field must match pattern (.+)\.$/, p => `Значение не соответствует образцу ${p}.`],
  [/^Field must be a valid email\.$/, () => 'Введите адрес электронной почты, например ivanova@example.org.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Введите номер телефона в международном формате, например +79123456789.'],
  [/^Add new$/, () => 'Добавить'],
  [/^Expand all \((\d+)\)$/, n => `Развернуть все (${n})`],
  [/^Collapse$/, () => 'Свернуть'],
  [/^Search$/, () => 'Поиск'],
  [/^Select$/, () => 'Выберите'],
  [/^No values$/, () => 'Нет значений'],
  [/^Clear$/, () => 'Очистить']
];

const ATTRIBUTES = [
  [/^Remove list item (\d+)$/, n => `Удалить строку ${n}`],
  [/^Increment$/, () => 'Увеличить'],
  [/^Decrement$/, () => 'Уменьшить'],
  [/^Search$/, () => 'Поиск'],
  [/^hh:mm$/, () => 'чч:мм'],
  [/^hh:mm \?m$/, () => 'чч:мм']
];

function translated(rules, value) {
  const trimmed = value.trim();
  for (const [pattern, russian] of rules) {
    const match = trimmed.match(pattern);
    if (match) {
      return value.replace(trimmed, russian(...match.slice(1)));
    }
  }
  return null;
}

function translateText(node) {
  const russian = translated(TEXT, node.nodeValue);
  if (russian !== null) {
    node.nodeValue = russian;
  }
}

function translateAttributes(element) {
  for (const name of ['placeholder', 'aria-label', 'title']) {
    const value = element.getAttribute(name);
    const russian = value && translated(ATTRIBUTES, value);
    if (russian) {
      element.setAttribute(name, russian);
    }
  }
}

function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateText(node);
  }
  root.querySelectorAll('[placeholder], [aria-label], [title]').forEach(translateAttributes);
}

new MutationObserver(() => document.querySelectorAll('.fjs-container').forEach(translate))
  .observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ['placeholder', 'aria-label', 'title']});

export default [];
