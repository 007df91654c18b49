import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Puts the `preboot` entry's script before the app's in index.html. Vite folds every module script of
 * an HTML page into one entry, which would make the start-up reads wait for React and Lexical to load.
 */
function prebootScript(): Plugin {
  return {
    name: 'ladder-preboot-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === 'preboot',
        );
        if (!chunk) throw new Error('The preboot entry is missing from the renderer build.');
        const tag = `<script type="module" crossorigin src="./${chunk.fileName}"></script>`;
        return html.replace(/<script type="module"/, `${tag}\n    <script type="module"`);
      },
    },
  };
}

// Main builds three Node entries: the desktop composition root, the browser-mode server, and the data
// worker both start for exports and imports (core/data/dataWorkerStart.ts finds it beside them).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          main: resolve(__dirname, 'src-main/electron/main.ts'),
          web: resolve(__dirname, 'src-main/web/cli.ts'),
          dataWorker: resolve(__dirname, 'src-main/core/data/dataWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': bundle zod and our shared code into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(__dirname, 'src-main/electron/preload.ts') },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    // Icons are data in resources/; the renderer serves them from its own origin.
    publicDir: resolve(__dirname, 'resources/icons'),
    plugins: [react(), prebootScript()],
    build: {
      outDir: 'out/renderer',
      // Less script to parse before the first editable editor (the start-up benchmark's measure).
      // LADDER_PROFILE=1 keeps names readable, for a CPU profile of the start-up.
      minify: !process.env.LADDER_PROFILE,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src-renderer/index.html'),
          preboot: resolve(__dirname, 'src-renderer/src/preboot.ts'),
        },
        // Separate files for React and Lexical: the browser downloads and compiles them side by side
        // off the main thread, instead of one long script after another.
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
                priority: 3,
              },
              { name: 'lexical', test: /node_modules[\\/](lexical|@lexical)[\\/]/, priority: 2 },
            ],
          },
        },
      },
    },
  },
});
