// Tasklist writes a person as «firstName lastName», and Camunda's users hold the directory's
// «Ирина Петровна» and «Колесникова» (as Camunda Admin edits them): Tasklist would say «Ирина Петровна
// Колесникова» where every other page of Sovet says «Колесникова И.П.» in a list and «Колесникова
// Ирина Петровна» in a header. The engine's answers are read through here and given Sovet's one form:
// the header's own profile the full name, every other person (assignees, candidates) the list form.
const PROFILE = /\/user\/[^/?]+\/profile(\?|$)/;
const ENGINE_API = /\/camunda\/api\/engine\//;
const responseText = Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, 'responseText');
const open = XMLHttpRequest.prototype.open;

function initials(given) {
  return given.split(/\s+/).filter(Boolean).map((part) => part.charAt(0) + '.').join('');
}

function isPerson(value) {
  return value && typeof value === 'object' && typeof value.id === 'string'
    && typeof value.firstName === 'string' && typeof value.lastName === 'string' && value.firstName !== '';
}

/** «Колесникова» with «Ирина Петровна» as the surname first, shown by Tasklist's «first last». */
function rename(person, full) {
  const surname = person.lastName;
  person.lastName = full ? person.firstName : initials(person.firstName);
  person.firstName = surname;
}

function walk(value, full) {
  if (Array.isArray(value)) {
    value.forEach((item) => walk(item, full));
  } else if (value && typeof value === 'object') {
    if (isPerson(value)) {
      rename(value, full);
    } else {
      Object.values(value).forEach((item) => walk(item, full));
    }
  }
}

function renamed(xhr, raw) {
  if (xhr.readyState !== 4 || !xhr.sovetUrl || !ENGINE_API.test(xhr.sovetUrl) || raw.indexOf('"firstName"') < 0) {
    return raw;
  }
  if (xhr.sovetRaw !== raw) {
    try {
      const answer = JSON.parse(raw);
      walk(answer, PROFILE.test(xhr.sovetUrl));
      xhr.sovetText = JSON.stringify(answer);
    } catch (notJson) {
      xhr.sovetText = raw;
    }
    xhr.sovetRaw = raw;
  }
  return xhr.sovetText;
}

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.sovetUrl = String(url);
  return open.call(this, method, url, ...rest);
};

Object.defineProperty(XMLHttpRequest.prototype, 'responseText', {
  configurable: true,
  get() {
    return renamed(this, responseText.get.call(this));
  }
});

export default [];
