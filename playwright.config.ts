import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from './tests/support/chromium'

/**
 * End-to-end tests in Chromium against the exported fixture newsroom, served by a real static
 * server. The browser is Debian's /usr/bin/chromium (or CHROMIUM_PATH) when present, else
 * Playwright's own (`npx playwright install chromium`).
 */
const executablePath = systemChromium()
const PORT = Number(process.env.E2E_PORT ?? 4173)
/** The editors' preview (`npm run dev`) on a copy of the fixture, for tests/preview/. */
const PREVIEW_PORT = PORT + 1
/** The same export on Cloudflare's runtime (`npm run preview:edge`), for tests/host/. */
const EDGE_PORT = PORT + 2
/** The newsroom in edge mode on workerd: the last week exported, the rest rendered by the Worker. */
const ARCHIVE_PORT = PORT + 3
/** The tests of what readers read, run against both modes: a page is the same however it was made. */
const READING_PAGE_TESTS = /(article|arabic|layout|navigation|security|accessibility)\.spec\.ts$/

/** Desktop Chromium (ours, not a channel) on the tests of `testDir`, against the server on `port`. */
const project = (name: string, testDir: string, port: number) => ({
  name,
  testDir,
  use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${port}` },
})

/** A web server from tests/support/, ready once it answers on its port. */
const server = (script: string, port: number, timeout: number) => ({
  command: `node --import tsx tests/support/${script}`,
  url: `http://127.0.0.1:${port}/en/`,
  timeout,
  reuseExistingServer: false,
  stdout: 'pipe' as const,
})

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    project('chromium', 'tests/e2e', PORT),
    project('host-static', 'tests/host', PORT),
    project('host-edge', 'tests/host', EDGE_PORT),
    project('preview', 'tests/preview', PREVIEW_PORT),
    { ...project('edge-archive', 'tests/e2e', ARCHIVE_PORT), testMatch: READING_PAGE_TESTS },
    project('edge-archive-only', 'tests/edge', ARCHIVE_PORT),
  ],
  webServer: [
    server(`serve-fixture.ts ${PORT}`, PORT, 300_000),
    // Waits for the static server's build, then serves the same out/ on workerd.
    server(`serve-edge-fixture.ts ${EDGE_PORT} ${PORT}`, EDGE_PORT, 600_000),
    server(`preview-fixture.ts ${PREVIEW_PORT}`, PREVIEW_PORT, 300_000),
    server(`serve-edge-archive.ts ${ARCHIVE_PORT} ${PORT}`, ARCHIVE_PORT, 900_000),
  ],
})
