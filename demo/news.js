// The demo page's two switches: language (sets <html lang> and dir, as a
// bilingual site's toggle does; the widgets re-render by themselves) and theme.
// The publisher is Canadian: its English is en-CA ("October 7, 2024"), its
// French fr-CA, and the widgets follow the page's lang.
const LANGUAGES = { en: ['en-CA', 'ltr'], fr: ['fr-CA', 'ltr'], ar: ['ar', 'rtl'] };
const TITLES = {
  en: 'A new era of executive training between WIPO and Canada',
  fr: 'Une nouvelle ère pour la formation des cadres entre l’OMPI et le Canada',
  ar: 'عهد جديد للتدريب التنفيذي بين الويبو وكندا',
};
const root = document.documentElement;

function setLanguage(lang) {
  if (!Object.hasOwn(LANGUAGES, lang)) lang = 'en';
  [root.lang, root.dir] = LANGUAGES[lang];
  document.title = TITLES[lang];
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
