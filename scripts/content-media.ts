import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { CONTENT_MEDIA_URL } from '../lib/images'

const CONTENT_FOLDERS = ['articles', 'authors', 'pages', 'sections']

/**
 * Copies images that editors keep beside their markdown (content/articles/2026/bridge.jpg) to
 * public/media/, where they are published at /media/articles/2026/bridge.jpg.
 */
export function publishContentMedia(root: string): number {
  const target = path.join(root, 'public', CONTENT_MEDIA_URL)
  rmSync(target, { recursive: true, force: true })
  let copied = 0
  for (const folder of CONTENT_FOLDERS) {
    const source = path.join(root, 'content', folder)
    if (!existsSync(source)) continue
    for (const relative of readdirSync(source, { recursive: true, encoding: 'utf8' })) {
      const file = path.join(source, relative)
      if (relative.endsWith('.md') || !statSync(file).isFile()) continue
      cpSync(file, path.join(target, folder, relative))
      copied += 1
    }
  }
  return copied
}
