import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults with no environment at all', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.loadDemoData).toBe(true);
    expect(c.demoPassword).toBe('jobbrygga-demo');
  });

  it('names the variable when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres/);
    expect(() => loadConfig({ MEILI_URL: 'http://m:7700' })).toThrow(/MEILI_MASTER_KEY must be set/);
    expect(() => loadConfig({ SMTP_URL: 'not a url' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOAD_DEMO_DATA: 'maybe' })).toThrow(/LOAD_DEMO_DATA must be true or false/);
  });

  it('requires a real JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).loadDemoData).toBe(false);
  });

  it('uses external services when their URLs are set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/j', MEILI_URL: 'http://meili:7700', MEILI_MASTER_KEY: 'k', SMTP_URL: 'smtp://mail:1025' });
    expect(c.databaseUrl).toBe('postgres://u:p@db:5432/j');
    expect(c.meiliUrl).toBe('http://meili:7700');
    expect(c.smtpUrl).toBe('smtp://mail:1025');
  });
});
