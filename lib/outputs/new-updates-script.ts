/**
 * The live page's one island (docs/live-coverage.md), written by hand so that no framework comes
 * with it (about 1 KiB gzipped; tests/e2e/live.spec.ts measures it). While the tab is visible it
 * asks for the page's updates.json every 45 s and, when the page has newer updates than the reader
 * sees, says so in a notice fixed to the bottom of the screen (announced politely; nothing on the
 * page moves); the notice's link reloads the page. It also writes how long ago each update was
 * posted beside its time. Everything it reads is in the page: the notice's labels per plural form,
 * the edition's locale, numerals included (\`ar-u-nu-arab\`).
 */
export const NEW_UPDATES_SCRIPT = `(() => {
  const notice = document.getElementById('new-updates')
  if (!notice || !window.fetch) return
  const { feed, count, locale } = notice.dataset
  const shown = Number(count)
  const plural = new Intl.PluralRules(locale)
  const number = new Intl.NumberFormat(locale)
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const ago = () => {
    for (const time of document.querySelectorAll('[data-update-time]')) {
      const minutes = Math.round((new Date(time.getAttribute('data-update-time')) - Date.now()) / 60000)
      const [value, unit] = Math.abs(minutes) < 60 ? [minutes, 'minute'] : Math.abs(minutes) < 1440 ? [Math.round(minutes / 60), 'hour'] : [Math.round(minutes / 1440), 'day']
      time.textContent = relative.format(value, unit)
    }
  }
  const look = async () => {
    ago()
    if (document.visibilityState !== 'visible') return
    try {
      const response = await fetch(feed, { cache: 'no-store' })
      if (!response.ok) return
      const newer = (await response.json()).count - shown
      if (!(newer > 0)) return
      const label = notice.getAttribute('data-label-' + plural.select(newer)) || notice.getAttribute('data-label-other')
      const link = notice.querySelector('a')
      link.textContent = label.replace('{n}', number.format(newer))
      link.hidden = false
    } catch {}
  }
  ago()
  setInterval(look, 45000)
  document.addEventListener('visibilitychange', look)
})()`
