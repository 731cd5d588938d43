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

it('checks the content, then builds for the origin and base path GitHub Pages reports', () => {
  const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'))!;
  const runs = steps.map((step) => step.run).filter(Boolean);
  expect(runs.indexOf('npm run check')).toBeLessThan(runs.indexOf('npm run build'));
  const build = steps.find((step) => step.run === 'npm run build')!;
  expect(build.env).toEqual({
    SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
    BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}/`,
  });
});

it('restores the build’s caches after npm ci and before the build, from any earlier run', () => {
  const index = (found: (step: Step) => boolean) => steps.findIndex(found);
  const cache = steps[index((step) => step.uses?.startsWith('actions/cache@') ?? false)]!;
  expect(cache.with?.path?.split('\n').filter(Boolean)).toEqual(['node_modules/.cache/long-take', 'node_modules/.astro']);
  expect(cache.with?.key).toContain('${{ github.run_id }}');
  expect(cache.with?.key?.startsWith(cache.with?.['restore-keys'] ?? '-')).toBe(true);
  expect(index((step) => step.run?.startsWith('npm ci') ?? false)).toBeLessThan(index((step) => step === cache));
  expect(index((step) => step === cache)).toBeLessThan(index((step) => step.run === 'npm run build'));
});

it('uploads dist/ and deploys it with the permissions Pages needs', () => {
  expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
  expect(workflow.jobs.deploy.needs).toBe('build');
  expect(workflow.jobs.deploy.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
  expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
});
