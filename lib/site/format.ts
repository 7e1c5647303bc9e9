/**
 * Every date and number the reader sees is formatted here, with an explicit locale and time zone,
 * so the build machine's own time zone never shifts a dateline.
 */

export type DateContext = {
  locale: string
  timeZone: string
  /** 'arab' for Arabic-Indic digits, 'latn' for Western; the locale's default when absent */
  numberingSystem?: string | undefined
}

/** The locale with its digits chosen through a Unicode extension (ar-IQ-u-nu-latn), which every
 * Intl formatter honours; the numberingSystem option alone is ignored by some for dates. */
function localeWithDigits({
  locale,
  numberingSystem,
}: Pick<DateContext, 'locale' | 'numberingSystem'>): string {
  return numberingSystem ? new Intl.Locale(locale, { numberingSystem }).toString() : locale
}

// Making an Intl formatter costs far more than using one, and a site formats thousands of dates
// in a handful of styles: each formatter is made once per process.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

function cachedFormatter<Formatter extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: unknown[],
  make: () => Formatter,
): Formatter {
  const id = JSON.stringify(key)
  let formatter = formatters.get(id)
  if (!formatter) {
    formatter = make()
    formatters.set(id, formatter)
  }
  return formatter as Formatter
}

function dateFormat(
  context: DateContext,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cachedFormatter(
    ['date', context.locale, context.numberingSystem, context.timeZone, options],
    () =>
      new Intl.DateTimeFormat(localeWithDigits(context), {
        ...options,
        timeZone: context.timeZone,
      }),
  )
}

/** "27 November 2026" */
export function formatDate(date: Date, context: DateContext): string {
  return dateFormat(context, { day: 'numeric', month: 'long', year: 'numeric' }).format(date)
}

/** "27 November 2026, 14:30" in the newsroom's time zone. */
export function formatDateTime(date: Date, context: DateContext): string {
  return dateFormat(context, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date)
}

/** "Friday 27 November 2026": the date line under the masthead. */
export function formatLongDate(date: Date, context: DateContext): string {
  return dateFormat(context, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date)
}

/** "17 Jumada II 1448 AH": the Hijri date (Umm al-Qura calendar) for the date line. */
export function formatHijriDate(date: Date, context: DateContext): string {
  return dateFormat(context, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    calendar: 'islamic-umalqura',
  }).format(date)
}

/** "Baghdad" from "Asia/Baghdad": how newspapers name the time they print. */
export function timeZoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ')
}

export function formatNumber(
  value: number,
  context: Pick<DateContext, 'locale' | 'numberingSystem'>,
): string {
  return cachedFormatter(
    ['number', context.locale, context.numberingSystem],
    () => new Intl.NumberFormat(localeWithDigits(context)),
  ).format(value)
}

/** "4:05", "1:02:09": how long a video or recording plays, in the edition's numerals. */
export function formatDuration(
  seconds: number,
  context: Pick<DateContext, 'locale' | 'numberingSystem'>,
): string {
  const whole = Math.max(1, Math.round(seconds))
  const two = (value: number) =>
    formatNumber(Math.floor(value / 10), context) + formatNumber(value % 10, context)
  const [hours, minutes, rest] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60]
  return hours > 0
    ? `${formatNumber(hours, context)}:${two(minutes)}:${two(rest)}`
    : `${formatNumber(minutes, context)}:${two(rest)}`
}

/** "1.2 MB": a file's size as a reader is told it, in the edition's language and numerals. */
export function formatMegabytes(
  bytes: number,
  context: Pick<DateContext, 'locale' | 'numberingSystem'>,
): string {
  return cachedFormatter(
    ['megabytes', context.locale, context.numberingSystem],
    () =>
      new Intl.NumberFormat(localeWithDigits(context), {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      }),
  ).format(Math.max(0.1, bytes / 1_000_000))
}

/** "PT4M5S": the same as an ISO 8601 duration, for <time dateTime> and structured data. */
export function isoDuration(seconds: number): string {
  const whole = Math.max(1, Math.round(seconds))
  const [hours, minutes, rest] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60]
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}`
}

/** "2026-11-27": the calendar date in the newsroom's time zone, for <time dateTime>. */
export function isoDateIn(date: Date, timeZone: string): string {
  return cachedFormatter(
    ['iso', timeZone],
    () =>
      new Intl.DateTimeFormat('en-CA', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        timeZone,
      }),
  ).format(date)
}
