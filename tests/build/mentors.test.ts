/**
 * The mentor directory as a school fills it in: a photo in src/assets is optimized by Astro.
 * (A mistake in a mentor file, such as a phone number as contact or an unknown help area, is
 * checked without a build in tests/unit/schemas/mentor.test.ts.)
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, test } from 'vitest';
import { build, cleanUp, repo, siteWith } from './scratch';

afterAll(cleanUp);

const sample = readFileSync(join(repo, 'src/content/mentors/amara-okafor.yaml'), 'utf8');

test('a mentor photo is optimized to a small WebP and shown on the profile', async () => {
  const dir = siteWith({
    'src/content/mentors/amara-okafor.yaml': `${sample.trim()}\nphoto: ../../assets/mentors/amara.png\n`,
  });
  mkdirSync(join(dir, 'src/assets/mentors'), { recursive: true });
  // A large photo, as a school might upload it.
  await sharp({
    create: { width: 1600, height: 1600, channels: 3, background: { r: 40, g: 90, b: 120 } },
  })
    .png()
    .toFile(join(dir, 'src/assets/mentors/amara.png'));
  const { status, output } = build(dir);
  expect(status, output).toBe(0);
  const html = readFileSync(join(dir, 'dist/mentors/amara-okafor/index.html'), 'utf8');
  const src = /<img src="([^"]+\.webp)" width="192" height="192" alt=""/.exec(html)?.[1];
  expect(src, 'the profile shows the photo as WebP').toBeDefined();
  const file = join(dir, 'dist', src ?? '');
  expect(existsSync(file)).toBe(true);
  const { width, height } = await sharp(file).metadata();
  expect([width, height]).toEqual([192, 192]);
  expect(readFileSync(file).length).toBeLessThan(100 * 1024);
  // The original is not published.
  expect(readdirSync(join(dir, 'dist/_astro')).some((f) => f.endsWith('.png'))).toBe(false);
});
