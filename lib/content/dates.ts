/**
 * Strict parsing of the dates editors write. JavaScript's Date (and Contentlayer) quietly turns
 * 2026-02-30 into 2 March; a newsroom wants an error instead.
 */

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

export const DATE_TIME_EXAMPLE = '2026-11-27T09:30:00+03:00'

export type DateCheck = { ok: true; date: Date } | { ok: false; message: string }

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day))
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  )
}

function checkParts(year: string, month: string, day: string, value: string): string | undefined {
  if (!isRealCalendarDate(Number(year), Number(month), Number(day))) {
    return `"${value}" is not a real calendar date`
  }
  return undefined
}

/** A publication time: date, time and offset, e.g. 2026-11-27T09:30:00+03:00. */
export function checkDateTime(value: unknown): DateCheck {
  if (typeof value !== 'string') {
    return { ok: false, message: `expected a date-time such as ${DATE_TIME_EXAMPLE}` }
  }
  const match = DATE_TIME.exec(value)
  if (!match) {
    const hint = DATE_ONLY.test(value) ? ' (add the time and the offset)' : ''
    return {
      ok: false,
      message: `"${value}" is not a date-time with an offset such as ${DATE_TIME_EXAMPLE}${hint}`,
    }
  }
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '0'] = match
  const calendarProblem = checkParts(year, month, day, value)
  if (calendarProblem) return { ok: false, message: calendarProblem }
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return { ok: false, message: `"${value}" is not a real time of day` }
  }
  return { ok: true, date: new Date(value) }
}

/** A calendar date (2026-11-27) or a full date-time; used for corrections. */
export function checkDateOrDateTime(value: unknown): DateCheck {
  if (typeof value === 'string') {
    const match = DATE_ONLY.exec(value)
    if (match) {
      const [, year = '', month = '', day = ''] = match
      const calendarProblem = checkParts(year, month, day, value)
      if (calendarProblem) return { ok: false, message: calendarProblem }
      // Noon UTC keeps a bare date on the same calendar day in every newsroom time zone.
      return { ok: true, date: new Date(`${value}T12:00:00Z`) }
    }
  }
  const result = checkDateTime(value)
  if (result.ok) return result
  return {
    ok: false,
    message: `expected a date such as 2026-11-27 or a date-time such as ${DATE_TIME_EXAMPLE}`,
  }
}

// A large archive sorts and filters by the same few thousand dates on every page it renders:
// each distinct value is checked and parsed once per process.
const parsedTimes = new Map<string, number>()

/** Milliseconds since the epoch of a value that validation has already accepted. */
export function contentTime(value: string): number {
  let time = parsedTimes.get(value)
  if (time === undefined) {
    const result = checkDateOrDateTime(value)
    if (!result.ok) throw new Error(result.message)
    time = result.date.getTime()
    parsedTimes.set(value, time)
  }
  return time
}

/** Parses a value that validation has already accepted. */
export function parseContentDate(value: string): Date {
  return new Date(contentTime(value))
}
