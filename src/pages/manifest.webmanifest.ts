/** The web app manifest, so the site installs like an app; every URL respects the base path. */
import type { APIRoute } from 'astro';
import { config } from '~/lib/config';
import { url } from '~/lib/url';

export const GET: APIRoute = () => {
  const manifest = {
    name: config.siteName,
    short_name: config.siteName.slice(0, 12),
    description: config.tagline,
    lang: config.language,
    start_url: url('/'),
    scope: url('/'),
    id: url('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: config.colors.primary,
    icons: [
      { src: url('/icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: url('/icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: url('/icons/maskable-512.png'),
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
