/** View models shared by the feed, sitemap and structured-data unit tests. */
import type { FeedArticle } from '../../lib/newsroom/view-models'

export const SITE = {
  name: 'The Test Chronicle',
  baseUrl: 'https://news.example.org',
  locale: 'en-GB',
  defaultEdition: 'en',
  edition: 'en',
  locales: { en: 'en-GB', ar: 'ar-IQ' },
}

export function feedArticle(overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    slug: 'bridge-opens',
    edition: 'en',
    kind: 'news',
    status: 'published',
    title: 'Bridge opens & traffic <flows>',
    summary: 'The new bridge over the Tigris opened on Friday.',
    href: '/en/local-news/bridge-opens/',
    section: { slug: 'local-news', title: 'Local News', href: '/en/local-news/' },
    published: '2026-11-27T09:00:00+03:00',
    updated: '2026-11-27T11:30:00+03:00',
    image: {
      src: '/images/sample/bridge.jpg',
      alt: 'The bridge at dawn',
      width: 1600,
      height: 900,
    },
    leadImageFile: { bytes: 123456, type: 'image/jpeg' },
    authors: [{ slug: 'ada', name: 'Ada Reporter', href: '/en/authors/ada/' }],
    readingMinutes: 3,
    breaking: false,
    bodyHtml:
      '<p>Read <a href="/en/economy/">the economy</a> and <a href="https://example.org/x">more</a>.</p><img src="/images/sample/river.jpg" alt="River">',
    tags: [
      { label: 'Baghdad', slug: 'baghdad', href: '/en/tags/baghdad/' },
      { label: 'الموصل', slug: 'الموصل', href: '/en/tags/الموصل/' },
    ],
    ...overrides,
  }
}
