import type { EditionContext } from '@/lib/site/edition'
import { absoluteUrl } from '@/lib/site/routes'
import { shareLinks } from '@/lib/outputs/share-links'
import { site } from '@/lib/site/site'

type Props = {
  title: string
  href: string
  edition: EditionContext
}

/** Share on X, Facebook, WhatsApp, Telegram or by email: plain links, no network's script. */
export function ShareLinks({ title, href, edition }: Props) {
  const { share } = edition.t
  const url = absoluteUrl(site.baseUrl, href)
  return (
    <nav aria-labelledby="share-heading" className="mt-8 font-sans text-sm" data-print="hide">
      <h2 id="share-heading" className="font-bold tracking-wide uppercase">
        {share.heading}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {shareLinks(url, title).map(({ network, href: shareHref }) => (
          <li key={network}>
            <a href={shareHref} rel="noopener noreferrer nofollow" className="button-link">
              {share[network]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
