import { serializeJsonLd } from '@/lib/outputs/structured-data'

type Props = {
  /** One or more JSON-LD objects built by lib/outputs/structured-data.ts */
  data: object[]
}

/** Structured data for search engines; a data block, never run by the browser. */
export function JsonLd({ data }: Props) {
  return (
    <>
      {data.map((item, index) => (
        <script
          key={index}
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }}
        />
      ))}
    </>
  )
}
