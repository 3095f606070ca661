import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { participantPwa } from './src/survey/build/participant-pwa.js';

const webDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webDir,
  // participantPwa: the participant entry's service worker (and its dev-server rewrite).
  plugins: [react(), ...participantPwa()],
  resolve: {
    // Same alias as tsconfig paths and the vitest config: the browser runs analysis/ from source.
    alias: { '@polyphony/analysis': `${repoDir}analysis/src/index.ts` },
  },
  build: {
    outDir: `${webDir}dist`,
    emptyOutDir: true,
    assetsDir: 'assets',
    // The API caches everything under assets/ for a year, so every file name there carries a hash.
    rolldownOptions: {
      // Two pages: the staff app, and the participant app (tablet sessions and invitation links).
      input: { main: `${webDir}index.html`, survey: `${webDir}survey.html` },
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        // The framework every page needs, in one long-cached chunk. Heavy libraries used by a few
        // pages (SurveyJS) stay out of it so they load only where they are used.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next)[\\/]/,
            },
            // What only the staff app needs stays out of the chunk the participant app shares.
            {
              name: 'framework-staff',
              test: /node_modules[\\/](react-router|i18next-browser-languagedetector|@tanstack)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
    fs: {
      // locales/ lives beside web/ (the API reads the same files), and the dependencies are hoisted to the root.
      allow: [webDir, `${repoDir}locales`, `${repoDir}analysis/src`, `${repoDir}api/src/surveys`, `${repoDir}node_modules`],
    },
  },
  preview: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
