import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import { defineConfig, globalIgnores } from 'eslint/config'

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
      'import/no-default-export': 'off',
    },
  },
  globalIgnores([
    '.next/**',
    '.contentlayer/**',
    'out/**',
    '.out-releases/**',
    '.scratch/**',
    '.test-builds/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    '.shot.mjs',
  ]),
])
