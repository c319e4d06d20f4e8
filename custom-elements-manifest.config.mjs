// The analyzer's settings (`npm run analyze`), with one plugin that tells it two things about this code it cannot
// see by itself, so that the manifest (and the framework types and editor data made from it) is complete:
// - the attributes every element shares (`src`, `timeout`, `theme`), declared once in FEED_HOST_PROPERTIES
//   (src/feed/controller.ts) and spread into each element's `static properties`;
// - the words an attribute takes when its type is written from a constant list, `(typeof ORDERS)[number]` or an
//   alias of one (`Sort`): the manifest gets `'oldest' | 'newest'`, which editors can offer.
// The plugin reads the source; nothing here repeats an attribute or a word.

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function sharedAttributes() {
  /** `NAME` of `const NAME = ['a', 'b'] as const` → its strings; `Alias` of `type Alias = (typeof NAME)[number]` → `NAME`. */
  const lists = new Map();
  const aliases = new Map();
  /** FEED_HOST_PROPERTIES: each property that has an attribute, with whether it reflects. */
  const shared = new Map();

  return {
    name: 'ipw-shared-attributes',
    analyzePhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && node.initializer && ts.isIdentifier(node.name)) {
        let init = node.initializer;
        if (ts.isAsExpression(init)) init = init.expression;
        if (ts.isArrayLiteralExpression(init) && init.elements.every((e) => ts.isStringLiteral(e)))
          lists.set(
            node.name.text,
            init.elements.map((e) => e.text),
          );
        if (node.name.text === 'FEED_HOST_PROPERTIES' && ts.isObjectLiteralExpression(init))
          for (const prop of init.properties) {
            if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
            const option = (name) =>
              prop.initializer.properties.find((o) => ts.isPropertyAssignment(o) && o.name.getText() === name)
                ?.initializer.kind;
            if (option('attribute') === ts.SyntaxKind.FalseKeyword) continue;
            shared.set(prop.name.getText(), { reflects: option('reflect') === ts.SyntaxKind.TrueKeyword });
          }
      }
      if (ts.isTypeAliasDeclaration(node)) {
        const match = /^\(typeof (\w+)\)\[number\]$/.exec(node.type.getText());
        if (match) aliases.set(node.name.text, match[1]);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      /** A type text written from a constant list, as the union of its words. */
      const resolve = (text) => {
        const name = /^\(typeof (\w+)\)\[number\]$/.exec(text)?.[1] ?? aliases.get(text);
        const words = name && lists.get(name);
        return words ? words.map((w) => `'${w}'`).join(' | ') : text;
      };
      for (const mod of customElementsManifest.modules)
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          decl.attributes ??= [];
          for (const [name, { reflects }] of shared) {
            const member = decl.members?.find((m) => m.kind === 'field' && m.name === name);
            if (!member || decl.attributes.some((a) => a.name === name)) continue;
            member.attribute = name;
            if (reflects) member.reflects = true;
            const { type, description, default: value } = member;
            decl.attributes.push({ name, fieldName: name, type, description, default: value });
          }
          for (const item of [...decl.attributes, ...(decl.members ?? [])])
            if (item.type?.text) item.type.text = resolve(item.type.text);
        }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [sharedAttributes()],
};
