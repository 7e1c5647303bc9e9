type Props = { label: string }

/** The first stop for keyboard users: straight past the navigation to the story. */
export function SkipLink({ label }: Props) {
  return (
    <a
      href="#main"
      className="sr-only z-50 bg-ink px-4 py-2 font-sans text-paper focus:not-sr-only focus:absolute focus:start-2 focus:top-2"
    >
      {label}
    </a>
  )
}
