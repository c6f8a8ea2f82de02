/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Tests in layers (docs/architecture.md, "Tests"):
 * - `unit`: pure modules, schemas, stores and actions, content checks: seconds, no build
 *   (`npm run test:unit`, with the coverage thresholds below);
 * - `build`: scratch copies of the site built with one file changed, for what only a real build
 *   can show (`npm run test:build`): minutes.
 * `npm test` runs both, then the end-to-end tests against the production builds.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          environment: 'node',
          // The real content for `astro:content` (src/lib/content), synced before the tests run.
          globalSetup: ['tests/support/content-store.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        // The data layer and every action a tool calls: what keeps a person's data safe.
        'src/lib/storage/**': { lines: 90, branches: 90 },
        'src/lib/stores/**': { lines: 90, branches: 90 },
        // Everything else in src/lib.
        lines: 85,
        branches: 85,
      },
    },
  },
});
