import { prefixIds } from '~/lib/content/prefix-ids';
import { tableTest } from '../support/table';

// Rows: HTML, how many levels headings move down, the HTML with ids under the prefix 'g'.
tableTest('%s (shift %i)', (html: string, shift: number) => prefixIds(html, 'g', shift), [
  ['<h2 id="why">Why</h2>', 0, '<h2 id="g-why">Why</h2>'],
  ['<a href="#why">go</a>', 0, '<a href="#g-why">go</a>'],
  ['<a href="/guides/x/#why">away</a>', 0, '<a href="/guides/x/#why">away</a>'],
  ['<a href="https://example.org/#x">ext</a>', 0, '<a href="https://example.org/#x">ext</a>'],
  ['<section aria-labelledby="a b">', 0, '<section aria-labelledby="g-a g-b">'],
  ['<h2 id="x">A</h2><h3>B</h3>', 1, '<h3 id="g-x">A</h3><h4>B</h4>'],
  ['<h6>deep</h6>', 1, '<h6>deep</h6>'],
  ['<header><hr></header>', 1, '<header><hr></header>'],
  ['<p data-id="x">text id="y"</p>', 0, '<p data-id="x">text id="y"</p>'],
]);
