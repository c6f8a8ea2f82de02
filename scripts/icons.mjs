// @ts-check
/**
 * Renders the app icons in public/icons from public/favicon.svg (run after replacing the
 * favicon with a school's own square SVG: `npm run icons`). The maskable icon and the Apple
 * touch icon keep the mark inside a safe zone on a background taken from the favicon's
 * top edge (middle), so shaped and rounded icons never cut it off.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('public/favicon.svg');
const icons = [
  { file: 'icon-192.png', size: 192, pad: 0 },
  { file: 'icon-512.png', size: 512, pad: 0 },
  { file: 'maskable-512.png', size: 512, pad: 102 },
  { file: 'apple-touch-icon.png', size: 180, pad: 18 },
];

// The color behind padded icons: the favicon's own color near the middle of its top edge.
const { data } = await sharp(svg, { density: 300 })
  .resize(32, 32)
  .flatten({ background: '#ffffff' })
  .raw()
  .toBuffer({ resolveWithObject: true });
const at = 3 * (2 * 32 + 16);
const background = { r: data[at] ?? 255, g: data[at + 1] ?? 255, b: data[at + 2] ?? 255 };

for (const { file, size, pad } of icons) {
  const inner = await sharp(svg, { density: Math.ceil((72 * size) / 32) * 2 })
    .resize(size - pad * 2, size - pad * 2)
    .png()
    .toBuffer();
  await sharp({ create: { width: size, height: size, channels: 4, background } })
    .composite([{ input: inner, top: pad, left: pad }])
    .png({ compressionLevel: 9 })
    .toFile(`public/icons/${file}`);
  console.log(`public/icons/${file}`);
}
