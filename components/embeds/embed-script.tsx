import { EMBED_SCRIPT } from '@/lib/outputs/embed-script'

/** The script that loads a card's player when the reader asks; once per page with embeds. */
export function EmbedScript() {
  return <script dangerouslySetInnerHTML={{ __html: EMBED_SCRIPT }} />
}
