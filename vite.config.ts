import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { questionBank } from './src/bank/vite-plugin-bank.ts';

const root = import.meta.dirname;

// A strict Content Security Policy for the built app: only our own scripts and styles, no inline script,
// no eval, no requests to any other origin. Dev mode is left without it (Vite's client needs inline code).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  plugins: [questionBank({ root }), contentSecurityPolicy],
  // Vite 8 compiles TSX with oxc; the automatic runtime needs no React import in every file.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The question bank is one lazy chunk by design (fetched when an exam starts, never on first paint).
    chunkSizeWarningLimit: 2000,
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
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
          // Whole journeys through the app in jsdom; generous so a busy shared machine cannot fail them.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
