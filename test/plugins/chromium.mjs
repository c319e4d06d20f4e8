import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

// Server commands for what only Chromium's DevTools protocol can do from a test: emulating forced colors (Windows
// high contrast), and reading the accessibility tree as Chromium gives it to screen readers. In another browser
// each command answers false (null would read as "no plugin handles it"), and the test that needs it is skipped.
//
//   executeServerCommand('ipw-emulate', { features: [{ name: 'forced-colors', value: 'active' }] })
//   executeServerCommand('ipw-ax-tree', { selector: '#some-host' })  → the tree under that element, as text
//   executeServerCommand('ipw-snapshot', { name, text })  → its reviewed snapshot (any browser)

/** Chromium's own page for a test session, or undefined in another browser. */
async function chromiumPage(session) {
  if (session.browser.type !== 'puppeteer') return undefined;
  const page = session.browser.getPage(session.id);
  return /chrom/i.test(await page.browser().version()) ? page : undefined;
}

/**
 * A node of Puppeteer's accessibility snapshot as one line per node, indented by depth: its role, its name in
 * quotes, and what else a screen reader says of it (level, state). Text is a `text "…"` line, unless it only repeats
 * its parent's name; containers without a role or name are left out, their children moved up, as they are not
 * announced; the line boxes of text (`InlineTextBox`) are layout, not content.
 */
export function axText(node, depth = 0, parentName = undefined) {
  if (node.role === 'InlineTextBox') return '';
  const text = node.role === 'StaticText';
  const skip =
    (['generic', 'none', 'presentation'].includes(node.role) && !node.name) || (text && node.name === parentName);
  const facts = [
    node.level && `level=${node.level}`,
    node.busy && 'busy',
    node.live && `live=${node.live}`,
    node.expanded !== undefined && (node.expanded ? 'expanded' : 'collapsed'),
    node.focused && 'focused',
  ].filter(Boolean);
  const role = text ? 'text' : node.role;
  const line = `${'  '.repeat(depth)}${role}${node.name ? ` ${JSON.stringify(node.name)}` : ''}${facts.length ? ` (${facts.join(', ')})` : ''}`;
  const children = (node.children ?? [])
    .map((c) => axText(c, skip ? depth : depth + 1, skip ? parentName : node.name))
    .filter(Boolean);
  return [skip ? '' : line, ...children].filter(Boolean).join('\n');
}

/** Where the reviewed accessibility-tree snapshots live, one text file each. */
const SNAPSHOTS = new URL('../a11y/snapshots/', import.meta.url);

/**
 * `ipw-snapshot` compares a text with its reviewed snapshot file and answers `{ expected }` (undefined when there is
 * none yet). With UPDATE_SNAPSHOTS=1 in the environment it writes the text there instead, for a person to review
 * before committing, and answers `{ expected: text, written: true }`.
 */
function snapshot({ name, text }) {
  if (!/^[\w-]+$/.test(name)) throw new Error(`ipw-snapshot: not a snapshot name: ${name}`);
  const file = new URL(`${name}.txt`, SNAPSHOTS);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(file, `${text}\n`);
    return { expected: text, written: true };
  }
  return { expected: existsSync(file) ? readFileSync(file, 'utf8').replace(/\n$/, '') : undefined };
}

export function chromiumPlugin() {
  return {
    name: 'ipw-chromium',
    async executeCommand({ command, payload, session }) {
      if (command === 'ipw-snapshot') return snapshot(payload);
      if (command !== 'ipw-emulate' && command !== 'ipw-ax-tree') return undefined;
      const page = await chromiumPage(session);
      if (!page) return false;
      if (command === 'ipw-emulate') {
        await page.emulateMediaFeatures(payload.features);
        return true;
      }
      const root = await page.$(payload.selector);
      if (!root) throw new Error(`ipw-ax-tree: nothing matches ${payload.selector}`);
      const tree = await page.accessibility.snapshot({ root, interestingOnly: false });
      return tree ? axText(tree) : '';
    },
  };
}
