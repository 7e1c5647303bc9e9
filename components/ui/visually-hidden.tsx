import type { ReactNode } from 'react'

type Props = { children: ReactNode }

/** Text for screen readers and search engines only. */
export function VisuallyHidden({ children }: Props) {
  return <span className="sr-only">{children}</span>
}
