/**
 * Every share card and logo the site publishes, with what each shows and where it lives. The
 * build makes the list from the model (build/stages/page-records.ts) and draws it
 * (build/stages/cards.ts with build/share-card.ts); only the build's outputs need it.
 */
import type { ArticleDocument, Newsroom } from '../newsroom/model'
import type { EditionCode } from '../site/i18n/dictionaries'
import { articleUrl, editionCardUrl, logoUrl, shareCardUrl } from '../site/routes'
import { editionConfig, publishedEditions, site } from '../site/site'

export type ShareCard = {
  /** The edition's name, drawn as the wordmark */
  siteName: string
  /** The section label above the headline; none on the edition's own card */
  label?: string | undefined
  headline: string
  /** The site's host name, drawn at the foot */
  domain: string
  dir: 'ltr' | 'rtl'
}

/** One image for the build to write: a share card or an edition's logo, at its site path. */
export type ShareImage =
  | { kind: 'card'; path: string; card: ShareCard }
  | { kind: 'logo'; path: string; siteName: string; dir: 'ltr' | 'rtl' }

/**
 * Every share card and logo of every edition, with the site path each is published at.
 * `exportedArticleParams` gives the stories the export holds (all of them, or the hot window).
 */
export function getShareImages<Article extends ArticleDocument>(
  newsroom: Newsroom<Article>,
  exportedArticleParams: (edition: EditionCode) => { section: string; article: string }[],
): ShareImage[] {
  const domain = new URL(site.baseUrl).host
  return publishedEditions.flatMap((edition): ShareImage[] => {
    const { name, tagline, dir } = editionConfig(edition)
    // In edge mode only the exported stories get their own card; the Worker answers an archive
    // story's card.png with the edition's card (lib/edge/worker-handler.ts).
    const exported = new Set(
      exportedArticleParams(edition).map(({ section, article }) => `${section}/${article}`),
    )
    return [
      { kind: 'logo', path: logoUrl(edition), siteName: name, dir },
      {
        kind: 'card',
        path: editionCardUrl(edition),
        card: { siteName: name, headline: tagline, domain, dir },
      },
      ...newsroom
        .articlesOf(edition)
        .filter((article) => exported.has(`${article.section}/${article.slug}`))
        .map((article): ShareImage => ({
          kind: 'card',
          path: shareCardUrl(articleUrl(edition, article.section, article.slug)),
          card: {
            siteName: name,
            label: newsroom.sectionRef(article.section, edition).title,
            headline: article.title,
            domain,
            dir,
          },
        })),
    ]
  })
}
