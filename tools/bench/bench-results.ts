import fs from 'node:fs';
import path from 'node:path';

export interface BenchResult {
  metric: string;
  value: number;
  unit: string;
  /** The target, or null where none was set. */
  target: number | null;
  better: 'higher' | 'lower';
}

export function meets(result: BenchResult): boolean | null {
  if (result.target === null) return null;
  return result.better === 'higher' ? result.value >= result.target : result.value <= result.target;
}

/** Prints the table and writes bench-results/<name>.json (git-ignored). */
export function report(name: string, results: BenchResult[], notes: string[] = []): void {
  const rows = results.map((r) => {
    const ok = meets(r);
    return [
      r.metric,
      formatNumber(r.value),
      r.unit,
      r.target === null ? '' : `${r.better === 'higher' ? '≥' : '≤'} ${formatNumber(r.target)}`,
      ok === null ? '' : ok ? 'met' : 'MISSED',
    ];
  });
  const header = ['metric', 'value', 'unit', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const print = (cells: string[]) => console.log(cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
  console.log(`\n${name}`);
  print(header);
  print(widths.map((w) => '-'.repeat(w)));
  rows.forEach(print);
  for (const note of notes) console.log(`  ${note}`);
  const dir = path.resolve(import.meta.dirname, '../../bench-results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to bench-results/${name}.json`);
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}
