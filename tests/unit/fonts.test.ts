/**
 * The faces: @fontsource's CSS read right, the characters a page shows, and the rules written.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import {
  FAMILIES,
  EDITION_FAMILIES,
  familiesUsedBy,
  FIRST_SCREEN_FACES,
  fontFaceCss,
  inUnicodeRange,
  parseFontsourceCss,
  shownCharacters,
  unicodeRangeOf,
} from '../../lib/finish/faces'
import { finishedPage } from '../../lib/finish/page-html'
import { REPO } from '../support/workspace'

const fontsourceCss = (packageName: string) =>
  readFileSync(
    path.join(REPO, 'node_modules', '@fontsource-variable', packageName, 'index.css'),
    'utf8',
  )

describe('faces', () => {
  it('reads every upright range of the installed @fontsource packages, each file present', () => {
    for (const { family, package: packageName } of FAMILIES) {
      const faces = parseFontsourceCss(fontsourceCss(packageName), packageName)
      assert.ok(
        faces.some((face) => face.range === 'latin'),
        `${packageName} has a latin range`,
      )
      for (const face of faces) {
        assert.equal(face.family, family)
        assert.match(face.file, new RegExp(`^${packageName}-${face.range}-wght-normal\\.woff2$`))
        assert.match(face.unicodeRange, /^U\+[0-9A-F]/)
      }
    }
    const arabic = parseFontsourceCss(fontsourceCss('noto-naskh-arabic'), 'noto-naskh-arabic')
    assert.ok(arabic.some((face) => face.range === 'arabic'))
  })

  it('names a first-screen face each edition has', () => {
    for (const [edition, { family, range }] of Object.entries(FIRST_SCREEN_FACES).flatMap(
      ([code, faces]) => faces.map((face) => [code, face] as const),
    )) {
      const packageName = FAMILIES.find((entry) => entry.family === family)?.package ?? ''
      const faces = parseFontsourceCss(fontsourceCss(packageName), packageName)
      assert.ok(
        faces.some((face) => face.range === range),
        `${edition}: ${family} ${range}`,
      )
    }
  })

  it('names exactly the characters a file holds, in runs', () => {
    assert.equal(
      unicodeRangeOf([0x41, 0x42, 0x43, 0x20, 0x627, 0x628, 0xa9]),
      'U+20,U+41-43,U+A9,U+627-628',
    )
    assert.equal(unicodeRangeOf([]), '')
  })

  it('tells which range a character falls in', () => {
    assert.ok(inUnicodeRange(0x41, 'U+0000-00FF,U+0131'))
    assert.ok(inUnicodeRange(0x131, 'U+0000-00FF,U+0131'))
    assert.ok(!inUnicodeRange(0x627, 'U+0000-00FF,U+0131'))
    assert.ok(inUnicodeRange(0x627, 'U+0600-06FF'))
  })

  it('collects the characters a page shows: text and button labels, not markup, scripts or the head', () => {
    const shown = shownCharacters(
      '<html><head><title>Ω</title></head><body class="q"><p>Tom &amp; Jerry &#x2014; ك</p>' +
        '<input type="submit" value="Go"/><script>var z = "Ж"</script><style>.x{}</style></body></html>',
    )
    for (const character of ['T', '&', '—', 'ك', 'G', 'o'])
      assert.ok(shown.has(character), character)
    for (const character of ['Ω', 'Ж', 'q', '{', '=']) assert.ok(!shown.has(character), character)
  })

  it('puts the faces first in <head>, preloading the one the edition’s first screen needs', () => {
    const faces = [
      {
        family: 'Source Serif 4 Variable',
        range: 'latin',
        url: '/fonts/serif.1.woff2',
        unicodeRange: 'U+0000-00FF',
      },
      {
        family: 'Noto Sans Arabic Variable',
        range: 'arabic',
        url: '/fonts/sans-ar.2.woff2',
        unicodeRange: 'U+0600-06FF',
      },
    ]
    const page = (lang: string) =>
      finishedPage(
        `<html lang="${lang}"><head><title>x</title></head><body></body></html>`,
        `/${lang}/`,
        { faces },
      )
    assert.ok(
      page('en').startsWith(
        `<html lang="en"><head><link rel="preload" href="/fonts/serif.1.woff2" as="font" type="font/woff2" crossorigin=""/><style data-font-faces="">${fontFaceCss(faces.slice(0, 1))}</style><title>`,
      ),
    )
    assert.match(page('ar'), /<link rel="preload" href="\/fonts\/sans-ar\.2\.woff2"/)
    assert.doesNotMatch(page('ar'), /serif\.1\.woff2/)
    // The character set stays first, within the first 1,024 bytes.
    const withCharset = finishedPage(
      '<html lang="en"><head><meta charSet="utf-8"/><title>x</title></head></html>',
      '/en/',
      { faces },
    )
    assert.match(withCharset, /^<html lang="en"><head><meta charSet="utf-8"\/><link rel="preload"/)
    assert.match(
      fontFaceCss(faces),
      /font-display:optional;font-weight:400 700;src:url\(\/fonts\/serif\.1\.woff2\) format\('woff2'\);unicode-range:U\+0000-00FF\}/,
    )
  })

  it('gives a page the faces of its edition, and the Arabic ones only where it quotes Arabic', () => {
    const page = (lang: string, body: string) =>
      `<html lang="${lang}"><head></head><body>${body}</body></html>`
    const switcher =
      '<a href="/ar/" hrefLang="ar" lang="ar" dir="rtl" class="edition-name font-semibold">العربية</a>'
    assert.deepEqual([...familiesUsedBy(page('en', switcher))], EDITION_FAMILIES.en)
    assert.deepEqual(
      [...familiesUsedBy(page('en', `${switcher}<p>He said <q lang="ar">نعم</q>.</p>`))],
      [...(EDITION_FAMILIES.en ?? []), ...(EDITION_FAMILIES.ar ?? [])],
    )
    assert.deepEqual(
      [
        ...familiesUsedBy(
          page('ar', '<a lang="en" class="edition-name">English</a><i lang="en">x</i>'),
        ),
      ],
      EDITION_FAMILIES.ar,
    )
    // hreflang is not a language of the text; an unknown page language keeps every face.
    assert.deepEqual(
      [...familiesUsedBy(page('en', '<a hrefLang="ar" href="/ar/">x</a>'))],
      EDITION_FAMILIES.en,
    )
    assert.equal(familiesUsedBy(page('fr', '')).size, FAMILIES.length)
  })

  it('names the families the stylesheet sets each edition in', () => {
    const css = readFileSync(path.join(REPO, 'app', 'globals.css'), 'utf8')
    const theme = /@theme \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? ''
    const arabic = /\[lang='ar'\] \{([\s\S]*?)\}/.exec(css)?.[1] ?? ''
    for (const [block, edition] of [
      [theme, 'en'],
      [arabic, 'ar'],
    ] as const) {
      for (const role of ['serif', 'sans']) {
        const first = new RegExp(`--font-${role}:\\s*'([^']+)'`).exec(block)?.[1]
        assert.ok(
          first && EDITION_FAMILIES[edition]?.includes(first),
          `${edition} ${role}: ${first}`,
        )
      }
    }
  })
})
