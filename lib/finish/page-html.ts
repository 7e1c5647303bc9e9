/**
 * What the site changes in a page Next rendered, before the policy step hashes its scripts: pure
 * functions from page HTML to page HTML, so the build runs them over the exported folder and the
 * Worker of edge mode over each page it renders (lib/edge/worker-handler.ts).
 *
 * Reading pages (fronts, sections, articles, tags, authors, standalone pages) are complete HTML:
 * every link is a plain <a>, the phone menu is CSS, `aria-current` is decided while prerendering.
 * Next still writes its runtime into each of them: script tags for the framework's chunks and an
 * inline copy of the page as React Server Component data, used only to hydrate and to navigate
 * without reloading. A page that needs no script in the browser loses both; it then loads its
 * HTML, one stylesheet and its fonts, and nothing else.
 */
import {
  familiesUsedBy,
  FIRST_SCREEN_FACES,
  fontFaceCss,
  pageLanguage,
  type PublishedFace,
} from './faces'
import { withResponsiveImages, type PictureOptions } from './responsive-images'
import { withoutStampMarkers, withStamps, type Stamps } from './stamps'

/**
 * Pages that keep the runtime, because a component on them works in the browser (an island).
 * (A live page's "new updates" notice is no framework island: a few lines of plain script,
 * lib/outputs/new-updates-script.ts, which the page policy admits as exactly that text.)
 * Each is listed with its component and why; docs/architecture.md lists them too, and
 * tests/unit/page-html.test.ts fails when a client component is added that neither list accounts for.
 */
export const PAGES_WITH_SCRIPTS: readonly { page: RegExp; component: string; why: string }[] = [
  {
    page: /^\/[a-z]{2}\/search\/$/,
    component: 'components/search/search-results.tsx',
    why: 'search runs Pagefind in the browser: it reads ?q=, queries the index and lists the stories',
  },
]

/**
 * Client components whose work is done once the page is prerendered: their output is in the
 * static HTML, so the pages they sit on need no script.
 */
export const PRERENDER_ONLY_CLIENT_COMPONENTS: readonly { file: string; why: string }[] = [
  {
    file: 'components/layout/nav-link.tsx',
    why: 'marks the current section with aria-current from the path, known while prerendering',
  },
]

/** `/en/search/` from `en/search/index.html`: the address a page file is served at. */
export function pagePath(file: string): string {
  const path = `/${file.split('\\').join('/')}`
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path
}

export function needsScripts(path: string): boolean {
  return PAGES_WITH_SCRIPTS.some(({ page }) => page.test(path))
}

/**
 * Next writes `<meta name="next-size-adjust">` for its own font loader, which this site does not
 * use (its faces come from @fontsource). Where the tag lands in <head> depends on how fast the
 * page's metadata resolved during the render, so two builds of the same content could differ in
 * its position alone. Nothing reads it: the tag goes.
 */
export function withoutSizeAdjustMeta(html: string): string {
  return html.replaceAll('<meta name="next-size-adjust" content=""/>', '')
}

/**
 * What Next writes to run a page in the browser, as it writes it (Next 16.4). If a Next upgrade
 * writes them differently, the script check that follows (build/stages/finish.ts) stops the build on
 * the script it does not recognise, and the content tests fail on the weight of a reading page.
 */
const RUNTIME_MARKUP: readonly RegExp[] = [
  // The framework's chunks, loaded as modules or (noModule) as a polyfill…
  /<script src="\/_next\/static\/[^"]+"[^>]*><\/script>/g,
  // …and preloaded.
  /<link rel="preload" as="script"[^>]*href="\/_next\/static\/[^"]+"[^>]*\/>/g,
  // The bootstrap that starts the chunks.
  /<script id="_R_">[\s\S]*?<\/script>/g,
  // The page again, as React Server Component data, for hydration and client navigation.
  /<script>\(?self\.__next_f[\s\S]*?<\/script>/g,
]

export function withoutRuntime(html: string): string {
  return RUNTIME_MARKUP.reduce((page, markup) => page.replace(markup, ''), html)
}

/**
 * Markup no reader's browser uses once a page has no runtime: React's markers around suspended
 * parts (for hydration) and Next's empty hidden outlet for streamed metadata, and the
 * `data-pagefind-*` attributes that tell the search indexer what to index, which has read them by
 * then (the search index step runs before this one; tests/content/discovery.test.ts fails if the
 * index loses its stories). About half a kilobyte of a story page.
 */
const INERT_MARKUP: readonly RegExp[] = [
  /<div hidden=""><!--\$--><!--\/\$--><\/div>/g,
  /<!--\$--><!--\/\$-->/g,
]
const SEARCH_INDEX_ATTRIBUTE = / data-pagefind-[a-z]+(?:="[^"]*")?/g

export function withoutInertMarkup(html: string): string {
  const page = INERT_MARKUP.reduce((result, markup) => result.replace(markup, ''), html)
  // Inside tags only (React writes `<` and `>` in text and attribute values as entities).
  return page.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.includes(' data-pagefind-') ? tag.replace(SEARCH_INDEX_ATTRIBUTE, '') : tag,
  )
}

/**
 * Next fills twitter:title, :description, :image and its size from the Open Graph tags when the
 * page names no others, and writes both sets. X's card reader falls back to og:title,
 * og:description and og:image by itself (its Cards markup reference), so the copies go: ~0.8 KB
 * of every page. The card type and the image's alt text, which have no og: fallback, stay.
 */
const TWITTER_COPIES_OF_OPEN_GRAPH = [
  'title',
  'description',
  'image',
  'image:width',
  'image:height',
]

export function withoutRepeatedTwitterTags(html: string): string {
  return TWITTER_COPIES_OF_OPEN_GRAPH.reduce(
    (page, name) =>
      page.replace(
        new RegExp(`<meta name="twitter:${name}" content="([^"]*)"/>`, 'g'),
        (tag, content: string) =>
          html.includes(`<meta property="og:${name}" content="${content}"/>`) ? '' : tag,
      ),
    html,
  )
}

/**
 * Navigation stays instant without a client router: where the browser supports Speculation
 * Rules, a link the reader is about to follow (a pointer resting on it, a finger pressing it) is
 * prerendered, so the next page shows at once; elsewhere the link is an ordinary link.
 * Only the site's own pages: not feeds, files, or links that open elsewhere.
 */
export const SPECULATION_RULES = JSON.stringify({
  prerender: [
    {
      where: {
        and: [
          { href_matches: '/*' },
          { not: { href_matches: '/*.:extension' } },
          { not: { selector_matches: '[download], [target], [rel~="nofollow"]' } },
        ],
      },
      eagerness: 'moderate',
    },
  ],
})

export function withSpeculationRules(html: string): string {
  const end = html.indexOf('</head>')
  if (end < 0) throw new Error('no </head> to put the speculation rules in')
  return `${html.slice(0, end)}<script type="speculationrules">${SPECULATION_RULES}</script>${html.slice(end)}`
}

/**
 * The faces the page may use (lib/finish/faces.ts: its edition's families, and another's where the page
 * quotes that language), early in <head> (right after the character set): the preloads of the
 * faces its first screen needs, then the @font-face rules, inline so that no stylesheet has to
 * arrive before the browser knows where the faces are.
 */
export function withFontFaces(html: string, siteFaces: readonly PublishedFace[]): string {
  const families = familiesUsedBy(html)
  const faces = siteFaces.filter((face) => families.has(face.family))
  if (faces.length === 0) return html
  // After the character set, which must stay within the first 1,024 bytes.
  const head = /<meta charSet="utf-8"\/>/.exec(html) ?? /<head(\s[^>]*)?>/.exec(html)
  if (!head) throw new Error('no <head> to put the font faces in')
  const preloads = (FIRST_SCREEN_FACES[pageLanguage(html)] ?? []).flatMap(
    (first) =>
      faces.find((face) => face.family === first.family && face.range === first.range) ?? [],
  )
  const at = head.index + head[0].length
  return [
    html.slice(0, at),
    ...preloads.map(
      (face) =>
        `<link rel="preload" href="${face.url}" as="font" type="font/woff2" crossorigin=""/>`,
    ),
    `<style data-font-faces="">${fontFaceCss(faces)}</style>`,
    html.slice(at),
  ].join('')
}

/**
 * The site's address for the print style sheet, which writes it before each relative link of a
 * printed story (app/globals.css, `--site-url`): taken from the page's canonical link, in a
 * style element at the end of <head>, which the page's policy allows by hash. Not rendered by
 * React: the search pages hydrate, and React would not find a style element it did not write.
 */
export function withPrintBase(html: string): string {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
  const end = html.indexOf('</head>')
  if (!canonical || end < 0) return html
  let origin: string
  try {
    origin = new URL(canonical.replace(/&amp;/g, '&')).origin
  } catch {
    return html
  }
  return `${html.slice(0, end)}<style data-print-base="">:root{--site-url:${JSON.stringify(origin)}}</style>${html.slice(end)}`
}

/**
 * What the build made for every page: the site's faces, its pictures' variants, and the parts
 * stamped on every page of an edition (the breaking strip and the date line, lib/finish/stamps.ts).
 */
export type PageAssets = {
  faces?: readonly PublishedFace[]
  pictures?: PictureOptions
  stamps?: Stamps
}

/** A page as the site publishes it, given the address it is served at and the build's assets. */
export function finishedPage(html: string, path: string, assets: PageAssets = {}): string {
  const page = withPrintBase(withFontFaces(withoutSizeAdjustMeta(html), assets.faces ?? []))
  // A page with an island is hydrated by React, which must find the markup it rendered: it is
  // rendered again whenever its strip or date line changes (build/stages/page-records.ts).
  if (needsScripts(path)) return page
  const stamped = withoutStampMarkers(assets.stamps ? withStamps(page, assets.stamps) : page)
  const pictured = assets.pictures ? withResponsiveImages(stamped, assets.pictures) : stamped
  return withSpeculationRules(
    withoutInertMarkup(withoutRepeatedTwitterTags(withoutRuntime(pictured))),
  )
}
