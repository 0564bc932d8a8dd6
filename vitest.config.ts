import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['dist/**', 'node_modules/**'],
    // Every corpus file is read in a child process of its own (pdf.js loaded there per process): a test that
    // loads a folder or adds a PDF starts one.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
