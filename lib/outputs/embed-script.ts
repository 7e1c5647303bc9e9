/**
 * The script of a page with embeds (docs/embeds.md), written by hand so that no framework comes
 * with it: it shows each card's "Load" button (hidden without JavaScript, where the card's link
 * to the source is the way) and, when the reader presses one, puts the provider's player in a
 * sandboxed frame in place of the thumbnail. Before that press the page asks nothing of any
 * other site; the page's policy allows frames from the providers it embeds and no others
 * (lib/finish/page-policy.ts). Everything it reads is in the card: the player's address, its
 * title and its shape.
 */
export const EMBED_SCRIPT = `(() => {
  for (const frame of document.querySelectorAll('[data-embed-frame]')) {
    const button = frame.querySelector('button')
    if (!button) continue
    button.hidden = false
    button.addEventListener('click', () => {
      const player = document.createElement('iframe')
      player.src = frame.dataset.embedFrame
      player.title = frame.dataset.embedTitle || ''
      player.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-presentation')
      player.setAttribute('allow', 'autoplay; encrypted-media; picture-in-picture; fullscreen')
      player.setAttribute('allowfullscreen', '')
      player.referrerPolicy = 'strict-origin-when-cross-origin'
      player.style.display = 'block'
      player.style.width = '100%'
      player.style.border = '0'
      if (frame.dataset.embedRatio) player.style.aspectRatio = frame.dataset.embedRatio
      else player.style.height = frame.dataset.embedHeight + 'px'
      frame.replaceChildren(player)
      player.focus()
    })
  }
})()`
