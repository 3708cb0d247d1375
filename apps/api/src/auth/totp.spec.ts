import { base32Decode, base32Encode, totpCode, verifyTotp, generateTotpSecret } from './totp';

// RFC 6238 appendix B: secret "12345678901234567890" (SHA1).
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors (last six digits)', () => {
    expect(totpCode(rfcSecret, 59_000, 8)).toBe('94287082');
    expect(totpCode(rfcSecret, 1_111_111_109_000, 8)).toBe('07081804');
    expect(totpCode(rfcSecret, 2_000_000_000_000, 8)).toBe('69279037');
    expect(totpCode(rfcSecret, 59_000)).toBe('287082');
  });

  it('round-trips base32', () => {
    const buf = Buffer.from([0, 1, 2, 250, 251, 252, 253]);
    expect(base32Decode(base32Encode(buf))).toEqual(buf);
  });

  it('accepts one step of drift, not two, and refuses junk', () => {
    const secret = generateTotpSecret();
    const now = 1_700_000_000_000;
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, now - 90_000), now)).toBe(false);
    expect(verifyTotp(secret, 'abcdef', now)).toBe(false);
    expect(verifyTotp(secret, '12345', now)).toBe(false);
  });
});
