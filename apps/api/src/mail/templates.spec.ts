import { renderMail } from './templates';

describe('renderMail', () => {
  const params = { name: 'Amina', municipality: 'Norrtälje', hours: '72', minutes: '60', link: 'http://x/invitation/abc' };

  it('writes the invitation in the recipient language with the link', () => {
    const sv = renderMail('invitation', 'sv', params);
    expect(sv.subject).toContain('Norrtälje');
    expect(sv.text).toContain('http://x/invitation/abc');
    expect(sv.text).toContain('72 timmar');
    const ar = renderMail('invitation', 'ar', params);
    expect(ar.html).toContain('dir="rtl"');
    expect(ar.subject).toContain('مدعو');
  });

  it('escapes names in HTML', () => {
    const m = renderMail('password-reset', 'en', { ...params, name: '<b>x</b>' });
    expect(m.html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(m.html).not.toContain('<b>x</b>');
  });
});
