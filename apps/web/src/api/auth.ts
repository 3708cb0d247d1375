import type { Locale, Me, Role, TokenPair } from '@jobbrygga/domain';
import { apiRequest } from './client';

export interface LoginRequest {
  email: string;
  password: string;
  totpCode?: string;
}

/** What an invitation link tells the person before they choose a password. */
export interface InvitationInfo {
  email: string;
  role: Role;
  displayName: string;
  municipality: { code: string; name: string };
}

export interface MeUpdate {
  locale?: Locale;
  displayName?: string;
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
}

export function login(body: LoginRequest): Promise<TokenPair> {
  return apiRequest<TokenPair>('/auth/login', { method: 'POST', body, auth: false });
}

/** Ends the session on the server; the access token is sent when we still have it. */
export function logout(refreshToken: string): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST', body: { refreshToken }, refreshOnExpiry: false });
}

export function fetchMe(): Promise<Me> {
  return apiRequest<Me>('/auth/me');
}

export function updateMe(body: MeUpdate): Promise<Me> {
  return apiRequest<Me>('/auth/me', { method: 'PATCH', body });
}

export function fetchInvitation(token: string): Promise<InvitationInfo> {
  return apiRequest<InvitationInfo>(`/auth/invitations/${encodeURIComponent(token)}`, { auth: false });
}

export function acceptInvitation(token: string, password: string): Promise<TokenPair> {
  return apiRequest<TokenPair>('/auth/invitations/accept', { method: 'POST', body: { token, password }, auth: false });
}

export function requestPasswordReset(email: string): Promise<void> {
  return apiRequest<void>('/auth/password-reset/request', { method: 'POST', body: { email }, auth: false });
}

export function confirmPasswordReset(token: string, password: string): Promise<void> {
  return apiRequest<void>('/auth/password-reset/confirm', { method: 'POST', body: { token, password }, auth: false });
}

export function startTotpSetup(): Promise<TotpSetup> {
  return apiRequest<TotpSetup>('/auth/totp/setup', { method: 'POST' });
}

export function enableTotp(code: string): Promise<void> {
  return apiRequest<void>('/auth/totp/enable', { method: 'POST', body: { code } });
}

export function disableTotp(code: string): Promise<void> {
  return apiRequest<void>('/auth/totp/disable', { method: 'POST', body: { code } });
}
