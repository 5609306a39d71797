/**
 * A locale `Intl` accepts: the tag itself when valid, else "en". On its own (and
 * re-exported by src/time/format.ts) so that the base element, which every bundle
 * holds, does not pull the date formatting of countdowns and date lists into bundles
 * that show no dates.
 */
export function supportedLocale(tag: string | undefined | null): string {
  if (!tag) return 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
