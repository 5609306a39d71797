import * as v from 'valibot';
import { quote } from '../shared/text.js';
import { AT_PATTERN } from '../time/when.js';

/**
 * The data file's shape, written once. The runtime validator (`normalize.ts`) checks
 * each item against these schemas, and `conference.schema.json` is generated from
 * them (`npm run schema`), so the two cannot drift apart. What a schema cannot say
 * (a real calendar date, a known time zone, a safe URL) is checked in `normalize.ts`.
 */

const text = (description: string) => v.pipe(v.string(), v.description(description));
const requiredText = (description: string) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.description(description));
const url = (description: string) =>
  v.pipe(
    v.string(),
    v.description(`${description} Only http:, https:, mailto: or relative URLs are used.`),
  );

export const AtSchema = v.pipe(
  v.string(),
  v.regex(AT_PATTERN, (issue) => `${quote(issue.input)} is not a date`),
  v.description(
    'A date "2017-10-20" (the whole day: it passes at 00:00 of the next day in its zone), a wall-clock time "2022-03-18T13:00" in the zone, an exact time with offset and optional zone "2022-03-18T13:00-07:00[America/Los_Angeles]", or "TBD".',
  ),
);

const zone = text(
  'An IANA zone ("Europe/Berlin"), "UTC", a fixed offset ("UTC-12", "UTC+05:30") or "AoE" (Anywhere on Earth, UTC−12).',
);

const day = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, (issue) => `${quote(issue.input)} is not a date (YYYY-MM-DD)`),
);

export const ConferenceInfoSchema = v.object({
  name: requiredText('Full name of the conference or workshop.'),
  shortName: v.optional(text('Short name, e.g. "MLSys 2022".')),
  url: v.optional(url('Home page.')),
  timeZone: v.optional(
    v.pipe(zone, v.description('Default zone for every date in the file. Default: "AoE".')),
  ),
  start: v.optional(v.pipe(day, v.description('First day, YYYY-MM-DD.'))),
  end: v.optional(v.pipe(day, v.description('Last day, YYYY-MM-DD.'))),
  venue: v.optional(text('Where it takes place.')),
});

export const DateSchema = v.object({
  id: requiredText('Unique id, used by `<conf-countdown date>` and `cfp.deadlines`.'),
  label: requiredText('What the date is, e.g. "Camera-ready deadline".'),
  at: AtSchema,
  timeZone: v.optional(v.pipe(zone, v.description('Overrides conference.timeZone for this date.'))),
  deadline: v.optional(
    v.pipe(v.boolean(), v.description('false: an event, not a deadline. Default true.')),
  ),
  previously: v.optional(
    v.pipe(
      v.array(AtSchema),
      v.description('Earlier values of "at" when the date was extended, oldest first.'),
    ),
  ),
  url: v.optional(url('More about this date.')),
  note: v.optional(text('A short note shown with the date.')),
});

export const LinkSchema = v.object({
  label: requiredText('Link text.'),
  url: url('Link target.'),
});

export const MemberSchema = v.object({
  name: requiredText('Full name.'),
  role: v.optional(text('Role; members sharing a role are shown together, in file order.')),
  affiliation: v.optional(text('Institution or company.')),
  email: v.optional(text('Email address (shown as a mailto: link).')),
  url: v.optional(url('Personal page.')),
  photo: v.optional(url('Photo.')),
});

export const CommitteeSchema = v.object({
  id: requiredText('Unique id, used by `<conf-committee committee>`.'),
  title: requiredText('Heading, e.g. "Organizing Committee".'),
  members: v.optional(v.array(MemberSchema)),
  links: v.optional(v.array(LinkSchema)),
});

export const SponsorSchema = v.object({
  name: requiredText("Sponsor name (also the logo's text alternative)."),
  url: v.optional(url('Sponsor site.')),
  logo: v.optional(url('Logo image.')),
  logoDark: v.optional(url('Logo for dark colour schemes.')),
});

export const TierSchema = v.object({
  id: requiredText('Unique id, used by `<conf-sponsors tier>`.'),
  label: requiredText('Tier name, e.g. "Gold".'),
  sponsors: v.optional(v.array(SponsorSchema)),
});

export const SponsorCallSchema = v.object({
  label: requiredText('e.g. "Become a 2024 Sponsor".'),
  url: v.optional(url('Where to apply.')),
  open: v.optional(
    v.pipe(v.boolean(), v.description('Whether applications are taken. Default true.')),
  ),
  note: v.optional(text('e.g. "not currently taking applications".')),
});

export const SponsorsSchema = v.object({
  tiers: v.optional(v.array(TierSchema)),
  call: v.optional(SponsorCallSchema),
});

export const SubmissionSchema = v.object({
  pageLimit: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Maximum pages.')),
  ),
  pageLimitNote: v.optional(text('e.g. "not including references".')),
  anonymous: v.optional(
    v.pipe(v.boolean(), v.description('Whether submissions must be anonymized.')),
  ),
  format: v.optional(text('e.g. "PDF".')),
  styleUrl: v.optional(url('Style files.')),
  submitUrl: v.optional(url('Submission site.')),
});

export const CfpSchema = v.object({
  title: v.optional(text('e.g. "Call for Papers".')),
  summary: v.optional(text('Plain text; a blank line starts a new paragraph.')),
  venue: v.optional(text('e.g. "Held with NIPS 2017, December 8, 2017, Long Beach, California".')),
  deadlines: v.optional(
    v.pipe(v.array(v.string()), v.description('Ids from "dates", in display order.')),
  ),
  submission: v.optional(SubmissionSchema),
});

/** The whole file; used for the JSON Schema and for the input type. */
export const ConferenceFileSchema = v.pipe(
  v.object({
    conference: ConferenceInfoSchema,
    dates: v.optional(v.array(DateSchema)),
    committees: v.optional(v.array(CommitteeSchema)),
    sponsors: v.optional(SponsorsSchema),
    topics: v.optional(v.array(requiredText('A topic.'))),
    cfp: v.optional(CfpSchema),
  }),
  v.title('conf-widgets conference data'),
  v.description(
    'One conference or workshop: its dates, committees, sponsors, topics and call for papers.',
  ),
);

export type ConferenceFile = v.InferInput<typeof ConferenceFileSchema>;
