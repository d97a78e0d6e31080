import { expect, test } from 'vitest';
import { missingMessage, missingPackages, selectedProjects, type Requirement } from '../../scripts/test/system-packages.ts';

const ALL = ['unit', 'site', 'browser', 'browser-nginx'];
const absent = (pkg: string, projects: string[], override?: string): Requirement => ({ pkg, projects, present: () => false, override });

test('every project runs unless --project names some', () => {
  expect(selectedProjects([], ALL)).toEqual(ALL);
  expect(selectedProjects(['--project', 'unit', '--project=site'], ALL)).toEqual(['unit', 'site']);
});

test('only the packages of the selected projects are required', () => {
  const requirements = [absent('chromium', ['browser', 'browser-nginx']), absent('nginx', ['browser-nginx'])];
  expect(missingPackages(['unit', 'site'], requirements)).toEqual([]);
  expect(missingPackages(['browser'], requirements).map((r) => r.pkg)).toEqual(['chromium']);
  expect(missingPackages(ALL, requirements).map((r) => r.pkg)).toEqual(['chromium', 'nginx']);
});

test('the message names exactly what to install, on one line', () => {
  const message = missingMessage([absent('chromium', ['browser'], 'CHROMIUM_PATH'), absent('fonts-noto-cjk', ['browser'])], 'installing them needs root');
  expect(message).toMatchInlineSnapshot(
    `"test: the browser suites need Debian packages this machine lacks (chromium fonts-noto-cjk) and installing them needs root: run sudo apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH), or run the other suites alone: npm test -- --project unit --project site"`,
  );
  expect(message).not.toContain('\n');
});
