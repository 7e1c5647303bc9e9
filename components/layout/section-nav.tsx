import type { NavSection } from '@/lib/content-types'
import type { EditionContext } from '@/lib/edition'
import { NavLink } from './nav-link'

type Props = {
  sections: NavSection[]
  edition: EditionContext
}

const childHrefs = (section: NavSection) => section.children.map((child) => child.href)

/**
 * Section navigation. On a phone it folds into a <details> menu, which opens without JavaScript;
 * from the md breakpoint it is a row of sections whose sub-sections drop down on hover or focus.
 */
export function SectionNav({ sections, edition }: Props) {
  const { t } = edition
  return (
    <nav aria-label={t.sections} className="border-y border-ink font-sans" data-print="hide">
      <details className="group md:hidden">
        <summary className="flex cursor-pointer items-center justify-between px-4 py-3 text-sm font-semibold tracking-wide uppercase">
          {t.menu}
          <span aria-hidden="true" className="text-lg leading-none group-open:rotate-45">
            +
          </span>
        </summary>
        <ul className="border-t border-rule px-4 pb-3">
          {sections.map((section) => (
            <li key={section.slug} className="border-b border-rule last:border-b-0">
              <NavLink
                href={section.href}
                alsoCurrentUnder={childHrefs(section)}
                className="block py-2.5 font-semibold aria-[current]:text-accent"
              >
                {section.title}
              </NavLink>
              {section.children.length > 0 && (
                <ul className="ps-4 pb-2">
                  {section.children.map((child) => (
                    <li key={child.slug}>
                      <NavLink
                        href={child.href}
                        className="block py-1.5 text-sm aria-[current]:text-accent"
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
      </details>

      <ul className="mx-auto hidden max-w-7xl flex-wrap items-stretch gap-x-1 px-4 md:flex">
        {sections.map((section) => (
          <li key={section.slug} className="group relative">
            <NavLink
              href={section.href}
              alsoCurrentUnder={childHrefs(section)}
              className="block border-b-4 border-transparent px-2 py-2.5 text-sm font-semibold hover:border-rule aria-[current]:border-accent"
            >
              {section.title}
            </NavLink>
            {section.children.length > 0 && (
              <ul className="invisible absolute start-0 top-full z-20 min-w-48 border border-rule bg-paper py-1 opacity-0 shadow-sm group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100">
                {section.children.map((child) => (
                  <li key={child.slug}>
                    <NavLink
                      href={child.href}
                      className="block px-3 py-2 text-sm hover:bg-subtle aria-[current]:font-semibold aria-[current]:text-accent"
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
