/**
 * Which Chromium the tests and measurements run, and how: Debian's /usr/bin/chromium (or
 * CHROMIUM_PATH) when present, else Playwright's own (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** Needed as root in containers and on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** CHROMIUM_PATH or Debian's Chromium, when there is one. */
export function systemChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  )
}

/** The system's Chromium, else Playwright's own if it was installed. */
export function findChromium(): string | undefined {
  const bundled = chromium.executablePath()
  return systemChromium() ?? (existsSync(bundled) ? bundled : undefined)
}
