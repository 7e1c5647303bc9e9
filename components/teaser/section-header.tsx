import { Breadcrumb } from '@/components/ui/breadcrumb'
import type { SectionView } from '@/lib/newsroom/view-models'
import { JsonLd } from '@/components/seo/json-ld'
import { siteIdentity, type EditionContext } from '@/lib/site/edition'
import { feedUrl } from '@/lib/site/routes'
import { breadcrumbJsonLd } from '@/lib/outputs/structured-data'
import { TextLink } from '@/components/ui/text-link'

type Props = {
  section: SectionView
  edition: EditionContext
}

/** Breadcrumb, section name, description and links to its sub-sections. */
export function SectionHeader({ section, edition }: Props) {
  return (
    <header className="border-b-2 border-ink pb-4">
      <JsonLd data={[breadcrumbJsonLd(siteIdentity(edition), edition.t.home, section.trail)]} />
      {section.parent && <Breadcrumb trail={section.trail} edition={edition} lastIsCurrent />}
      <h1 className="mt-2 font-headline text-4xl font-bold">{section.title}</h1>
      {section.description && <p className="mt-2 text-lg text-muted">{section.description}</p>}
      <p className="mt-2 font-sans text-sm" data-print="hide">
        <TextLink hoverPlain href={feedUrl(edition.code, 'rss', section.slug)}>
          {edition.t.sectionFeed(section.title)}
        </TextLink>
      </p>
      {section.children.length > 0 && (
        <ul className="mt-4 flex flex-wrap gap-x-4 gap-y-2 font-sans text-sm">
          {section.children.map((child) => (
            <li key={child.slug}>
              <TextLink hoverPlain href={child.href} className="font-semibold">
                {child.title}
              </TextLink>
            </li>
          ))}
        </ul>
      )}
    </header>
  )
}
