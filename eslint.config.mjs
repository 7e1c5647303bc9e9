import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import { defineConfig, globalIgnores } from 'eslint/config'

/** Imports nobody may write: the generated content outside its door, spawning without cross-spawn. */
const restrictedPaths = [
  {
    name: 'contentlayer/generated',
    message:
      'Read content through lib/content/export-reader.ts (routes) or lib/content/generated.ts (build and tools); types from lib/content/documents.ts.',
  },
  {
    // Windows runs node_modules/.bin/* (.cmd shims) only through a shell or cross-spawn.
    name: 'node:child_process',
    importNames: ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync'],
    message: 'Use cross-spawn: it runs the same commands on Windows.',
  },
]

/**
 * The house rule (docs/architecture.md): lib/ is what routes, components and the Worker import;
 * the build, the tools, the benchmarks and the tests live outside it and are never imported by it
 * (nor by app/, components/ or the Worker). tests/unit/architecture.test.ts checks the same over
 * the whole import graph.
 */
const outsideLib = ['build', 'tools', 'bench', 'tests'].flatMap((folder) => [
  `@/${folder}/*`,
  `**/${folder}/*`,
])

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ['**/*.tsx'],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Named exports everywhere; Next's route files and tools' config files need a default one.
      'import/no-default-export': 'error',
      // lib/content/export-reader.ts is the one door to the generated content.
      'no-restricted-imports': ['error', { paths: restrictedPaths }],
    },
  },
  {
    files: ['lib/**', 'app/**', 'components/**', 'edge/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrictedPaths,
          patterns: [
            {
              group: outsideLib,
              message:
                'lib/, app/, components/ and the Worker never import the build, tools, benchmarks or tests (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // The export's door reads the generated content; documents.ts takes its types from it.
    files: ['lib/content/export-reader.ts', 'lib/content/documents.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Route files, tools' configs, the Worker's entry (its runtime calls the default export), and
    // declarations of packages that have a default export.
    files: ['app/**', '*.config.ts', '*.config.mjs', 'types/*.d.ts', 'edge/worker.ts'],
    rules: { 'import/no-default-export': 'off' },
  },
  {
    // A switch over a union (article kinds, listing kinds, feed formats) must name every member:
    // adding one fails the lint until every switch handles it.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  globalIgnores([
    // Next's shared config ignores a build/ folder (its old output); ours is the build's source.
    '!build/**',
    '.next/**',
    '.contentlayer/**',
    'out/**',
    '.out-releases/**',
    '.out-releases-removed/**',
    '.scratch/**',
    '.test-builds/**',
    '.wrangler/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    '.shot.mjs',
    // Written by the build for hosts (CloudFront's runtime is not Node's): checked by tests/unit/host-files.test.ts.
    'docs/deploy/cloudfront-function.js',
  ]),
])
