// Saving a draft says so. The work plan's draft form is completed with «Сохранить черновик и продолжить
// позже» (draftAction = save): the server keeps the text and reopens the draft (next-task.js opens it).
// Tasklist's own «Сохранить» keeps the form in this browser only and shows nothing: now it says where.
import {onCompleted, service, inAngular} from './completions.js';

const SAVED = 'Черновик сохранён';

onCompleted((completion) => {
  const action = completion.variables.draftAction;
  if (action && action.value === 'save') {
    inAngular(() => service('Notifications').addMessage({status: SAVED,
      message: 'План открыт снова с вашим текстом: продолжите, когда будет удобно.', duration: 8000}));
  }
});

// after Angular's own click handler (the button's), which has stored the form and disabled the button by then;
// a disabled button has no clicks
document.addEventListener('click', (event) => {
  const save = event.target.closest && event.target.closest('[cam-tasklist-form] button[ng-click="save($event)"]');
  if (save) {
    inAngular(() => service('Notifications').addMessage({status: SAVED,
      message: 'Форма хранится только в этом браузере: откройте задачу снова здесь, чтобы продолжить.', duration: 8000}));
  }
});

export default [];
