import type { CalendarDate } from '../model/calendar-date.js';
import type { Locale } from '../model/localized.js';
import type { CliIo } from './io.js';
import type { OptionValues } from './options.js';

/** What a command receives: the outside world, its arguments and its validated options. */
export interface CommandContext {
  /** Files, standard streams, terminal. */
  readonly io: CliIo;
  /** Positional arguments after the command (their count already checked against the command's table entry). */
  readonly args: readonly string[];
  /** Options given, parsed and validated by the option table; only those the command accepts. */
  readonly values: OptionValues;
  /** Language of messages and outputs (`--lang`, else from the environment, else French). */
  readonly locale: Locale;
  /** The evaluation date: `--as-of`, else today (UTC). Printed in every JSON output. */
  readonly asOf: CalendarDate;
  /** clausier's version, printed in every JSON output. */
  readonly version: string;
}
