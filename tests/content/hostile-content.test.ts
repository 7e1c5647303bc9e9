/**
 * Content files from a contributor nobody has met. Each hostile file is refused with its name
 * and what is wrong, nothing in it runs, nothing outside the repository is published, and the
 * published out/ is left exactly as it was. (What builds but must stay inert, such as CRLF
 * files, `]]>` in headlines and ignored files, is in the shared newsroom fixture:
 * newsroom.test.ts and discovery.test.ts.)
 */
import assert from 'node:assert/strict'
import { sync as spawnSync } from 'cross-spawn'
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { REPO } from '../support/workspace'
import { build, createWorkspace, hashTree, type Workspace } from '../support/fixture-site'


const story = (frontMatter: string, body = 'Body text.') =>
  `---\n${frontMatter.trim()}\n---\n${body}\n`
const valid = `
title: A valid headline
summary: A valid standfirst.
date: 2026-11-20T09:00:00+03:00
section: local-news
`

/** Leaves the previous site in place, then writes the hostile files. */
function prepare(name: string): { workspace: Workspace; published: string } {
  const workspace = createWorkspace('newsroom', name)
  workspace.write('out/index.html', '<!doctype html><title>Published</title>')
  workspace.write('out/en/index.html', '<!doctype html><title>Published front page</title>')
  return { workspace, published: hashTree(workspace.out) }
}

describe('hostile files are refused before any parser reads them', () => {
  let workspace: Workspace
  let published: string
  let output: string
  let status: number
  const marker = path.join(tmpdir(), `newsroom-code-ran-${process.pid}`)
  const outside = path.join(tmpdir(), `newsroom-outside-${process.pid}`)

  before(() => {
    ;({ workspace, published } = prepare('hostile-files'))
    mkdirSync(outside, { recursive: true })
    writeFileSync(path.join(outside, 'secret.txt'), 'a secret outside the repository\n')
    const run = `process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`
    const files: Record<string, string | Buffer> = {
      'content/articles/run-code.md': `---js\n{ title: (${run}, 'Ran code') }\n---\nBody.\n`,
      'content/articles/run-code-2.md': `---javascript\n${run}\n---\nBody.\n`,
      'content/articles/embargoed.MD': story(valid),
      'content/articles/page.html': '<!doctype html><script>alert(document.domain)</script>',
      'content/articles/drawing.svg':
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'content/articles/latin1.md': Buffer.from(story(`${valid}\ndateline: CAF\xc9`), 'latin1'),
      'content/articles/deep-list.md': story(
        valid,
        Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n'),
      ),
      'content/articles/huge.md': story(valid, 'word '.repeat(260_000)),
      'content/articles/yaml-tag.md': story(
        `${valid}\ndateline: !!js/function "function () { return 'x' }"`,
      ),
      'content/articles/alias-bomb.md': story(`${valid}\nx: &a [l, l, l]\ny: [*a, *a, *a]`),
      'content/articles/override.md': story(valid.replace('A valid headline', '\u202Egnp.exe')),
      'content/articles/notes.txt': 'private notes\n',
    }
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(workspace.dir, file)), { recursive: true })
      writeFileSync(path.join(workspace.dir, file), text)
    }
    symlinkSync('/etc/passwd', path.join(workspace.dir, 'content/articles/passwd.jpg'))
    symlinkSync(outside, path.join(workspace.dir, 'content/articles/outside'))
    const result = build(workspace)
    output = result.output
    status = result.status
  })

  after(() => workspace.remove(''))

  it('stops the build, leaves out/ as it was and renders nothing', () => {
    assert.notEqual(status, 0, output)
    assert.match(output, /Build stopped: \d+ files with problems: \d+ errors/)
    assert.doesNotMatch(output, /Reading content \(Contentlayer\)/, 'no parser saw the files')
    assert.doesNotMatch(output, /Rendering pages/)
    assert.equal(hashTree(workspace.out), published)
  })

  it('runs no code from front matter', () => {
    assert.equal(existsSync(marker), false, 'the marker file was written: front matter ran code')
    assert.match(
      output,
      /content\/articles\/run-code\.md:1: front matter: the first line must be exactly "---".*\(found "---js"\).*run code/,
    )
    assert.match(output, /content\/articles\/run-code-2\.md:1: front matter: .*\(found "---javascript"\)/)
  })

  it('follows no link and refuses active files and stories Contentlayer would skip', () => {
    for (const pattern of [
      /content\/articles\/passwd\.jpg: is a symbolic link: links are never followed or published/,
      /content\/articles\/outside: is a symbolic link/,
      /content\/articles\/embargoed\.MD: is not read: stories must end in lower-case "\.md" \(rename it to "embargoed\.md"\)/,
      /content\/articles\/page\.html: is refused: .* a \.html file could run script/,
      /content\/articles\/drawing\.svg: is refused: .* a \.svg file could run script/,
    ])
      assert.match(output, pattern)
  })

  it('refuses other encodings, YAML code tags and aliases, overrides and files past the limits', () => {
    for (const pattern of [
      /content\/articles\/latin1\.md:7: is not UTF-8 text \(byte 0xC9 on line 7\)/,
      /content\/articles\/deep-list\.md:\d+: body: lists or quotes nest 1000 levels deep on line \d+; at most 16/,
      /content\/articles\/huge\.md: body: the file is 1270 KiB; at most 1024 KiB is accepted/,
      /content\/articles\/yaml-tag\.md:\d+:\d+: front matter: uses the YAML tag !!js\/function/,
      /content\/articles\/alias-bomb\.md:\d+:\d+: front matter: uses a YAML anchor \(&a\)/,
      /content\/articles\/override\.md:2: holds the direction override U\+202E on line 2/,
    ])
      assert.match(output, pattern)
  })

  it('says which files it ignores', () => {
    assert.match(output, /not published: content\/articles\/notes\.txt \(not a story \(\.md\), a picture, a video or a recording\)/)
    assert.doesNotMatch(output, /secret outside the repository/)
  })
})

describe('Contentlayer itself refuses front matter that is not YAML (defence in depth)', () => {
  it('fails on ---js without running it, also when called directly', () => {
    const workspace = createWorkspace('newsroom', 'hostile-contentlayer')
    const marker = path.join(workspace.dir, 'code-ran')
    workspace.write(
      'content/articles/run-code.md',
      `---js\n{ title: (process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), 'Ran'), summary: 'x', date: '2026-11-20T09:00:00+03:00', section: 'local-news' }\n---\nBody.\n`,
    )
    const result = spawnSync(path.join(REPO, 'node_modules', '.bin', 'contentlayer2'), ['build'], {
      cwd: workspace.dir,
      env: { ...process.env, PWD: workspace.dir },
      encoding: 'utf8',
    })
    const output = `${result.stdout}\n${result.stderr}`
    assert.notEqual(result.status, 0, output)
    assert.match(output, /front matter must be YAML/)
    assert.equal(existsSync(marker), false, 'Contentlayer ran the front matter')
    workspace.remove('')
  })
})

describe('hostile values are refused by the content rules', () => {
  let workspace: Workspace
  let published: string
  let output: string
  let status: number

  before(() => {
    ;({ workspace, published } = prepare('hostile-values'))
    const image = (src: string) => `${valid}\nimage:\n  src: ${src}\n  alt: A picture`
    workspace.write('content/articles/escape-existing.md', story(image('/../../../../../../etc/hostname.png')))
    workspace.write('content/articles/escape-missing.md', story(image('/../../../../../../no/such/file.png')))
    workspace.write('content/articles/svg-lead.md', story(image('/images/sample.svg')))
    // A real PNG header announcing 8000×7500 pixels (60 megapixels); image sizes are read from it.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    )
    png.writeUInt32BE(8000, 16)
    png.writeUInt32BE(7500, 20)
    mkdirSync(path.join(workspace.dir, 'content/articles/huge-picture'), { recursive: true })
    writeFileSync(path.join(workspace.dir, 'content/articles/huge-picture/60mp.png'), png)
    workspace.write('content/articles/huge-picture/sixty-megapixels.md', story(image('60mp.png')))
    workspace.write('content/articles/café.md', story(valid))
    workspace.write('content/articles/cafe\u0301.md', story(valid))
    workspace.write('content/articles/con.md', story(valid))
    workspace.write('content/articles/story\u3164.md', story(valid))
    workspace.write('content/articles/\u017Ftory.md', story(valid))
    workspace.write('content/articles/tracker.md', story(valid, '![pixel](https://tracker.example/p.gif)'))
    workspace.write(
      'content/authors/data-link.md',
      '---\nname: Data Link\nlinks:\n  - label: Home\n    url: "data:text/html,<script>alert(1)</script>"\n  - label: VB\n    url: "vbscript:msgbox(1)"\n---\nBio.\n',
    )
    const result = build(workspace)
    output = result.output
    status = result.status
  })

  after(() => workspace.remove(''))

  it('stops before rendering and leaves out/ as it was', () => {
    assert.notEqual(status, 0, output)
    assert.doesNotMatch(output, /Rendering pages/)
    assert.equal(hashTree(workspace.out), published)
  })

  it('keeps image paths inside the project and says nothing of what exists outside it', () => {
    const line = (file: string) =>
      output.split('\n').find((text) => new RegExp(`content/articles/${file}\\.md:\\d+: image\\.src:`).test(text)) ?? ''
    const existing = line('escape-existing').replace(/"[^"]*etc\/hostname\.png"/, '"…"')
    const missing = line('escape-missing').replace(/"[^"]*no\/such\/file\.png"/, '"…"')
    assert.match(existing, /must be a plain path under public\/ .* without "\.\."/)
    assert.equal(existing.replace('escape-existing', ''), missing.replace('escape-missing', ''))
    assert.match(output, /svg-lead\.md:\d+: image\.src: "\/images\/sample\.svg" must be a JPEG, PNG, WebP, AVIF or GIF file .* SVG can carry script/)
  })

  it('refuses a picture past the pixel limit', () => {
    assert.match(
      output,
      /sixty-megapixels\.md:\d+: image\.src: "60mp\.png" is 8000×7500 \(60\.0 megapixels\); at most 40\.0 megapixels is accepted/,
    )
  })

  it('gives one story one address', () => {
    assert.match(output, /content\/articles\/cafe\u0301\.md:1: file name: .* is not in composed Unicode \(NFC\)/)
    assert.match(output, /content\/articles\/café\.md:1: file name: slug "café" is used by another article in this edition/)
    assert.match(output, /content\/articles\/con\.md:1: file name: "con" is a device name/)
    assert.match(output, /content\/articles\/story\u3164\.md:1: file name: .*invisible or combining character U\+3164/)
    assert.match(output, /content\/articles\/\u017Ftory\.md:1: file name: .*a letter that imitates another/)
  })

  it('refuses remote images in stories and author links that are not web addresses', () => {
    assert.match(output, /tracker\.md:\d+: body: shows the image https:\/\/tracker\.example\/p\.gif from another site/)
    assert.match(output, /data-link\.md:\d+: links\[0\]\.url: "data:text\/html,.*" is not a web address/)
    assert.match(output, /data-link\.md:\d+: links\[1\]\.url: "vbscript:msgbox\(1\)" is not a web address/)
  })
})
