/**
 * Video and audio the newsroom hosts beside a story (docs/story-media.md): which files a story may
 * name, their limits, and what the site reads of them — that each is what its name says and how
 * long it plays. Read from the file itself, with no tool to install: the duration of an MP4 or M4A
 * file is in its `mvhd` box, that of an MP3 file in its Xing/Info or VBRI header, or else follows
 * from its bit rate. The one module of lib/content/ that reads these files.
 */
import { readFileSync, statSync } from 'node:fs'
import { mebibytes, plainFileProblem } from './image-files'
import { resolveContentFile, type ContentFileKind, type ResolvedImage } from './images'

export type HostedMediaKind = 'video' | 'audio'

/** What a story's `video`, `audio` and `captions` may name. */
export const MEDIA_FILES = {
  // H.264 video with AAC sound in MP4 plays in every browser's own player.
  video: { extensions: ['.mp4'], described: 'an MP4 video (H.264 with AAC sound)' },
  audio: { extensions: ['.mp3', '.m4a'], described: 'an MP3 or M4A (AAC) file' },
  captions: { extensions: ['.vtt'], described: 'a WebVTT file' },
} as const satisfies Record<HostedMediaKind | 'captions', ContentFileKind>

const MIB = 1024 * 1024

/**
 * Limits an editor can see (docs/content-checks.md, "Limits"). 25 MiB is the largest file
 * Cloudflare's static hosting serves, where the edge mode deploys; past 10 MiB a reader on a
 * phone waits. Longer films belong on a video service, embedded (docs/embeds.md).
 */
export const MEDIA_LIMITS = {
  warnBytes: 10 * MIB,
  maxBytes: 25 * MIB,
  captionsMaxBytes: 1 * MIB,
} as const

const MEDIA_TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.vtt': 'text/vtt',
}

/** The media type a file is served and announced as, from its extension. */
export function mediaType(file: string): string {
  const extension = /\.[a-z0-9]+$/i.exec(file)?.[0].toLowerCase() ?? ''
  return MEDIA_TYPES[extension] ?? 'application/octet-stream'
}

export type MediaFileCheck =
  | { ok: true; warnings: string[]; bytes: number; durationSeconds?: number | undefined }
  | { ok: false; problem: string }

/**
 * Checks the file a `video`, `audio` or `captions` path names: a plain file (no link), within the
 * limits, and truly of its kind (an MP4 box structure, MP3 frames, a WebVTT header); for video and
 * audio, how long it plays. `where` is how the editor should hear the path.
 */
export function checkMediaFile(
  resolved: ResolvedImage,
  root: string,
  where: string,
  kind: HostedMediaKind | 'captions',
): MediaFileCheck {
  const problem = plainFileProblem(resolved.file, root, where)
  if (problem) return { ok: false, problem }
  const bytes = statSync(resolved.file).size
  const maxBytes = kind === 'captions' ? MEDIA_LIMITS.captionsMaxBytes : MEDIA_LIMITS.maxBytes
  if (bytes > maxBytes)
    return {
      ok: false,
      problem: `is ${mebibytes(bytes)}; at most ${mebibytes(maxBytes)} is accepted${kind === 'captions' ? '' : ': shorten or compress it, or put a long film on a video service and embed its link'}`,
    }
  const contents = readFileSync(resolved.file)
  if (kind === 'captions') {
    // A WebVTT file starts with "WEBVTT" (after a byte order mark, if any).
    return /^(?:\uFEFF)?WEBVTT(?:[ \t\n\r]|$)/.test(contents.toString('utf8', 0, 16))
      ? { ok: true, warnings: [], bytes }
      : { ok: false, problem: `is not a WebVTT file: it must begin with the line "WEBVTT"` }
  }
  const durationSeconds = mediaType(resolved.file).endsWith('/mpeg')
    ? mp3Duration(contents)
    : isoMediaDuration(contents)
  if (durationSeconds === undefined)
    return {
      ok: false,
      problem: `is not ${MEDIA_FILES[kind].described} this site can read (${where}): export it again as one`,
    }
  const warnings =
    bytes > MEDIA_LIMITS.warnBytes
      ? [
          `is ${mebibytes(bytes)}, heavy for readers on phones: export it under ${mebibytes(MEDIA_LIMITS.warnBytes)}`,
        ]
      : []
  return { ok: true, warnings, bytes, durationSeconds }
}

/**
 * How long an MP4 or M4A file plays: the `mvhd` box in its `moov` box gives a duration in units
 * of its time scale (ISO/IEC 14496-12, 8.2.2). Undefined for anything else.
 */
export function isoMediaDuration(bytes: Buffer): number | undefined {
  if (bytes.toString('latin1', 4, 8) !== 'ftyp') return undefined
  const movie = findBox(bytes, 0, bytes.length, 'moov')
  const header = movie && findBox(bytes, movie.start, movie.end, 'mvhd')
  if (!header || header.end - header.start < 20) return undefined
  const at = header.start
  const version = bytes[at]
  const [timescale, duration] =
    version === 1 && header.end - at >= 32
      ? [bytes.readUInt32BE(at + 20), Number(bytes.readBigUInt64BE(at + 24))]
      : [bytes.readUInt32BE(at + 12), bytes.readUInt32BE(at + 16)]
  return timescale > 0 && duration > 0 ? duration / timescale : undefined
}

/** The contents of the first box of `type` between `from` and `to`, children of one box. */
function findBox(
  bytes: Buffer,
  from: number,
  to: number,
  type: string,
): { start: number; end: number } | undefined {
  let at = from
  while (at + 8 <= to) {
    let size = bytes.readUInt32BE(at)
    let header = 8
    if (size === 1) {
      if (at + 16 > to) return undefined
      size = Number(bytes.readBigUInt64BE(at + 8))
      header = 16
    } else if (size === 0) size = to - at
    if (size < header || at + size > to) return undefined
    if (bytes.toString('latin1', at + 4, at + 8) === type)
      return { start: at + header, end: at + size }
    at += size
  }
  return undefined
}

// MPEG audio layer III (ISO/IEC 11172-3, 13818-3): bit rates in kbit/s by index, sample rates.
const MPEG1_BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
const MPEG2_BITRATES = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]
const SAMPLE_RATES: Record<number, readonly number[]> = {
  3: [44100, 48000, 32000], // MPEG-1
  2: [22050, 24000, 16000], // MPEG-2
  0: [11025, 12000, 8000], // MPEG-2.5
}

/**
 * How long an MP3 file plays: its frame count over the frame rate, from the Xing/Info header
 * (LAME and ffmpeg write one) or the VBRI header (Fraunhofer's), else its size over its constant
 * bit rate. Undefined when no MPEG layer III frame starts the audio.
 */
export function mp3Duration(bytes: Buffer): number | undefined {
  let at = 0
  // An ID3v2 tag first: 10 bytes of header, then its size in 7-bit bytes (and a footer, if flagged).
  if (bytes.toString('latin1', 0, 3) === 'ID3' && bytes.length >= 10) {
    const size =
      ((bytes[6]! & 0x7f) << 21) |
      ((bytes[7]! & 0x7f) << 14) |
      ((bytes[8]! & 0x7f) << 7) |
      (bytes[9]! & 0x7f)
    at = 10 + size + (bytes[5]! & 0x10 ? 10 : 0)
  }
  // The first frame: allow some padding after the tag, never a search through the whole file.
  const searchEnd = Math.min(bytes.length - 4, at + 64 * 1024)
  while (at < searchEnd && !(bytes[at] === 0xff && (bytes[at + 1]! & 0xe0) === 0xe0)) at += 1
  if (at >= searchEnd) return undefined
  const frame = bytes.readUInt32BE(at)
  const version = (frame >>> 19) & 3
  const layer = (frame >>> 17) & 3
  const bitrateIndex = (frame >>> 12) & 15
  const sampleRate = SAMPLE_RATES[version]?.[(frame >>> 10) & 3]
  const mono = ((frame >>> 6) & 3) === 3
  if (layer !== 1 || !sampleRate || bitrateIndex === 0 || bitrateIndex === 15) return undefined
  const mpeg1 = version === 3
  const samplesPerFrame = mpeg1 ? 1152 : 576
  const sideInformation = mpeg1 ? (mono ? 17 : 32) : mono ? 9 : 17
  const xing = at + 4 + sideInformation
  const tag = bytes.toString('latin1', xing, xing + 4)
  if ((tag === 'Xing' || tag === 'Info') && bytes.length >= xing + 12) {
    const framesGiven = (bytes.readUInt32BE(xing + 4) & 1) === 1
    if (framesGiven) return (bytes.readUInt32BE(xing + 8) * samplesPerFrame) / sampleRate
  }
  const vbri = at + 4 + 32
  if (bytes.toString('latin1', vbri, vbri + 4) === 'VBRI' && bytes.length >= vbri + 18)
    return (bytes.readUInt32BE(vbri + 14) * samplesPerFrame) / sampleRate
  const kbps = (mpeg1 ? MPEG1_BITRATES : MPEG2_BITRATES)[bitrateIndex] ?? 0
  // An ID3v1 tag of 128 bytes may close the file.
  const tail = bytes.toString('latin1', bytes.length - 128, bytes.length - 125) === 'TAG' ? 128 : 0
  return ((bytes.length - at - tail) * 8) / (kbps * 1000)
}

/** Where a story's video, audio or captions file is published, its type, size and duration. */
export type MeasuredMedia = {
  url: string
  type: string
  bytes: number
  durationSeconds?: number | undefined
}

// A story's file is read by the check and again by the model: once per process.
const measuredCache = new Map<string, MeasuredMedia | undefined>()

/**
 * Where a story's video, audio or captions file is published and what it is, as the newsroom
 * model asks (lib/content/export-reader.ts, build/stages/page-records.ts, archive-records.ts).
 */
export function measureContentMedia(
  src: string,
  sourceFile: string,
  kind: HostedMediaKind | 'captions',
  root = process.cwd(),
): MeasuredMedia | undefined {
  const resolved = resolveContentFile(src, sourceFile, MEDIA_FILES[kind], root)
  if ('problem' in resolved) return undefined
  const key = `${kind}:${resolved.file}`
  if (!measuredCache.has(key)) {
    const checked = checkMediaFile(resolved, root, resolved.file, kind)
    measuredCache.set(
      key,
      checked.ok
        ? {
            url: resolved.url,
            type: mediaType(resolved.file),
            bytes: checked.bytes,
            durationSeconds: checked.durationSeconds,
          }
        : undefined,
    )
  }
  return measuredCache.get(key)
}
