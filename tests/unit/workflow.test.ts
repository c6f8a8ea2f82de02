/**
 * The GitHub Pages workflow: valid YAML, the official Pages actions, Node from .nvmrc with the
 * npm cache, the base path from configure-pages fed to the build, and the README's build command.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

const repo = join(import.meta.dirname, '../..');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

const workflow = parse(
  readFileSync(join(repo, '.github/workflows/deploy.yml'), 'utf8'),
) as Workflow;
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const uses = (name: string) => steps.find((s) => s.uses?.startsWith(`${name}@`));

test('builds on a push to main and deploys with the official Pages actions', () => {
  expect(workflow.on.push.branches).toEqual(['main']);
  expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  for (const action of [
    'actions/checkout',
    'actions/setup-node',
    'actions/configure-pages',
    'actions/upload-pages-artifact',
    'actions/deploy-pages',
  ]) {
    expect(uses(action), action).toBeDefined();
  }
  expect(uses('actions/upload-pages-artifact')?.with?.path).toBe('dist');
  expect(workflow.jobs.deploy?.needs).toBe('build');
  expect(workflow.jobs.deploy?.environment?.name).toBe('github-pages');
});

test('Node comes from .nvmrc with the npm cache', () => {
  expect(uses('actions/setup-node')?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
  expect(steps.some((s) => s.run === 'npm ci')).toBe(true);
});

test("the build step runs the README's build command with configure-pages' base path", () => {
  const stated = /Build command: `([^`]+)`/.exec(readme)?.[1];
  expect(stated, 'the README states the build command').toBeDefined();
  const build = steps.find((s) => s.run === stated);
  expect(build, `a step runs "${stated}"`).toBeDefined();
  const pagesId = uses('actions/configure-pages')?.id;
  expect(build?.env?.BASE_PATH).toBe(`\${{ steps.${pagesId}.outputs.base_path }}`);
  // configure-pages must run before the build.
  const order = (s?: Step) => steps.indexOf(s as Step);
  expect(order(uses('actions/configure-pages'))).toBeLessThan(order(build));
});
