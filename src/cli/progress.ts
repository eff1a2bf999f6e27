// The progress line of long commands, on standard error: records read, share of the bytes read and time left.
// On a terminal it is rewritten in place and cleared at the end; with --progress and no terminal, one line per
// second is written instead (a log cannot be rewritten), and nothing is left to clear.

import type { Locale } from '../model/localized.js';
import type { CliIo } from './io.js';

const EVERY_MS_TTY = 250;
const EVERY_MS_LOG = 1000;

/** Counts the bytes of a stream of chunks as they pass; `read()` tells how many went by. */
export function countBytes(chunks: AsyncIterable<string | Uint8Array>): { chunks: AsyncIterable<string | Uint8Array>; read: () => number } {
  let read = 0;
  const encoder = new TextEncoder();
  async function* counted() {
    for await (const chunk of chunks) {
      read += typeof chunk === 'string' ? encoder.encode(chunk).length : chunk.length;
      yield chunk;
    }
  }
  return { chunks: counted(), read: () => read };
}

/** A progress line: call {@link ProgressLine.update} as often as convenient (it throttles) and {@link ProgressLine.end}. */
export class ProgressLine {
  private readonly started: number;
  private lastShown: number;
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly locale: Locale,
    /** Total bytes of the input, `undefined` when unknown (standard input, a pipe). */
    private readonly totalBytes: number | undefined,
    private readonly tty: boolean,
  ) {
    this.started = this.now();
    this.lastShown = this.started;
  }

  private now(): number {
    return this.io.now ? this.io.now() : Date.now();
  }

  /** Shows the line if enough time passed since the last one. */
  update(records: number, bytesRead: number): void {
    const t = this.now();
    if (t - this.lastShown < (this.tty ? EVERY_MS_TTY : EVERY_MS_LOG)) return;
    this.lastShown = t;
    const line = this.line(records, bytesRead, t);
    this.io.err(this.tty ? `\r${line}\u001b[K` : `${line}\n`);
    this.shown = true;
  }

  /** Clears the line (terminal); nothing to clear in a log. */
  end(): void {
    if (this.shown && this.tty) this.io.err('\r\u001b[K');
    this.shown = false;
  }

  /** The text of the line: `1 234 enregistrements · 42 % · reste ~8 s`. */
  line(records: number, bytesRead: number, t = this.now()): string {
    const fr = this.locale === 'fr';
    const count = new Intl.NumberFormat(this.locale === 'fr' ? 'fr-FR' : 'en-GB').format(records);
    const parts = [`${count} ${fr ? 'enregistrements' : 'records'}`];
    const total = this.totalBytes;
    if (total !== undefined && total > 0) {
      const share = Math.min(bytesRead / total, 1);
      parts.push(fr ? `${Math.floor(share * 100)} %` : `${Math.floor(share * 100)}%`);
      const elapsed = (t - this.started) / 1000;
      if (bytesRead > 0 && elapsed >= 1) {
        const left = Math.max(0, Math.round((elapsed * (total - bytesRead)) / bytesRead));
        parts.push(fr ? `reste ~${duration(left)}` : `~${duration(left)} left`);
      }
    } else {
      parts.push(`${(bytesRead / 1e6).toFixed(1).replace('.', fr ? ',' : '.')} ${fr ? 'Mo lus' : 'MB read'}`);
    }
    return parts.join(' · ');
  }
}

const duration = (s: number): string =>
  s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
