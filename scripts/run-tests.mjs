#!/usr/bin/env node
// The one test command: builds and zips the extension for Chrome and Firefox, typechecks, runs every
// vitest project (unit, integration, CLI, conventions, e2e in Chromium and Firefox ESR), and ends with one
// line "N passed, N failed" over all of them. Exit code: vitest's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });

// The release build of both browsers and their store zips (scripts/release.mjs --build-only, the
// same code as `npm run release`): the e2e tests load the Chrome build, the release tests lint the
// Firefox one and check the zips.
const build = run('node', ['scripts/release.mjs', '--build-only']);
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(build.status ?? 1);
}
// Types are part of correctness: a type error counts as a failed test.
const types = run('npx', ['tsc', '--noEmit']);
const typeFailures = types.status === 0 ? 0 : 1;
if (typeFailures) console.log('Typecheck (tsc --noEmit) failed.');
mkdirSync('.output', { recursive: true });
const results = '.output/test-results.json';
const tests = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = 0;
if (existsSync(results)) {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numTotalTestSuites > 0 && json.success === false && json.numFailedTests === 0 ? 1 : 0);
}
if (tests.status !== 0 && failed === 0) failed = 1;
failed += typeFailures;
console.log(`${passed} passed, ${failed} failed`);
process.exit(tests.status === 0 && typeFailures === 0 ? 0 : 1);
