import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import sharp from 'sharp'
import { REPO } from '../support/workspace'
import { drawShareCard, type ShareCard } from '../../build/share-card'

/**
 * Each line of dark ink in the headline area: its leftmost and rightmost inked column. A line
 * ends after a run of blank rows taller than the gap between a letter and its dots.
 */
async function headlineLines(png: Buffer): Promise<{ left: number; right: number }[]> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true })
  const lines: { left: number; right: number }[] = []
  let current: { left: number; right: number } | undefined
  let blankRows = 0
  // The headline box: below the section label, above the rule at the foot.
  for (let y = 200; y < 530; y += 1) {
    let left = -1
    let right = -1
    for (let x = 0; x < info.width; x += 1) {
      if ((data[y * info.width + x] ?? 255) < 100) {
        if (left < 0) left = x
        right = x
      }
    }
    if (left >= 0) {
      blankRows = 0
      current ??= { left, right }
      current.left = Math.min(current.left, left)
      current.right = Math.max(current.right, right)
    } else if (current && ++blankRows > 20) {
      lines.push(current)
      current = undefined
    }
  }
  if (current) lines.push(current)
  return lines
}

const card = (overrides: Partial<ShareCard>): ShareCard => ({
  siteName: 'The Tigris Chronicle',
  label: 'Local News',
  headline: 'New river bridge opens to traffic after three years of work on its eastern approaches',
  domain: 'news.example.org',
  dir: 'ltr',
  ...overrides,
})

describe('share cards', () => {
  it('starts every line of an English headline at the left margin', async () => {
    const png = await drawShareCard(card({}), { root: REPO })
    const { width, height } = await sharp(png).metadata()
    assert.deepEqual([width, height], [1200, 630])
    const lines = await headlineLines(png)
    assert.ok(lines.length >= 2, `expected a wrapped headline, got ${lines.length} line(s)`)
    for (const line of lines) assert.ok(line.left < 90, `line starts at x=${line.left}`)
  })

  it('starts every line of an Arabic headline at the right margin, even one opening with Latin', async () => {
    const png = await drawShareCard(
      card({
        siteName: 'وقائع دجلة',
        label: 'أخبار محلية',
        headline: 'BBC: إعادة افتتاح جسر النهر بعد ثمانية أشهر من الصيانة الطويلة في بغداد',
        dir: 'rtl',
      }),
      { root: REPO },
    )
    const lines = await headlineLines(png)
    assert.ok(lines.length >= 2, `expected a wrapped headline, got ${lines.length} line(s)`)
    for (const line of lines) assert.ok(line.right > 1110, `line ends at x=${line.right}`)
    // The last line is shorter and keeps the right edge, leaving the left side empty.
    assert.ok((lines.at(-1)?.left ?? 0) > 200)
  })
})
