/**
 * `<Term>`, the glossary link authors put in guides, rendered with Astro's container API against
 * the real glossary: a known id links to its entry, an unknown id stops the page (and so the
 * build) naming the id and the glossary file. Replaces a scratch-site build of a broken guide.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import TermFile from '~/components/mdx/Term.astro';

// typescript-eslint cannot see the types of .astro files (astro check does); name the type here.
const Term = TermFile as Parameters<AstroContainer['renderToString']>[0];
const container = await AstroContainer.create();

test('a known term links to its glossary entry, with the author’s words or the term', async () => {
  expect(
    await container.renderToString(Term, {
      props: { id: 'mentor' },
      slots: { default: 'mentors' },
    }),
  ).toBe('<a class="term" href="/glossary/#mentor">mentors</a>');
  expect(await container.renderToString(Term, { props: { id: 'mentor' } })).toBe(
    '<a class="term" href="/glossary/#mentor">Mentor</a>',
  );
});

test('an unknown term fails, naming the id and the glossary file', async () => {
  const render = container.renderToString(Term, { props: { id: 'no-such-term' } });
  await expect(render).rejects.toThrow(/no-such-term/);
  await expect(render).rejects.toThrow(/src\/content\/glossary\/terms\.yaml/);
});
