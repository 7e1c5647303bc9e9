'use client'

import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

type Props = {
  href: string
  /** Other URL prefixes that count as being in this section (its sub-sections) */
  alsoCurrentUnder?: string[]
  className?: string
  children: ReactNode
}

/**
 * The one client piece of the navigation: it marks the link of the section the reader is in.
 * usePathname is known while pages are prerendered, so `aria-current` is in the static HTML and
 * works without JavaScript.
 */
export function NavLink({ href, alsoCurrentUnder = [], className, children }: Props) {
  const pathname = usePathname() ?? ''
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`
  const current =
    path === href
      ? 'page'
      : [href, ...alsoCurrentUnder].some((prefix) => path.startsWith(prefix))
        ? 'true'
        : undefined
  return (
    <a href={href} aria-current={current} className={className}>
      {children}
    </a>
  )
}
