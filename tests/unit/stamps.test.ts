import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { stampsOf, withoutStampMarkers, withStamps } from '../../lib/finish/stamps'

/** A page as React renders it: the date line and the strip marked, or the strip's placeholder. */
function page(dateLine: string, breaking?: string): string {
  const strip = breaking
    ? `<aside data-stamp="en-breaking" aria-label="Breaking"><div><strong>Breaking</strong><ul><li><a href="/en/x/">${breaking}</a></li></ul></div></aside>`
    : '<template data-stamp="en-breaking"></template>'
  return `<header><p data-stamp="en-date-line"><bdi><time dateTime="2026-11-27">${dateLine}</time></bdi></p><p>Tagline</p></header>${strip}<main><p>Story</p></main>`
}

describe('stamping the parts every page shares', () => {
  it('takes each marked part whole, up to its own closing tag', () => {
    const stamps = stampsOf(page('Friday 27 November 2026', 'Fire at the power station'))
    assert.deepEqual([...stamps.keys()], ['en-date-line', 'en-breaking'])
    assert.match(
      stamps.get('en-breaking') ?? '',
      /^<aside[\s\S]*Fire at the power station[\s\S]*<\/aside>$/,
    )
    assert.equal(
      stamps.get('en-date-line'),
      '<p data-stamp="en-date-line"><bdi><time dateTime="2026-11-27">Friday 27 November 2026</time></bdi></p>',
    )
  })

  it('stamps a page rendered on another day, before another breaking story, as one rendered now', () => {
    const now = page('Saturday 28 November 2026', 'Bridge reopens')
    const carried = page('Friday 27 November 2026')
    assert.equal(withStamps(carried, stampsOf(now)), now)
    // And back: a strip that is gone leaves its placeholder.
    const quiet = page('Sunday 29 November 2026')
    assert.equal(withStamps(now, stampsOf(quiet)), quiet)
  })

  it('leaves a part this build has none of, and everything around the parts, as it was', () => {
    const carried = page('Friday 27 November 2026', 'Fire')
    const onlyDate = new Map([['en-date-line', '<p data-stamp="en-date-line">Today</p>']])
    const stamped = withStamps(carried, onlyDate)
    assert.match(stamped, /<p data-stamp="en-date-line">Today<\/p><p>Tagline<\/p>/)
    assert.match(stamped, /<aside data-stamp="en-breaking"[\s\S]*Fire/)
    assert.match(stamped, /<main><p>Story<\/p><\/main>$/)
  })

  it('drops the markers from the published page', () => {
    assert.equal(withoutStampMarkers(page('Friday', 'Fire')).includes('data-stamp'), false)
    const quiet = withoutStampMarkers(page('Friday'))
    assert.doesNotMatch(quiet, /<template/)
    assert.match(quiet, /<header><p><bdi>/)
  })
})
