// The dashboard's shell: sign-in, navigation and the router (the part after # names the page).

import { signedIn, signIn, signOut, signedInEmail, sessionListeners } from './api.js';
import { h, replace, field, select, notice } from './dom.js';
import { t, languages, currentLanguage, setLanguage } from './i18n.js';
import { overview, liveStream } from './views-live.js';
import { history, upload } from './views-history.js';
import { incidents, incident, summaries, models } from './views-reports.js';

const pages = [
  ['#/', 'navStreams'], ['#/history', 'navHistory'], ['#/upload', 'navUpload'], ['#/incidents', 'navIncidents'],
  ['#/summaries', 'navSummaries'], ['#/models', 'navModels'],
];

/** The page shown now: what it opened (sockets) is closed when another one replaces it. */
let current = { closers: [] };

function routeOf(hash) {
  const [path] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case undefined: return [overview];
    case 'streams': return parts[1] ? [liveStream, parts[1]] : [overview];
    case 'history': return [history];
    case 'upload': return [upload];
    case 'incidents': return parts[1] ? [incident, parts[1]] : [incidents];
    case 'summaries': return [summaries];
    case 'models': return [models, parts[1]];
    default: return [null];
  }
}

async function show() {
  for (const close of current.closers) close();
  current = { closers: [] };
  const page = current;
  document.body.replaceChildren(...shell());
  const main = document.getElementById('main');
  if (!signedIn()) {
    login(main);
    return;
  }
  const [view, argument] = routeOf(location.hash || '#/');
  highlight();
  if (!view) {
    replace(main, notice(t('notFound'), 'error'));
    return;
  }
  replace(main, notice(t('loading')));
  try {
    await view(main, page, argument);
    document.title = `${main.querySelector('h1')?.textContent ?? ''} · Vigia`;
  } catch (error) {
    if (page !== current) return;
    replace(main, notice(error.status === 404 ? t('notFound') : t('error', { reason: error.message }), 'error'),
      h('button', { type: 'button', onclick: show }, t('retry')));
  }
}

function shell() {
  const language = select(languages, currentLanguage(), { id: 'language', 'aria-label': t('language') });
  language.addEventListener('change', () => { setLanguage(language.value); show(); });
  return [
    h('a', { href: '#main', class: 'skip' }, t('skip')),
    h('header', { class: 'top' },
      h('a', { href: '#/', class: 'brand' }, h('span', { 'aria-hidden': 'true', class: 'logo' }, '◉'), ' ', t('appName')),
      signedIn() && h('nav', { 'aria-label': 'Vigia' }, h('ul', {}, pages.map(([href, key]) =>
        h('li', {}, h('a', { href }, t(key)))))),
      h('div', { class: 'account' }, language,
        signedIn() && h('span', { class: 'who' }, signedInEmail()),
        signedIn() && h('button', { type: 'button', onclick: () => { signOut(); location.hash = '#/'; show(); } }, t('logout')))),
    h('main', { id: 'main', tabindex: '-1' }),
    h('p', { id: 'announcer', class: 'announcer', role: 'status', 'aria-live': 'polite' }),
  ];
}

function highlight() {
  const [section] = (location.hash || '#/').split('/').slice(1);
  for (const link of document.querySelectorAll('nav a')) {
    const target = link.getAttribute('href').split('/')[1];
    const active = target === section || (target === '' && (section === '' || section === 'streams' || section === undefined));
    if (active) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
}

function login(main, message) {
  const email = h('input', { type: 'email', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('signIn'));
  const status = h('div');
  const form = h('form', { class: 'login' },
    h('h1', {}, t('loginTitle')), message && notice(message, 'error'),
    field(t('email'), email), field(t('password'), password), status, h('div', { class: 'buttons' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    submit.textContent = t('signingIn');
    try {
      await signIn(email.value.trim(), password.value);
      show();
    } catch (error) {
      replace(status, notice(error.status === 401 ? t('loginFailed') : t('error', { reason: error.message }), 'error'));
      submit.disabled = false;
      submit.textContent = t('signIn');
    }
  });
  replace(main, form);
  document.title = `${t('loginTitle')} · Vigia`;
  email.focus();
}

sessionListeners.add(() => {
  show().then(() => {
    const main = document.getElementById('main');
    if (main) login(main, t('sessionEnded'));
  });
});
setLanguage(currentLanguage());
window.addEventListener('hashchange', show);
show();
