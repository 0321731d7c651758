// The browsers npm test drives: Debian's Chromium (CHROMIUM_PATH, default
// /usr/bin/chromium) and Firefox ESR for the offline tests (FIREFOX_PATH,
// default /usr/bin/firefox-esr). scripts/test.ts checks them before anything
// runs: missing defaults are installed with apt-get when it runs as root (as
// .ci/run does); otherwise it stops at once with the command to run, instead
// of failing minutes later inside the browser tests.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';

export const chromiumPath = (env: NodeJS.ProcessEnv = process.env): string => env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
export const firefoxPath = (env: NodeJS.ProcessEnv = process.env): string => env.FIREFOX_PATH || DEFAULT_FIREFOX;

interface Browser {
  setting: string;
  path: string;
  chosen: boolean;
  pkg: string;
}

/** What to do about the browsers: nothing, install Debian packages, or stop with a message. */
export type BrowserPlan = { kind: 'ready' } | { kind: 'install'; packages: string[]; command: string[] } | { kind: 'stop'; message: string };

export function planBrowsers(env: NodeJS.ProcessEnv, can: { run: (path: string) => boolean; root: boolean; aptGet: boolean }): BrowserPlan {
  const browsers: Browser[] = [
    { setting: 'CHROMIUM_PATH', path: chromiumPath(env), chosen: !!env.CHROMIUM_PATH, pkg: 'chromium' },
    { setting: 'FIREFOX_PATH', path: firefoxPath(env), chosen: !!env.FIREFOX_PATH, pkg: 'firefox-esr' },
  ];
  const missing = browsers.filter((b) => !can.run(b.path));
  if (!missing.length) return { kind: 'ready' };
  // A path the user chose is theirs to fix; apt-get would not put a browser there.
  const chosen = missing.find((b) => b.chosen);
  if (chosen) return { kind: 'stop', message: `npm test: ${chosen.setting}=${chosen.path} is not a browser that can be run; point ${chosen.setting} at one, or unset it to use Debian's ${chosen.pkg} at ${chosen.pkg === 'chromium' ? DEFAULT_CHROMIUM : DEFAULT_FIREFOX}` };
  const packages = missing.map((b) => b.pkg);
  if (can.root && can.aptGet) return { kind: 'install', packages, command: ['apt-get', 'install', '-y', '-qq', ...packages] };
  return { kind: 'stop', message: `npm test needs Debian's ${packages.join(' and ')} (${missing.map((b) => b.path).join(', ')} not found); install ${packages.length > 1 ? 'them' : 'it'} with: sudo apt-get install -y ${packages.join(' ')}` };
}

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Makes sure the browsers are there (installing them as root with apt-get); returns a message to stop with, or undefined. */
export function ensureBrowsers(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const can = { run: executable, root: process.getuid?.() === 0, aptGet: executable('/usr/bin/apt-get') };
  const plan = planBrowsers(env, can);
  if (plan.kind === 'ready') return undefined;
  if (plan.kind === 'stop') return plan.message;
  console.log(`installing Debian ${plan.packages.join(' and ')} for the browser tests (apt-get)`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
  spawnSync(plan.command[0]!, plan.command.slice(1), { stdio: 'inherit', env: aptEnv });
  if (planBrowsers(env, can).kind === 'ready') return undefined;
  return `npm test: apt-get could not install ${plan.packages.join(' and ')}; install ${plan.packages.length > 1 ? 'them' : 'it'} with: sudo apt-get install -y ${plan.packages.join(' ')}`;
}
