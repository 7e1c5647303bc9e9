/**
 * The newsroom's decisions, tested with plain documents and no build: what is held back, the
 * order, what leads, what is related, what is breaking, and every listing.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  ARTICLES_PER_PAGE,
  BREAKING_WINDOW_MS,
  RELATED_LOOKBACK,
  createNewsroom,
  listingPageUrl,
  type ArticleDocument,
  type NewsroomInput,
  type SectionDocument,
} from '../../lib/newsroom/model'
import { LATEST } from '../../lib/newsroom/pagination'

const BUILD = new Date('2026-11-27T12:00:00Z')

/** An ISO time `minutes` before the build (negative: after it). */
const before = (minutes: number) => new Date(BUILD.getTime() - minutes * 60_000).toISOString()

let counter = 0
function story(overrides: Partial<ArticleDocument> = {}): ArticleDocument {
  counter += 1
  return {
    slug: `story-${counter}`,
    sourceFile: `content/articles/story-${counter}.md`,
    lang: 'en',
    section: 'politics',
    title: `Story ${counter}`,
    summary: 'What happened.',
    date: before(60 * counter),
    draft: false,
    featured: false,
    breaking: false,
    readingMinutes: 2,
    body: { html: '<p>Body</p>' },
    ...overrides,
  }
}

const section = (slug: string, overrides: Partial<SectionDocument> = {}): SectionDocument => ({
  slug,
  sourceFile: `content/sections/${slug}.md`,
  title: slug[0]?.toUpperCase() + slug.slice(1),
  order: 100,
  body: { raw: '' },
  ...overrides,
})

const SECTIONS = [
  section('iraq', { order: 1 }),
  section('politics', { parent: 'iraq', order: 1 }),
  section('local-news', { parent: 'iraq', order: 2 }),
  section('economy', { order: 2 }),
  section('opinion', { order: 3 }),
  section('sport', { order: 4 }),
]

function newsroom(articles: ArticleDocument[], overrides: Partial<NewsroomInput> = {}) {
  return createNewsroom({
    articles,
    sections: SECTIONS,
    authors: [
      { slug: 'ada', sourceFile: 'content/authors/ada.md', name: 'Ada', body: { html: '' } },
    ],
    pages: [],
    editions: ['en', 'ar'],
    buildTime: BUILD,
    showsUnpublished: false,
    measureImage: (src) => ({ url: src, width: 1600, height: 900 }),
    measureMedia: () => undefined,
    ...overrides,
  })
}

const slugs = (items: readonly { slug: string }[] | undefined) =>
  (items ?? []).map((item) => item.slug)

describe('the newsroom model', () => {
  it('holds back drafts and stories scheduled even one second after the build', () => {
    const onTime = story({ slug: 'on-time', date: BUILD.toISOString() })
    const early = story({
      slug: 'one-second-late',
      date: new Date(BUILD.getTime() + 1000).toISOString(),
    })
    const draft = story({ slug: 'draft', draft: true })
    const published = newsroom([onTime, early, draft])
    assert.deepEqual(slugs(published.articlesOf('en')), ['on-time'])
    assert.equal(published.getArticle('en', 'politics', 'one-second-late'), undefined)

    const preview = newsroom([onTime, early, draft], { showsUnpublished: true })
    assert.deepEqual(
      preview.articlesOf('en').map((article) => [article.slug, preview.toSummary(article).status]),
      [
        ['one-second-late', 'scheduled'],
        ['on-time', 'published'],
        ['draft', 'draft'],
      ],
    )
  })

  it('orders newest first, and stories published at the same moment by slug', () => {
    const time = before(30)
    const model = newsroom([
      story({ slug: 'b-story', date: time }),
      story({ slug: 'older', date: before(90) }),
      story({ slug: 'a-story', date: time }),
      story({ slug: 'newest', date: before(5) }),
    ])
    assert.deepEqual(slugs(model.articlesOf('en')), ['newest', 'a-story', 'b-story', 'older'])
  })

  it('compares dates as moments, whatever their offsets', () => {
    const model = newsroom([
      story({ slug: 'baghdad', date: '2026-11-27T10:00:00+03:00' }), // 07:00 UTC
      story({ slug: 'utc', date: '2026-11-27T08:00:00Z' }),
    ])
    assert.deepEqual(slugs(model.articlesOf('en')), ['utc', 'baghdad'])
  })

  describe('the front page', () => {
    it('leads with the newest featured story, then four top stories, a block per section and the latest ten', () => {
      const featured = story({ slug: 'featured', featured: true, date: before(600) })
      const newer = Array.from({ length: 6 }, (_, index) =>
        story({
          slug: `news-${index}`,
          date: before(10 + index),
          section: index % 2 ? 'economy' : 'local-news',
        }),
      )
      const sport = story({ slug: 'sport-story', section: 'sport', date: before(700) })
      const front = newsroom([featured, ...newer, sport]).getFrontPage('en')
      assert.equal(front.lead?.slug, 'featured')
      assert.deepEqual(slugs(front.topStories), ['news-0', 'news-1', 'news-2', 'news-3'])
      // A block holds only stories not shown above, up to four; sections with none are left out.
      assert.deepEqual(
        front.sectionBlocks.map((block) => [block.section.slug, slugs(block.articles)]),
        [
          ['iraq', ['news-4']],
          ['economy', ['news-5']],
          ['sport', ['sport-story']],
        ],
      )
      assert.deepEqual(slugs(front.latest), [...slugs(newer), 'featured', 'sport-story'])
    })

    it('leads with the newest story when none is featured, and is empty without stories', () => {
      assert.equal(
        newsroom([
          story({ slug: 'old', date: before(100) }),
          story({ slug: 'new', date: before(1) }),
        ]).getFrontPage('en').lead?.slug,
        'new',
      )
      const empty = newsroom([]).getFrontPage('en')
      assert.equal(empty.lead, undefined)
      assert.deepEqual([empty.topStories, empty.sectionBlocks, empty.latest], [[], [], []])
    })
  })

  describe('breaking news', () => {
    it('shows breaking stories of the window before the build, its edge included', () => {
      const window = BREAKING_WINDOW_MS / 60_000
      const model = newsroom([
        story({ slug: 'at-the-edge', breaking: true, date: before(window) }),
        story({ slug: 'just-outside', breaking: true, date: before(window + 1) }),
        story({ slug: 'not-breaking', date: before(5) }),
        story({ slug: 'at-build', breaking: true, date: BUILD.toISOString() }),
      ])
      assert.deepEqual(slugs(model.getBreakingNews('en')), ['at-build', 'at-the-edge'])
    })

    it('never shows a scheduled breaking story, even in the preview', () => {
      const model = newsroom([story({ slug: 'embargoed', breaking: true, date: before(-10) })], {
        showsUnpublished: true,
      })
      assert.deepEqual(model.getBreakingNews('en'), [])
    })
  })

  describe('related stories', () => {
    it('scores shared tags above the section, prefers the newer on a tie, and lists only stories published before it', () => {
      const subject = story({
        slug: 'subject',
        section: 'politics',
        tags: ['Oil', 'Basra'],
        date: before(5),
      })
      const model = newsroom([
        subject,
        // Published after it: a new story never changes an older story's page.
        story({ slug: 'later', section: 'politics', tags: ['Oil', 'Basra'], date: before(1) }),
        story({
          slug: 'two-tags-elsewhere',
          section: 'sport',
          tags: ['oil', 'BASRA'],
          date: before(50),
        }),
        story({ slug: 'same-section', section: 'politics', date: before(40) }),
        story({ slug: 'sister-section', section: 'local-news', date: before(30) }),
        story({ slug: 'one-tag-older', section: 'economy', tags: ['Oil'], date: before(900) }),
        story({ slug: 'one-tag-newer', section: 'economy', tags: ['Oil'], date: before(20) }),
        story({ slug: 'unrelated', section: 'economy', date: before(10) }),
      ])
      const related = model.getArticle('en', 'politics', 'subject')?.related
      // Two shared tags (4) beat one tag or the same section (2, the newer first); a sister section scores nothing.
      assert.deepEqual(slugs(related), [
        'two-tags-elsewhere',
        'one-tag-newer',
        'same-section',
        'one-tag-older',
      ])
    })

    it('picks what scoring every story in the archive would pick, looking only at a few', () => {
      // The model looks only at stories sharing a tag and those of the section and family just
      // before the story; here every story of a crowded archive is scored the slow way (among
      // the stories published before it) and the answers compared.
      const sectionSlugs = ['iraq', 'politics', 'local-news', 'economy', 'sport']
      const tagPool = ['Oil', 'Basra', 'Budget', 'Elections', 'Water', 'Football']
      const archive = Array.from({ length: 240 }, (_, index) =>
        story({
          slug: `crowd-${index}`,
          section: sectionSlugs[(index * 7) % sectionSlugs.length] ?? 'politics',
          tags: tagPool.filter((_, tag) => (index * (tag + 3)) % 11 === 0),
          // Some share a minute, so the slug has to break the tie.
          date: before(10 * Math.floor(index / 3) + 5),
        }),
      )
      const model = newsroom(archive)
      const family = (slug: string) =>
        slug === 'iraq' ? ['iraq', 'politics', 'local-news'] : [slug]
      const newest = [...archive].sort(
        (a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug),
      )
      for (const subject of archive) {
        const tags = new Set((subject.tags ?? []).map((tag) => tag.toLowerCase()))
        const expected = newest
          .slice(newest.indexOf(subject) + 1)
          .map((candidate) => ({
            slug: candidate.slug,
            score:
              (candidate.tags ?? []).filter((tag) => tags.has(tag.toLowerCase())).length * 2 +
              (candidate.section === subject.section
                ? 2
                : family(subject.section).includes(candidate.section)
                  ? 1
                  : 0),
          }))
          .filter(({ score }) => score > 0)
          .sort((a, b) => b.score - a.score) // stable: newer first on a tie
          .slice(0, 4)
          .map(({ slug }) => slug)
        const related = model.getArticle('en', subject.section, subject.slug)?.related
        assert.deepEqual(slugs(related), expected, subject.slug)
      }
    })

    it('looks for them among the stories of each topic published just before it', () => {
      const subject = story({
        slug: 'subject',
        section: 'politics',
        tags: ['Oil', 'Gas'],
        date: before(1),
      })
      const only = (tag: string, offset: number) =>
        Array.from({ length: RELATED_LOOKBACK }, (_, index) =>
          story({
            slug: `${tag.toLowerCase()}-${index}`,
            section: 'sport',
            tags: [tag],
            date: before(10 + 2 * index + offset),
          }),
        )
      // Shares both topics, but a hundred stories of each were published between the two.
      const longBefore = story({
        slug: 'both-topics-long-before',
        section: 'sport',
        tags: ['Oil', 'Gas'],
        date: before(10_000),
      })
      const busy = newsroom([subject, ...only('Oil', 0), ...only('Gas', 1), longBefore])
      assert.deepEqual(slugs(busy.getArticle('en', 'politics', 'subject')?.related), [
        'oil-0',
        'gas-0',
        'oil-1',
        'gas-1',
      ])
      const quiet = newsroom([subject, ...only('Oil', 0).slice(0, 10), longBefore])
      assert.equal(
        slugs(quiet.getArticle('en', 'politics', 'subject')?.related)[0],
        'both-topics-long-before',
      )
    })

    it('has none for a story alone in its section with no tags', () => {
      const model = newsroom([
        story({ slug: 'alone', section: 'sport' }),
        story({ section: 'economy' }),
      ])
      assert.deepEqual(model.getArticle('en', 'sport', 'alone')?.related, [])
    })
  })

  describe('listings', () => {
    // 43 stories, brief-0 the newest: two full pages and three more.
    const briefs = Array.from({ length: 2 * ARTICLES_PER_PAGE + 3 }, (_, index) =>
      story({
        slug: `brief-${index}`,
        section: 'local-news',
        tags: ['Oil Prices'],
        authors: ['ada'],
        date: before(index + 100),
      }),
    )
    const briefSlugs = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, index) => `brief-${from + index}`)
    const model = newsroom([
      ...briefs,
      story({ slug: 'economy-story', section: 'economy', tags: ['oil prices'] }),
    ])

    it('lists a section with its sub-sections: the newest at its address, older pages numbered from the oldest', () => {
      const latest = model.getListing('en', 'section', 'iraq', LATEST)
      assert.equal(latest?.kind, 'section')
      // The oldest twenty are /page/1/; its own address holds the rest, between one and two pages.
      assert.deepEqual(slugs(latest?.paged.items), briefSlugs(0, 22))
      assert.deepEqual([latest?.paged.newer, latest?.paged.older], [undefined, 1])
      const first = model.getListing('en', 'section', 'iraq', 1)
      assert.deepEqual(slugs(first?.paged.items), briefSlugs(23, 42))
      assert.deepEqual([first?.paged.newer, first?.paged.older], [LATEST, undefined])
      assert.equal(model.getListing('en', 'section', 'iraq', 2), undefined)
      assert.equal(model.getListing('en', 'section', 'iraq', -1), undefined)
    })

    it('keeps a numbered page as it was while stories are published, and adds the next once full', () => {
      const newer = (count: number) =>
        Array.from({ length: count }, (_, index) =>
          story({ slug: `new-${index}`, section: 'local-news', date: before(index) }),
        )
      const oneMore = newsroom([...briefs, ...newer(1)])
      assert.deepEqual(
        oneMore.getListing('en', 'section', 'local-news', 1)?.paged,
        model.getListing('en', 'section', 'local-news', 1)?.paged,
      )
      const full = newsroom([...briefs, ...newer(17)])
      assert.deepEqual(
        slugs(full.getListing('en', 'section', 'local-news', 1)?.paged.items),
        briefSlugs(23, 42),
      )
      assert.equal(full.getListing('en', 'section', 'local-news', 1)?.paged.newer, 2)
      const second = full.getListing('en', 'section', 'local-news', 2)?.paged
      assert.deepEqual(slugs(second?.items), briefSlugs(3, 22))
      assert.deepEqual([second?.newer, second?.older], [LATEST, 1])
      assert.equal(full.getListing('en', 'section', 'local-news', LATEST)?.paged.items.length, 20)
    })

    it('gives an empty section its address, a /page/1/ that points there, and an unknown one none', () => {
      const opinion = model.getListing('en', 'section', 'opinion', LATEST)?.paged
      assert.deepEqual(opinion, { items: [], page: LATEST })
      assert.deepEqual(model.getListing('en', 'section', 'opinion', 1)?.paged, {
        items: [],
        page: 1,
        newer: LATEST,
      })
      assert.equal(model.getListing('en', 'section', 'nowhere', LATEST), undefined)
    })

    it('gathers a topic however its tag is capitalised, under the first spelling', () => {
      const topic = model.getListing('en', 'tag', 'oil-prices', 1)
      assert.equal(topic?.kind === 'tag' && topic.tag.label, 'Oil Prices')
      assert.equal(topic?.paged.items.length, ARTICLES_PER_PAGE)
      assert.equal(topic && listingPageUrl('en', topic, 1), '/en/tags/oil-prices/page/1/')
      assert.deepEqual(topic?.alternates, {}, 'topics are per edition')
    })

    it('lists an author in every edition, and links the author’s page in each', () => {
      const author = model.getListing('en', 'author', 'ada', LATEST)
      assert.equal(author?.paged.items.length, ARTICLES_PER_PAGE + 3)
      assert.deepEqual(author?.alternates, { en: '/en/authors/ada/', ar: '/ar/authors/ada/' })
      assert.deepEqual(model.getListing('ar', 'author', 'ada', LATEST)?.paged.items, [])
    })

    it('names every page of every listing for the static export', () => {
      assert.deepEqual(model.getListingPages('en', 'tag'), [
        { slug: 'oil-prices', page: LATEST },
        { slug: 'oil-prices', page: 1 },
      ])
      assert.equal(model.getListingPages('en', 'section').length, SECTIONS.length * 2)
    })
  })

  it('links translations both ways and only to stories that are out', () => {
    const model = newsroom([
      story({ slug: 'bridge', translationKey: 'bridge' }),
      story({ slug: 'جسر', lang: 'ar', translationKey: 'bridge' }),
      story({ slug: 'dam', translationKey: 'dam' }),
      story({ slug: 'سد', lang: 'ar', translationKey: 'dam', draft: true }),
    ])
    assert.deepEqual(model.getArticle('ar', 'politics', 'جسر')?.translations, {
      en: '/en/politics/bridge/',
      ar: '/ar/politics/جسر/',
    })
    assert.deepEqual(model.getArticle('en', 'politics', 'dam')?.translations, {
      en: '/en/politics/dam/',
    })
  })

  it('labels stories of the opinion section and its sub-sections as opinion', () => {
    const model = newsroom([
      story({ slug: 'column', section: 'opinion' }),
      story({ slug: 'report' }),
    ])
    assert.deepEqual(
      model
        .articlesOf('en')
        .map((article) => model.toSummary(article).kind)
        .sort(),
      ['news', 'opinion'],
    )
  })
})

describe('a live page', () => {
  const update = (slug: string, minutesBefore: number, html: string) => ({
    slug,
    live: 'count',
    sourceFile: `content/live/count/updates/${slug}.md`,
    time: before(minutesBefore),
    keyEvent: false,
    draft: false,
    body: { html },
  })

  it('gives each update’s subheadings and footnotes ids of their own, so two updates never share one', () => {
    const heading =
      '<h2 id="what-happened">What happened</h2><p><a href="#what-happened">up</a></p>'
    const page = story({
      slug: 'count',
      date: before(600),
      live: {
        status: 'live',
        updates: [update('a', 60, heading), update('b', 30, heading)],
      },
    })
    const live = newsroom([page]).getArticle('en', 'politics', 'count')?.live
    const html = (live?.updates.items ?? []).map((item) => item.bodyHtml)
    assert.deepEqual(html, [
      '<h2 id="update-b--what-happened">What happened</h2><p><a href="#update-b--what-happened">up</a></p>',
      '<h2 id="update-a--what-happened">What happened</h2><p><a href="#update-a--what-happened">up</a></p>',
    ])
  })
})
