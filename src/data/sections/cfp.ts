import { omit } from '../check.js';
import { datesSection } from './dates.js';
import type { Section } from '../file.js';
import { loadTemporal } from '../../time/temporal.js';
import { CfpSchema, SubmissionSchema } from '../schema.js';
import type { Cfp, Submission } from '../types.js';
import { quote } from '../../shared/text.js';

/** `cfp`, its `deadlines` checked against the ids of `dates` (so it reads `dates` too). */
export const cfpSection: Section<Cfp | undefined> = {
  name: 'cfp',
  loadTemporal,
  read(reader, file) {
    const raw = file.raw.cfp;
    if (raw === undefined) return undefined;
    const cfp = reader.check(omit(CfpSchema, ['submission']), raw, 'cfp');
    if (!cfp) return undefined;
    const ids = new Set(file.read(datesSection).map((date) => date.id));
    const deadlines = (cfp.deadlines ?? []).filter((id, index) => {
      if (ids.has(id)) return true;
      reader.skip(`cfp.deadlines[${index}]`, `no date has the id ${quote(id)}`);
      return false;
    });
    let submission: Submission | undefined;
    const rawSubmission = (raw as Record<string, unknown>).submission;
    if (rawSubmission !== undefined) {
      const sub = reader.check(SubmissionSchema, rawSubmission, 'cfp.submission');
      if (sub)
        submission = {
          ...sub,
          styleUrl: reader.url(sub.styleUrl, 'cfp.submission.styleUrl'),
          submitUrl: reader.url(sub.submitUrl, 'cfp.submission.submitUrl'),
        };
    }
    return { title: cfp.title, summary: cfp.summary, venue: cfp.venue, deadlines, submission };
  },
};
