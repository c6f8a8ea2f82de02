import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { LIGHTHOUSE_CHROME_FLAGS } from './bench/lib/lighthouse.mjs';
const chrome = await launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
  logLevel: 'silent',
});
const r = await lighthouse(`http://127.0.0.1:4410${process.argv[2]}`, {
  port: chrome.port,
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance'],
});
const a = r.lhr.audits;
for (const it of a['network-requests'].details.items)
  console.log(
    it.url,
    it.resourceType,
    it.transferSize,
    Math.round(it.networkRequestTime),
    Math.round(it.networkEndTime),
    it.priority,
  );
console.log(
  'fcp',
  a['first-contentful-paint'].numericValue,
  'lcp',
  a['largest-contentful-paint'].numericValue,
);
console.log(
  JSON.stringify(
    a['lcp-breakdown-insight']?.details?.items?.[0]?.items ?? a['lcp-breakdown-insight']?.details,
    null,
    0,
  ).slice(0, 800),
);
await chrome.kill();
