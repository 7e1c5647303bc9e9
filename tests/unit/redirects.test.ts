import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { redirectsFile } from '../../lib/finish/host-files'
import {
  parsePublishedAddresses,
  redirectPage,
  redirectsFor,
  withPublishedAddresses,
  type RedirectStory,
} from '../../lib/outputs/redirects'

const bridge: RedirectStory = {
  key: 'en/bridge',
  href: '/en/local-news/bridge/',
  title: 'Bridge reopens',
  lang: 'en',
  aliases: ['/en/local-news/old-bridge', '/en/local-news/', 'https://elsewhere.example/'],
}
const jisr: RedirectStory = {
  key: 'ar/جسر',
  href: '/ar/local-news/جسر/',
  title: 'الجسر <يفتح>',
  lang: 'ar',
}
const live = new Set(['/en/local-news/', '/en/local-news/bridge/', '/ar/local-news/جسر/'])
const editions = ['en', 'ar']

describe('redirects', () => {
  it('leads aliases and earlier published addresses to the story, never a live page', () => {
    const published = parsePublishedAddresses(
      '# comment\nen/bridge /en/local-news/bridge/\r\nen/bridge /en/politics/bridge/\nar/جسر /ar/iraq/جسر/\nbroken line with words\n',
    )
    assert.deepEqual(
      redirectsFor([bridge, jisr], published, live, editions).map(
        ({ from, to }) => `${from} → ${to}`,
      ),
      [
        '/ar/iraq/جسر/ → /ar/local-news/جسر/',
        '/en/local-news/old-bridge/ → /en/local-news/bridge/',
        '/en/politics/bridge/ → /en/local-news/bridge/',
      ],
    )
  })

  it('keeps every address ever published, sorted, adding today’s', () => {
    const published = parsePublishedAddresses('en/bridge /en/politics/bridge/\n')
    const text = withPublishedAddresses(published, [bridge, jisr])
    assert.deepEqual(
      text.split('\n').filter((line) => line && !line.startsWith('#')),
      [
        'ar/جسر /ar/local-news/جسر/',
        'en/bridge /en/local-news/bridge/',
        'en/bridge /en/politics/bridge/',
      ],
    )
    assert.deepEqual(parsePublishedAddresses(text).get('en/bridge')?.size, 2)
  })

  it('writes a page that names the story as canonical and sends the reader on, escaped', () => {
    const [redirect] = redirectsFor(
      [jisr],
      parsePublishedAddresses('ar/جسر /ar/iraq/جسر/'),
      live,
      editions,
    )
    assert.ok(redirect)
    const page = redirectPage(redirect, 'https://gazette.example/ar/local-news/%D8%AC%D8%B3%D8%B1/')
    assert.match(page, /<html lang="ar" dir="rtl">/)
    assert.match(
      page,
      /<meta http-equiv="refresh" content="0; url=\/ar\/local-news\/%D8%AC%D8%B3%D8%B1\/">/,
    )
    assert.match(
      page,
      /<link rel="canonical" href="https:\/\/gazette\.example\/ar\/local-news\/%D8%AC%D8%B3%D8%B1\/">/,
    )
    assert.match(page, /<title>الجسر &lt;يفتح&gt;<\/title>/)
    assert.equal(
      redirectsFile({ defaultEditionPath: '/en/', moved: [redirect] }),
      '/ /en/ 302\n/ar/iraq/%D8%AC%D8%B3%D8%B1/ /ar/local-news/%D8%AC%D8%B3%D8%B1/ 301\n',
    )
  })
})
