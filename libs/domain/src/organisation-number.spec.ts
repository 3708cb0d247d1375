import { luhnValid, normaliseOrganisationNumber } from './organisation-number';

describe('organisation numbers', () => {
  it('accepts real-format numbers and normalises them', () => {
    // Skatteverket's own org.nr 202100-5026; a well-known test personnummer 19121212-1212.
    expect(normaliseOrganisationNumber('202100-5026')).toBe('202100-5026');
    expect(normaliseOrganisationNumber('2021005026')).toBe('202100-5026');
    expect(normaliseOrganisationNumber('16 202100-5026')).toBe('202100-5026');
    expect(normaliseOrganisationNumber('19121212-1212')).toBe('121212-1212');
    expect(normaliseOrganisationNumber('121212+1212')).toBe('121212-1212');
  });
  it('refuses a wrong check digit, wrong length, letters and odd centuries', () => {
    expect(normaliseOrganisationNumber('202100-5027')).toBeNull();
    expect(normaliseOrganisationNumber('20210-5026')).toBeNull();
    expect(normaliseOrganisationNumber('abcdef-ghij')).toBeNull();
    expect(normaliseOrganisationNumber('99202100-5026')).toBeNull();
    expect(normaliseOrganisationNumber('')).toBeNull();
  });
  it('computes the Luhn check', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});
