import type { ReactNode } from 'react'

type Props = {
  kicker?: string | undefined
  title: string
  children?: ReactNode
}

/** The heading of a tag or author page. */
export function ListingHeader({ kicker, title, children }: Props) {
  return (
    <header className="border-b-2 border-ink pb-4">
      {kicker && <p className="kicker">{kicker}</p>}
      <h1 className="mt-1 font-headline text-4xl font-bold">{title}</h1>
      {children}
    </header>
  )
}
