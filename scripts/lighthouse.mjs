// Runs Lighthouse on the built news page, in English and in French, and prints
// the four category scores and the cumulative layout shift. Run `npm run build` first.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serve } from './serve.mjs';

const server = await serve(0);
const base = `http://localhost:${server.address().port}/demo/`;
const chrome = await chromeLauncher.launch({ chromePath: findChrome(), chromeFlags: CHROME_ARGS });
const rows = [];
try {
  for (const lang of ['en', 'fr'])
    for (const formFactor of ['mobile', 'desktop']) {
      const config =
        formFactor === 'desktop'
          ? {
              extends: 'lighthouse:default',
              settings: {
                formFactor: 'desktop',
                screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
                throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1 },
              },
            }
          : undefined;
      const { lhr } = await lighthouse(
        `${base}?lang=${lang}`,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        config,
      );
      const score = (id) => Math.round(lhr.categories[id].score * 100);
      rows.push({
        page: `news ?lang=${lang}`,
        device: formFactor,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best practices': score('best-practices'),
        seo: score('seo'),
        CLS: lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3),
        LCP: `${Math.round(lhr.audits['largest-contentful-paint'].numericValue)} ms`,
      });
      for (const [id, category] of Object.entries(lhr.categories))
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1)
            console.log(`  ${lang} ${formFactor} ${id}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
        }
    }
} finally {
  await chrome.kill();
  server.close();
}
console.table(rows);
