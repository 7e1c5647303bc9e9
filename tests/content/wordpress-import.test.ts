/**
 * A WordPress newsroom brought in (npm run import:wordpress): the fixture export
 * (tests/fixtures/wordpress/newsroom.xml, English and Arabic with Polylang, shortcodes and blocks
 * of every kind, a missing picture, a scheduled post, a draft, private and trashed posts, and
 * what WordPress allows and this model does not) imported into the fixture newsroom, checked and
 * built. Every story at its new address, every old address a 301 to it from the local static
 * server and from nginx, nothing of WordPress's markup left in the export; a second run that
 * respects an editor's edit; a malformed or hostile export refused with its line.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { parseOldAddresses } from '../../lib/outputs/old-addresses'
import { startStaticServer } from '../../tools/static-server'
import { build, createWorkspace, runScript, type Workspace } from '../support/fixture-site'
import { REPO } from '../support/workspace'
import { startNginx, type RunningNginx } from '../support/nginx'

const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'wordpress')
const IMPORT = path.join(REPO, 'tools', 'import-wordpress.ts')
const STATIC_PORT = 4471
const NGINX_PORT = 4472

let workspace: Workspace
let firstRun: { status: number; output: string }
let checkRun: { status: number; output: string }
let server: Server
let nginx: RunningNginx

const importInto = (target: Workspace, file = 'newsroom.xml', args: string[] = []) =>
  runScript(target, IMPORT, [
    path.join(FIXTURES, file),
    '--uploads',
    path.join(FIXTURES, 'uploads'),
    ...args,
  ])

/** Every published file of the export, relative. */
const exportFiles = (out: string) =>
  readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(html|xml|json|txt)$/.test(file),
  )

describe('importing a WordPress newsroom', () => {
  before(() => {
    workspace = createWorkspace('newsroom', 'wordpress-import')
    firstRun = importInto(workspace)
    checkRun = runScript(workspace, 'tools/check-content.ts')
    const built = build(workspace)
    assert.equal(built.status, 0, built.output)
  })
  after(() => {
    server?.close()
    nginx?.stop()
  })

  it('imports stories, pages and authors, and counts what it did in the report', () => {
    assert.equal(firstRun.status, 0, firstRun.output)
    assert.match(firstRun.output, /12 stories \(10 published, 1 drafts, 1 scheduled\), 2 pages/)
    assert.match(firstRun.output, /3 items left out/)
    assert.equal(checkRun.status, 0, checkRun.output)
    const report = workspace.read('import-report.md')
    assert.match(report, /post 105 “A private memo”.*private in WordPress/)
    assert.match(report, /post 106 “A deleted story”.*trash in WordPress/)
    assert.match(report, /\[contact-form-7\] kept as text/)
    assert.match(report, /gone\.jpg: not in the uploads folder/)
    assert.match(report, /block acme\/price-poll/)
    assert.match(report, /slug "★★" is not an address here.*"stars-of-the-league"/)
    assert.match(report, /slug "power-cut" is taken by another story: "power-cut-111"/)
    assert.match(report, /title of 279 characters shortened/)
    assert.match(report, /no title: "Water returned to Sadr City/)
    assert.match(report, /no body: the summary stands as the text/)
    assert.match(report, /no date in WordPress/)
    // The defaults it used are written for the editor to adjust.
    assert.match(workspace.read('wordpress-mapping.yml'), /defaultSection: iraq/)
    assert.match(workspace.read('content/authors/rana.md'), /name: Rana Jaber/)
  })

  it('converts the body: captions, galleries, embeds, media, tables and footnotes', () => {
    const story = workspace.read('content/articles/wordpress/2019/05/bridge-reopens.md')
    assert.match(story, /image:\n {2}src: bridge-reopens\/bridge\.jpg\n {2}alt: Cars cross the Sinak bridge at dawn\n {2}caption: The bridge reopened on Friday morning\n {2}credit: Rana Jaber/)
    // The lead picture is not shown again where the post's text had it.
    assert.doesNotMatch(story, /src="bridge-reopens\/bridge\.jpg"/)
    const blocks0 = workspace.read('content/articles/wordpress/2020/02/tomato-prices-rise.md')
    assert.match(blocks0, /<figure>\n<img src="tomato-prices-rise\/market\.jpg" alt="Stalls at the Shorja market">\n<figcaption>The Shorja market on Monday<\/figcaption>/)
    assert.match(story, /gallery:\n {2}- src: bridge-reopens\/crowd-1\.jpg\n {4}alt: A crowd on the river bank\n {4}caption: People gather on the east bank\n {4}credit: Omar Saleh/)
    assert.match(story, /audio:\n {2}src: bridge-reopens\/interview\.mp3/)
    assert.match(story, /^<https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ>$/m)
    assert.match(story, /\| Year \| Cost \|/)
    // An old link to a post leads to its new address; a link to script is words only.
    assert.match(story, /\[Arabic report\]\(\/ar\/iraq\/افتتاح-الجسر\/\)/)
    assert.match(story, /\[market story\]\(\/en\/economy\/tomato-prices-rise\/\)/)
    assert.doesNotMatch(story, /javascript:|<script|alert/)
    // The original picture, not WordPress's 1024-px copy.
    assert.ok(existsSync(path.join(workspace.dir, 'content/articles/wordpress/2019/05/bridge-reopens/bridge.jpg')))
    const blocks = workspace.read('content/articles/wordpress/2020/02/tomato-prices-rise.md')
    assert.match(blocks, /this week\[\^1\], traders/)
    assert.match(blocks, /\[\^1\]: Ministry of Trade figures\./)
    assert.match(blocks, /video:\n {2}src: tomato-prices-rise\/clip\.mp4/)
    assert.doesNotMatch(blocks, /wp:/)
  })

  it('publishes every story at its new address, with nothing of WordPress left in the export', () => {
    for (const page of [
      'en/politics/bridge-reopens',
      'ar/iraq/افتتاح-الجسر',
      'en/economy/tomato-prices-rise',
      'en/iraq/stars-of-the-league',
      'en/iraq/power-cut-111',
      'en/pages/about-us',
      'ar/pages/من-نحن',
    ])
      assert.ok(existsSync(path.join(workspace.out, page, 'index.html')), page)
    // Scheduled and draft stories wait.
    assert.ok(!existsSync(path.join(workspace.out, 'en/politics/budget-vote-january/index.html')))
    assert.ok(!existsSync(path.join(workspace.out, 'en/iraq/council-notes/index.html')))
    const html = readFileSync(path.join(workspace.out, 'en/politics/bridge-reopens/index.html'), 'utf8')
    assert.match(html, /<figcaption[^>]*>The bridge reopened on Friday morning/)
    assert.match(html, /hrefLang="ar"/)
    const market = readFileSync(path.join(workspace.out, 'en/economy/tomato-prices-rise/index.html'), 'utf8')
    assert.match(market, /<figcaption>The Shorja market on Monday<\/figcaption>/)
    for (const file of exportFiles(workspace.out)) {
      const text = readFileSync(path.join(workspace.out, file), 'utf8')
      assert.doesNotMatch(text, /\[caption|\[gallery ids|wp-content|<!-- \/?wp:/, file)
    }
  })

  it('answers every old address with a 301 to the new one (the local static server)', async () => {
    server = await startStaticServer(workspace.out, STATIC_PORT)
    await everyOldAddressMoves(`http://127.0.0.1:${STATIC_PORT}`, { queries: true })
  })

  it('answers every old address with a 301 to the new one (nginx)', async () => {
    nginx = startNginx(workspace.dir, workspace.out, NGINX_PORT)
    await everyOldAddressMoves(nginx.origin, { queries: true })
  })

  it('runs again without duplicating: an editor’s edit is kept, WordPress’s change to an untouched story is taken', () => {
    const edited = 'content/articles/wordpress/2019/07/power-cut.md'
    workspace.write(edited, workspace.read(edited).replace('Power was cut in Karkh.', 'Power was cut in Karkh for six hours.'))
    const stories = () =>
      readdirSync(path.join(workspace.dir, 'content/articles/wordpress'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md')).length
    const before = stories()
    const again = importInto(workspace, 'newsroom-later.xml')
    assert.equal(again.status, 0, again.output)
    assert.match(again.output, /1 new, 1 updated, \d+ unchanged, 1 kept as edited here/)
    assert.match(workspace.read(edited), /for six hours/)
    assert.match(workspace.read('content/articles/wordpress/2019/07/power-cut-111.md'), /Power was restored in Rusafa/)
    assert.ok(existsSync(path.join(workspace.dir, 'content/articles/wordpress/2020/03/curfew-lifted.md')))
    assert.equal(
      stories(),
      before + 1,
      'one story added, none doubled',
    )
    assert.match(workspace.read('import-report.md'), /edited here after the import, and changed in WordPress too/)
  })

  it('stops at a malformed export with its line, and imports nothing', () => {
    const target = createWorkspace('newsroom', 'wordpress-malformed')
    const run = importInto(target, 'malformed.xml')
    assert.equal(run.status, 1)
    assert.match(run.output, /malformed\.xml:\d+:\d+: .+/)
    assert.match(run.output, /Nothing was imported/)
    assert.ok(!existsSync(path.join(target.dir, 'content/articles/wordpress')))
    const entities = importInto(target, 'entities.xml')
    assert.equal(entities.status, 1)
    assert.match(entities.output, /entities\.xml:2:\d+: a DOCTYPE is not part of a WordPress export/)
  })
})

/** Each line of content/old-addresses.txt whose page is out answers 301 with that page's address. */
async function everyOldAddressMoves(origin: string, { queries }: { queries: boolean }) {
  const { entries } = parseOldAddresses(workspace.read('content/old-addresses.txt'))
  let checked = 0
  for (const { from, to } of entries) {
    if (!existsSync(path.join(workspace.out, ...to.split('/').filter(Boolean), 'index.html'))) continue
    if (from.startsWith('/?') && !queries) continue
    const encoded = encodeURI(from)
    // As browsers send it, as WordPress wrote its links (lower-case escapes), and its feed.
    const forms = from.startsWith('/?')
      ? [from]
      : new Set([encoded, encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()), `${encoded}feed/`])
    for (const form of forms) {
      const response = await fetch(`${origin}${form}`, { redirect: 'manual' })
      assert.equal(response.status, 301, `${form} → ${response.status}`)
      assert.equal(decodeURI(new URL(response.headers.get('location') ?? '', origin).pathname), to, form)
      checked += 1
    }
  }
  assert.ok(checked >= 40, `only ${checked} old addresses checked`)
}
