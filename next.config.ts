import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants'

/**
 * One tree, two builds. The export (the default) is a folder of static files. With
 * NEWSROOM_TARGET=worker (build/stages/worker-bundle.ts, in edge mode only) Next builds the Worker that
 * renders the archive on demand: only the routes in `page.edge.tsx` files, which read the
 * archive's records instead of the content (docs/edge-mode.md).
 */
const worker = process.env.NEWSROOM_TARGET === 'worker'

const nextConfig = (phase: string): NextConfig => ({
  // The site is a folder of static files: no server, middleware or server actions. The Worker's
  // build is standalone, the form OpenNext bundles. The editors' preview (`next dev`) sets no
  // output: under `export`, Next's dev server answers an address missing from
  // generateStaticParams (a deleted story, a mistyped link) with an error page and status 500
  // instead of the route's 404 whenever its cached list of params has just been dropped, which
  // is every second such request. `dynamicParams = false` still gives the 404 without it.
  ...(phase === PHASE_DEVELOPMENT_SERVER ? {} : { output: worker ? 'standalone' : 'export' }),
  // `page.static.tsx` is in the export, `page.edge.tsx` in the Worker; `layout.tsx` in both.
  pageExtensions: worker
    ? ['edge.tsx', 'edge.ts', 'tsx', 'ts']
    : ['static.tsx', 'static.ts', 'tsx', 'ts'],
  // The Worker has no file system: the site's settings and the build's clock go into its code.
  ...(worker
    ? {
        env: {
          NEWSROOM_SITE_YAML: readFileSync('content/site.yml', 'utf8'),
          NEWSROOM_BUILD_TIME: process.env.NEWSROOM_BUILD_TIME ?? '',
        },
      }
    : {}),
  trailingSlash: true,
  // build/build.ts exports into a staging folder and swaps it into out/ only when the build
  // succeeds, so a failed build never leaves a half-written site behind.
  ...(process.env.NEWSROOM_EXPORT_DIR ? { distDir: process.env.NEWSROOM_EXPORT_DIR } : {}),
  images: { unoptimized: true },
  // build/build.ts derives the ID from the build's inputs, so identical inputs give identical HTML.
  generateBuildId: async () => process.env.NEWSROOM_BUILD_ID ?? null,
  reactStrictMode: true,
  // The preview (`npm run dev`) is opened as localhost or 127.0.0.1 alike.
  allowedDevOrigins: ['127.0.0.1'],
  // build/build.ts checks the types itself, and only when the code changed (type-check.ts);
  // a bare `next build` still checks them.
  typescript: { ignoreBuildErrors: process.env.NEWSROOM_TYPES_CHECKED === '1' },
  experimental: {
    // Next uses cpus - 1 render workers by default: one on a 2-core machine.
    cpus: Math.max(1, availableParallelism()),
  },
})

export default nextConfig
