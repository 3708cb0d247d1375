import { conversion, genderColumn, median, share, tallyPeople } from './counts';

describe('share', () => {
  it('is percent with one decimal, halves rounded up', () => {
    expect(share(1, 3)).toBe(33.3);
    expect(share(2, 3)).toBe(66.7);
    expect(share(1, 8)).toBe(12.5);
    expect(share(1, 16)).toBe(6.3);
    expect(share(3, 80)).toBe(3.8);
    expect(share(57, 2000)).toBe(2.9);
    expect(share(7, 7)).toBe(100);
    expect(share(3, 2)).toBe(150);
    expect(share(0, 5)).toBe(0);
  });
  it('is null when the denominator is 0 or either is missing', () => {
    expect(share(5, 0)).toBeNull();
    expect(share(0, 0)).toBeNull();
    expect(share(null, 5)).toBeNull();
    expect(share(5, null)).toBeNull();
  });
});

describe('genderColumn', () => {
  it('female → women, male → men, everything else → other/unknown', () => {
    expect(genderColumn('female')).toBe('women');
    expect(genderColumn('male')).toBe('men');
    expect(genderColumn('other')).toBe('otherUnknown');
    expect(genderColumn('unknown')).toBe('otherUnknown');
    expect(genderColumn('')).toBe('otherUnknown');
    expect(genderColumn(null)).toBe('otherUnknown');
  });
});

describe('tallyPeople', () => {
  it('counts each person once, in the column of their last row', () => {
    expect(
      tallyPeople([
        { person: 'p1', gender: 'female' },
        { person: 'p2', gender: 'male' },
        { person: 'p1', gender: 'female' },
        { person: 'p3', gender: 'other' },
        { person: 'p4', gender: 'unknown' },
        { person: 'p5', gender: 'male' },
        { person: 'p5', gender: 'female' },
      ]),
    ).toEqual({ women: 2, men: 1, otherUnknown: 2, total: 5 });
  });
  it('a correction the other way moves the person too', () => {
    expect(tallyPeople([{ person: 'p1', gender: 'female' }, { person: 'p1', gender: 'male' }])).toEqual({ women: 0, men: 1, otherUnknown: 0, total: 1 });
  });
  it('no rows: all zero', () => {
    expect(tallyPeople([])).toEqual({ women: 0, men: 0, otherUnknown: 0, total: 0 });
  });
});

describe('median', () => {
  it('the middle value, or the mean of the two middle ones, sorted by number (not as text)', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([100, 9, 25, 3])).toBe(17);
    expect(median([7, 7])).toBe(7);
  });
  it('leaves the input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('conversion', () => {
  it('each stage as a share of the one before; none for the first stage, after a 0 or a hidden value', () => {
    expect(conversion([100, 50, 25, 0, 0])).toEqual([null, 50, 50, 0, null]);
    expect(conversion([3, 2, 1])).toEqual([null, 66.7, 50]);
    expect(conversion([20, null, 5])).toEqual([null, null, null]);
    expect(conversion([10])).toEqual([null]);
    expect(conversion([])).toEqual([]);
  });
});
