/**
 * Citations and facilitator kits on the built pages. A guide's `<Cite>` links go to its Sources
 * list at the end of the page, written from src/content/references.yaml in the order of the
 * guide's `sources`; (a guide that cites nothing has none: tests/unit/content/sources.test.ts). Its facilitator kit is hidden
 * for learners and shown with the facilitator view; the session plan and the one-page sheet
 * show it always, each exit-ticket question with the objective it checks, in words. Expected
 * values come from the content files, so the tests follow the content as writers edit it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures';

const content = 'src/content';
const references = parse(readFileSync(join(content, 'references.yaml'), 'utf8')) as {
  id: string;
  short: string;
  doi?: string;
}[];

interface Front {
  title: string;
  objectives: string[];
  sources?: string[];
  kit?: {
    discussion: { question: string }[];
    exitTicket: { question: string; objective: number }[];
  };
}

const guides = readdirSync(join(content, 'guides')).flatMap((track) =>
  readdirSync(join(content, 'guides', track))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(content, 'guides', track, f), 'utf8');
      const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Front;
      return { track, slug: f.replace(/\.mdx$/, ''), data };
    }),
);
const byId = (id: string) => references.find((r) => r.id === id)!;
/** The guide citing the most references, preferring one with a DOI. */
const cited = [...guides]
  .filter((g) => (g.data.sources ?? []).length > 0)
  .sort(
    (a, b) =>
      Number((b.data.sources ?? []).some((id) => byId(id)?.doi)) -
        Number((a.data.sources ?? []).some((id) => byId(id)?.doi)) ||
      (b.data.sources ?? []).length - (a.data.sources ?? []).length,
  )[0];
const withKit =
  guides.find((g) => g.track === 'mentors' && g.data.kit) ?? guides.find((g) => g.data.kit);

test('a guide’s citations link to its Sources list, in the order of its sources', async ({
  page,
}) => {
  expect(cited, 'a guide that cites a reference').toBeDefined();
  const { track, slug, data } = cited!;
  const ids = data.sources ?? [];
  await page.goto(`guides/${track}/${slug}/`);
  const sources = page.getByRole('region', { name: 'Sources' });
  const items = sources.getByRole('listitem');
  await expect(items).toHaveCount(ids.length);
  for (const [i, id] of ids.entries()) {
    await expect(items.nth(i)).toHaveAttribute('id', `source-${id}`);
    const doi = byId(id).doi;
    if (doi) {
      await expect(items.nth(i).getByRole('link', { name: `doi:${doi}` })).toHaveAttribute(
        'href',
        `https://doi.org/${doi}`,
      );
    }
  }
  // Each citation shows the short label in parentheses and leads to its entry.
  const first = ids[0]!;
  const cite = page
    .locator('.guide-body .cite')
    .filter({ hasText: byId(first).short })
    .first();
  await expect(cite).toHaveText(`(${byId(first).short})`);
  await cite.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#source-${first}$`));
  await expect(page.locator(`[id="source-${first}"]`)).toBeInViewport();
});

test('the facilitator kit: hidden for learners, shown with the facilitator view, on the session plan and the sheet', async ({
  page,
}) => {
  expect(withKit, 'a guide with a facilitator kit').toBeDefined();
  const { track, slug, data } = withKit!;
  const kit = data.kit!;
  const region = /Facilitator kit/;
  await page.goto(`guides/${track}/${slug}/`);
  await expect(page.getByRole('region', { name: region })).toBeHidden();

  await page.getByRole('button', { name: 'Facilitator view' }).click();
  const onGuide = page.getByRole('region', { name: region });
  await expect(onGuide).toBeVisible();
  await expect(onGuide.getByRole('heading', { name: 'What to listen for' })).toBeVisible();
  await expect(onGuide.getByRole('heading', { name: 'Exit ticket' })).toBeVisible();
  for (const d of kit.discussion) await expect(onGuide).toContainText(d.question);
  const tickets = onGuide.locator('.kit-exit > li');
  await expect(tickets).toHaveCount(2);
  for (const [i, t] of kit.exitTicket.entries()) {
    await expect(tickets.nth(i)).toContainText(t.question);
    await expect(tickets.nth(i)).toContainText(
      `Checks objective ${t.objective}: ${data.objectives[t.objective - 1]}`,
    );
  }

  // The session plan and the sheet show it whether or not the view is on.
  await page.getByRole('button', { name: 'Facilitator view' }).click();
  await page.goto(`guides/${track}/session-plan/`);
  const article = page.getByRole('article', { name: data.title });
  await expect(article.getByRole('region', { name: region })).toBeVisible();
  await expect(article.getByRole('region', { name: region }).locator('.kit-exit > li')).toHaveCount(
    2,
  );
  await page.goto(`guides/${track}/${slug}/sheet/`);
  await expect(page.getByRole('region', { name: region })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: region })).toBeVisible();
});

test('the kit fits a 320 px screen in the dark theme', async ({ page }) => {
  expect(withKit, 'a guide with a facilitator kit').toBeDefined();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('guides/');
  await page.evaluate(() =>
    localStorage.setItem('medmentor:prefs', '{"version":1,"theme":"dark","facilitator":true}'),
  );
  for (const path of [
    `guides/${withKit!.track}/${withKit!.slug}/`,
    `guides/${withKit!.track}/session-plan/`,
  ]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('region', { name: /Facilitator kit/ }).first()).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      path,
    ).toBeLessThanOrEqual(320);
  }
});
