/**
 * A directory of thousands: a copy of the site with 2,000 generated mentors in one CSV file
 * (as a large school lists them) builds with the production pipeline (scripts/build.mjs: the
 * Astro build, search index and service worker). The directory page stays a bounded first
 * view, its index holds every mentor, and the offline precache stays within its 3 MB budget
 * because profiles are cached when opened, not precached.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { mentorsCsv, syntheticMentors } from '../../scripts/lib/synthetic-mentors';
import { cleanUp, repo, siteWith } from './scratch';

afterAll(cleanUp);

const gzipKB = (file: string) => gzipSync(readFileSync(file)).length / 1024;

test('2,000 mentors from a CSV file: the site builds, the directory stays small, the precache within budget', () => {
  const mentors = syntheticMentors(2000);
  const dir = siteWith({ 'src/content/mentors/mentors.csv': mentorsCsv(mentors) });
  const result = spawnSync(process.execPath, [join(repo, 'scripts/build.mjs'), '--out', 'dist'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output.slice(-3000)).toBe(0);

  // Every mentor, the 12 samples too, is in the index and has a profile.
  const total = mentors.length + 12;
  expect(output).toContain(`Mentor directory: ${total} mentors`);
  const index = JSON.parse(readFileSync(join(dir, 'dist/mentors/index.json'), 'utf8')) as {
    mentors: { slug: string }[];
  };
  expect(index.mentors).toHaveLength(total);
  const profile = readFileSync(join(dir, `dist/mentors/${mentors[1999]!.slug}/index.html`), 'utf8');
  expect(profile).toContain(mentors[1999]!.name);

  // A bounded first view: the page's HTML is about the same as with 12 mentors.
  const page = join(dir, 'dist/mentors/index.html');
  expect(readFileSync(page, 'utf8').match(/class="mentor-card"/g)).toHaveLength(24);
  expect(gzipKB(page)).toBeLessThan(25);

  // The precache leaves profiles and the (large) index out, and stays under 3 MB.
  const precache = /offline precache (\d+) files, (\d+) KB/.exec(output);
  expect(precache, output.slice(-2000)).not.toBeNull();
  expect(Number(precache![2])).toBeLessThan(3 * 1024);
  const sw = readFileSync(join(dir, 'dist/sw.js'), 'utf8');
  expect(sw).not.toContain(`/mentors/${mentors[0]!.slug}/`);
  expect(sw).not.toContain('url:"/mentors/index.json"');
  expect(sw).toContain('url:"/mentors/index.html"');
  // However many mentors, every guide is still there offline after the first visit: profiles
  // are not in site search, so its index does not grow with them either.
  expect(output).not.toContain('guides cached when visited');
  expect(sw).toContain('url:"/guides/mentees/why-mentorship-matters/index.html"');
  const fragments = readdirSync(join(dir, 'dist/pagefind/fragment'));
  expect(fragments.length).toBeLessThan(total / 10);
  // Its runtime rules are self-contained: a function copied into sw.js loses its scope.
  expect(sw).toContain('medmentor-directory');
  expect(sw).toContain(String(/\/mentors\/index\.json$/));
  expect(sw).not.toContain('${base}');
  expect(output).toMatch(
    /index \d+ KB \([\d.]+ KB gzip\), cached when the directory is first opened/,
  );
}, 600_000);
