import { defineConfig } from '@lingui/cli'
import { formatter } from '@lingui/format-po'

/** The parts of the crisis feature that are on every page: they belong with the app's frame. */
const frameParts = [
  'src/features/crisis/help-now-link.tsx',
  'src/features/crisis/quick-exit-button.tsx',
  'src/features/crisis/use-quick-exit-shortcut.ts',
]

/** The parts of My space, each a folder with its own catalogue. */
const MY_SPACE_PARTS = [
  'about-me',
  'goals',
  'history',
  'hub',
  'kept-words',
  'lock',
  'safety-plan',
  'saved',
  'your-data',
]

/**
 * One catalogue for the app's frame (header, safety bar, footer, home page) and one per feature
 * folder, so a lazily loaded page brings only its own messages.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'cy'],
  format: formatter({ lineNumbers: false }),
  catalogs: [
    {
      path: '<rootDir>/src/app/locales/{locale}',
      include: [
        '<rootDir>/src/app',
        '<rootDir>/src/ui',
        '<rootDir>/src/i18n',
        ...frameParts.map((file) => `<rootDir>/${file}`),
      ],
      exclude: ['**/*.test.*'],
    },
    {
      path: '<rootDir>/src/lib/locales/{locale}',
      include: ['<rootDir>/src/lib', '<rootDir>/src/db'],
      exclude: ['**/*.test.*'],
    },
    // My space is large: each of its parts has its own catalogue, so they can be worked on apart.
    ...MY_SPACE_PARTS.map((part) => ({
      path: `<rootDir>/src/features/my-space/${part}/locales/{locale}`,
      include: [`<rootDir>/src/features/my-space/${part}`],
      exclude: ['**/*.test.*'],
    })),
    {
      path: '<rootDir>/src/features/{name}/locales/{locale}',
      include: ['<rootDir>/src/features/{name}'],
      exclude: [
        '**/*.test.*',
        '<rootDir>/src/features/my-space/*/**/*',
        ...frameParts.map((file) => `<rootDir>/${file}`),
      ],
    },
  ],
  orderBy: 'message',
})
