import { TextLink } from '@/components/ui/text-link'

type Props = {
  href: string
  title: string
}

/**
 * What /page/1/ of a list shows until it has two full pages (lib/newsroom/pagination.ts): its
 * stories are all at its own address. A meta refresh takes readers there at once, with or without
 * JavaScript; the link is for everything else.
 */
export function FirstPagePointer({ href, title }: Props) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <p className="py-16 text-center">
        <TextLink href={href} className="font-semibold">
          {title}
        </TextLink>
      </p>
    </>
  )
}
