// @ts-check
/**
 * Renders the app icons in public/icons from one SVG (run after changing the logo:
 * `npm run icons`). The maskable icon keeps the mark inside the central safe zone.
 */
import sharp from 'sharp';

/** @param {number} size @param {number} pad */
const mark = (size, pad) => {
  const inner = size - pad * 2;
  const s = inner / 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" fill="#0a5c70" ${pad === 0 ? `rx="${size * 0.22}"` : ''}/>
  <path transform="translate(${pad} ${pad}) scale(${s})" d="M9 22V11l7 6 7-6v11" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
};

const icons = [
  { file: 'icon-192.png', size: 192, pad: 0 },
  { file: 'icon-512.png', size: 512, pad: 0 },
  { file: 'maskable-512.png', size: 512, pad: 102 },
  { file: 'apple-touch-icon.png', size: 180, pad: 18 },
];
for (const { file, size, pad } of icons) {
  await sharp(Buffer.from(mark(size, pad)))
    .png({ compressionLevel: 9 })
    .toFile(`public/icons/${file}`);
  console.log(`public/icons/${file}`);
}
