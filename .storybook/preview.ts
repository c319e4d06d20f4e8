import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { defineAll } from '../src/define.js';
import { LANGUAGES, presetsLoaded, wrap, type Frame } from '../stories/shared.js';

// Written by `npm run analyze`, which `npm run storybook` and `npm run build-storybook` run first.
setCustomElementsManifest(manifest);
// Called, not just imported: package.json's `sideEffects` lists only dist/, so Vite drops a bare import of src/define.
defineAll();

const NAMES = { en: 'English', fr: 'Français', ar: 'العربية', zh: '中文', es: 'Español', ru: 'Русский' };
const THEMES: Record<string, Frame> = {
  light: { theme: 'light' },
  dark: { theme: 'dark' },
  wipo: { theme: 'light', preset: 'wipo' },
  canada: { theme: 'light', preset: 'canada' },
};

/** "Show code": the story's markup, without the frame around it when that frame sets nothing a page would. */
const tidy = (code: string) => {
  const markup = code.replace(/ data-frame=""| style=""/g, '');
  return /^\s*<div>\s*([^]*?)\s*<\/div>\s*$/.exec(markup)?.[1] ?? markup;
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    options: { storySort: { order: ['Guides', ['Webmasters', 'Developers', 'Feed format'], 'Widgets'] } },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { source: { excludeDecorators: true, transform: tidy } },
    actions: { handles: ['ipw-feed-load', 'ipw-feed-error', 'ipw-error'] },
  },
  globalTypes: {
    locale: {
      description: 'Language of the page around the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: LANGUAGES.map((value) => ({ value, title: NAMES[value], right: value })),
      },
    },
    theme: {
      description: 'Color scheme or preset of the page around the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'wipo', title: 'WIPO preset' },
          { value: 'canada', title: 'Canada.ca preset' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  loaders: [async () => ({ presets: await presetsLoaded })],
  // The page: its language (right to left for Arabic), color scheme and preset; a story's own frame wins inside it.
  decorators: [
    withActions,
    (story, { globals, viewMode }) =>
      html`<div
        style="font: 1rem/1.5 system-ui, sans-serif; ${viewMode === 'docs' ? '' : 'display: grid; min-height: 100vh'}"
      >
        ${wrap({ lang: globals.locale, ...THEMES[globals.theme] }, story())}
      </div>`,
  ],
};
export default preview;
