import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

function memoryIo() {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readText: (path) => readFile(path, 'utf8'),
  };
  return { io, out: () => out, err: () => err };
}

interface JsonFinding {
  rule: string;
  family: string;
  status: string;
}

const FAMILIES = ['environment', 'social', 'reserved', 'advance', 'allotment', 'materials'] as const;

describe('CLI on the rule families of issue #3', () => {
  it('`clausier rules --json` lists the rules of every family with their examples', async () => {
    const m = memoryIo();
    expect(await run(['rules', '--json'], m.io)).toBe(0);
    const { rules } = JSON.parse(m.out()) as { rules: Array<{ id: string; family: string; examples: unknown[] }> };
    for (const family of FAMILIES) {
      const ofFamily = rules.filter((r) => r.family === family);
      expect(ofFamily.length, family).toBeGreaterThan(0);
      for (const r of ofFamily) expect(r.examples.length, r.id).toBeGreaterThan(0);
    }
  });

  it.each(FAMILIES)('`clausier check examples/contracts/%s.json` evaluates the family and passes its rules', async (family) => {
    const m = memoryIo();
    const code = await run(['check', `examples/contracts/${family}.json`, '--json', '--as-of', '2026-11-23'], m.io);
    expect(m.err()).toBe('');
    const { results } = JSON.parse(m.out()) as { results: Array<{ contract: string; findings: JsonFinding[] }> };
    const ofFamily = results.flatMap((r) => r.findings.filter((f) => f.family === family));
    expect(ofFamily.length).toBeGreaterThan(0);
    expect(ofFamily.filter((f) => f.status === 'fail')).toEqual([]);
    expect(ofFamily.some((f) => f.status === 'pass')).toBe(true);
    expect(code).toBe(0);
  });

  it('exits 1 when one of the new rules fails', async () => {
    const contract = {
      id: 'x',
      kind: 'contract',
      procedure: 'open',
      dates: { consultationLaunch: '2026-08-21' },
      award: { priceOnly: true },
    };
    const m = memoryIo();
    m.io.readText = async () => JSON.stringify(contract);
    expect(await run(['check', '-', '--rules', 'environment.award-method', '--lang', 'en'], m.io)).toBe(1);
    expect(m.out()).toMatch(/price/);
  });
});
