type Props = { label: string }

/** The first stop for keyboard users: straight past the navigation to the story. */
export function SkipLink({ label }: Props) {
  return (
    <a href="#main" className="skip-link">
      {label}
    </a>
  )
}
