// What the build gives editors (VS Code, JetBrains IDEs) and package users beside the code, read from dist/ as the
// package ships it, against the manifest it is made from: every element, every attribute with the words it takes,
// the events, parts and custom properties; and every file of dist/ a user may load is reachable through `exports`.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { root } from './util.mjs';

const json = async (path) => JSON.parse(await readFile(join(root, path), 'utf8'));

describe('editor data and package entry points', () => {
  let pkg, elements;
  before(async () => {
    pkg = await json('package.json');
    const manifest = await json('custom-elements.json');
    elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  });

  test('the manifest lists the six elements, with the attributes they share and the words they take', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), [
      'ipw-agreement-timeline',
      'ipw-feed',
      'ipw-participant-badge',
      'ipw-program-card',
      'ipw-program-list',
      'ipw-topic-list',
    ]);
    for (const el of elements)
      for (const name of ['src', 'timeout', 'theme'])
        assert.ok(
          el.attributes.some((a) => a.name === name),
          `<${el.tagName} ${name}>`,
        );
    const list = elements.find((e) => e.tagName === 'ipw-program-list');
    assert.equal(list.attributes.find((a) => a.name === 'sort').type.text, "'newest' | 'oldest' | 'title'");
  });

  test('VS Code: every tag, with its attributes, their values and docs; the custom properties and parts', async () => {
    const html = await json('dist/vscode.html-custom-data.json');
    for (const el of elements) {
      const tag = html.tags.find((t) => t.name === el.tagName);
      assert.ok(tag, el.tagName);
      assert.match(tag.description.value, new RegExp(el.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.deepEqual(tag.attributes.map((a) => a.name).sort(), el.attributes.map((a) => a.name).sort());
    }
    const values = (tag, attr) =>
      html.tags
        .find((t) => t.name === tag)
        .attributes.find((a) => a.name === attr)
        .values?.map((v) => v.name);
    assert.deepEqual(values('ipw-program-list', 'sort'), ['newest', 'oldest', 'title']);
    assert.deepEqual(values('ipw-feed', 'theme'), ['light', 'dark', 'auto']);
    assert.deepEqual(values('ipw-agreement-timeline', 'order'), ['oldest', 'newest']);
    assert.equal(values('ipw-program-card', 'program'), undefined);

    const css = await json('dist/vscode.css-custom-data.json');
    assert.ok(css.properties.some((p) => p.name === '--ipw-accent' && /Links/.test(p.description)));
    const title = css.pseudoElements.find((p) => p.name === '::part(title)');
    assert.match(title.description.value, /<ipw-program-card>/);
  });

  test('JetBrains: package.json names web-types.json, which lists every tag with its attributes and events', async () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    const webTypes = await json(pkg['web-types']);
    assert.deepEqual([webTypes.name, webTypes.version], [pkg.name, pkg.version]);
    for (const el of elements) {
      const tag = webTypes.contributions.html.elements.find((t) => t.name === el.tagName);
      assert.ok(tag, el.tagName);
      assert.deepEqual(tag.attributes.map((a) => a.name).sort(), el.attributes.map((a) => a.name).sort());
      assert.deepEqual(tag.events.map((e) => e.name).sort(), el.events.map((e) => e.name).sort());
    }
  });

  test('every file of dist/ a page or an app loads by name is in `exports`', () => {
    const targets = new Set(
      Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t))),
    );
    const shipped = [
      // ipw-describe.js and the language files (ipw-ar.js…) are not loaded by name: ipw.js loads them from beside itself.
      ...readdirSync(join(root, 'dist')).filter((f) => /\.(js|json)$/.test(f) && !/^ipw-[\w-]+\.js$/.test(f)),
      ...readdirSync(join(root, 'dist/types')).map((f) => `types/${f}`),
    ];
    for (const file of shipped) assert.ok(targets.has(`./dist/${file}`), `./dist/${file} is in package.json exports`);
  });
});
