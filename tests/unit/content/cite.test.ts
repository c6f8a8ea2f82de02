/**
 * `<Cite>`, the inline citation authors put in guides, rendered with Astro's container API
 * against the real src/content/references.yaml: a known id shows its short label in
 * parentheses, linked to the Sources list on the same page; an unknown id stops the page (and
 * so the build), naming the id and listing the valid ones.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import CiteFile from '~/components/mdx/Cite.astro';

// typescript-eslint cannot see the types of .astro files (astro check does); name the type here.
const Cite = CiteFile as Parameters<AstroContainer['renderToString']>[0];
const container = await AstroContainer.create();

test.each([
  ['sambunjak-2006', 'Sambunjak, Straus and Marušić, 2006'],
  ['nasem-2019', 'National Academies, 2019'],
  ['icmje-authors', 'ICMJE'],
])('<Cite id="%s" /> shows "(%s)" linked to the Sources entry', async (id, label) => {
  expect(await container.renderToString(Cite, { props: { id } })).toBe(
    `<span class="cite">(<a href="#source-${id}">${label}</a>)</span>`,
  );
});

test('an unknown id fails, naming the id, the file and the valid ids', async () => {
  const render = container.renderToString(Cite, { props: { id: 'smith-2020' } });
  await expect(render).rejects.toThrow(/"smith-2020"/);
  await expect(render).rejects.toThrow(/src\/content\/references\.yaml/);
  await expect(render).rejects.toThrow(/Valid ids: .*nasem-2019, .*sambunjak-2006/);
});
