/** A span of time split into whole units, for a countdown. */
export interface DurationParts {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Splits a non-negative span (ms) into days/hours/minutes/seconds, rounding down. */
export function durationParts(ms: number): DurationParts {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
  };
}

/** An HTML valid duration string for `<time datetime>`: "P6DT11H59M0S". */
export function htmlDuration({ days, hours, minutes, seconds }: DurationParts): string {
  return `P${days}DT${hours}H${minutes}M${seconds}S`;
}
