/**
 * Every date and number the reader sees is formatted here, with an explicit locale and time zone,
 * so the build machine's own time zone never shifts a dateline.
 */

export type DateContext = {
  locale: string
  timeZone: string
}

/** "27 November 2026" */
export function formatDate(date: Date, { locale, timeZone }: DateContext): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(date)
}

/** "27 November 2026, 14:30" in the newsroom's time zone. */
export function formatDateTime(date: Date, { locale, timeZone }: DateContext): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date)
}

/** "Friday 27 November 2026": the date line under the masthead. */
export function formatLongDate(date: Date, { locale, timeZone }: DateContext): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(date)
}

/** "Baghdad" from "Asia/Baghdad": how newspapers name the time they print. */
export function timeZoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ')
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value)
}

/** "2026-11-27": the calendar date in the newsroom's time zone, for <time dateTime>. */
export function isoDateIn(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(date)
}
