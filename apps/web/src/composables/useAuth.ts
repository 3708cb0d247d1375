import { computed, readonly, shallowRef } from 'vue';
import type { Me, TokenPair } from '@jobbrygga/domain';
import * as authApi from '../api/auth';
import { verifyEmployerEmail as verifyEmail } from '../api/employers';
import { onSessionLost, refreshSession, tokens } from '../api/client';

/** The logged-in user, shared by the whole app. */
const me = shallowRef<Me | null>(null);
let restoring: Promise<void> | null = null;

onSessionLost(() => {
  me.value = null;
});

async function startSession(pair: TokenPair): Promise<Me> {
  tokens.store(pair);
  try {
    me.value = await authApi.fetchMe();
  } catch (error) {
    tokens.clear();
    throw error;
  }
  return me.value;
}

/**
 * After a reload only the refresh token is left (sessionStorage); trade it for a new access
 * token and load the user. Runs once; the router waits for it before the first page.
 */
function restoreSession(): Promise<void> {
  restoring ??= (async () => {
    if (!tokens.refreshToken()) return;
    if ((await refreshSession()) !== 'ok') return;
    try {
      me.value = await authApi.fetchMe();
    } catch {
      me.value = null;
    }
  })();
  return restoring;
}

async function login(request: authApi.LoginRequest): Promise<Me> {
  return startSession(await authApi.login(request));
}

async function acceptInvitation(token: string, password: string): Promise<Me> {
  return startSession(await authApi.acceptInvitation(token, password));
}

/** The link in an employer's confirmation e-mail: confirms the address and logs the contact in. */
async function verifyEmployerEmail(token: string): Promise<Me> {
  return startSession(await verifyEmail(token));
}

async function logout(): Promise<void> {
  const refreshToken = tokens.refreshToken();
  try {
    if (refreshToken) await authApi.logout(refreshToken);
  } catch {
    // The session ends here anyway; the server lets the refresh token expire.
  } finally {
    tokens.clear();
    me.value = null;
  }
}

async function reloadMe(): Promise<Me> {
  me.value = await authApi.fetchMe();
  return me.value;
}

async function updateMe(update: authApi.MeUpdate): Promise<Me> {
  me.value = await authApi.updateMe(update);
  return me.value;
}

export function useAuth() {
  return {
    me: readonly(me),
    isLoggedIn: computed(() => me.value !== null),
    restoreSession,
    login,
    acceptInvitation,
    verifyEmployerEmail,
    logout,
    reloadMe,
    updateMe,
  };
}
