import { omit } from '../check.js';
import type { Section } from '../file.js';
import { isObject } from '../reader.js';
import { SponsorCallSchema, SponsorSchema, TierSchema } from '../schema.js';
import type { Sponsor, SponsorCall, Sponsors, SponsorTier } from '../types.js';
import { describeType, quote } from '../../shared/text.js';

/** `sponsors`: its tiers (sponsors read one by one) and the sponsorship call. */
export const sponsorsSection: Section<Sponsors> = {
  name: 'sponsors',
  read(reader, file) {
    const raw = file.raw.sponsors;
    if (raw === undefined) return { tiers: [] };
    if (!isObject(raw)) {
      reader.skip('sponsors', `expected an object, got ${describeType(raw)}`);
      return { tiers: [] };
    }
    const tierSources = Array.isArray(raw.tiers) ? (raw.tiers as unknown[]) : [];
    const seen = new Set<string>();
    const tiers = reader.list(
      raw.tiers,
      'sponsors.tiers',
      omit(TierSchema, ['sponsors']),
      (tier, path, index): SponsorTier | undefined => {
        if (seen.has(tier.id)) return reader.skip(`${path}.id`, `duplicate id ${quote(tier.id)}`);
        seen.add(tier.id);
        const source = tierSources[index] as Record<string, unknown>;
        return {
          id: tier.id,
          label: tier.label,
          sponsors: reader.list(
            source.sponsors,
            `${path}.sponsors`,
            SponsorSchema,
            (sponsor, sponsorPath): Sponsor => ({
              name: sponsor.name,
              url: reader.url(sponsor.url, `${sponsorPath}.url`),
              logo: reader.url(sponsor.logo, `${sponsorPath}.logo`),
              logoDark: reader.url(sponsor.logoDark, `${sponsorPath}.logoDark`),
            }),
          ),
        };
      },
    );
    let call: SponsorCall | undefined;
    if (raw.call !== undefined) {
      const parsed = reader.check(SponsorCallSchema, raw.call, 'sponsors.call');
      if (parsed)
        call = {
          label: parsed.label,
          url: reader.url(parsed.url, 'sponsors.call.url'),
          open: parsed.open ?? true,
          note: parsed.note,
        };
    }
    return { tiers, call };
  },
};
