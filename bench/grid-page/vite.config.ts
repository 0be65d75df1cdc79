// Vite config of the grid bench page (npm run bench:grid builds it): a separate entry whose sources
// live under test/renderer/grid/bench-page (DOM code, type-checked by tsconfig.web.json), output in
// out/bench-grid, so nothing of it reaches the app bundle.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const repo = resolve(__dirname, '../..')

export default defineConfig({
  root: resolve(repo, 'test/renderer/grid/bench-page'),
  base: './',
  resolve: { alias: { '@shared': resolve(repo, 'src/shared') } },
  plugins: [vue()],
  logLevel: 'warn',
  build: { outDir: resolve(repo, 'out/bench-grid'), emptyOutDir: true, sourcemap: false }
})
