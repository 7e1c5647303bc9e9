import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ArticleDetail, FeedArticle } from '../../lib/newsroom/view-models'
import { articleMetadata } from '../../lib/outputs/seo'
import { shareLinks } from '../../lib/outputs/share-links'
import {
  articleJsonLd,
  breadcrumbJsonLd,
  serializeJsonLd,
  websiteJsonLd,
} from '../../lib/outputs/structured-data'
import { feedArticle, SITE } from './discovery-fixtures'

function articleDetail(overrides: Partial<ArticleDetail> = {}): ArticleDetail {
  const article: Omit<FeedArticle, 'leadImageFile'> = feedArticle()
  return {
    ...article,
    dateline: 'BAGHDAD',
    source: { name: 'The Weekly', url: 'https://weekly.example.org/report' },
    corrections: [{ date: '2026-11-27', text: 'An earlier version misnamed the bridge.' }],
    trail: [
      { slug: 'iraq', title: 'Iraq News', href: '/en/iraq/' },
      { slug: 'local-news', title: 'Local News', href: '/en/local-news/' },
    ],
    related: [],
    embeds: [],
    gallery: [],
    translations: { en: '/en/local-news/bridge-opens/', ar: '/ar/local-news/جسر/' },
    ...overrides,
  }
}

describe('article JSON-LD', () => {
  it('describes a news story with every field search engines read', () => {
    const data = articleJsonLd(SITE, articleDetail()) as unknown as Record<string, unknown>
    assert.equal(data['@context'], 'https://schema.org')
    assert.equal(data['@type'], 'NewsArticle')
    assert.equal(data.headline, 'Bridge opens & traffic <flows>')
    assert.equal(data.description, 'The new bridge over the Tigris opened on Friday.')
    assert.equal(data.datePublished, '2026-11-27T09:00:00+03:00')
    assert.equal(data.dateModified, '2026-11-27T11:30:00+03:00')
    assert.equal(data.inLanguage, 'en')
    assert.equal(data.articleSection, 'Local News')
    assert.deepEqual(data.keywords, ['Baghdad', 'الموصل'])
    assert.equal(data.dateline, 'BAGHDAD')
    assert.deepEqual(data.author, [
      { '@type': 'Person', name: 'Ada Reporter', url: 'https://news.example.org/en/authors/ada/' },
    ])
    assert.deepEqual(data.publisher, {
      '@type': 'NewsMediaOrganization',
      '@id': 'https://news.example.org/en/#publisher',
      name: 'The Test Chronicle',
      url: 'https://news.example.org/en/',
      logo: { '@type': 'ImageObject', url: 'https://news.example.org/en/logo.png' },
    })
    assert.deepEqual(data.image, [
      'https://news.example.org/en/local-news/bridge-opens/card.png',
      'https://news.example.org/images/sample/bridge.jpg',
    ])
    assert.deepEqual(data.isBasedOn, {
      '@type': 'CreativeWork',
      name: 'The Weekly',
      url: 'https://weekly.example.org/report',
    })
    assert.deepEqual(data.correction, [
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version misnamed the bridge.',
        datePublished: '2026-11-27',
      },
    ])
  })

  it("lists a gallery's pictures as ImageObjects at their own addresses, credited", () => {
    const photo = {
      src: '/media/articles/2026/11/crowd.jpg',
      alt: 'Voters queue outside a school in Mosul',
      caption: 'The queue at noon',
      credit: 'Sara Ali',
      width: 1600,
      height: 1067,
    }
    const data = articleJsonLd(
      SITE,
      articleDetail({ gallery: [photo, { ...photo, src: '/images/ballot.jpg' }] }),
    ) as unknown as Record<string, unknown>
    const page = 'https://news.example.org/en/local-news/bridge-opens/'
    const imageObject = (position: number, contentUrl: string) => ({
      '@type': 'ImageObject',
      '@id': `${page}#photo-${position}`,
      url: `${page}#photo-${position}`,
      contentUrl,
      width: { '@type': 'QuantitativeValue', value: 1600, unitCode: 'E37' },
      height: { '@type': 'QuantitativeValue', value: 1067, unitCode: 'E37' },
      caption: 'The queue at noon',
      description: 'Voters queue outside a school in Mosul',
      creditText: 'Sara Ali',
    })
    assert.deepEqual(data.associatedMedia, [
      imageObject(1, 'https://news.example.org/media/articles/2026/11/crowd.jpg'),
      imageObject(2, 'https://news.example.org/images/ballot.jpg'),
    ])
    assert.equal(articleJsonLd(SITE, articleDetail()).associatedMedia, undefined)
  })

  it('marks opinion as OpinionNewsArticle and credits the newsroom when no one is named', () => {
    const data = articleJsonLd(
      SITE,
      articleDetail({ kind: 'opinion', authors: [], corrections: [], source: undefined }),
    ) as unknown as Record<string, unknown>
    assert.equal(data['@type'], 'OpinionNewsArticle')
    assert.deepEqual(
      (data.author as { '@type': string }[]).map((a) => a['@type']),
      ['NewsMediaOrganization'],
    )
    assert.equal('correction' in data, false)
    assert.equal('isBasedOn' in data, false)
  })

  it('numbers the breadcrumb from the front page to the article', () => {
    const article = articleDetail()
    const data = breadcrumbJsonLd(SITE, 'Home', article.trail, {
      name: article.title,
      href: article.href,
    }) as unknown as { itemListElement: { position: number; name: string; item: string }[] }
    assert.deepEqual(
      data.itemListElement.map(({ position, name, item }) => [position, name, item]),
      [
        [1, 'Home', 'https://news.example.org/en/'],
        [2, 'Iraq News', 'https://news.example.org/en/iraq/'],
        [3, 'Local News', 'https://news.example.org/en/local-news/'],
        [4, article.title, 'https://news.example.org/en/local-news/bridge-opens/'],
      ],
    )
  })

  it('gives the front page a WebSite whose SearchAction opens the search page', () => {
    const data = websiteJsonLd(SITE, 'Independent news') as unknown as {
      potentialAction: { target: { urlTemplate: string }; 'query-input': string }
    }
    assert.equal(
      data.potentialAction.target.urlTemplate,
      'https://news.example.org/en/search/?q={search_term_string}',
    )
    assert.equal(data.potentialAction['query-input'], 'required name=search_term_string')
  })

  it('cannot be closed early by a headline holding </script>', () => {
    const json = serializeJsonLd({ headline: 'a</script><script>alert(1)</script>' })
    assert.doesNotMatch(json, /<\/script>/i)
    assert.equal(JSON.parse(json).headline, 'a</script><script>alert(1)</script>')
  })
})

describe('article metadata', () => {
  it('carries Open Graph article fields, the share card and a large Twitter card', () => {
    const meta = articleMetadata(SITE, articleDetail())
    const og = meta.openGraph as Record<string, unknown>
    assert.equal(meta.title, 'Bridge opens & traffic <flows> | Local News')
    assert.equal(meta.alternates?.canonical, 'https://news.example.org/en/local-news/bridge-opens/')
    assert.equal(og.type, 'article')
    // Google Discover's large preview.
    assert.deepEqual(meta.robots, { 'max-image-preview': 'large' })
    assert.equal(og.publishedTime, '2026-11-27T09:00:00+03:00')
    assert.equal(og.modifiedTime, '2026-11-27T11:30:00+03:00')
    assert.equal(og.section, 'Local News')
    assert.deepEqual(og.tags, ['Baghdad', 'الموصل'])
    assert.equal(og.locale, 'en_GB')
    assert.deepEqual(og.alternateLocale, ['ar_IQ'])
    assert.deepEqual(og.images, [
      {
        url: 'https://news.example.org/en/local-news/bridge-opens/card.png',
        alt: 'Bridge opens & traffic <flows>',
        width: 1200,
        height: 630,
      },
    ])
    assert.equal((meta.twitter as { card: string }).card, 'summary_large_image')
    const feeds = meta.alternates?.types as Record<string, { url: string }[]>
    assert.deepEqual(
      feeds['application/rss+xml']?.map((feed) => feed.url),
      [
        'https://news.example.org/en/feeds/local-news/rss.xml',
        'https://news.example.org/en/feeds/rss.xml',
      ],
    )
  })
})

describe('share links', () => {
  const page = 'https://news.example.org/ar/x/%D8%AC%D8%B3%D8%B1/'
  const headline = 'جسر & نهر #1 ?\u202e'
  const links = Object.fromEntries(
    shareLinks(page, headline).map((l) => [l.network, new URL(l.href)]),
  )

  it('sends each network the page and headline exactly, as the browser encodes the link', () => {
    const x = links.x
    assert.equal(x?.origin + (x?.pathname ?? ''), 'https://x.com/intent/post')
    assert.equal(new URL(x?.searchParams.get('url') ?? '').href, page)
    assert.equal(x?.searchParams.get('text'), headline)
    assert.equal(new URL(links.facebook?.searchParams.get('u') ?? '').href, page)
    assert.equal(links.whatsapp?.searchParams.get('text'), `${headline} ${decodeURI(page)}`)
    assert.equal(links.telegram?.searchParams.get('text'), headline)
    assert.equal(links.email?.protocol, 'mailto:')
    assert.equal(links.email?.searchParams.get('subject'), headline)
    assert.equal(new URL(links.email?.searchParams.get('body') ?? '').href, page)
  })

  it('leaves Arabic letters as themselves and encodes everything that could change the link', () => {
    const href = shareLinks(page, headline)[0]?.href ?? ''
    assert.match(href, /url=https%3A%2F%2Fnews\.example\.org%2Far%2Fx%2Fجسر%2F&/)
    assert.match(href, /&text=جسر%20%26%20نهر%20%231%20%3F%E2%80%AE$/)
  })
})
