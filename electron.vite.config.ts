import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

const shared = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts'), cli: resolve(__dirname, 'src/main/cli/index.ts') }
      }
    }
  },
  preload: {
    resolve: { alias: shared },
    // sandbox: true preloads cannot require npm modules: bundle everything but electron, as CommonJS.
    build: { externalizeDeps: false, rollupOptions: { external: ['electron'], output: { format: 'cjs' } } }
  },
  renderer: {
    resolve: { alias: shared },
    plugins: [vue()]
  }
})
