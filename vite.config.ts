import { defineConfig } from 'vitest/config';
import { questionBank } from './src/bank/vite-plugin-bank.ts';

const root = import.meta.dirname;

export default defineConfig({
  plugins: [questionBank({ root })],
  // Vite 8 compiles TSX with oxc; the automatic runtime needs no React import in every file.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/setup/component-setup.ts'],
        },
      },
    ],
  },
});
