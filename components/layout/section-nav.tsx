import type { NavSection } from '@/lib/content-types'
import type { EditionContext } from '@/lib/edition'
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
 * or focus.
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
      <ul className="mx-auto hidden max-w-7xl border-t border-rule px-4 pb-3 peer-open:block md:flex md:flex-wrap md:items-stretch md:gap-x-1 md:border-t-0 md:pb-0">
        {sections.map((section) => (
          <li
            key={section.slug}
            className="group relative border-b border-rule last:border-b-0 md:border-b-0"
          >
            <NavLink
              href={section.href}
              alsoCurrentUnder={childHrefs(section)}
              className="block py-2.5 font-semibold aria-[current]:text-accent md:border-b-4 md:border-transparent md:px-2 md:text-sm md:hover:border-rule md:aria-[current]:border-accent md:aria-[current]:text-ink"
            >
              {section.title}
            </NavLink>
            {section.children.length > 0 && (
              <ul className="ps-4 pb-2 md:invisible md:absolute md:start-0 md:top-full md:z-20 md:min-w-48 md:border md:border-rule md:bg-paper md:py-1 md:ps-0 md:opacity-0 md:shadow-sm md:group-focus-within:visible md:group-focus-within:opacity-100 md:group-hover:visible md:group-hover:opacity-100">
                {section.children.map((child) => (
                  <li key={child.slug}>
                    <NavLink
                      href={child.href}
                      className="block py-1.5 text-sm aria-[current]:text-accent md:px-3 md:py-2 md:hover:bg-subtle md:aria-[current]:font-semibold"
                    >
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
