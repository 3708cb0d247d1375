import { createApp } from 'vue';
import App from './App.vue';
import { onSessionLost } from './api/client';
import { installLocale } from './composables/useLocale';
import { i18n } from './modules/i18n';
import { router } from './modules/router';
import './styles/main.css';

installLocale();

// The refresh token was refused (expired, revoked, account deactivated): log in again.
onSessionLost(() => {
  const current = router.currentRoute.value;
  if (current.path === '/login') return;
  void router.push({ path: '/login', query: { redirect: current.fullPath, expired: '1' } });
});

createApp(App).use(i18n).use(router).mount('#app');
