import { defineConfig } from 'vite';

/** One bundle per element (each also defines <conf-data>), and one with everything. */
export const bundles = {
  'conf-widgets': 'src/index.ts',
  countdown: 'src/bundles/countdown.ts',
  dates: 'src/bundles/dates.ts',
  committee: 'src/bundles/committee.ts',
  sponsors: 'src/bundles/sponsors.ts',
  topics: 'src/bundles/topics.ts',
  cfp: 'src/bundles/cfp.ts',
} as const;

// Library build: ES modules a lab page loads with one <script type="module"> tag.
// Lit resolves to its production build (no "development" export condition here).
// Shared code lands in chunks/, and the Temporal polyfill — a dynamic import taken
// only where the browser has no Temporal — in a chunk of its own.
export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: bundles,
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
