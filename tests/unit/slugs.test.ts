import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { slugIdentity, slugProblem } from '../../lib/content/slugs'

describe('addresses (slugs)', () => {
  it('accepts lower-case Latin and Arabic words, digits and single hyphens', () => {
    for (const good of [
      'bridge-reopens-2026',
      'افتتاح-الجسر',
      'café-culture',
      'قمة-g20',
      'عام-٢٠٢٦',
      'ڕێگا',
    ]) {
      assert.equal(slugProblem(good), undefined, good)
    }
  })

  it('refuses what would make a second address for one story, or none on Windows', () => {
    const cases: [string, RegExp][] = [
      ['Bridge', /must be lower case/],
      ['bridge reopens', /holds a space \(U\+0020\): join words with hyphens/],
      ['bridge--reopens', /single hyphens/],
      ['-bridge', /single hyphens/],
      ['bridge_reopens', /holds U\+005F/],
      ['cafe\u0301', /not in composed Unicode/],
      ['story\u3164', /invisible or combining character U\+3164/],
      ['story\u200B', /invisible or combining character U\+200B/],
      ['\u202Estory', /invisible or combining character U\+202E/],
      ['\u017Ftory', /U\+017F "ſ", a letter that imitates another/],
      ['ﻻ', /compatibility form/],
      ['бридж', /holds U\+0431/],
      ['con', /device name/],
      ['lpt1', /device name/],
      ['كتاب\u0640', /invisible or combining character U\+0640/],
      ['', /is empty/],
    ]
    for (const [slug, pattern] of cases) assert.match(slugProblem(slug) ?? '', pattern, slug)
  })

  it('gives look-alike slugs one identity', () => {
    const same: [string, string][] = [
      ['café', 'cafe'],
      ['café', 'cafe\u0301'],
      ['story-1', 'story-١'],
      ['story-1', 'story-۱'],
      ['كتاب', 'کتاب'],
      ['علي', 'علی'],
      ['أخبار', 'اخبار'],
      ['strasse', 'straße'],
    ]
    for (const [a, b] of same) assert.equal(slugIdentity(a), slugIdentity(b), `${a} ~ ${b}`)
    assert.notEqual(slugIdentity('bridge'), slugIdentity('bridges'))
  })
})
