// Cockpit 7.24 writes a few words straight into its templates instead of its locale: the «Actions»
// column of the variables table, the diagram buttons' tooltips and the labels of the decision
// table viewer (dmn-js). locales/ru.json cannot reach them, so this script puts the Russian words
// in place whenever such an element appears. Only exact matches in Camunda's own chrome change:
// table headers, tooltips, the decision table's header; never the data shown in them.
const HEADERS = {'Actions': 'Действия'};
const TITLES = {
  'zoom in': 'Увеличить',
  'zoom out': 'Уменьшить',
  'reset zoom': 'Исходный масштаб',
  'Select all': 'Выбрать все',
  'Open element documentation': 'Открыть документацию элемента',
  'Input type': 'Тип входа',
  'Output type': 'Тип выхода',
  'Output label': 'Подпись выхода',
  'No overlap is possible and all rules are disjoint. Only a single rule can be matched':
    'Правила не пересекаются: может сработать только одно правило',
  'Rules may overlap. The first matching rule will be chosen':
    'Правила могут пересекаться: выбирается первое сработавшее правило',
  'Rules may overlap. The one with the highest priority will be chosen':
    'Правила могут пересекаться: выбирается правило с наивысшим приоритетом',
  'Rules may overlap. Their output have to match':
    'Правила могут пересекаться: их результаты должны совпадать',
  'Collects the values of all matching rules': 'Собирает значения всех сработавших правил',
  'Collects the values of all matching rules and sums up to a single value':
    'Собирает значения всех сработавших правил и суммирует их',
  'Collects the values of all matching rules and uses the lowest value':
    'Собирает значения всех сработавших правил и берёт наименьшее',
  'Collects the values of all matching rules and uses the highest value':
    'Собирает значения всех сработавших правил и берёт наибольшее',
  'Collects the values of all matching rules and counts the number of them':
    'Собирает значения всех сработавших правил и считает их количество',
  'Collects the values of all matching rules in rule order':
    'Собирает значения всех сработавших правил в порядке правил',
  'Collects the values of all matching rules in decreasing output priority order':
    'Собирает значения всех сработавших правил в порядке убывания приоритета выходов'
};
const TITLE_PREFIXES = {
  'Input label: ': 'Подпись входа: ',
  'Input expression: ': 'Выражение входа: ',
  'Output label: ': 'Подпись выхода: ',
  'Output name: ': 'Имя выхода: ',
  'Decision name: ': 'Название решения: '
};
const DECISION_TABLE = {
  'Hit policy:': 'Политика срабатывания:',
  'Unique': 'Единственное',
  'First': 'Первое',
  'Priority': 'По приоритету',
  'Any': 'Любое',
  'Collect': 'Сбор',
  'Collect (Sum)': 'Сбор (сумма)',
  'Collect (Min)': 'Сбор (минимум)',
  'Collect (Max)': 'Сбор (максимум)',
  'Collect (Count)': 'Сбор (количество)',
  'Rule order': 'По порядку правил',
  'Output order': 'По порядку выходов',
  'When': 'Если',
  'And': 'И',
  'Then': 'То',
  'Annotations': 'Примечания',
  'View DRD': 'Показать DRD'
};

function translateTexts(element, dictionary) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const russian = dictionary[node.nodeValue.trim()];
    if (russian) {
      node.nodeValue = node.nodeValue.replace(node.nodeValue.trim(), russian);
    }
  }
}

function translateTitle(element) {
  const title = element.getAttribute('title');
  if (TITLES[title]) {
    element.setAttribute('title', TITLES[title]);
    return;
  }
  const prefix = Object.keys(TITLE_PREFIXES).find((english) => title.startsWith(english));
  if (prefix) {
    element.setAttribute('title', TITLE_PREFIXES[prefix] + title.substring(prefix.length));
  }
}

function translate(root) {
  root.querySelectorAll('thead td.actions, thead th.actions').forEach((cell) => translateTexts(cell, HEADERS));
  root.querySelectorAll('.tjs-container thead, .tjs-container .decision-table-properties, .view-drd')
    .forEach((part) => translateTexts(part, DECISION_TABLE));
  root.querySelectorAll('[title]').forEach(translateTitle);
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    // once per frame: Cockpit redraws diagrams and tables in many small steps
    requestAnimationFrame(() => {
      scheduled = false;
      translate(document.body);
    });
  }
}).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['title']});

export default [];
