import {
  array,
  boolean,
  number,
  object,
  omit,
  optional,
  string,
  type Infer,
  type StringSchema,
} from './check.js';
import { quote } from '../shared/text.js';
import { AT_PATTERN } from '../time/when.js';

/**
 * The data file's shape, written once. The runtime validator (`reader.ts` and the
 * sections) checks each item against these schemas, and `conference.schema.json` is
 * generated from them (`npm run schema`), so the two cannot drift apart. What a schema
 * cannot say (a real calendar date, a known time zone, a safe URL) is checked where the
 * sections read the values.
 */

const text = /* @__NO_SIDE_EFFECTS__ */ (description: string) => string({ description });
const requiredText = /* @__NO_SIDE_EFFECTS__ */ (description: string) =>
  string({ trim: true, nonEmpty: true, description });
const url = /* @__NO_SIDE_EFFECTS__ */ (description: string) =>
  string({ description: `${description} Only http:, https:, mailto: or relative URLs are used.` });
const day = /* @__NO_SIDE_EFFECTS__ */ (description: string) =>
  string({
    pattern: /^\d{4}-\d{2}-\d{2}$/,
    mismatch: (input) => `${quote(input)} is not a date (YYYY-MM-DD)`,
    description,
  });
const zone = /* @__NO_SIDE_EFFECTS__ */ (description: string) => text(description);
const tags = /* @__NO_SIDE_EFFECTS__ */ (description: string) =>
  array(requiredText('A lowercase word, e.g. "systems" or "ccf-a".'), { description });

export const AtSchema: StringSchema = string({
  pattern: AT_PATTERN,
  mismatch: (input) => `${quote(input)} is not a date`,
  description:
    'A date "2017-10-20" (the whole day: it passes at 00:00 of the next day in its zone), a wall-clock time "2022-03-18T13:00" in the zone, an exact time with offset and optional zone "2022-03-18T13:00-07:00[America/Los_Angeles]", or "TBD".',
});

export const ConferenceInfoSchema = object({
  name: requiredText('Full name of the conference or workshop.'),
  shortName: optional(text('Short name, e.g. "MLSys 2022".')),
  url: optional(url('Home page.')),
  timeZone: optional(zone('Default zone for every date in the file. Default: "AoE".')),
  start: optional(day('First day, YYYY-MM-DD.')),
  end: optional(day('Last day, YYYY-MM-DD.')),
  venue: optional(text('Where it takes place.')),
  id: optional(requiredText('Short unique id, e.g. "mlsys22"; importers keep the tracker\'s id.')),
  tags: optional(tags('Lowercase words, for `<conf-deadlines tags>`, e.g. ["systems", "ml"].')),
});

export const DateSchema = object({
  id: requiredText('Unique id, used by `<conf-countdown date>` and `cfp.deadlines`.'),
  label: requiredText('What the date is, e.g. "Camera-ready deadline".'),
  at: AtSchema,
  timeZone: optional(zone('Overrides conference.timeZone for this date.')),
  deadline: optional(boolean({ description: 'false: an event, not a deadline. Default true.' })),
  kind: optional(
    requiredText(
      'What kind of date: abstract, paper, supplementary, rebuttal, notification, camera-ready, registration, event or any word. `<conf-deadlines kinds>` filters by it.',
    ),
  ),
  previously: optional(
    array(AtSchema, {
      description: 'Earlier values of "at" when the date was extended, oldest first.',
    }),
  ),
  url: optional(url('More about this date.')),
  note: optional(text('A short note shown with the date.')),
});

/** A date without `previously`, which is read entry by entry. */
export const DateHeadSchema = omit(DateSchema, ['previously']);

export const LinkSchema = object({
  label: requiredText('Link text.'),
  url: url('Link target.'),
});

export const MemberSchema = object({
  name: requiredText('Full name.'),
  role: optional(text('Role; members sharing a role are shown together, in file order.')),
  affiliation: optional(text('Institution or company.')),
  email: optional(text('Email address (shown as a mailto: link).')),
  url: optional(url('Personal page.')),
  photo: optional(url('Photo.')),
});

export const CommitteeSchema = object({
  id: requiredText('Unique id, used by `<conf-committee committee>`.'),
  title: requiredText('Heading, e.g. "Organizing Committee".'),
  members: optional(array(MemberSchema)),
  links: optional(array(LinkSchema)),
});

export const SponsorSchema = object({
  name: requiredText("Sponsor name (also the logo's text alternative)."),
  url: optional(url('Sponsor site.')),
  logo: optional(url('Logo image.')),
  logoDark: optional(url('Logo for dark colour schemes.')),
});

export const TierSchema = object({
  id: requiredText('Unique id, used by `<conf-sponsors tier>`.'),
  label: requiredText('Tier name, e.g. "Gold".'),
  sponsors: optional(array(SponsorSchema)),
});

export const SponsorCallSchema = object({
  label: requiredText('e.g. "Become a 2024 Sponsor".'),
  url: optional(url('Where to apply.')),
  open: optional(boolean({ description: 'Whether applications are taken. Default true.' })),
  note: optional(text('e.g. "not currently taking applications".')),
});

export const SponsorsSchema = object({
  tiers: optional(array(TierSchema)),
  call: optional(SponsorCallSchema),
});

export const SubmissionSchema = object({
  pageLimit: optional(number({ integer: true, min: 1, description: 'Maximum pages.' })),
  pageLimitNote: optional(text('e.g. "not including references".')),
  anonymous: optional(boolean({ description: 'Whether submissions must be anonymized.' })),
  format: optional(text('e.g. "PDF".')),
  styleUrl: optional(url('Style files.')),
  submitUrl: optional(url('Submission site.')),
});

export const CfpSchema = object({
  title: optional(text('e.g. "Call for Papers".')),
  summary: optional(text('Plain text; a blank line starts a new paragraph.')),
  venue: optional(text('e.g. "Held with NIPS 2017, December 8, 2017, Long Beach, California".')),
  deadlines: optional(array(string(), { description: 'Ids from "dates", in display order.' })),
  submission: optional(SubmissionSchema),
});

export const TopicSchema = requiredText('A topic.');

/** The whole file; used for the JSON Schema and for the input type. */
export const ConferenceFileSchema = object(
  {
    conference: ConferenceInfoSchema,
    dates: optional(array(DateSchema)),
    committees: optional(array(CommitteeSchema)),
    sponsors: optional(SponsorsSchema),
    topics: optional(array(TopicSchema)),
    cfp: optional(CfpSchema),
  },
  {
    title: 'conf-widgets conference data',
    description:
      'One conference or workshop: its dates, committees, sponsors, topics and call for papers.',
  },
);

export type ConferenceFile = Infer<typeof ConferenceFileSchema>;

// ---------------------------------------------------------------- collection files

/** `collection`: what marks a file as a collection of conferences (src/data/collection.ts). */
export const CollectionInfoSchema = object(
  {
    name: requiredText('Name of the list, e.g. "Deadlines we track".'),
    url: optional(url('Where the list is kept.')),
    feed: optional(
      url('Its iCalendar feed (`conf-widgets ics`), relative to this file; offered to subscribe.'),
    ),
    source: optional(text('Where the data comes from, e.g. "ccfddl/ccf-deadlines, MIT".')),
    updated: optional(day('When the list was last updated, YYYY-MM-DD.')),
  },
  { description: 'Marks the file as a collection: many conferences, for `<conf-deadlines>`.' },
);

/** An entry of `conferences` that names a data file. */
export const CollectionRefSchema = object(
  {
    src: requiredText('URL of a conference data file, relative to this file.'),
    tags: optional(tags("Tags added to the conference's own.")),
  },
  { description: 'A conference data file, by URL.' },
);

/** Shown in the JSON Schema: a file is a conference data file or a collection. */
export const CollectionFileAbout = {
  description:
    'A collection of conferences: `collection`, and `conferences`, each a data file by URL ({ "src": … }) or inline (the fields of a data file).',
  conferences:
    'The conferences: { "src": "file.json", "tags": […] }, or the fields of a data file inline.',
} as const;
