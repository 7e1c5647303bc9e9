import { chromium } from '@playwright/test'
const [url, file, width = '1280', height = '900', full = '1'] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: process.env.SCHEME ?? 'light' })
await page.goto(url, { waitUntil: 'networkidle' })
await page.screenshot({ path: file, fullPage: full === '1' })
await browser.close()
