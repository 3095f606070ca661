import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The HTML entry of the participant app, relative to web/. */
export const PARTICIPANT_ENTRY = 'survey.html';

interface BundleChunk {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> };
}

interface BundleAsset {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}

/** The lazily imported survey screen: survey-core, survey-react-ui and their stylesheet. */
const SURVEY_RENDERER = '/src/survey/components/survey-screen.tsx';

/**
 * Every participant needs the survey renderer, by far the largest file. It stays a lazy chunk (so
 * the first screen does not wait for it to be evaluated), but survey.html tells the browser to
 * fetch it, and its stylesheet, right away instead of after the entry has run.
 */
function preloadSurveyRenderer(files: Record<string, BundleChunk | BundleAsset>): void {
  const html = files[PARTICIPANT_ENTRY];
  const renderer = Object.values(files).find(
    (file): file is BundleChunk => file.type === 'chunk' && (file.facadeModuleId ?? '').endsWith(SURVEY_RENDERER),
  );
  if (html?.type !== 'asset' || !renderer) throw new Error('survey.html or the survey renderer chunk is missing');
  const source = typeof html.source === 'string' ? html.source : new TextDecoder().decode(html.source);
  const links = [renderer.fileName, ...renderer.imports]
    .filter((name) => !source.includes(`/${name}"`))
    .map((name) => `<link rel="modulepreload" crossorigin href="/${name}">`);
  for (const css of renderer.viteMetadata?.importedCss ?? []) links.push(`<link rel="preload" as="style" crossorigin href="/${css}">`);
  html.source = source.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
}

/**
 * The participant app's build extras:
 * - a service worker (workbox generateSW) that precaches survey.html and exactly the files it can
 *   load (its own chunks, the four participant string files, SurveyJS), nothing of the staff app;
 *   it answers navigations under /tablet/ and /survey/ with survey.html and never caches /api;
 * - in `vite dev`, the same rewrite of /tablet/* and /survey/* to survey.html as the API does.
 */
export function participantPwa(): Plugin[] {
  const participantFiles = new Set<string>([PARTICIPANT_ENTRY, 'favicon.svg']);

  const collect: Plugin = {
    name: 'polyphony:participant-precache-list',
    apply: 'build',
    // After Vite has written survey.html into the bundle, so it can be amended below.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = bundle as unknown as Record<string, BundleChunk | BundleAsset>;
      preloadSurveyRenderer(files);
      const entry = Object.values(files).find(
        (file): file is BundleChunk => file.type === 'chunk' && file.isEntry && (file.facadeModuleId ?? '').endsWith(`/${PARTICIPANT_ENTRY}`),
      );
      if (!entry) throw new Error(`participant entry ${PARTICIPANT_ENTRY} not found in the bundle`);
      const pending = [entry.fileName];
      while (pending.length > 0) {
        const name = pending.pop() ?? '';
        if (participantFiles.has(name)) continue;
        participantFiles.add(name);
        const file = files[name];
        if (file?.type !== 'chunk') continue;
        pending.push(...file.imports, ...file.dynamicImports);
        for (const css of file.viteMetadata?.importedCss ?? []) participantFiles.add(css);
        for (const asset of file.viteMetadata?.importedAssets ?? []) participantFiles.add(asset);
      }
    },
  };

  const devRewrite: Plugin = {
    name: 'polyphony:participant-dev-rewrite',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url && /^\/(tablet|survey)\//.test(request.url)) request.url = `/${PARTICIPANT_ENTRY}`;
        next();
      });
    },
  };

  const serviceWorker = VitePWA({
    strategies: 'generateSW',
    // survey.html registers it itself, with the participant's path as scope.
    injectRegister: false,
    manifest: false,
    filename: 'sw.js',
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg}'],
      globIgnores: ['sw.js', 'workbox-*.js'],
      manifestTransforms: [
        async (entries) => ({ manifest: entries.filter((entry) => participantFiles.has(entry.url)), warnings: [] }),
      ],
      navigateFallback: `/${PARTICIPANT_ENTRY}`,
      navigateFallbackAllowlist: [/^\/tablet\//, /^\/survey\//],
      navigateFallbackDenylist: [/^\/api\//],
      // No runtime caching at all: API answers (which carry answers) never enter Cache Storage.
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      // The first install controls the open page at once (so it works offline from then on). An
      // update waits until no participant page is open: a session never mixes two releases' files.
      clientsClaim: true,
      skipWaiting: false,
      sourcemap: false,
    },
  });

  return [collect, devRewrite, ...serviceWorker];
}
