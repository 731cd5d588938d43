/**
 * The GitHub Pages workflow builds for the address Pages reports: SITE_URL and BASE_PATH come from
 * configure-pages, BASE_PATH keeps its trailing slash, and what it uploads is the build's folder.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const workflow = parse(readFileSync(new URL('../../.github/workflows/deploy.yml', import.meta.url), 'utf8')) as {
  permissions: Record<string, string>;
  jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
};
const steps = workflow.jobs.build.steps;

/** Where the build job has a step: a missing step fails here by name, never as -1 that compares as "before". */
function stepIndex(what: string, found: (step: Step) => boolean): number {
  const index = steps.findIndex(found);
  expect(index, `the build job has a step for ${what}`).toBeGreaterThanOrEqual(0);
  return index;
}

it('checks the content, then builds for the origin and base path GitHub Pages reports', () => {
  const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))!;
  expect(stepIndex('npm run check', (step) => step.run === 'npm run check')).toBeLessThan(
    stepIndex('npm run build', (step) => step.run === 'npm run build'),
  );
  const build = steps.find((step) => step.run === 'npm run build')!;
  expect(build.env).toEqual({
    SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
    BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}/`,
  });
});

it('restores the build’s caches after npm ci and before the build, from any earlier run', () => {
  const cache = steps[stepIndex('actions/cache', (step) => step.uses?.startsWith('actions/cache@') ?? false)]!;
  expect(cache.with?.path?.split('\n').filter(Boolean)).toEqual(['node_modules/.cache/long-take', 'node_modules/.astro']);
  expect(cache.with?.key).toContain('${{ github.run_id }}');
  expect(cache.with?.key?.startsWith(cache.with?.['restore-keys'] ?? '-')).toBe(true);
  expect(stepIndex('npm ci', (step) => step.run?.startsWith('npm ci') ?? false)).toBeLessThan(steps.indexOf(cache));
  expect(steps.indexOf(cache)).toBeLessThan(stepIndex('npm run build', (step) => step.run === 'npm run build'));
});

it('uploads dist/ and deploys it with the permissions Pages needs', () => {
  expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
  expect(workflow.jobs.deploy.needs).toBe('build');
  expect(workflow.jobs.deploy.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
  expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
});
