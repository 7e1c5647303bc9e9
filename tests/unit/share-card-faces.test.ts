/**
 * Share cards are drawn in the site's own faces. Pango falls back silently to another face when
 * it cannot use a font file, so each face draws a sample that must differ from the same sample in
 * every other face of its script, and (Latin) from a family that does not exist: a fallback looks
 * exactly like one of those.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { drawText, FACES, type FaceName, type TextBlock } from '../../build/share-card'
import { REPO } from '../support/workspace'

const LATIN = 'Hamburgefonstiv Baghdad 2026'
const ARABIC = 'بغداد تستعيد جسرها'
const SCRIPTS: { faces: FaceName[]; sample: string; missingFamilyDiffers: boolean }[] = [
  { faces: ['serif', 'sans'], sample: LATIN, missingFamilyDiffers: true },
  // Asked for a missing family, fontconfig draws Arabic in the first Arabic face it knows, one of
  // ours: a broken face then looks like the other one, which the comparison between them catches.
  { faces: ['naskh', 'sansArabic'], sample: ARABIC, missingFamilyDiffers: false },
]

const draw = (face: FaceName, sample: string, family?: string): Promise<TextBlock> =>
  drawText(
    sample,
    { face, weight: 'Bold', size: 48, colour: '#000000', ...(family ? { family } : {}) },
    { root: REPO },
  )

const same = (a: TextBlock, b: TextBlock) =>
  a.width === b.width && a.height === b.height && a.data.equals(b.data)

describe('share card faces', () => {
  for (const { faces, sample, missingFamilyDiffers } of SCRIPTS) {
    for (const face of faces) {
      it(`draws with ${FACES[face].family}, not a fallback`, async () => {
        const drawn = await draw(face, sample)
        assert.ok(drawn.width > 0 && drawn.height > 0)
        for (const other of faces.filter((candidate) => candidate !== face))
          assert.ok(!same(drawn, await draw(other, sample)), `draws like ${FACES[other].family}`)
        if (missingFamilyDiffers)
          assert.ok(
            !same(drawn, await draw(face, sample, 'No Such Family')),
            'draws like a missing family: the face was not used',
          )
      })
    }
  }
})
