import { describe, expect, it } from 'vitest';
import { ANNEX_XIV, ANNEX_XIV_CONFIDENCE, ANNEX_XIV_SOURCE, annexXivEntry } from '../../src/law/annex-xiv.js';

describe('Annex XIV of Directive 2014/24/UE (social and other specific services), as data', () => {
  it('holds 8-digit codes and well-ordered ranges, with its source and confidence', () => {
    expect(ANNEX_XIV.length).toBeGreaterThan(70);
    for (const e of ANNEX_XIV) {
      expect(e.from).toMatch(/^\d{8}$/);
      expect(e.to).toMatch(/^\d{8}$/);
      expect(e.from <= e.to, `${e.from}–${e.to}`).toBe(true);
      expect(e.heading.length).toBeGreaterThan(5);
    }
    expect(ANNEX_XIV_SOURCE.url).toBe('https://eur-lex.europa.eu/eli/dir/2014/24/oj');
    expect(ANNEX_XIV_CONFIDENCE).toBe('unconfirmed');
  });

  it.each([
    ['85000000-9', 'Health, social and related services'], // first end of a range
    ['85323000-9', 'Health, social and related services'], // last end
    ['85311000-2', 'Health, social and related services'], // inside
    ['80000000', 'Administrative social, educational, healthcare and cultural services'],
    ['55524000-9', 'Hotel and restaurant services'],
    ['79430000-7', 'Prison related services, public security and rescue services (to the extent not excluded by Article 10 h)'],
    ['64112000-4', 'Postal services'],
    ['71550000-8', 'Miscellaneous services'],
  ])('%s is in the annex (%s)', (code, heading) => {
    expect(annexXivEntry(code)?.heading).toBe(heading);
  });

  it.each([
    '90910000-9', // cleaning services
    '85324000-6', // one past the end of 85000000–85323000
    '45000000-7', // works
    '98510000-2', // between 98500000 and 98513000: a listed code does not bring its subcodes
    '72000000-5', // IT services
  ])('%s is not in the annex', (code) => {
    expect(annexXivEntry(code)).toBeUndefined();
  });
});
