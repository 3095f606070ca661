import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const minimalDir = fileURLToPath(new URL('../minimal-survey/', import.meta.url));

/**
 * Builds the baseline page with Vite's JS API and the app's build settings (React plugin, default
 * target and minifier, hashed names, React in its own framework chunk), served under /minimal/.
 */
export async function buildMinimalSurvey(outDir: string): Promise<void> {
  // Vitest sets NODE_ENV=test, which Vite and the React plugin would otherwise bake in (React's
  // development build and JSX): build exactly as `npm run build` does, in production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildProduction(outDir);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

async function buildProduction(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: minimalDir,
    base: '/minimal/',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      assetsDir: 'assets',
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        output: {
          entryFileNames: 'assets/[name]-[hash].js',
          chunkFileNames: 'assets/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
          codeSplitting: { groups: [{ name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
        },
      },
    },
  });
}
