// Debian's Chromium driven by playwright-core (no browser download).
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../../scripts/browsers.ts';

export const CHROMIUM = chromiumPath();

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}
