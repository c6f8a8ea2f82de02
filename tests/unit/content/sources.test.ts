/**
 * The Sources list at the end of a guide, rendered with Astro's container API against the real
 * src/content/references.yaml: entries in the order given, each with the id `<Cite>` links to
 * (prefixed where guides share a page), one citation style, DOIs as links; nothing at all for
 * a guide that cites nothing; an unknown id fails the build, naming it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import SourcesFile from '~/components/mdx/Sources.astro';

// typescript-eslint cannot see the types of .astro files (astro check does); name the type here.
const Sources = SourcesFile as Parameters<AstroContainer['renderToString']>[0];
const container = await AstroContainer.create();

test('entries in the order of `sources`, with anchors, one style and DOI links', async () => {
  const html = await container.renderToString(Sources, {
    props: { ids: ['sambunjak-2006', 'nasem-2019'] },
  });
  expect(html).toContain('<h2 id="sources">Sources</h2>');
  expect([...html.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1])).toEqual([
    'source-sambunjak-2006',
    'source-nasem-2019',
  ]);
  expect(html).toContain(
    'Sambunjak D, Straus SE, Marušić A. Mentoring in academic medicine: a systematic review. <em>JAMA</em>. 2006;296(9):1103–1115.',
  );
  expect(html).toContain(
    'National Academies of Sciences, Engineering, and Medicine. <em>The Science of Effective Mentorship in STEMM</em>. Washington, DC: The National Academies Press; 2019. <a href="https://doi.org/10.17226/25568">doi:10.17226/25568</a>',
  );
});

test('on a page that holds a whole track, ids carry the guide’s slug and the heading is h3', async () => {
  const html = await container.renderToString(Sources, {
    props: { ids: ['doran-1981'], prefix: 'purpose-and-direction', level: 3 },
  });
  expect(html).toContain('<h3 id="purpose-and-direction-sources">Sources</h3>');
  expect(html).toContain('<li id="purpose-and-direction-source-doran-1981">');
});

test('a guide that cites nothing has no Sources list', async () => {
  expect((await container.renderToString(Sources, { props: { ids: [] } })).trim()).toBe('');
});

test('an unknown id fails, naming it', async () => {
  await expect(
    container.renderToString(Sources, { props: { ids: ['smith-2020'] } }),
  ).rejects.toThrow(/"smith-2020"/);
});
