import Link from 'next/link'
import type { ReactNode } from 'react'
import { cn } from '@/lib/cn'

type Props = {
  href: string
  children: ReactNode
  /** Extra classes (weight, size); they come first, matching Tailwind's class order */
  className?: string
  rel?: string
  hrefLang?: string
  lang?: string
  dir?: 'ltr' | 'rtl'
  /** Navigate inside the site with Next's Link (prefetched, no full reload) instead of a plain <a> */
  client?: boolean
  /** For links that stand alone (navigation, "more"): the underline goes while hovered */
  hoverPlain?: boolean
}

/** A link as readers recognise one without relying on colour: the link colour and an underline. */
export function TextLink({
  client = false,
  hoverPlain = false,
  className,
  children,
  ...rest
}: Props) {
  const classes = cn(className, 'text-link underline', hoverPlain && 'hover:no-underline')
  return client ? (
    <Link {...rest} className={classes}>
      {children}
    </Link>
  ) : (
    <a {...rest} className={classes}>
      {children}
    </a>
  )
}
