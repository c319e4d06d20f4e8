// The demo page's two switches: language (sets <html lang> and dir, as a
// multilingual site's toggle does; the widgets re-render by themselves) and theme.
import { LANGUAGES } from './languages.js';

const root = document.documentElement;

function setLanguage(lang) {
  if (!Object.hasOwn(LANGUAGES, lang)) lang = 'en';
  const words = LANGUAGES[lang];
  root.lang = words.tag ?? lang;
  root.dir = words.dir;
  document.title = words.title;
  document.querySelector('meta[name=description]').content = words.description;
  document.querySelector('.languages').setAttribute('aria-label', words.languages);
  for (const option of document.querySelectorAll('#theme option')) option.text = words.theme[option.value];
  for (const link of document.querySelectorAll('[data-lang]'))
    if (link.dataset.lang === lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
}

setLanguage(new URLSearchParams(location.search).get('lang') ?? 'en');

document.addEventListener('click', (event) => {
  const link = event.target.closest?.('[data-lang]');
  if (!link) return;
  event.preventDefault();
  setLanguage(link.dataset.lang);
  history.replaceState(null, '', `?lang=${link.dataset.lang}`);
});

const theme = document.getElementById('theme');
theme.value = localStorage.getItem('ipw-demo-theme') ?? 'auto';
const applyTheme = () => {
  root.dataset.theme = theme.value;
  localStorage.setItem('ipw-demo-theme', theme.value);
};
theme.addEventListener('change', applyTheme);
applyTheme();
