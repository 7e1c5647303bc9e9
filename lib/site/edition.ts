import 'server-only'
import { notFound } from 'next/navigation'
import {
  formatDate,
  formatDateTime,
  formatHijriDate,
  formatLongDate,
  formatNumber,
  timeZoneCity,
  type DateContext,
} from './format'
import { dictionaryFor, type EditionCode } from './i18n/dictionaries'
import type { Dictionary } from './i18n/dictionary'
import type { SiteIdentity } from '../outputs/seo'
import { editionConfig, isPublishedEdition, publishedEditions, site } from './site'
import type { EditionConfig } from './site-config'

export type EditionContext = EditionConfig & {
  code: EditionCode
  t: Dictionary
  dates: DateContext
}

/** Everything a page needs to speak in its edition: strings, locale, direction, time zone. */
export function getEdition(code: string): EditionContext {
  if (!isPublishedEdition(code)) notFound()
  const config = editionConfig(code)
  return {
    ...config,
    code,
    t: dictionaryFor(code),
    dates: { locale: config.locale, timeZone: site.timeZone, numberingSystem: config.numerals },
  }
}

/** The published editions other than this one, in the order content/site.yml lists them. */
export function otherEditions(edition: { code: EditionCode }): EditionContext[] {
  return publishedEditions.filter((code) => code !== edition.code).map(getEdition)
}

export function editionParams(): { edition: EditionCode }[] {
  return publishedEditions.map((edition) => ({ edition }))
}

export type DateStyle = 'date' | 'dateTime' | 'long' | 'hijri'

export function formatForEdition(edition: EditionContext, date: Date, style: DateStyle): string {
  switch (style) {
    case 'date':
      return formatDate(date, edition.dates)
    case 'dateTime':
      return edition.t.timeIn(
        formatDateTime(date, edition.dates),
        edition.timeZoneCity ?? timeZoneCity(edition.dates.timeZone),
      )
    case 'long':
      return formatLongDate(date, edition.dates)
    case 'hijri':
      return formatHijriDate(date, edition.dates)
  }
}

/** A number in the edition's digits: "4" or "٤". */
export function numberForEdition(edition: EditionContext, value: number): string {
  return formatNumber(value, edition.dates)
}

/** Name, base URL, edition and locales: what the metadata builders in lib/outputs/seo.ts need. */
export function siteIdentity(edition: EditionContext): SiteIdentity {
  return {
    name: edition.name,
    baseUrl: site.baseUrl,
    locale: edition.locale,
    defaultEdition: site.defaultEdition,
    edition: edition.code,
    locales: Object.fromEntries(site.editions.map((other) => [other.code, other.locale])),
  }
}
