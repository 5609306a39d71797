import * as v from 'valibot';
import {
  AtSchema,
  CfpSchema,
  CommitteeSchema,
  ConferenceInfoSchema,
  DateSchema,
  LinkSchema,
  MemberSchema,
  SponsorCallSchema,
  SponsorSchema,
  SubmissionSchema,
  TierSchema,
} from './schema.js';
import type {
  Cfp,
  Committee,
  ConfDate,
  ConferenceData,
  ConferenceInfo,
  Link,
  Member,
  Problem,
  Sponsor,
  SponsorCall,
  SponsorTier,
  Submission,
} from './types.js';
import { safeUrl } from './url.js';
import { describeType, quote } from '../shared/text.js';
import { loadTemporal, type TemporalNamespace } from '../time/temporal.js';
import { resolveWhen, type When } from '../time/when.js';
import { AOE, parseZone, type Zone } from '../time/zone.js';

export interface NormalizeOptions {
  /** The data file's URL: relative URLs inside it resolve against it. */
  readonly baseUrl?: string;
}

/** Normalised data when the file is usable, and every problem found, each with its path. */
export interface NormalizeResult {
  readonly data?: ConferenceData;
  readonly problems: readonly Problem[];
}

/**
 * Validates and normalises a parsed data file. It never throws: whatever the input,
 * the answer is data, problems, or both. A problem in `conference` (or a file that is
 * not an object) is an `error` and there is no data; a bad item anywhere else is a
 * `warning` and only that item (or field) is skipped.
 */
export async function parseConference(
  input: unknown,
  options: NormalizeOptions = {},
): Promise<NormalizeResult> {
  return normalize(input, await loadTemporal(), options);
}

export function normalize(
  input: unknown,
  temporal: typeof TemporalNamespace,
  options: NormalizeOptions = {},
): NormalizeResult {
  const reader = new Reader(temporal, options.baseUrl);
  try {
    const data = reader.file(input);
    return { data, problems: reader.problems };
  } catch (error) {
    // Defence in depth: a bug of ours must not break the page either.
    reader.problems.push({
      path: '',
      message: `unreadable data: ${String(error)}`,
      severity: 'error',
    });
    return { problems: reader.problems };
  }
}

type Issues = readonly v.BaseIssue<unknown>[];

class Reader {
  readonly problems: Problem[] = [];

  constructor(
    private readonly temporal: typeof TemporalNamespace,
    private readonly baseUrl: string | undefined,
  ) {}

  file(input: unknown): ConferenceData | undefined {
    if (!isObject(input)) {
      this.problems.push({
        path: '',
        message: `expected an object, got ${describeType(input)}`,
        severity: 'error',
      });
      return undefined;
    }
    const conference = this.conference(input.conference);
    if (!conference) return undefined;
    const dates = this.dates(input.dates, conference.timeZone, conference.timeZoneGiven);
    return {
      conference,
      dates,
      committees: this.list(
        input.committees,
        'committees',
        v.omit(CommitteeSchema, ['members', 'links']),
        (committee, path, index) =>
          this.committee(committee, path, (input.committees as Record<string, unknown>[])[index]!),
      ),
      sponsors: this.sponsors(input.sponsors),
      topics: this.list(
        input.topics,
        'topics',
        v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
        (topic) => topic,
      ),
      ...this.cfp(input.cfp, dates),
    };
  }

  private conference(raw: unknown): ConferenceInfo | undefined {
    if (raw === undefined) {
      this.problems.push({ path: 'conference', message: 'is required', severity: 'error' });
      return undefined;
    }
    const parsed = safeParseObject(ConferenceInfoSchema, raw);
    if (!parsed.success) {
      this.report('conference', parsed.issues, 'error');
      return undefined;
    }
    const info = parsed.output;
    let timeZone: Zone = AOE;
    if (info.timeZone !== undefined) {
      const zone = parseZone(info.timeZone);
      if (!zone) {
        this.problems.push({
          path: 'conference.timeZone',
          message: `${quote(info.timeZone)} is not a known time zone`,
          severity: 'error',
        });
        return undefined;
      }
      timeZone = zone;
    }
    return {
      name: info.name,
      shortName: info.shortName,
      url: this.url(info.url, 'conference.url'),
      timeZone,
      timeZoneGiven: info.timeZone !== undefined,
      start: this.day(info.start, 'conference.start'),
      end: this.day(info.end, 'conference.end'),
      venue: info.venue,
    };
  }

  /** A YYYY-MM-DD that is a real calendar date ("2022-13-45" is not), else dropped with a warning. */
  private day(raw: string | undefined, path: string): string | undefined {
    if (raw === undefined) return undefined;
    try {
      return this.temporal.PlainDate.from(raw, { overflow: 'reject' }).toString();
    } catch {
      return this.skip(path, `${quote(raw)} is not a date`);
    }
  }

  private dates(raw: unknown, conferenceZone: Zone, conferenceZoneGiven: boolean): ConfDate[] {
    const seen = new Set<string>();
    // `previously` is read entry by entry: one bad earlier value does not cost the date.
    const sources = Array.isArray(raw) ? (raw as unknown[]) : [];
    return this.list(raw, 'dates', v.omit(DateSchema, ['previously']), (item, path, index) => {
      if (seen.has(item.id)) return this.skip(`${path}.id`, `duplicate id ${quote(item.id)}`);
      let zone = conferenceZone;
      if (item.timeZone !== undefined) {
        const own = parseZone(item.timeZone);
        if (!own)
          return this.skip(`${path}.timeZone`, `${quote(item.timeZone)} is not a known time zone`);
        zone = own;
      }
      const when = this.when(item.at, zone, `${path}.at`);
      if (!when) return undefined;
      seen.add(item.id);
      const previously = this.list(
        (sources[index] as { previously?: unknown }).previously,
        `${path}.previously`,
        AtSchema,
        (at, atPath) => this.when(at, zone, atPath),
      );
      return {
        id: item.id,
        label: item.label,
        when,
        previously,
        deadline: item.deadline ?? true,
        zone,
        zoneGiven: item.timeZone !== undefined || conferenceZoneGiven,
        index,
        at: item.at,
        url: this.url(item.url, `${path}.url`),
        note: item.note,
      };
    });
  }

  private when(at: string, zone: Zone, path: string): When | undefined {
    const result = resolveWhen(at, zone, this.temporal);
    if ('problem' in result) return this.skip(path, result.problem);
    return result.when;
  }

  /** `committee` is the validated head; `source` the raw item, whose lists are read item by item. */
  private committee(
    committee: { id: string; title: string },
    path: string,
    source: Record<string, unknown>,
  ): Committee {
    return {
      id: committee.id,
      title: committee.title,
      members: this.list(source.members, `${path}.members`, MemberSchema, (member, memberPath) =>
        this.member(member, memberPath),
      ),
      links: this.list(source.links, `${path}.links`, LinkSchema, (link, linkPath): Link => ({
        label: link.label,
        url: this.url(link.url, `${linkPath}.url`),
      })),
    };
  }

  private member(raw: v.InferOutput<typeof MemberSchema>, path: string): Member {
    let email = raw.email?.trim();
    if (email !== undefined && !/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+$/.test(email)) {
      this.problems.push({
        path: `${path}.email`,
        message: `${quote(raw.email)} is not an email address`,
        severity: 'warning',
      });
      email = undefined;
    }
    return {
      name: raw.name,
      role: raw.role?.trim() || undefined,
      affiliation: raw.affiliation,
      email,
      url: this.url(raw.url, `${path}.url`),
      photo: this.url(raw.photo, `${path}.photo`),
    };
  }

  private sponsors(raw: unknown): ConferenceData['sponsors'] {
    if (raw === undefined) return { tiers: [] };
    if (!isObject(raw)) {
      this.skip('sponsors', `expected an object, got ${describeType(raw)}`);
      return { tiers: [] };
    }
    const tierSources = Array.isArray(raw.tiers) ? (raw.tiers as unknown[]) : [];
    const seen = new Set<string>();
    const tiers = this.list(
      raw.tiers,
      'sponsors.tiers',
      v.omit(TierSchema, ['sponsors']),
      (tier, path, index): SponsorTier | undefined => {
        if (seen.has(tier.id)) return this.skip(`${path}.id`, `duplicate id ${quote(tier.id)}`);
        seen.add(tier.id);
        const source = tierSources[index] as Record<string, unknown>;
        return {
          id: tier.id,
          label: tier.label,
          sponsors: this.list(
            source.sponsors,
            `${path}.sponsors`,
            SponsorSchema,
            (sponsor, sponsorPath): Sponsor => ({
              name: sponsor.name,
              url: this.url(sponsor.url, `${sponsorPath}.url`),
              logo: this.url(sponsor.logo, `${sponsorPath}.logo`),
              logoDark: this.url(sponsor.logoDark, `${sponsorPath}.logoDark`),
            }),
          ),
        };
      },
    );
    let call: SponsorCall | undefined;
    if (raw.call !== undefined) {
      const parsed = safeParseObject(SponsorCallSchema, raw.call);
      if (parsed.success) {
        call = {
          label: parsed.output.label,
          url: this.url(parsed.output.url, 'sponsors.call.url'),
          open: parsed.output.open ?? true,
          note: parsed.output.note,
        };
      } else {
        this.report('sponsors.call', parsed.issues, 'warning');
      }
    }
    return { tiers, call };
  }

  private cfp(raw: unknown, dates: readonly ConfDate[]): { cfp?: Cfp } {
    if (raw === undefined) return {};
    const parsed = safeParseObject(v.omit(CfpSchema, ['submission']), raw);
    if (!parsed.success) {
      this.report('cfp', parsed.issues, 'warning');
      return {};
    }
    const ids = new Set(dates.map((date) => date.id));
    const deadlines = (parsed.output.deadlines ?? []).filter((id, index) => {
      if (ids.has(id)) return true;
      this.skip(`cfp.deadlines[${index}]`, `no date has the id ${quote(id)}`);
      return false;
    });
    let submission: Submission | undefined;
    const rawSubmission = (raw as Record<string, unknown>).submission;
    if (rawSubmission !== undefined) {
      const sub = safeParseObject(SubmissionSchema, rawSubmission);
      if (sub.success) {
        submission = {
          ...sub.output,
          styleUrl: this.url(sub.output.styleUrl, 'cfp.submission.styleUrl'),
          submitUrl: this.url(sub.output.submitUrl, 'cfp.submission.submitUrl'),
        };
      } else {
        this.report('cfp.submission', sub.issues, 'warning');
      }
    }
    return {
      cfp: {
        title: parsed.output.title,
        summary: parsed.output.summary,
        venue: parsed.output.venue,
        deadlines,
        submission,
      },
    };
  }

  /** Validates each item of a list on its own; a bad item is reported and skipped. */
  private list<TSchema extends v.GenericSchema, TOut>(
    raw: unknown,
    path: string,
    schema: TSchema,
    each: (item: v.InferOutput<TSchema>, path: string, index: number) => TOut | undefined,
  ): TOut[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.skip(path, `expected a list, got ${describeType(raw)}`);
      return [];
    }
    const out: TOut[] = [];
    raw.forEach((item: unknown, index) => {
      const itemPath = `${path}[${index}]`;
      // valibot's object accepts arrays (typeof [] is 'object'), and would then read
      // keys such as `at` from Array.prototype: a list is never an item object.
      if (Array.isArray(item) && schema.type === 'object') {
        this.skip(itemPath, 'expected an object, got a list');
        return;
      }
      const parsed = v.safeParse(schema, item);
      if (!parsed.success) {
        this.report(itemPath, parsed.issues, 'warning');
        return;
      }
      const value = each(parsed.output, itemPath, index);
      if (value !== undefined) out.push(value);
    });
    return out;
  }

  private url(raw: string | undefined, path: string): string | undefined {
    if (raw === undefined) return undefined;
    const safe = safeUrl(raw, this.baseUrl);
    if (safe === undefined)
      this.skip(path, `${quote(raw)} is not an http(s), mailto or relative URL; it is not linked`);
    return safe;
  }

  private skip(path: string, message: string): undefined {
    this.problems.push({ path, message, severity: 'warning' });
    return undefined;
  }

  private report(path: string, issues: Issues, severity: Problem['severity']): void {
    for (const issue of issues) {
      const keys = issue.path?.map((item) => item.key) ?? [];
      const fullPath = keys.reduce<string>(
        (soFar, key) => (typeof key === 'number' ? `${soFar}[${key}]` : `${soFar}.${String(key)}`),
        path,
      );
      this.problems.push({ path: fullPath, message: issueMessage(issue), severity });
    }
  }
}

/** Valibot's issue as a short sentence: "is required", "expected text, got a number". */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return 'is required';
    const expected = {
      string: 'text',
      number: 'a number',
      boolean: 'true or false',
      array: 'a list',
      object: 'an object',
    }[issue.type];
    if (expected)
      return `expected ${expected}, got ${describeType(issue.input)}${typeof issue.input === 'string' || typeof issue.input === 'number' ? ` ${quote(issue.input)}` : ''}`;
  }
  return issue.message;
}

/** `v.safeParse` for an object schema, but a list is not an object (valibot lets arrays through). */
function safeParseObject<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): ReturnType<typeof v.safeParse<TSchema>> {
  if (!Array.isArray(input)) return v.safeParse(schema, input);
  const issue = { kind: 'schema', type: 'object', input, message: '' } as v.BaseIssue<unknown>;
  return { typed: false, success: false, output: input, issues: [issue] } as unknown as ReturnType<
    typeof v.safeParse<TSchema>
  >;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
