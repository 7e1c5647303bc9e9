import type { ReactNode } from 'react'
import { cn } from '@/components/ui/cn'

type Props = {
  href: string
  children: ReactNode
  /** Extra classes (weight, size); they come first, matching Tailwind's class order */
  className?: string
  rel?: string
  hrefLang?: string
  lang?: string
  dir?: 'ltr' | 'rtl'
  /** For links that stand alone (navigation, "more"): the underline goes while hovered */
  hoverPlain?: boolean
}

/** A link as readers recognise one without relying on colour: the link colour and an underline. */
export function TextLink({ hoverPlain = false, className, children, ...rest }: Props) {
  return (
    <a
      {...rest}
      className={cn(className, 'text-link underline', hoverPlain && 'hover:no-underline')}
    >
      {children}
    </a>
  )
}
