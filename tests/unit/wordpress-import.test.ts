/**
 * What the WordPress import decides, piece by piece: reading an export as a stream (and refusing
 * a hostile one), shortcodes, the body's conversion, slugs, dates, old addresses, languages and
 * translations (Polylang and WPML).
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { describe, it } from 'node:test'
import { convertBody, type BodyContext } from '../../tools/wordpress/body'
import {
  decodeSlug,
  firstSentence,
  importSlug,
  itemLanguage,
  oldPath,
  pictureCredit,
  plainText,
  shorten,
  translationGroup,
  wordpressDate,
} from '../../tools/wordpress/plan'
import { parseAttributes, replaceShortcodes, shortcodeHtml } from '../../tools/wordpress/shortcodes'
import { uploadCandidates, uploadsFrom, uploadsPath } from '../../tools/wordpress/uploads'
import { readWxr, WXR_TEXT_LIMIT, type WxrItem } from '../../tools/wordpress/wxr'
import { tempFolder } from '../support/temp-folder'

const OLD = 'https://old.example.com'

const context = (overrides: Partial<BodyContext> = {}): BodyContext => ({
  attachment: () => undefined,
  attached: () => [],
  pictureAt: () => undefined,
  picture: (url) => `story/${url.split('/').pop()}`,
  media: (url) => `story/${url.split('/').pop()}`,
  link: (url) => url,
  ...overrides,
})

function exportFile(items: string, head = ''): string {
  const file = path.join(tempFolder('wxr'), 'export.xml')
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">\n<channel>\n<title>Old</title>\n<link>${OLD}</link>\n<wp:base_site_url>${OLD}</wp:base_site_url>\n${head}${items}\n</channel>\n</rss>\n`,
  )
  return file
}

describe('reading a WordPress export', () => {
  it('reads items one at a time, with their terms and their post meta but not their comments’', async () => {
    const file = exportFile(
      `<item><title>A &amp; B</title><wp:post_id>7</wp:post_id><wp:post_type><![CDATA[post]]></wp:post_type>
<content:encoded><![CDATA[<p>Body ]]]]><![CDATA[> here</p>]]></content:encoded>
<category domain="post_tag" nicename="mosul"><![CDATA[Mosul]]></category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>12</wp:meta_value></wp:postmeta>
<wp:comment><wp:commentmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>99</wp:meta_value></wp:commentmeta></wp:comment>
</item>`,
      '<wp:author><wp:author_login>rana</wp:author_login><wp:author_display_name>Rana Jaber</wp:author_display_name></wp:author>\n',
    )
    const items: WxrItem[] = []
    const channel = await readWxr(file, (item) => void items.push(item))
    assert.equal(channel.baseSiteUrl, OLD)
    assert.deepEqual(channel.authors, [{ login: 'rana', displayName: 'Rana Jaber', email: '' }])
    assert.equal(items.length, 1)
    assert.equal(items[0]?.title, 'A & B')
    assert.equal(items[0]?.content, '<p>Body ]]> here</p>')
    assert.deepEqual(items[0]?.terms, [{ domain: 'post_tag', slug: 'mosul', name: 'Mosul' }])
    assert.deepEqual(items[0]?.meta, { _thumbnail_id: '12' })
    assert.equal(items[0]?.line, 8)
  })

  it('stops at a malformed export with its line and column', async () => {
    const file = exportFile('<item><title>Broken</item>')
    await assert.rejects(
      readWxr(file, () => {}),
      /export\.xml:7:\d+: unexpected close tag/,
    )
  })

  it('refuses a declared entity rather than expanding it, and an element too large to be a post', async () => {
    const file = path.join(tempFolder('wxr'), 'bomb.xml')
    writeFileSync(
      file,
      '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<rss><channel><title>&b;</title></channel></rss>',
    )
    await assert.rejects(
      readWxr(file, () => {}),
      /bomb\.xml:2:\d+: a DOCTYPE is not part of a WordPress export/,
    )
    const huge = exportFile(
      `<item><content:encoded>${'x'.repeat(WXR_TEXT_LIMIT + 10)}</content:encoded></item>`,
    )
    await assert.rejects(
      readWxr(huge, () => {}),
      /more than 8 MiB/,
    )
    const attribute = exportFile(
      `<item><category domain="${'x'.repeat(WXR_TEXT_LIMIT + 10)}">x</category></item>`,
    )
    await assert.rejects(
      readWxr(attribute, () => {}),
      /more than 8 MiB/,
    )
  })

  it('refuses what is not a WordPress export', async () => {
    const file = path.join(tempFolder('wxr'), 'page.xml')
    writeFileSync(file, '<html><body>Not an export</body></html>')
    await assert.rejects(
      readWxr(file, () => {}),
      /expected <rss>/,
    )
  })
})

describe('shortcodes', () => {
  it('reads attributes as WordPress saves them, curly quotes and entities included', () => {
    assert.deepEqual(
      parseAttributes(' ids="1,2" size=large title=\u201CThe bridge\u201D caption=&quot;A&quot;'),
      {
        ids: '1,2',
        size: 'large',
        title: 'The bridge',
        caption: 'A',
      },
    )
  })

  it('converts the ones with a meaning here, keeps the others as text and names them', () => {
    const unknown: string[] = []
    const html = replaceShortcodes(
      '[caption id="x" width="300"]<img src="a.jpg" alt="A"> The words[/caption] [poll id=3] [[gallery]] [1]',
      shortcodeHtml,
      (name) => unknown.push(name),
    )
    assert.equal(
      html,
      '<figure><img src="a.jpg" alt="A"><figcaption>The words</figcaption></figure> [poll id=3] [gallery] [1]',
    )
    assert.deepEqual(unknown, ['poll'])
  })
})

describe('a body converted to markdown', () => {
  it('gives classic paragraphs, lists, quotes, tables and links their markdown', () => {
    const { markdown } = convertBody(
      'First line\nsecond line\n\n<ul><li>One</li></ul><blockquote>Said</blockquote><table><tr><th>A</th></tr><tr><td>1</td></tr></table>\n\n<a href="/x">link</a> <strong>bold</strong>',
      context(),
    )
    assert.equal(
      markdown,
      'First line\\\nsecond line\n\n- One\n\n> Said\n\n| A |\n| - |\n| 1 |\n\n[link](/x) **bold**',
    )
  })

  it('leaves no script, style, form, block comment or link to javascript: behind', () => {
    const { markdown, dropped } = convertBody(
      '<!-- wp:paragraph --><p>Kept <a href="javascript:alert(1)">words</a><img src="x" onerror="alert(1)" alt="x"></p><!-- /wp:paragraph --><script>alert(1)</script><style>p{}</style><form><input></form><iframe src="https://evil.example/"></iframe>',
      context({ picture: () => undefined }),
    )
    assert.equal(markdown, 'Kept words')
    assert.deepEqual(dropped, ['<form>', '<iframe src="https://evil.example/">'])
  })

  it('turns captions into figures, provider frames and bare links into embeds, galleries and media into the story’s', () => {
    const result = convertBody(
      `[caption]<img src="${OLD}/wp-content/uploads/2019/05/a-300x200.jpg" alt="Alt"> Cap &amp; more[/caption]\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n\nhttps://x.com/a/status/123\n\n[gallery ids="5"]\n\n[video mp4="${OLD}/wp-content/uploads/v.mp4" poster="${OLD}/wp-content/uploads/p.jpg"][/video]`,
      context({
        attachment: (id) => ({
          url: `${OLD}/g${id}.jpg`,
          alt: 'G',
          caption: 'Gallery',
          credit: 'AP',
        }),
      }),
    )
    assert.equal(
      result.markdown,
      '<figure>\n<img src="story/a-300x200.jpg" alt="Alt">\n<figcaption>Cap &amp; more</figcaption>\n</figure>\n\n<https://www.youtube.com/watch?v=dQw4w9WgXcQ>\n\n<https://x.com/a/status/123>',
    )
    assert.deepEqual(result.gallery, [
      { url: `${OLD}/g5.jpg`, alt: 'G', caption: 'Gallery', credit: 'AP', src: 'story/g5.jpg' },
    ])
    assert.deepEqual(result.media, [{ kind: 'video', src: 'story/v.mp4', poster: 'story/p.jpg' }])
  })

  it('leaves out a missing picture and lists it, never a broken link', () => {
    const result = convertBody(
      `<p>Text</p><p><img src="${OLD}/wp-content/uploads/gone.jpg" alt="Gone"></p>`,
      context({ picture: () => undefined }),
    )
    assert.equal(result.markdown, 'Text')
    assert.deepEqual(result.missing, [`${OLD}/wp-content/uploads/gone.jpg`])
  })

  it('keeps the block editor’s footnotes as footnotes and names plugin blocks', () => {
    const result = convertBody(
      '<!-- wp:paragraph --><p>Rose<sup data-fn="f1"><a href="#f1" id="f1-link">1</a></sup>.</p><!-- /wp:paragraph --><!-- wp:acme/poll /--><ol class="wp-block-footnotes"><li id="f1">Figures. <a href="#f1-link">↩︎</a></li></ol>',
      context(),
    )
    assert.equal(result.markdown, 'Rose[^1].\n\n[^1]: Figures.')
    assert.deepEqual(result.unknownBlocks, ['acme/poll'])
  })
})

describe('what an item becomes', () => {
  it('decodes Arabic slugs to letters, and makes a slug where the site’s rules refuse one', () => {
    assert.equal(decodeSlug('%d8%ac%d8%b3%d8%b1-%d8%a7%d9%84%d9%86%d9%87%d8%b1'), 'جسر-النهر')
    assert.deepEqual(importSlug({ name: '%d8%ac%d8%b3%d8%b1', title: 'x', id: '1' }, new Set()), {
      slug: 'جسر',
    })
    assert.equal(
      importSlug({ name: '%e2%98%85', title: 'Stars of the league', id: '2' }, new Set()).slug,
      'stars-of-the-league',
    )
    assert.equal(importSlug({ name: '', title: '', id: '3' }, new Set()).slug, 'post-3')
    const taken = importSlug(
      { name: 'power-cut', title: 'Power cut', id: '9' },
      new Set(['power-cut']),
    )
    assert.equal(taken.slug, 'power-cut-9')
    assert.match(taken.fix ?? '', /taken by another story/)
    assert.equal(importSlug({ name: 'page', title: 'Page', id: '4' }, new Set()).slug, 'page-4')
  })

  it('dates a post with the offset its GMT twin gives, a draft with the newsroom’s zone', () => {
    assert.equal(
      wordpressDate('2019-05-03 12:30:00', '2019-05-03 09:30:00', 'UTC'),
      '2019-05-03T12:30:00+03:00',
    )
    assert.equal(
      wordpressDate('2019-05-03 12:30:00', '0000-00-00 00:00:00', 'Asia/Baghdad'),
      '2019-05-03T12:30:00+03:00',
    )
    assert.equal(
      wordpressDate('2019-01-10 08:00:00', '2019-01-10 13:00:00', 'UTC'),
      '2019-01-10T08:00:00-05:00',
    )
    assert.equal(wordpressDate('0000-00-00 00:00:00', '', 'UTC'), undefined)
  })

  it('reads the old address of a link on the old site, decoded, and WordPress’s short forms', () => {
    assert.equal(oldPath(`${OLD}/2019/05/03/%d8%ac%d8%b3%d8%b1/`, OLD), '/2019/05/03/جسر/')
    assert.equal(oldPath(`${OLD}/?p=12`, OLD), '/?p=12')
    assert.equal(oldPath(`${OLD}/?page_id=7`, OLD), '/?page_id=7')
    assert.equal(oldPath(`${OLD}/news/about`, OLD), '/news/about/')
    assert.equal(oldPath('https://elsewhere.example/x/', OLD), undefined)
    assert.equal(oldPath(`${OLD}/?s=search`, OLD), undefined)
    assert.equal(oldPath(`${OLD}/blog/2019/x/`, `${OLD}/blog`), '/2019/x/')
  })

  it('finds the language and the translation group of Polylang and of WPML', () => {
    const polylang = {
      terms: [
        { domain: 'language', slug: 'ar', name: 'العربية' },
        { domain: 'post_translations', slug: 'pll_5c', name: 'pll_5c' },
      ],
      meta: {},
    }
    assert.equal(itemLanguage(polylang), 'ar')
    assert.equal(translationGroup(polylang), 'pll_5c')
    const wpml = {
      terms: [],
      meta: { _wpml_import_language_code: 'AR', _wpml_import_translation_group: '41' },
    }
    assert.equal(itemLanguage(wpml), 'ar')
    assert.equal(translationGroup(wpml), '41')
    assert.equal(itemLanguage({ terms: [], meta: {} }), undefined)
  })

  it('takes text, summaries and credits as WordPress keeps them', () => {
    assert.equal(
      plainText('<p>A &amp; B&#8217;s [gallery ids="1"] <script>x</script>plan</p>'),
      'A & B’s plan',
    )
    assert.equal(
      firstSentence('The bridge reopened on Friday. Traffic was light.'),
      'The bridge reopened on Friday.',
    )
    assert.equal(shorten('one two three four', 10), 'one two…')
    assert.equal(
      pictureCredit({
        _wp_attachment_metadata: 'a:1:{s:10:"image_meta";a:1:{s:6:"credit";s:7:"Reuters";}}',
      }),
      'Reuters',
    )
    assert.equal(pictureCredit({ _media_credit: 'AFP' }), 'AFP')
  })

  it('finds a picture in a copy of wp-content/uploads, the original before its smaller copies', () => {
    assert.equal(
      uploadsPath(`${OLD}/wp-content/uploads/2019/05/a-1024x683.jpg`),
      '2019/05/a-1024x683.jpg',
    )
    assert.equal(uploadsPath(`${OLD}/wp-content/uploads/../../etc/passwd`), undefined)
    assert.equal(uploadsPath(`${OLD}/images/a.jpg`), undefined)
    assert.deepEqual(uploadCandidates('2019/05/a-1024x683.jpg'), [
      '2019/05/a.jpg',
      '2019/05/a-1024x683.jpg',
    ])
    assert.deepEqual(uploadCandidates('2019/05/a-scaled.jpg'), [
      '2019/05/a.jpg',
      '2019/05/a-scaled.jpg',
    ])
  })

  it('fetches a picture from the old site while it is online (--fetch), the original first', async () => {
    const asked: string[] = []
    const picture = Buffer.from('not really a jpeg')
    const server = createServer((request, response) => {
      asked.push(request.url ?? '')
      if (request.url === '/wp-content/uploads/2019/05/a.jpg') response.end(picture)
      else response.writeHead(404).end()
    })
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
    const { port } = server.address() as { port: number }
    const folder = tempFolder('fetch')
    try {
      const uploads = uploadsFrom(undefined, `http://127.0.0.1:${port}`)
      const target = path.join(folder, 'a.jpg')
      assert.equal(
        await uploads.copy(
          `http://127.0.0.1:${port}/wp-content/uploads/2019/05/a-300x200.jpg`,
          target,
        ),
        true,
      )
      assert.deepEqual(readFileSync(target), picture)
      assert.deepEqual(asked, ['/wp-content/uploads/2019/05/a.jpg'])
      const gone = path.join(folder, 'gone.jpg')
      assert.equal(
        await uploads.copy(`http://127.0.0.1:${port}/wp-content/uploads/gone.jpg`, gone),
        false,
      )
      assert.ok(!existsSync(gone))
      // Another origin than the old site's is never asked, nor anything without --fetch.
      assert.equal(
        await uploads.copy(`http://localhost:${port}/wp-content/uploads/2019/05/a.jpg`, gone),
        false,
      )
      assert.equal(
        await uploadsFrom(undefined, undefined).copy(
          `http://127.0.0.1:${port}/wp-content/uploads/2019/05/a.jpg`,
          gone,
        ),
        false,
      )
      assert.equal(asked.length, 2)
    } finally {
      server.close()
    }
  })
})
