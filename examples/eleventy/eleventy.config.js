// A two-page news site whose widgets are rendered at build time, readable before and without JavaScript,
// then taken over by ipw.js in the browser.
import { I18nPlugin } from '@11ty/eleventy';
import { renderHtml } from 'ip-program-widgets/server';

/**
 * Where the transform reads what the widgets load (`feeds/…`): the package's own folder, laid out like the built
 * site. Reading from _site/ instead would race the passthrough copy, which Eleventy runs while it renders pages.
 */
const widgetFiles = new URL('node_modules/ip-program-widgets/', import.meta.url);

export default function (eleventyConfig) {
  // `page.lang` from the first folder of the page's URL: `/fr/…` is French, the rest English.
  eleventyConfig.addPlugin(I18nPlugin, { defaultLanguage: 'en' });

  eleventyConfig.addPassthroughCopy({
    'node_modules/ip-program-widgets/feeds': 'feeds',
    'node_modules/ip-program-widgets/dist/ipw.js': 'ipw.js',
    css: 'css',
    'favicon.svg': 'favicon.svg',
  });
  eleventyConfig.ignores.add('README.md');

  // The widgets as static HTML, in the page's language. Their `src` is read relative to the page's address, as a
  // browser reads it; if rendering fails, the page is written as it was and the browser renders the widgets.
  eleventyConfig.addTransform('ipw-render', async function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    try {
      return await renderHtml(content, { base: new URL(`.${this.page.url}`, widgetFiles), lang: this.page.lang });
    } catch (error) {
      console.error(`[ipw-render] ${this.page.inputPath}: widgets left to the browser:`, error);
      return content;
    }
  });
}
