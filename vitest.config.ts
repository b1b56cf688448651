import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

const alias = {
  '@payload-config': path.join(root, 'payload.config.ts'),
  '@collections': path.join(root, 'collections'),
  '@locales': path.join(root, 'locales'),
  '@': path.join(root, 'src'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['test/int/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/int/setup.ts'],
          // Each file gets its own throwaway database; files run one at a time so a
          // 2-core machine is not oversubscribed by several Payload instances.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
