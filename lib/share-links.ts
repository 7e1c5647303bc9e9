/**
 * Links that share an article on social networks and by email: plain addresses of each
 * network's public share page, so no third-party script runs on our pages.
 */
export type ShareNetwork = 'x' | 'facebook' | 'whatsapp' | 'telegram' | 'email'

export type ShareLink = { network: ShareNetwork; href: string }

/** `url` is the article's absolute URL; `title` its headline. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  return [
    { network: 'x', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'whatsapp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: 'telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: 'email', href: `mailto:?subject=${t}&body=${u}` },
  ]
}
