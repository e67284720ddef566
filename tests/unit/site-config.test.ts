/** A production build without the public origin stops with a message saying what to set. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const loadConfig = (env: Record<string, string>) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], {
    env: { ...process.env, ...env },
    stdio: 'pipe',
    encoding: 'utf8',
  });

describe('site origin', () => {
  it('refuses a production build without SITE_URL, naming the variable', () => {
    const { DEPLOY: _d, SITE_URL: _s, ...rest } = process.env;
    expect(() =>
      execFileSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], { env: { ...rest, DEPLOY: 'production' }, stdio: 'pipe' }),
    ).toThrow(/DEPLOY=production needs SITE_URL/);
  });

  it('accepts a production build with SITE_URL, and a local build without it', () => {
    expect(() => loadConfig({ DEPLOY: 'production', SITE_URL: 'https://portal.example.org' })).not.toThrow();
    expect(() => loadConfig({ DEPLOY: '' })).not.toThrow();
  });
});
