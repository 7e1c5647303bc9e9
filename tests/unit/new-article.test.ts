/**
 * What `npm run new` decides: the slug, the newsroom's time, what it refuses, the file it writes.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse as parseYaml } from 'yaml'
import {
  newArticleProblems,
  newArticleText,
  newLivePageText,
  newsroomDateTime,
  newUpdateText,
  slugFromHeadline,
  updateFileName,
  type Newsroom,
} from '../../tools/article-draft'
import { slugProblem } from '../../lib/content/slugs'

const NEWSROOM: Newsroom = {
  editions: ['en', 'ar'],
  sections: ['economy', 'local-news'],
  authors: ['layla-hassan'],
  slugs: ['bridge-reopens', 'افتتاح-الجسر'],
  timeZone: 'Asia/Baghdad',
}

describe('new article', () => {
  it('makes a short Latin slug from a headline, transliterating Arabic', () => {
    assert.equal(
      slugFromHeadline('Baghdad bridge reopens — café’s view'),
      'baghdad-bridge-reopens-cafes-view',
    )
    assert.equal(slugFromHeadline('إعادة افتتاح جسر السنك'), 'iaadh-afttah-jsr-alsnk')
    assert.equal(slugFromHeadline('البرلمان يؤجل التصويت ٢٠٢٦'), 'albrlman-yujl-altswyt-2026')
    const long = slugFromHeadline(
      'Parliament postpones the vote on the budget again as provinces dispute their shares of oil revenue',
    )
    assert.equal(long, 'parliament-postpones-the-vote-on-the-budget-again')
    for (const slug of [long, slugFromHeadline('إعادة افتتاح جسر السنك')])
      assert.equal(slugProblem(slug), undefined)
  })

  it('dates the story now, in the newsroom’s time zone with its offset', () => {
    const now = new Date('2026-11-29T22:05:30Z')
    assert.equal(newsroomDateTime(now, 'Asia/Baghdad'), '2026-11-30T01:05:00+03:00')
    assert.equal(newsroomDateTime(now, 'UTC'), '2026-11-29T22:05:00+00:00')
    assert.equal(newsroomDateTime(now, 'America/New_York'), '2026-11-29T17:05:00-05:00')
  })

  it('refuses an unknown edition, section or author and a slug already used, in any spelling', () => {
    assert.deepEqual(
      newArticleProblems(
        { edition: 'fr', section: 'sport', headline: 'Bridge reopens', authors: ['nobody'] },
        NEWSROOM,
      ),
      [
        'edition: "fr" is not an edition (en, ar)',
        'section: "sport" is not a section (economy, local-news)',
        'author: "nobody" is not an author (layla-hassan)',
        'slug: "bridge-reopens" is already an article\'s address: give another with --slug, or edit that article',
      ],
    )
    const arabic = { edition: 'ar', section: 'economy', headline: 'x', authors: [] }
    assert.match(
      newArticleProblems({ ...arabic, slug: 'افتتاح-الجسر' }, NEWSROOM)[0] ?? '',
      /already/,
    )
    assert.match(
      newArticleProblems({ ...arabic, slug: 'Bridge Opens' }, NEWSROOM)[0] ?? '',
      /^slug: /,
    )
    assert.deepEqual(newArticleProblems({ ...arabic, slug: 'جسر-جديد' }, NEWSROOM), [])
  })

  it('writes a draft with every required field and the optional ones as comments', () => {
    const text = newArticleText(
      {
        edition: 'ar',
        section: 'economy',
        headline: ' "Oil" revenue: up ',
        authors: ['layla-hassan'],
        translationKey: 'oil-revenue',
        image: { src: '/images/oil.jpg', alt: 'A refinery' },
      },
      '2026-11-30T01:05:00+03:00',
    )
    const fields = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<
      string,
      unknown
    >
    assert.deepEqual(fields, {
      title: '"Oil" revenue: up',
      summary: '',
      date: '2026-11-30T01:05:00+03:00',
      section: 'economy',
      lang: 'ar',
      authors: ['layla-hassan'],
      image: { src: '/images/oil.jpg', alt: 'A refinery' },
      translationKey: 'oil-revenue',
      draft: true,
    })
    for (const optional of [
      'updated',
      'tags',
      'dateline',
      'source',
      'featured',
      'breaking',
      'corrections',
    ])
      assert.match(text, new RegExp(`^# ${optional}:`, 'm'))
  })
})

describe('a live page and its updates (npm run new -- --live, -- --update)', () => {
  const input = {
    edition: 'en',
    section: 'economy',
    headline: 'Budget vote, live',
    authors: ['layla-hassan'],
  }

  it('starts a live page: a story’s fields and status: live, a draft', () => {
    const fields = parseYaml(
      newLivePageText(input, '2026-11-28T18:00:00+03:00').split('---')[1] ?? '',
    ) as Record<string, unknown>
    assert.equal(fields.status, 'live')
    assert.equal(fields.draft, true)
    assert.equal(fields.title, 'Budget vote, live')
    assert.equal(fields.date, '2026-11-28T18:00:00+03:00')
  })

  it('stamps an update with the minute, names it by that minute, and marks a key event', () => {
    const time = '2026-11-28T19:30:00+03:00'
    assert.equal(updateFileName(time), '2026-11-28-1930')
    const fields = parseYaml(
      newUpdateText({ title: 'Turnout at 41 %', keyEvent: true }, time).split('---')[1] ?? '',
    ) as Record<string, unknown>
    assert.deepEqual(fields, { time, title: 'Turnout at 41 %', keyEvent: true })
    const plain = parseYaml(newUpdateText({}, time).split('---')[1] ?? '') as Record<
      string,
      unknown
    >
    assert.deepEqual(plain, { time })
    assert.equal(slugProblem(updateFileName(time)), undefined)
  })
})
