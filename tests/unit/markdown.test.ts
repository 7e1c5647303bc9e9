import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderMarkdown } from '../../lib/markdown'

describe('markdown pipeline', () => {
  it('renders subheadings with anchors, tables and links', async () => {
    const html = await renderMarkdown(
      '## What changes\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[home](/en/)',
    )
    assert.match(html, /<h2 id="user-content-what-changes">What changes<\/h2>/)
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
})
