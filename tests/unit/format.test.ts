import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  formatDate,
  formatDateTime,
  formatHijriDate,
  formatLongDate,
  formatNumber,
  isoDateIn,
  timeZoneCity,
} from '../../lib/site/format'
import { countWords, readingMinutes } from '../../lib/content/reading-time'

const baghdad = { locale: 'en-GB', timeZone: 'Asia/Baghdad' }

describe('date formatting', () => {
  // 22:30 UTC on the 27th is already the 28th in Baghdad (UTC+3).
  const lateEvening = new Date('2026-11-27T22:30:00Z')

  it('writes dates as newspapers do, in the newsroom time zone', () => {
    assert.equal(formatDate(lateEvening, baghdad), '28 November 2026')
    assert.equal(formatDateTime(lateEvening, baghdad), '28 November 2026 at 01:30')
    assert.equal(formatLongDate(lateEvening, baghdad), 'Saturday, 28 November 2026')
  })

  it('does not depend on the machine time zone', () => {
    assert.equal(
      formatDate(lateEvening, { locale: 'en-GB', timeZone: 'America/New_York' }),
      '27 November 2026',
    )
  })

  it('gives the calendar date in the newsroom time zone for dateTime attributes', () => {
    assert.equal(isoDateIn(lateEvening, 'Asia/Baghdad'), '2026-11-28')
  })

  it('names the time zone by its city', () => {
    assert.equal(timeZoneCity('Asia/Baghdad'), 'Baghdad')
    assert.equal(timeZoneCity('America/New_York'), 'New York')
  })
})

describe('reading time', () => {
  it('counts words in Latin and Arabic script alike', () => {
    assert.equal(countWords('The bridge reopens, at last.'), 5)
    assert.equal(countWords('افتتاح الجسر بعد ثمانية أشهر'), 5)
    assert.equal(countWords('## Heading\n\n- one\n- two'), 3)
  })

  it('rounds to whole minutes and never says zero', () => {
    assert.equal(readingMinutes('word'), 1)
    assert.equal(readingMinutes(Array(660).fill('word').join(' ')), 3)
  })
})

describe('Arabic edition dates and numbers', () => {
  const noon = new Date('2026-11-27T09:00:00Z')
  const arabic = { locale: 'ar-IQ', timeZone: 'Asia/Baghdad' }

  it('writes Arabic-Indic digits and Iraqi month names by default', () => {
    assert.equal(formatDate(noon, arabic), '٢٧ تشرين الثاني ٢٠٢٦')
  })

  it('writes Western digits when the edition asks for them', () => {
    assert.equal(formatDate(noon, { ...arabic, numberingSystem: 'latn' }), '27 تشرين الثاني 2026')
    assert.equal(formatNumber(12, { ...arabic, numberingSystem: 'latn' }), '12')
    assert.equal(formatNumber(12, arabic), '١٢')
  })

  it('gives the Hijri date from the Umm al-Qura calendar', () => {
    assert.equal(formatHijriDate(noon, arabic), '١٧ جمادى الآخرة ١٤٤٨ هـ')
    assert.equal(formatHijriDate(noon, baghdad), '17 Jumada II 1448 AH')
  })

  it('keeps the 24-hour clock in the newsroom time zone', () => {
    assert.match(formatDateTime(noon, { ...arabic, numberingSystem: 'latn' }), /12:00/)
  })
})
