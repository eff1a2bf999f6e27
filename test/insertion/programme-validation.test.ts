import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type InputProblem, parseInsertionProgramme } from '../../src/index.js';

const base = () => ({
  id: 'p',
  start: '2025-01-01',
  end: '2026-12-31',
  buckets: [
    { id: 'works', targetHours: '365', deadline: '2025-12-31' },
    { id: 'services', targetHours: 100, start: '2025-07-01', deadline: '2026-12-31' },
  ],
  realised: [{ date: '2025-03-31', bucket: 'works', hours: '90', public: 'long-term-jobseeker' }],
});

function problems(input: unknown): InputProblem[] {
  const r = parseInsertionProgramme(input);
  if (r.ok) throw new Error('expected problems');
  return [...r.problems];
}

describe('parseInsertionProgramme', () => {
  it('accepts the shipped Contrat Ambition Logement example', () => {
    const r = parseInsertionProgramme(JSON.parse(readFileSync('examples/insertion/contrat-ambition-logement.json', 'utf8')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.start).toBe('2023-01-01');
    expect(r.value.end).toBe('2057-12-31');
    expect(r.value.buckets.map((b) => [b.id, b.targetHours, b.deadline])).toEqual([
      ['works', '400000', '2029-12-31'],
      ['services', '150000', '2057-12-31'],
    ]);
  });

  it('reads hours given as numbers or strings canonically', () => {
    const r = parseInsertionProgramme(base());
    expect(r.ok && r.value.buckets[1]?.targetHours).toBe('100');
  });

  it.each([
    [
      'negative hours',
      (p: ReturnType<typeof base>) => ((p.realised[0] as { hours: unknown }).hours = '-5'),
      '$.realised[0].hours',
      'negative-hours',
    ],
    [
      'negative number of hours',
      (p: ReturnType<typeof base>) => ((p.realised[0] as { hours: unknown }).hours = -0.5),
      '$.realised[0].hours',
      'negative-hours',
    ],
    [
      'negative target',
      (p: ReturnType<typeof base>) => ((p.buckets[0] as { targetHours: unknown }).targetHours = '-1'),
      '$.buckets[0].targetHours',
      'negative-hours',
    ],
    [
      'unreadable hours',
      (p: ReturnType<typeof base>) => ((p.realised[0] as { hours: unknown }).hours = '12h'),
      '$.realised[0].hours',
      'hours',
    ],
    [
      'realised entry before the programme',
      (p: ReturnType<typeof base>) => ((p.realised[0] as { date: string }).date = '2024-12-31'),
      '$.realised[0].date',
      'outside-programme',
    ],
    [
      'realised entry after the programme',
      (p: ReturnType<typeof base>) => ((p.realised[0] as { date: string }).date = '2027-01-01'),
      '$.realised[0].date',
      'outside-programme',
    ],
    [
      'realised entry before its bucket starts',
      (p: ReturnType<typeof base>) => p.realised.push({ date: '2025-06-30', bucket: 'services', hours: '1', public: 'iae-pathway' }),
      '$.realised[1].date',
      'before-bucket-start',
    ],
    [
      'bucket without deadline',
      (p: ReturnType<typeof base>) => delete (p.buckets[0] as { deadline?: string }).deadline,
      '$.buckets[0].deadline',
      'bucket-without-deadline',
    ],
    [
      'malformed deadline',
      (p: ReturnType<typeof base>) => ((p.buckets[0] as { deadline: string }).deadline = '2025-02-30'),
      '$.buckets[0].deadline',
      'date',
    ],
    [
      'deadline after the programme',
      (p: ReturnType<typeof base>) => ((p.buckets[0] as { deadline: string }).deadline = '2027-01-01'),
      '$.buckets[0].deadline',
      'deadline-outside',
    ],
    [
      'deadline before the bucket start',
      (p: ReturnType<typeof base>) => ((p.buckets[1] as { deadline: string }).deadline = '2025-06-30'),
      '$.buckets[1].deadline',
      'deadline-outside',
    ],
    [
      'bucket start before the programme',
      (p: ReturnType<typeof base>) => ((p.buckets[1] as { start: string }).start = '2024-06-30'),
      '$.buckets[1].start',
      'outside-programme',
    ],
    [
      'hours attributed to an unknown bucket',
      (p: ReturnType<typeof base>) => ((p.realised[0] as { bucket: string }).bucket = 'wroks'),
      '$.realised[0].bucket',
      'unknown-bucket',
    ],
    [
      'duplicate bucket',
      (p: ReturnType<typeof base>) => p.buckets.push({ id: 'works', targetHours: '1', deadline: '2025-12-31' }),
      '$.buckets[2].id',
      'duplicate-bucket',
    ],
    [
      'unknown public',
      (p: ReturnType<typeof base>) => ((p.realised[0] as { public: string }).public = 'retired'),
      '$.realised[0].public',
      'public',
    ],
    ['end before start', (p: ReturnType<typeof base>) => (p.end = '2024-12-31'), '$.end', 'end-before-start'],
    ['no bucket', (p: ReturnType<typeof base>) => p.buckets.splice(0), '$.buckets', 'no-bucket'],
    ['unknown field', (p: ReturnType<typeof base>) => Object.assign(p, { budget: 3 }), '$', 'unrecognized_keys'],
  ])('%s → a problem at its path', (_label, mutate, path, code) => {
    const p = base();
    mutate(p);
    const found = problems(p);
    expect(found).toContainEqual(expect.objectContaining({ path, code }));
    for (const f of found) {
      expect(f.message.fr.length).toBeGreaterThan(5);
      expect(f.message.en.length).toBeGreaterThan(5);
    }
  });

  it('names the unknown bucket and the known ones, in French and English', () => {
    const p = base();
    (p.realised[0] as { bucket: string }).bucket = 'wroks';
    const [found] = problems(p);
    expect(found?.message.en).toBe('hours attributed to an unknown bucket "wroks" (buckets: "works", "services")');
    expect(found?.message.fr).toMatch(/enveloppe inconnue "wroks"/);
  });

  it('checks contract references only when contracts are listed, and duplicate contracts', () => {
    const p = { ...base(), realised: [{ date: '2025-03-31', bucket: 'works', hours: '1', public: 'iae-pathway', contract: 'C-9' }] };
    expect(parseInsertionProgramme(p).ok).toBe(true);
    const withList = {
      ...p,
      contracts: [
        { id: 'C-1', nature: 'services', notification: '2025-02-01', insertionClause: true },
        { id: 'C-1', nature: 'works', notification: '2025-02-01', insertionClause: true },
      ],
    };
    expect(problems(withList)).toEqual([
      expect.objectContaining({ path: '$.contracts[1].id', code: 'duplicate-contract' }),
      expect.objectContaining({ path: '$.realised[0].contract', code: 'unknown-contract' }),
    ]);
  });

  it('reports every problem at once, never throws on any JSON value', () => {
    const p = base();
    (p.realised[0] as { hours: unknown }).hours = '-5';
    delete (p.buckets[1] as { deadline?: string }).deadline;
    expect(problems(p).map((x) => x.path)).toEqual(['$.buckets[1].deadline', '$.realised[0].hours']);
    for (const v of [null, 3, 'x', [], {}]) expect(parseInsertionProgramme(v).ok).toBe(false);
  });
});
