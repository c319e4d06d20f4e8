// The playground: a feed (an address or pasted JSON) in, every widget, every
// validation message and a ready embed snippet out. Feed text is only ever
// handled as text: it goes into the page as textContent, never as markup.
const $ = (id) => document.getElementById(id);
const form = $('form');
/** Which attribute each element takes, and the feed list its ids come from. */
const ELEMENTS = {
  'ipw-program-card': ['program', 'programs'],
  'ipw-program-list': [],
  'ipw-topic-list': ['program', 'programs'],
  'ipw-agreement-timeline': ['agreement', 'agreements'],
  'ipw-participant-badge': ['stat', 'stats'],
};
/**
 * Where the embed code says the files are: a placeholder the webmaster replaces with the folder that holds `ipw.js`
 * (with its `ipw-*.js` files), the feed and its images. A feed on this demo server is named there too; a feed at an
 * address of its own keeps it.
 */
const SITE = 'https://your-site.example/ip-program-widgets/';
/** The feed shown (a usable feed, else undefined) and where it came from, as the embed code writes it. */
let feed;
let shown;

const item = (...children) => {
  const li = document.createElement('li');
  li.append(...children);
  return li;
};
const code = (text) => Object.assign(document.createElement('code'), { textContent: text });
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function showFeed() {
  const mode = form.elements.mode.value;
  $('url-field').hidden = mode !== 'url';
  $('json-field').hidden = mode !== 'json';
  const theme = $('theme').value;
  $('preset-wipo').disabled = theme !== 'wipo';
  $('preset-canada').disabled = theme !== 'canada';

  const host = document.createElement('ipw-feed');
  feed = undefined;
  shown = { mode, url: $('url').value.trim(), json: $('json').value.trim() };
  host.lang = $('lang').value;
  if (theme === 'light' || theme === 'dark') host.setAttribute('theme', theme);
  if (mode === 'url') host.src = $('url').value.trim();
  else {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = $('json').value;
    host.append(script);
  }
  $('status').textContent = 'Loading…';
  $('warnings').replaceChildren();
  fillRecords();
  // Only the feed shown last speaks: one that was replaced meanwhile may still answer.
  const current = () => $('preview').firstChild === host;
  host.addEventListener('ipw-feed-load', ({ detail }) => {
    if (!current()) return;
    feed = detail.feed;
    const n = detail.warnings.length;
    $('status').textContent = n
      ? `The feed is usable, with ${n} warning${n > 1 ? 's' : ''}: what they name was left out.`
      : 'The feed is valid: no warnings.';
    $('warnings').replaceChildren(...detail.warnings.map((w) => item(code(w.path), ` ${w.message}`)));
    host.append(...widgets());
    fillRecords();
  });
  host.addEventListener('ipw-feed-error', ({ detail: { error } }) => {
    if (!current()) return;
    feed = undefined;
    $('status').textContent = 'The feed cannot be used:';
    $('warnings').replaceChildren(item(code(error.code), ` ${error.message}`));
    fillRecords();
  });
  host.addEventListener('ipw-error', ({ target, detail: { error } }) =>
    $('warnings').append(item(code(`<${target.localName}>`), ` ${error.message}`)),
  );
  $('preview').replaceChildren(host);
}

/** One of each element, on the first record of its kind. */
function widgets() {
  return Object.entries(ELEMENTS).flatMap(([tag, [attr, list]]) => {
    const id = list && feed[list][0]?.id;
    if (attr && !id) return [];
    const title = Object.assign(document.createElement('h3'), { textContent: `<${tag}>` });
    const el = document.createElement(tag);
    if (attr) el.setAttribute(attr, id);
    if (tag === 'ipw-participant-badge') el.setAttribute('size', 'stat');
    return [title, el];
  });
}

function fillRecords() {
  const [, list] = ELEMENTS[$('element').value];
  const records = (list && feed?.[list]) || [];
  $('record').replaceChildren(...records.map((r) => new Option(r.id, r.id)));
  $('record').disabled = !records.length;
  showSnippet();
}

/** The embed code of the element and record chosen, for the feed shown; none until that feed can be used. */
function showSnippet() {
  // Nothing to copy while the feed loads or cannot be used: code for a broken feed would only move the problem.
  for (const id of ['snippet-box', 'snippet-note', 'copy']) $(id).hidden = !feed;
  $('snippet-none').hidden = !!feed;
  $('copied').textContent = '';
  if (!feed) {
    $('snippet').textContent = '';
    return;
  }
  const tag = $('element').value;
  const [attr] = ELEMENTS[tag];
  const id = $('record').value;
  const lang = $('lang').value;
  const theme = $('theme').value;
  const attrs = [
    attr && id && `${attr}="${escapeAttr(id)}"`,
    lang !== 'en' && `lang="${lang}"`,
    (theme === 'light' || theme === 'dark') && `theme="${theme}"`,
  ].filter(Boolean);
  const widget = `<${tag}${attrs.map((a) => ' ' + a).join('')}></${tag}>`;
  const lines = [`<script type="module" src="${SITE}ipw.js"></script>`];
  if (theme === 'wipo' || theme === 'canada') lines.push(`<link rel="stylesheet" href="${SITE}themes/${theme}.css">`);
  if (shown.mode === 'url') {
    lines.push(`<ipw-feed src="${escapeAttr(feedAddress(shown.url))}">`, `  ${widget}`, '</ipw-feed>');
  } else {
    // "</" inside JSON strings is written "<\/": the same JSON, and it cannot close the script.
    const json = shown.json.replace(/<\//g, '<\\/');
    lines.push('<ipw-feed>', '  <script type="application/json">', json, '  </script>', `  ${widget}`, '</ipw-feed>');
  }
  $('snippet').textContent = lines.join('\n');
  $('snippet-note').hidden = false;
}

/**
 * The feed's address as the webmaster's page names it: a feed on this server (the demo's own, or another file here)
 * becomes the same file name in the placeholder folder; an address elsewhere stays as it is.
 */
function feedAddress(address) {
  const url = new URL(address || '.', location.href);
  return url.origin === location.origin ? SITE + url.pathname.split('/').pop() : url.href;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  showFeed();
});
form.addEventListener('change', async (event) => {
  // Pasting starts from the feed at the address, to edit.
  if (event.target.name === 'mode' && event.target.value === 'json' && !$('json').value)
    $('json').value = await fetch(new URL($('url').value, location.href))
      .then((r) => r.text())
      .catch(() => '');
  if (event.target.id !== 'json') showFeed();
});
$('element').addEventListener('change', fillRecords);
$('record').addEventListener('change', showSnippet);
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').textContent);
    $('copied').textContent = 'Copied.';
  } catch {
    $('copied').textContent = 'Select the code and copy it by hand.';
  }
});
showFeed();
