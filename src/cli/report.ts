import type { ConferenceData, Problem } from '../data/types.js';
import type { LintFinding, LintRule } from '../lint/lint.js';

/**
 * What `conf-widgets validate` says about one file, as text lines for people and as
 * JSON for tools. Every problem the normaliser finds is an error here — a skipped
 * item is still a mistake in the organiser's file — except a dropped optional field
 * (its item is still shown), which is a warning, as lint findings are.
 */

export interface Finding {
  readonly severity: 'error' | 'warning';
  /** JSON path, e.g. `dates[2].at`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
  /**
   * `invalid`: the file cannot be used at all; `skipped`: the widgets leave this item
   * out and show the rest; `dropped`: they leave this optional field out and show its
   * item; `lint`: valid, but probably not what was meant.
   */
  readonly kind: 'invalid' | 'skipped' | 'dropped' | 'lint';
  readonly rule?: LintRule;
  readonly hint?: string;
}

export interface FileReport {
  /** The input as given on the command line. */
  readonly input: string;
  readonly url?: string;
  readonly status: 'valid' | 'invalid' | 'unreadable';
  readonly findings: readonly Finding[];
  /** What the file holds, for a valid (or partly valid) file. */
  readonly counts?: Readonly<
    Record<'dates' | 'committees' | 'members' | 'tiers' | 'sponsors' | 'topics', number>
  > & {
    /** A collection file: how many conferences it lists. */
    readonly conferences?: number;
  };
  /** Why an unreadable input could not be read. */
  readonly error?: { readonly reason: string; readonly message: string };
}

export function fileReport(
  input: string,
  url: string | undefined,
  data: ConferenceData | undefined,
  problems: readonly Problem[],
  lint: readonly LintFinding[],
): FileReport {
  const findings: Finding[] = [
    ...problems.map((problem): Finding => ({
      severity: problem.dropped ? 'warning' : 'error',
      path: problem.path,
      message: problem.message,
      kind: problem.severity === 'error' ? 'invalid' : problem.dropped ? 'dropped' : 'skipped',
    })),
    ...lint.map((finding): Finding => ({
      severity: 'warning',
      path: finding.path,
      message: finding.message,
      kind: 'lint',
      rule: finding.rule,
      hint: finding.hint,
    })),
  ];
  return {
    input,
    url,
    status: !data || problems.some((problem) => !problem.dropped) ? 'invalid' : 'valid',
    findings,
    counts: data && {
      dates: data.dates.length,
      committees: data.committees.length,
      members: data.committees.reduce((sum, committee) => sum + committee.members.length, 0),
      tiers: data.sponsors.tiers.length,
      sponsors: data.sponsors.tiers.reduce((sum, tier) => sum + tier.sponsors.length, 0),
      topics: data.topics.length,
    },
  };
}

export function unreadableReport(input: string, reason: string, message: string): FileReport {
  return { input, status: 'unreadable', findings: [], error: { reason, message } };
}

/** ANSI styles, or none (stdout is not a terminal, or NO_COLOR). */
export interface Style {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) =>
  `\x1b[${open}m${text}\x1b[${close}m`;

export const COLOR: Style = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  green: ansi(32, 39),
  bold: ansi(1, 22),
  dim: ansi(2, 22),
};

const same = (text: string) => text;
export const PLAIN: Style = { red: same, yellow: same, green: same, bold: same, dim: same };

/**
 * One line per finding, then one summary line:
 *
 *     error    dates[2].at: "2022-13-01" is not a date
 *     warning  dates[0].timeZone: "UTC−7" is a fixed offset; … — if the place … [fixed-offset]
 *     data.json: invalid, 1 error, 1 warning
 */
export function textLines(report: FileReport, style: Style): string[] {
  if (report.error) return [`${style.red('error  ')}  ${report.error.message}`];
  const lines = report.findings.map((finding) => {
    const label = finding.severity === 'error' ? style.red('error  ') : style.yellow('warning');
    const where = finding.path ? `${style.bold(finding.path)}: ` : '';
    const extra = finding.hint ? style.dim(` — ${finding.hint} [${finding.rule}]`) : '';
    return `${label}  ${where}${finding.message}${extra}`;
  });
  lines.push(summaryLine(report, style));
  return lines;
}

function summaryLine(report: FileReport, style: Style): string {
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const tally = [
    errors ? plural(errors, 'error') : '',
    warnings ? plural(warnings, 'warning') : '',
  ].filter(Boolean);
  const held = report.counts
    ? ` (${[
        report.counts.conferences !== undefined
          ? plural(report.counts.conferences, 'conference')
          : '',
        plural(report.counts.dates, 'date'),
        report.counts.committees ? plural(report.counts.committees, 'committee') : '',
        report.counts.sponsors ? plural(report.counts.sponsors, 'sponsor') : '',
        report.counts.topics ? plural(report.counts.topics, 'topic') : '',
      ]
        .filter(Boolean)
        .join(', ')})`
    : '';
  return report.status === 'valid'
    ? `${report.input}: ${style.green('valid')}${tally.length ? `, ${tally.join(', ')}` : ''}${held}`
    : `${report.input}: ${style.red('invalid')}, ${tally.join(', ')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
