/** Attributes any element may have: never a slip. */
const ANY =
  /^(id|class|style|lang|dir|title|hidden|slot|part|role|tabindex|translate|inert|is|exportparts|nonce|popover|(data|aria)-.*)$/;

/** What the settings that only change a look or a wait must be: a wrong value gives the default, not an error. */
const VALID: Record<string, (value: string) => boolean> = {
  'heading-level': (v) => /^\s*[2-6]\s*$/.test(v),
  theme: (v) => /^(light|dark|auto)$/.test(v),
  timeout: (v) => Number(v) > 0,
};

/**
 * Tells the console of an attribute that is a slip: a setting's value that is not valid (`heading-level="7"`), or an
 * attribute that is not the element's own (`scr`, nearly `src`), which it would ignore without a word. What to say is
 * a file of its own (`hints.ts`, `ipw-hints.js`), fetched only when there is a slip to tell.
 */
export function checkAttribute(el: HTMLElement, own: readonly string[], name: string, value: string | null) {
  if (value === null || (own.includes(name) ? VALID[name]?.(value) !== false : ANY.test(name))) return;
  import('./hints.js').then(
    (hints) => hints.tell(el, own, name, value),
    () => console.warn(`<${el.localName}>: ${name}="${value}" is not valid here`),
  );
}

/** `checkAttribute` for each attribute that is not the element's own: when it is first connected. */
export function checkOthers(el: HTMLElement, own: readonly string[]) {
  for (const { name, value } of el.attributes) if (!own.includes(name)) checkAttribute(el, own, name, value);
}
