import type { When } from '../time/when.js';
import type { Zone } from '../time/zone.js';

/**
 * The data file after validation and normalisation: every widget reads this, never
 * raw JSON. Times are resolved to instants, URLs are safe and absolute (or
 * relative), bad items are gone.
 */
export interface ConferenceData {
  readonly conference: ConferenceInfo;
  /** In file order; widgets sort by time where they need to. */
  readonly dates: readonly ConfDate[];
  readonly committees: readonly Committee[];
  readonly sponsors: Sponsors;
  readonly topics: readonly string[];
  readonly cfp?: Cfp;
}

/** `conference` as every widget has it; its zone is read with the dates (`ConferenceInfo`). */
export interface ConferenceHead {
  readonly name: string;
  readonly shortName?: string;
  readonly url?: string;
  /** Whether `timeZone` was written in the file, rather than the AoE default. */
  readonly timeZoneGiven: boolean;
  readonly start?: string;
  readonly end?: string;
  readonly venue?: string;
  /** Short unique id, e.g. "mlsys22". */
  readonly id?: string;
  /** Lowercase words, for `<conf-deadlines tags>`; a collection entry's tags are added. */
  readonly tags?: readonly string[];
}

export interface ConferenceInfo extends ConferenceHead {
  /** The default zone of the file's dates. */
  readonly timeZone: Zone;
}

export interface ConfDate {
  readonly id: string;
  readonly label: string;
  readonly when: When;
  /** Earlier values of `when`, oldest first; non-empty means the date was extended. */
  readonly previously: readonly When[];
  /** false for events (a notification, the conference itself), true for deadlines. */
  readonly deadline: boolean;
  /** abstract, paper, rebuttal, … (lowercase), when the file says. */
  readonly kind?: string;
  /** The zone the date is written in: its own `timeZone`, else the conference's. */
  readonly zone: Zone;
  /** Whether `zone` came from the date or conference (false: only the AoE default). */
  readonly zoneGiven: boolean;
  /** Position in the file's `dates` list, for messages that name its JSON path (`dates[3]`). */
  readonly index?: number;
  /** `at` as written, for tools that lint the file. */
  readonly at: string;
  readonly url?: string;
  readonly note?: string;
}

export interface Link {
  readonly label: string;
  readonly url?: string;
}

export interface Member {
  readonly name: string;
  readonly role?: string;
  readonly affiliation?: string;
  readonly email?: string;
  readonly url?: string;
  readonly photo?: string;
}

export interface Committee {
  readonly id: string;
  readonly title: string;
  readonly members: readonly Member[];
  readonly links: readonly Link[];
}

export interface Sponsor {
  readonly name: string;
  readonly url?: string;
  readonly logo?: string;
  readonly logoDark?: string;
}

export interface SponsorTier {
  readonly id: string;
  readonly label: string;
  readonly sponsors: readonly Sponsor[];
}

export interface SponsorCall {
  readonly label: string;
  readonly url?: string;
  readonly open: boolean;
  readonly note?: string;
}

export interface Sponsors {
  readonly tiers: readonly SponsorTier[];
  readonly call?: SponsorCall;
}

export interface Submission {
  readonly pageLimit?: number;
  readonly pageLimitNote?: string;
  readonly anonymous?: boolean;
  readonly format?: string;
  readonly styleUrl?: string;
  readonly submitUrl?: string;
}

export interface Cfp {
  readonly title?: string;
  readonly summary?: string;
  readonly venue?: string;
  /** Ids of `dates`, in display order; unknown ids are already dropped. */
  readonly deadlines: readonly string[];
  readonly submission?: Submission;
}

/** Something wrong in a data file, located by its JSON path: `dates[2].at`. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  /** `error`: the file cannot be used. `warning`: the item or field was skipped. */
  readonly severity: 'error' | 'warning';
  /** Only an optional field was left out (a warning): the item that holds it is shown. */
  readonly dropped?: boolean;
}

export function describeProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
