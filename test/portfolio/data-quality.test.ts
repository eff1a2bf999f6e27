import { describe, expect, it } from 'vitest';
import { addFileProblems, defectClass, emptyFileTally, mergeFileTallies, rejectionClass } from '../../src/portfolio/data-quality.js';

describe('defect classes', () => {
  it('are the reader’s code when given, else the path with array indexes folded', () => {
    expect(defectClass({ path: '$.titulaires[12].id', reason: 'x' })).toBe('$.titulaires[*].id');
    expect(defectClass({ path: '$.montant', reason: 'x', code: 'amount-placeholder' })).toBe('amount-placeholder');
  });

  it('of rejections: the reason’s first words, quoted values left out', () => {
    expect(rejectionClass('invalid JSON: Unexpected token } at position 12')).toBe('invalid JSON');
    expect(rejectionClass('no usable identifier (id)')).toBe('no usable identifier (id)');
    expect(rejectionClass('unexpected member "foo" in a wrapper (expected marche): skipped')).toBe(
      'unexpected member "…" in a wrapper (expected marche)',
    );
    expect(rejectionClass('x'.repeat(300))).toHaveLength(120);
  });

  it('count a record once per class, problems each time', () => {
    const f = emptyFileTally();
    addFileProblems(f, 4, [
      { path: '$.a[0]', reason: 'r' },
      { path: '$.a[1]', reason: 'r' },
      { path: '$.b', reason: 'r' },
    ]);
    addFileProblems(f, 2, [{ path: '$.a[3]', reason: 'r' }]);
    addFileProblems(f, 9, []);
    expect(f.problemRecords).toBe(2);
    expect(f.defects.get('$.a[*]')).toEqual({ count: 3, records: 2, samples: [2, 4] });
    expect(mergeFileTallies(f, f).defects.get('$.a[*]')).toEqual({ count: 6, records: 4, samples: [2, 4] });
  });
});
