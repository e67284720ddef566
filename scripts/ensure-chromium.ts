/**
 * Makes sure the browser tests have a Chromium: uses one that is there, else installs Debian's
 * `chromium-headless-shell` (as root, with apt), else Playwright's own; otherwise stops saying what to run.
 */
import { execSync } from 'node:child_process';
import { findTestChromium } from './chromium.ts';

function run(command: string): boolean {
  try {
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}

const found = findTestChromium();
if (found) {
  console.log(`Chromium: ${found}`);
} else {
  const isRoot = process.getuid?.() === 0;
  const hasApt = run('command -v apt-get > /dev/null');
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s "chromium-headless-shell" package with apt-get…');
    run('apt-get update -qq && apt-get install -y -qq chromium-headless-shell');
  } else {
    console.log('No Chromium found: trying Playwright\'s installer…');
    run('npx playwright install chromium');
  }
  const installed = findTestChromium();
  if (!installed) {
    console.error(
      [
        'The browser tests need Chromium and none could be installed.',
        'Install one, then run npm test again:',
        '  Debian/Ubuntu:  sudo apt-get install -y chromium-headless-shell',
        '  or:             npx playwright install chromium',
        '  or point to one: CHROMIUM_PATH=/path/to/chromium npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Chromium: ${installed}`);
}
