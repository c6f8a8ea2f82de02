import { expect, test } from 'vitest';
import { keepParts } from '~/lib/content/keep-parts';

const note =
  '<div class="box facilitator-note" role="note"><p class="box-title">Opening</p><div class="inner"><p>Ask.</p></div></div>';
const activity = '<div class="box activity"><p>Map it.</p></div>';
const kase =
  '<div class="box case"><p class="box-title">Eleven goals</p><ol><li>Why?</li></ol></div>';

test.each([
  ['nothing to keep', '<h2 id="a">A</h2><p>Prose.</p>', ''],
  [
    'notes and activities with the heading above them, prose dropped',
    `<p>Intro.</p><h2 id="a">A</h2><p>Prose.</p>${note}<ul><li>x</li></ul><h2 id="b">B</h2><p>More.</p>${activity}`,
    `<h2 id="a">A</h2>\n${note}\n<h2 id="b">B</h2>\n${activity}`,
  ],
  [
    'a heading without a part after it is left out',
    `<h2 id="a">A</h2><p>x</p><h2 id="b">B</h2>${activity}<h2 id="c">C</h2><p>y</p>`,
    `<h2 id="b">B</h2>\n${activity}`,
  ],
  [
    'cases are kept with their text and questions',
    `<h2 id="a">A</h2><p>Prose.</p>${kase}${note}`,
    `<h2 id="a">A</h2>\n${kase}\n${note}`,
  ],
  ['other boxes (callouts) are dropped', `<div class="box callout"><p>Tip</p></div>${note}`, note],
])('%s', (_, html, expected) => {
  expect(keepParts(html)).toBe(expected);
});
