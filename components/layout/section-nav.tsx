import type { NavSection } from '@/lib/newsroom/view-models'
import type { EditionContext } from '@/lib/site/edition'
import { NavLink } from './nav-link'

type Props = {
  sections: NavSection[]
  edition: EditionContext
}

const childHrefs = (section: NavSection) => section.children.map((child) => child.href)

/**
 * Section navigation, one list for every screen. On a phone the "Menu" <details> folds it: the
 * list follows the <details> and shows while it is open (peer-open), with no JavaScript. From
 * the md breakpoint the toggle goes and the list is a row whose sub-sections drop down on hover
 * or focus. The links' utilities are named once in app/globals.css (nav-*): spelt out on each
 * of some forty links they made up a third of a story page's bytes.
 */
export function SectionNav({ sections, edition }: Props) {
  const { t } = edition
  return (
    <nav aria-label={t.sections} className="border-y border-ink font-sans" data-print="hide">
      <details className="peer group md:hidden">
        <summary className="flex cursor-pointer items-center justify-between px-4 py-3 text-sm font-semibold tracking-wide uppercase">
          {t.menu}
          <span aria-hidden="true" className="text-lg leading-none group-open:rotate-45">
            +
          </span>
        </summary>
      </details>
      <ul className="nav-sections">
        {sections.map((section) => (
          <li key={section.slug} className="group nav-section">
            <NavLink
              href={section.href}
              alsoCurrentUnder={childHrefs(section)}
              className="nav-section-link"
            >
              {section.title}
            </NavLink>
            {section.children.length > 0 && (
              <ul className="nav-subsections">
                {section.children.map((child) => (
                  <li key={child.slug}>
                    <NavLink href={child.href} className="nav-subsection-link">
                      {child.title}
                    </NavLink>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
