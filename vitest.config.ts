import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
      {
        // Checks over the built site and end-to-end tests in real browsers:
        // they need `npm run build` first (scripts/test.ts runs it).
        test: { name: 'e2e', include: ['tests/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 300_000, fileParallelism: false },
      },
    ],
  },
});
