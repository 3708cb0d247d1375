import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const domainEntry = fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url));
const matchingEntry = fileURLToPath(new URL('../../libs/matching/src/index.ts', import.meta.url));
const reportsEntry = fileURLToPath(new URL('../../libs/reports/src/index.ts', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue()],
  resolve: {
    // The shared types and helpers are compiled from source, so a renamed field breaks the build.
    alias: { '@jobbrygga/domain': domainEntry, '@jobbrygga/matching': matchingEntry, '@jobbrygga/reports': reportsEntry },
  },
  define: {
    // vue-i18n feature flags: Composition API only, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
