// Builds every bundle: the extension (Node, CommonJS, `vscode` external), the CLI, the webview
// scripts (browser), and a plain transpile of sources and tests into out/ for mocha.
// `--production` minifies the shipped bundles and leaves out source maps.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');

function tsFilesUnder(dir) {
  const found = [];
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...tsFilesUnder(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

const shipped = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

rmSync('dist', { recursive: true, force: true });
rmSync('out', { recursive: true, force: true });

await Promise.all([
  esbuild.build({
    ...shipped,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    external: ['vscode'],
  }),
  esbuild.build({
    ...shipped,
    entryPoints: ['src/managers/scanWorker.ts'],
    outfile: 'dist/scanWorker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  }),
  esbuild.build({
    ...shipped,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
  }),
  esbuild.build({
    ...shipped,
    entryPoints: { romInfo: 'src/webviews/browser/romInfo.ts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  }),
  esbuild.build({
    entryPoints: [...tsFilesUnder('src'), ...tsFilesUnder('test'), ...tsFilesUnder('bench')],
    outdir: 'out',
    outbase: '.',
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    logLevel: 'warning',
  }),
]);
