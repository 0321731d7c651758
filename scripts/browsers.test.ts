// npm test on a machine without the browsers (issue 19): it installs them when
// it can (root and apt-get, as .ci/run does) or stops at once with the
// command to run. The decision over every case, then the real scripts/test.ts
// pointed at a browser that is not there (the machine's own browsers stay).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { planBrowsers } from './browsers.ts';

const none = { run: () => false, root: false, aptGet: true };

describe('planBrowsers', () => {
  it('is ready when both browsers run', () => {
    expect(planBrowsers({}, { run: () => true, root: false, aptGet: false })).toEqual({ kind: 'ready' });
  });

  it("installs Debian's packages as root with apt-get", () => {
    expect(planBrowsers({}, { ...none, root: true })).toEqual({ kind: 'install', packages: ['chromium', 'firefox-esr'], command: ['apt-get', 'install', '-y', '-qq', 'chromium', 'firefox-esr'] });
    expect(planBrowsers({}, { run: (p) => p === '/usr/bin/chromium', root: true, aptGet: true })).toMatchObject({ kind: 'install', packages: ['firefox-esr'] });
  });

  it('otherwise stops with the exact command', () => {
    expect(planBrowsers({}, none)).toEqual({ kind: 'stop', message: "npm test needs Debian's chromium and firefox-esr (/usr/bin/chromium, /usr/bin/firefox-esr not found); install them with: sudo apt-get install -y chromium firefox-esr" });
    expect(planBrowsers({}, { ...none, root: true, aptGet: false })).toMatchObject({ kind: 'stop', message: expect.stringMatching(/with: sudo apt-get install -y chromium firefox-esr$/) });
  });

  it('names the setting when CHROMIUM_PATH or FIREFOX_PATH points at nothing, even as root', () => {
    const run = (p: string) => p.startsWith('/usr/bin/');
    expect(planBrowsers({ CHROMIUM_PATH: '/opt/none/chrome' }, { run, root: true, aptGet: true })).toEqual({ kind: 'stop', message: "npm test: CHROMIUM_PATH=/opt/none/chrome is not a browser that can be run; point CHROMIUM_PATH at one, or unset it to use Debian's chromium at /usr/bin/chromium" });
    expect(planBrowsers({ FIREFOX_PATH: '/opt/none/firefox' }, { run, root: true, aptGet: true })).toMatchObject({ kind: 'stop', message: expect.stringMatching(/^npm test: FIREFOX_PATH=\/opt\/none\/firefox is not a browser/) });
  });
});

describe('npm test without a browser', () => {
  it.each([['CHROMIUM_PATH'], ['FIREFOX_PATH']])(
    'stops at once when %s names a missing file',
    (setting) => {
      const started = Date.now();
      const r = spawnSync(process.execPath, ['scripts/test.ts'], { env: { ...process.env, [setting]: '/nonexistent/browser' }, encoding: 'utf8', timeout: 60_000 });
      expect(r.status, r.stdout + r.stderr).toBe(1);
      expect(r.stderr.trim()).toBe(`npm test: ${setting}=/nonexistent/browser is not a browser that can be run; point ${setting} at one, or unset it to use Debian's ${setting === 'CHROMIUM_PATH' ? 'chromium at /usr/bin/chromium' : 'firefox-esr at /usr/bin/firefox-esr'}`);
      expect(r.stdout).not.toContain('==='); // no step ran
      expect(Date.now() - started).toBeLessThan(30_000);
    },
    70_000,
  );
});
