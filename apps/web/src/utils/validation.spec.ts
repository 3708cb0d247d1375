import { checkWholeNumber } from './validation';

describe('checkWholeNumber', () => {
  it('takes whole numbers in the range (spaces around are fine) and names the range otherwise', () => {
    expect(checkWholeNumber(' 40 ', 0, 100)).toBeNull();
    expect(checkWholeNumber('0', 0, 100)).toBeNull();
    for (const bad of ['101', '-1', '2.5', 'tio', '1e1x']) expect(checkWholeNumber(bad, 0, 100)).toEqual({ key: 'validation.wholeNumber', params: { min: 0, max: 100 } });
  });

  it('an empty field is "required" only when it must be filled', () => {
    expect(checkWholeNumber('  ', 1, 60)).toBeNull();
    expect(checkWholeNumber('', 1, 60, { required: true })).toEqual({ key: 'validation.required' });
  });
});
