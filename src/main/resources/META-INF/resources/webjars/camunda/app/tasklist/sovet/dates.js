// form-js 1.8.7 builds each date picker (flatpickr) from the browser's own locale: an English browser
// shows «mm/dd/yyyy» and reads «01.12.2026» typed by hand as 12 January. Councils write dates
// «дд.мм.гггг» whatever the browser, so every picker is switched to that format, Russian names and
// weeks from Monday. Only the display changes: form-js still submits the date as ISO «yyyy-mm-dd».
const FORMAT = 'd.m.Y';
const PLACEHOLDER = 'дд.мм.гггг';

const CALENDAR = {
  weekdays: {
    shorthand: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
    longhand: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота']
  },
  months: {
    shorthand: ['Янв', 'Фев', 'Март', 'Апр', 'Май', 'Июнь', 'Июль', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
    longhand: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' — ',
  weekAbbreviation: 'Нед.',
  scrollTitle: 'Прокрутите для увеличения',
  toggleTitle: 'Нажмите для переключения',
  amPM: ['ДП', 'ПП'],
  yearAriaLabel: 'Год',
  monthAriaLabel: 'Месяц',
  hourAriaLabel: 'Час',
  minuteAriaLabel: 'Минута',
  time_24hr: true
};

// flatpickr reads config.dateFormat whenever it formats the chosen date or parses typed text, so a
// picker switched right after form-js creates it never shows or reads the browser's format.
function russify(input) {
  const picker = input._flatpickr;
  if (picker && !picker.sovetDates) {
    picker.sovetDates = true;
    picker.set({locale: CALENDAR, dateFormat: FORMAT});
  }
  if (input.getAttribute('placeholder') !== PLACEHOLDER) {
    input.setAttribute('placeholder', PLACEHOLDER);
  }
}

new MutationObserver(() => document.querySelectorAll('.fjs-container .flatpickr-input').forEach(russify))
  .observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ['placeholder']});

export default [];
