import { negotiateLocale, isRtl } from './locales';
import { errorMessage, fieldMessage } from './errors';

describe('negotiateLocale', () => {
  it('picks the highest-ranked supported language', () => {
    expect(negotiateLocale('de-DE,ar;q=0.9,en;q=0.8')).toBe('ar');
    expect(negotiateLocale('en-GB,en;q=0.9')).toBe('en');
    expect(negotiateLocale('sv-SE')).toBe('sv');
  });
  it('respects q-values over order', () => {
    expect(negotiateLocale('en;q=0.2, ar;q=0.7')).toBe('ar');
  });
  it('returns undefined when nothing is supported', () => {
    expect(negotiateLocale('de,fr;q=0.5')).toBeUndefined();
    expect(negotiateLocale('')).toBeUndefined();
    expect(negotiateLocale('en;q=0')).toBeUndefined();
  });
  it('knows Arabic is right to left', () => {
    expect(isRtl('ar')).toBe(true);
    expect(isRtl('sv')).toBe(false);
  });
});

describe('errorMessage', () => {
  it('fills placeholders in the chosen language', () => {
    expect(errorMessage('TOO_MANY_ATTEMPTS', 'en', { seconds: 30 })).toBe('Too many attempts. Wait 30 seconds and try again.');
    expect(errorMessage('TOO_MANY_ATTEMPTS', 'sv', { seconds: 5 })).toContain('5 sekunder');
  });
  it('translates field problems', () => {
    expect(fieldMessage('email', 'email', 'sv')).toBe('email: måste vara en e-postadress');
    expect(fieldMessage('x', 'no-such-problem', 'en')).toBe('x: has the wrong format');
  });
});
