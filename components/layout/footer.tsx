import type { NavSection, PageView } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { editionUrl, feedUrl } from '@/lib/site/routes'
import { site } from '@/lib/site/site'

type Props = {
  edition: EditionContext
  sections: NavSection[]
  pages: PageView[]
}

/** Format names are the same in every language. */
const FEED_LINKS = [
  { format: 'rss', label: 'RSS' },
  { format: 'atom', label: 'Atom' },
  { format: 'json', label: 'JSON Feed' },
] as const

export function Footer({ edition, sections, pages }: Props) {
  const { t } = edition
  return (
    <footer className="mt-16 border-t-4 border-ink font-sans text-sm" data-print="hide">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 hover-underline-links sm:grid-cols-2 md:grid-cols-4">
        <div>
          <p className="text-xl font-bold">{edition.name}</p>
          <p className="mt-1 text-muted">{edition.tagline}</p>
        </div>
        <nav aria-label={t.allSections}>
          <h2 className="mb-2 kicker">{t.sections}</h2>
          <ul className="grid grid-cols-2 gap-1">
            {sections.map((section) => (
              <li key={section.slug}>
                <a href={section.href}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t.footerAbout}>
          <h2 className="mb-2 kicker">{t.footerAbout}</h2>
          <ul className="space-y-1">
            {pages.map((page) => (
              <li key={page.slug}>
                <a href={page.href}>{page.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <h2 className="mb-2 kicker">{t.editions}</h2>
          <ul className="space-y-1">
            {site.editions.map((other) => (
              <li key={other.code}>
                <a
                  href={editionUrl(other.code)}
                  hrefLang={other.code}
                  lang={other.code}
                  dir={other.dir}
                  className={other.code !== edition.code ? 'edition-name' : undefined}
                >
                  {other.language}
                </a>
              </li>
            ))}
          </ul>
          <h2 className="mt-6 mb-2 kicker">{t.feeds}</h2>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {FEED_LINKS.map(({ format, label }) => (
              <li key={format}>
                <a href={feedUrl(edition.code, format)}>{label}</a>
              </li>
            ))}
          </ul>
          {site.social.length > 0 && (
            <ul className="mt-4 flex flex-wrap gap-3">
              {site.social.map((account) => (
                <li key={account.url}>
                  <a href={account.url} rel="me noopener">
                    {account.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </footer>
  )
}
