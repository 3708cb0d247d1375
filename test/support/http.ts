import { DEMO_PASSWORD } from './constants';

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small HTTP client for tests: JSON in and out, optional token and language. */
export class Api {
  constructor(readonly baseUrl: string) {}

  async request<T = any>(method: string, path: string, opts: { token?: string; body?: unknown; rawBody?: string; lang?: string; headers?: Record<string, string> } = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.lang) headers['accept-language'] = opts.lang;
    let body: string | undefined;
    if (opts.rawBody !== undefined) {
      body = opts.rawBody;
      headers['content-type'] = 'application/json';
    } else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(this.baseUrl + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string, token?: string, lang?: string) {
    return this.request<T>('GET', path, { token, lang });
  }

  post<T = any>(path: string, body: unknown, token?: string, lang?: string) {
    return this.request<T>('POST', path, { body, token, lang });
  }

  patch<T = any>(path: string, body: unknown, token?: string, lang?: string) {
    return this.request<T>('PATCH', path, { body, token, lang });
  }

  put<T = any>(path: string, body: unknown, token?: string, lang?: string) {
    return this.request<T>('PUT', path, { body, token, lang });
  }

  delete<T = any>(path: string, token?: string, lang?: string) {
    return this.request<T>('DELETE', path, { token, lang });
  }

  /** A request whose answer is a file (CSV, XLSX, PDF): the bytes as they came. */
  async raw(method: string, path: string, token?: string, lang?: string): Promise<{ status: number; body: Buffer; headers: Headers }> {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (lang) headers['accept-language'] = lang;
    const res = await fetch(this.baseUrl + path, { method, headers });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }

  /** Logs in and returns the access token; fails the test if login fails. */
  async login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const r = await this.post('/api/auth/login', { email, password });
    if (r.status !== 200 || !r.body.accessToken) throw new Error(`login ${email} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.accessToken as string;
  }
}
