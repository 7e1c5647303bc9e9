import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { bodyId, PAGE_IDS, renderMarkdown } from '../../lib/content/markdown'

describe('markdown pipeline', () => {
  it('renders subheadings with anchors, tables and links', async () => {
    const html = await renderMarkdown(
      '## What changes\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[home](/en/)',
    )
    assert.match(html, /<h2 id="what-changes">What changes<\/h2>/)
    assert.match(html, /<table>/)
    assert.match(html, /<a href="\/en\/">home<\/a>/)
  })

  it('keeps the HTML valid when pasted markup leaves a table inside a paragraph', async () => {
    const html = await renderMarkdown(
      '<math><mtext><table><mglyph><style><img src=x onerror="alert(1)"></style></mglyph></table></mtext></math>',
    )
    assert.doesNotMatch(html, /<p>[^]*<table>/)
    // What survives is text (&#x3C;img …), never an element with a handler.
    assert.doesNotMatch(html, /<img|<[^>]*\sonerror=/)
  })

  it('keeps harmless raw HTML', async () => {
    const html = await renderMarkdown('<figure><figcaption>Caption</figcaption></figure>')
    assert.match(html, /<figcaption>Caption<\/figcaption>/)
  })

  const attacks: Record<string, string> = {
    'script tag': '<script>alert(1)</script>',
    'event handler': '<p onclick="alert(1)">x</p>',
    'img onerror': '<img src="x" onerror="alert(1)">',
    'svg onload': '<svg onload="alert(1)"><circle r="1"/></svg>',
    'markdown javascript link': '[x](javascript:alert(1))',
    'raw javascript link': '<a href="javascript:alert(1)">x</a>',
    'mixed-case scheme': '<a href="JaVaScRiPt:alert(1)">x</a>',
    'entity-hidden scheme': '<a href="&#106;avascript:alert(1)">x</a>',
    'tab-split scheme': '<a href="java&#9;script:alert(1)">x</a>',
    'vbscript link': '<a href="vbscript:msgbox(1)">x</a>',
    'data html link': '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    iframe: '<iframe src="https://evil.example.org"></iframe>',
    object: '<object data="evil.swf"></object>',
    'style attribute': '<p style="background:url(javascript:alert(1))">x</p>',
  }

  for (const [name, markdown] of Object.entries(attacks)) {
    it(`removes ${name}`, async () => {
      const html = await renderMarkdown(`Before.\n\n${markdown}\n\nAfter.`)
      assert.doesNotMatch(html, /<script|<iframe|<object|<svg|\son\w+=|style=/i)
      assert.doesNotMatch(html, /(href|src)="\s*(javascript|vbscript|data):/i)
      assert.match(html, /After\./)
    })
  }

  describe('ids a reader can link to, which no script can be fooled by', () => {
    it('keeps a subheading’s id as written, the address readers share', async () => {
      const html = await renderMarkdown(
        '## Stark lesson\n\n## الموازنة العامة\n\n[up](#stark-lesson)',
      )
      assert.match(html, /<h2 id="stark-lesson">Stark lesson<\/h2>/)
      assert.match(html, /<h2 id="الموازنة-العامة">/)
      assert.match(html, /<a href="#stark-lesson">up<\/a>/)
    })

    it('prefixes an id a script could name, and every link to it', async () => {
      // One-word subheadings and raw ids named like globals: `window.cookie`, `document.cookie`,
      // Next's `self.__next_f`, an Arabic word (a JavaScript name too).
      const html = await renderMarkdown(
        '## Background\n\n<img id="cookie" src="a.jpg" alt="A">\n\n<p id="__next_f">x</p>\n\n## خلفية\n\n[back](#background) [here](#cookie)',
      )
      assert.match(html, /<h2 id="user-content-background">/)
      assert.match(html, /id="user-content-cookie"/)
      assert.match(html, /id="user-content-__next_f"/)
      assert.match(html, /<h2 id="user-content-خلفية">/)
      assert.match(html, /href="#user-content-background"/)
      assert.match(html, /href="#user-content-cookie"/)
      assert.doesNotMatch(html, /id="(background|cookie|__next_f|خلفية)"/)
    })

    it('never takes an id of the page around the story', async () => {
      const html = await renderMarkdown(
        '## Corrections\n\n## Related\n\n<p id="main">x</p>\n\n[box](#corrections)',
      )
      assert.match(html, /<h2 id="user-content-corrections">/)
      assert.match(html, /<h2 id="user-content-related">/)
      assert.match(html, /id="user-content-main"/)
      // A link to the page's own corrections box still leads there when the story has none.
      assert.match(await renderMarkdown('[box](#corrections)'), /href="#corrections"/)
    })

    it('keeps footnotes linked both ways, with their aria label', async () => {
      const html = await renderMarkdown('Said so.[^1]\n\n[^1]: The minutes.')
      assert.match(html, /href="#fn-1"/)
      assert.match(html, /id="fn-1"/)
      assert.match(html, /id="fnref-1"/)
      assert.match(html, /href="#fnref-1"/)
      assert.match(html, /aria-describedby="footnote-label"/)
      assert.match(html, /id="footnote-label"/)
    })

    it('knows every id the page’s own components write', () => {
      const root = path.resolve(import.meta.dirname, '..', '..')
      const files = ['components', 'app'].flatMap((folder) =>
        readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.tsx'))
          .map((file) => readFileSync(path.join(root, folder, file), 'utf8')),
      )
      const literal = files.flatMap((text) =>
        [...text.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1] ?? ''),
      )
      assert.ok(literal.length > 5)
      for (const id of literal) {
        assert.ok(PAGE_IDS.includes(id), `components use id="${id}": add it to PAGE_IDS`)
        assert.notEqual(bodyId(id), id)
      }
      for (const made of [
        'section-politics',
        'search-page-query',
        'masthead-search',
        'update-1405-polls-close',
      ])
        assert.notEqual(bodyId(made), made)
    })
  })
})
