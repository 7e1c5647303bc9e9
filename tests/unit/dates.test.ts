import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkDateOrDateTime, checkDateTime } from '../../lib/content/dates'

describe('checkDateTime', () => {
  it('accepts a date-time with an offset and keeps the instant', () => {
    const result = checkDateTime('2026-11-27T09:30:00+03:00')
    assert.ok(result.ok)
    assert.equal(result.date.toISOString(), '2026-11-27T06:30:00.000Z')
  })

  it('accepts UTC and minutes-only times', () => {
    assert.ok(checkDateTime('2026-11-27T06:30Z').ok)
  })

  it('rejects an impossible day instead of rolling it over', () => {
    const result = checkDateTime('2026-02-30T10:00:00+03:00')
    assert.equal(result.ok, false)
    assert.match(!result.ok ? result.message : '', /not a real calendar date/)
  })

  it('rejects a bare date and says what to add', () => {
    const result = checkDateTime('2026-11-27')
    assert.equal(result.ok, false)
    assert.match(!result.ok ? result.message : '', /add the time and the offset/)
  })

  it('rejects words, missing offsets and impossible times', () => {
    for (const value of [
      'yesterday',
      '2026-11-27T09:30:00',
      '2026-11-27T25:00:00+03:00',
      20261127,
    ]) {
      assert.equal(checkDateTime(value).ok, false, String(value))
    }
  })
})

describe('checkDateOrDateTime', () => {
  it('accepts a calendar date and keeps it on that day in any time zone', () => {
    const result = checkDateOrDateTime('2026-11-21')
    assert.ok(result.ok)
    assert.equal(result.date.toISOString().slice(0, 10), '2026-11-21')
  })

  it('rejects 31 April', () => {
    assert.equal(checkDateOrDateTime('2026-04-31').ok, false)
  })
})
