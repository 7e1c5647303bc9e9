/**
 * Embeds (docs/embeds.md): a link to a video, a post or a map on a line of its own in a story
 * becomes a card that loads the provider's player only when the reader asks. This module knows
 * the providers: which addresses are theirs, the post's id in a form safe for a file name, the
 * address of the player (loaded in a sandboxed frame), and where their metadata comes from
 * (tools/fetch-embeds.ts). Pure: addresses in, addresses out.
 */

export type EmbedProviderName =
  | 'youtube'
  | 'x'
  | 'instagram'
  | 'facebook'
  | 'tiktok'
  | 'telegram'
  | 'map'

export type EmbedLink = {
  provider: EmbedProviderName
  /** The post's, video's or place's id, usable as a file name: content/embeds/<provider>/<id>.json */
  id: string
  /** The address a reader opens at the provider, in one canonical form */
  url: string
  /** The provider's player, loaded in a sandboxed frame when the reader asks */
  frameUrl: string
}

type Provider = {
  /** How readers know it: "YouTube", "X" */
  label: string
  /** Whose site the player comes from: the only frame origin a page with this embed allows */
  frameOrigin: string
  /** The id and canonical address of one of its links, or undefined for another address */
  parse: (url: URL) => Omit<EmbedLink, 'provider'> | undefined
  /**
   * Where its metadata comes from: an oEmbed endpoint (`{url}` is the encoded address; `{token}`
   * an access token from the environment variable named), the page's Open Graph tags, or the
   * link itself (a map).
   */
  metadata:
    | { kind: 'oembed'; endpoint: string; tokenVariable?: string }
    | { kind: 'opengraph' }
    | { kind: 'link' }
}

const hostIs = (url: URL, ...hosts: string[]) =>
  hosts.includes(url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, ''))

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
const DIGITS = /^\d{1,25}$/

export const EMBED_PROVIDERS: Record<EmbedProviderName, Provider> = {
  youtube: {
    label: 'YouTube',
    frameOrigin: 'https://www.youtube-nocookie.com',
    parse: (url) => {
      let id: string | undefined
      if (hostIs(url, 'youtu.be')) id = url.pathname.split('/')[1]
      else if (hostIs(url, 'youtube.com')) {
        const [, first, second] = url.pathname.split('/')
        id =
          first === 'watch'
            ? (url.searchParams.get('v') ?? undefined)
            : ['shorts', 'live', 'embed'].includes(first ?? '')
              ? second
              : undefined
      }
      if (!id || !YOUTUBE_ID.test(id)) return undefined
      return {
        id,
        url: `https://www.youtube.com/watch?v=${id}`,
        // youtube-nocookie: no cookie is set until the video plays.
        frameUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
      }
    },
    metadata: { kind: 'oembed', endpoint: 'https://www.youtube.com/oembed?format=json&url={url}' },
  },
  x: {
    label: 'X',
    frameOrigin: 'https://platform.twitter.com',
    parse: (url) => {
      if (!hostIs(url, 'x.com', 'twitter.com')) return undefined
      const [, user, status, id] = url.pathname.split('/')
      if (!user || !/^\w{1,15}$/.test(user) || status !== 'status' || !id || !DIGITS.test(id))
        return undefined
      return {
        id,
        url: `https://x.com/${user}/status/${id}`,
        frameUrl: `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`,
      }
    },
    metadata: {
      kind: 'oembed',
      endpoint: 'https://publish.twitter.com/oembed?omit_script=true&dnt=true&url={url}',
    },
  },
  instagram: {
    label: 'Instagram',
    frameOrigin: 'https://www.instagram.com',
    parse: (url) => {
      if (!hostIs(url, 'instagram.com')) return undefined
      const [, kind, code] = url.pathname.split('/')
      if (!['p', 'reel', 'tv'].includes(kind ?? '') || !code || !/^[A-Za-z0-9_-]{5,40}$/.test(code))
        return undefined
      return {
        id: code,
        url: `https://www.instagram.com/${kind}/${code}/`,
        frameUrl: `https://www.instagram.com/${kind}/${code}/embed/`,
      }
    },
    metadata: {
      kind: 'oembed',
      endpoint: 'https://graph.facebook.com/v21.0/instagram_oembed?url={url}&access_token={token}',
      tokenVariable: 'META_OEMBED_TOKEN',
    },
  },
  facebook: {
    label: 'Facebook',
    frameOrigin: 'https://www.facebook.com',
    parse: (url) => {
      if (!hostIs(url, 'facebook.com')) return undefined
      const [, page, kind, id] = url.pathname.split('/')
      if (!page || !/^[A-Za-z0-9.]{1,80}$/.test(page)) return undefined
      if (!['posts', 'videos'].includes(kind ?? '') || !id || !/^[A-Za-z0-9]{1,60}$/.test(id))
        return undefined
      const canonical = `https://www.facebook.com/${page}/${kind}/${id}/`
      const plugin = kind === 'videos' ? 'video' : 'post'
      return {
        id: `${page.replace(/\./g, '_')}-${kind}-${id}`,
        url: canonical,
        frameUrl: `https://www.facebook.com/plugins/${plugin}.php?href=${encodeURIComponent(canonical)}`,
      }
    },
    metadata: {
      kind: 'oembed',
      endpoint: 'https://graph.facebook.com/v21.0/oembed_post?url={url}&access_token={token}',
      tokenVariable: 'META_OEMBED_TOKEN',
    },
  },
  tiktok: {
    label: 'TikTok',
    frameOrigin: 'https://www.tiktok.com',
    parse: (url) => {
      if (!hostIs(url, 'tiktok.com')) return undefined
      const [, user, video, id] = url.pathname.split('/')
      if (!user?.startsWith('@') || !/^@[\w.]{1,40}$/.test(user)) return undefined
      if (video !== 'video' || !id || !DIGITS.test(id)) return undefined
      return {
        id,
        url: `https://www.tiktok.com/${user}/video/${id}`,
        frameUrl: `https://www.tiktok.com/embed/v2/${id}`,
      }
    },
    metadata: { kind: 'oembed', endpoint: 'https://www.tiktok.com/oembed?url={url}' },
  },
  telegram: {
    label: 'Telegram',
    frameOrigin: 'https://t.me',
    parse: (url) => {
      if (!hostIs(url, 't.me', 'telegram.me')) return undefined
      const steps = url.pathname.split('/').filter(Boolean)
      const [channel, post] = steps[0] === 's' ? steps.slice(1) : steps
      if (!channel || !/^[A-Za-z]\w{3,31}$/.test(channel) || !post || !DIGITS.test(post))
        return undefined
      return {
        id: `${channel}-${post}`,
        url: `https://t.me/${channel}/${post}`,
        frameUrl: `https://t.me/${channel}/${post}?embed=1`,
      }
    },
    // Telegram has no oEmbed: its post page's Open Graph tags carry the channel, text and picture.
    metadata: { kind: 'opengraph' },
  },
  map: {
    label: 'OpenStreetMap',
    frameOrigin: 'https://www.openstreetmap.org',
    parse: (url) => {
      if (!hostIs(url, 'openstreetmap.org')) return undefined
      const place =
        /^#map=(\d{1,2})\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)/.exec(url.hash) ?? undefined
      const zoom = Number(place?.[1] ?? url.searchParams.get('zoom') ?? 15)
      const lat = Number(place?.[2] ?? url.searchParams.get('mlat'))
      const lon = Number(place?.[3] ?? url.searchParams.get('mlon'))
      if (!place && !(url.searchParams.has('mlat') && url.searchParams.has('mlon'))) return undefined
      if (!(Math.abs(lat) <= 85 && Math.abs(lon) <= 180 && zoom >= 1 && zoom <= 19))
        return undefined
      const round = (value: number) => Number(value.toFixed(5))
      // The frame shows about the same area as the link: 360° / 2^zoom across.
      const half = 180 / 2 ** zoom
      const bbox = [lon - half, lat - half / 2, lon + half, lat + half / 2].map(round).join(',')
      return {
        id: `${round(lat)}_${round(lon)}_${zoom}`,
        url: `https://www.openstreetmap.org/?mlat=${round(lat)}&mlon=${round(lon)}#map=${zoom}/${round(lat)}/${round(lon)}`,
        frameUrl: `https://www.openstreetmap.org/export/embed.html?bbox=${bbox}&layer=mapnik&marker=${round(lat)},${round(lon)}`,
      }
    },
    metadata: { kind: 'link' },
  },
}

/** The embed a link stands for, or undefined when it is no provider's post, video or map. */
export function embedOf(address: string): EmbedLink | undefined {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  if (url.username || url.password || (url.port && url.port !== '443' && url.port !== '80'))
    return undefined
  for (const [provider, { parse }] of Object.entries(EMBED_PROVIDERS) as [
    EmbedProviderName,
    Provider,
  ][]) {
    const parsed = parse(url)
    if (parsed) return { provider, ...parsed }
  }
  return undefined
}

/** Where an embed's metadata is kept with the content (tools/fetch-embeds.ts writes it). */
export const EMBEDS_DIR = 'content/embeds'

export const embedFile = (link: Pick<EmbedLink, 'provider' | 'id'>): string =>
  `${EMBEDS_DIR}/${link.provider}/${link.id}.json`

/** The frame origins a page may load, one per provider it embeds (lib/finish/page-policy.ts). */
export const EMBED_FRAME_ORIGINS: readonly string[] = Object.values(EMBED_PROVIDERS).map(
  (provider) => provider.frameOrigin,
)

/** The addresses a rendered text marks as embeds (`<figure data-embed="…">`), in order. */
export function embedAddresses(html: string): string[] {
  return [...html.matchAll(EMBED_MARK)].map((match) => decodeAttribute(match[1] ?? ''))
}

/** How the markdown pipeline writes an embed's mark (lib/content/markdown.ts). */
export const EMBED_MARK = /<figure data-embed="([^"]*)">/g

/** An attribute value as rehype-stringify escapes it, decoded. */
function decodeAttribute(value: string): string {
  return value.replace(/&(?:amp|#x26|#38);/g, '&').replace(/&(?:quot|#x22|#34);/g, '"')
}

export type BodyPart = { kind: 'html'; html: string } | { kind: 'embed'; url: string; html: string }

/**
 * A rendered text cut at its embeds' marks: the HTML between them, and each mark (its link
 * inside, as a fallback) with the address it stands for. The marks sit at the text's top level
 * (lib/content/markdown.ts), so each cut leaves whole elements on either side.
 */
export function splitAtEmbeds(html: string): BodyPart[] {
  const parts: BodyPart[] = []
  let at = 0
  for (const match of html.matchAll(/<figure data-embed="([^"]*)">[\s\S]*?<\/figure>/g)) {
    const before = html.slice(at, match.index)
    if (before.trim()) parts.push({ kind: 'html', html: before })
    parts.push({ kind: 'embed', url: decodeAttribute(match[1] ?? ''), html: match[0] })
    at = match.index + match[0].length
  }
  const rest = html.slice(at)
  if (rest.trim()) parts.push({ kind: 'html', html: rest })
  return parts
}

/** How tall a player is: a video's frame keeps 16:9, a post's has a height of its own. */
export const embedFrameShape = (provider: EmbedProviderName): { ratio?: string; height?: number } =>
  provider === 'youtube' || provider === 'map'
    ? { ratio: '16 / 9' }
    : provider === 'tiktok'
      ? { height: 740 }
      : { height: 560 }
