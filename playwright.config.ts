import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, systemChromium } from './scripts/chromium'

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
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      name: 'host-static',
      testDir: 'tests/host',
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      name: 'host-edge',
      testDir: 'tests/host',
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        baseURL: `http://127.0.0.1:${EDGE_PORT}`,
      },
    },
    {
      name: 'preview',
      testDir: 'tests/preview',
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
      },
    },
  ],
  webServer: [
    {
      command: `node --import tsx tests/support/serve-fixture.ts ${PORT}`,
      url: `http://127.0.0.1:${PORT}/en/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: `node --import tsx tests/support/serve-edge-fixture.ts ${EDGE_PORT} ${PORT}`,
      url: `http://127.0.0.1:${EDGE_PORT}/en/`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: `node --import tsx tests/support/preview-fixture.ts ${PREVIEW_PORT}`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/en/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
  ],
})
