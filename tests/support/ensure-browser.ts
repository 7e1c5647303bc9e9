/**
 * Finds a Chromium for the end-to-end tests, installing one when the machine has none:
 *   1. CHROMIUM_PATH, or Debian's /usr/bin/chromium;
 *   2. Playwright's own Chromium, if `npx playwright install chromium` was run;
 *   3. as root on Debian/Ubuntu: `apt-get install chromium`;
 *   4. otherwise `npx playwright install chromium`.
 * playwright.config.ts then picks the same browser.
 */
import { sync as spawnSync } from 'cross-spawn'
import { existsSync } from 'node:fs'
import { findChromium } from './chromium'

function attempt(command: string, args: string[]): boolean {
  console.log(`› ${command} ${args.join(' ')}`)
  return (
    spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  )
}

let browser = findChromium()
if (!browser) {
  console.log('No Chromium found for the end-to-end tests; installing one.')
  const isRoot = process.getuid?.() === 0
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    if (attempt('apt-get', ['update']))
      attempt('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])
    browser = findChromium()
  }
  if (!browser) {
    attempt('npx', ['playwright', 'install', 'chromium'])
    browser = findChromium()
  }
}
if (!browser) {
  console.error(
    'Could not find or install Chromium. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  )
  process.exit(1)
}
console.log(`End-to-end tests will use ${browser}`)
