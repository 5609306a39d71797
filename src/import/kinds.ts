/**
 * Round names → the `kind` of a date (spec §2: abstract | paper | supplementary |
 * rebuttal | notification | camera-ready | registration | event | any word), and
 * whether the round is a deadline or an event (`"deadline": false`).
 *
 * Hugging Face names rounds by a `type` key; ccfddl and the free-text labels name them
 * in many spellings ("Submission deadline", "Abstracts Due", "Final Copy Deadline").
 */
export interface RoundKind {
  readonly kind: string;
  /** false: something that happens (a notification, reviews released), not a deadline. */
  readonly deadline: boolean;
}

const deadline = (kind: string): RoundKind => ({ kind, deadline: true });
const event = (kind: string): RoundKind => ({ kind, deadline: false });

/** Hugging Face's `type` values, as seen in the tracker. */
const TYPES: Readonly<Record<string, RoundKind>> = {
  abstract: deadline('abstract'),
  paper: deadline('paper'),
  submission: deadline('paper'),
  supplementary: deadline('supplementary'),
  notification: event('notification'),
  'first-notification': event('notification'),
  'final-notification': event('notification'),
  camera_ready: deadline('camera-ready'),
  'camera-ready': deadline('camera-ready'),
  rebuttal_start: event('rebuttal'),
  rebuttal_end: deadline('rebuttal'),
  rebuttal: deadline('rebuttal'),
  author_response: deadline('rebuttal'),
  rebuttal_and_revision: deadline('rebuttal'),
  review_release: event('reviews'),
  registration: deadline('registration'),
  reviewer_registration: deadline('registration'),
  commitment_deadline: deadline('commitment'),
  withdrawal: deadline('withdrawal'),
  'revision-deadline': deadline('revision'),
};

/** A tracker's round type (`camera_ready`); undefined when it is not one we know. */
export function kindOfType(type: string): RoundKind | undefined {
  return TYPES[type.trim().toLowerCase()];
}

/** A free-text round name ("Paper Notification", "Abstracts Due"); undefined when it names no round. */
export function kindOfName(name: string): RoundKind | undefined {
  const text = name.toLowerCase();
  if (/camera|final (?:version|copy)|paper final version|final manuscript/.test(text))
    return deadline('camera-ready');
  if (/\bnotification|\bdecisions?\b|\bacceptance\b|\brejection/.test(text))
    return event('notification');
  if (/reviews? (?:release|available)|reviews released/.test(text)) return event('reviews');
  if (/rebuttal|author (?:response|feedback)|response period|discussion period/.test(text))
    return /\b(?:start|starts|begin|begins|opens?)\b/.test(text)
      ? event('rebuttal')
      : deadline('rebuttal');
  if (/supplement/.test(text)) return deadline('supplementary');
  if (/regist/.test(text) && !/abstract/.test(text))
    // "Early registration", "Author registration" are for attending; a paper's or a
    // round's registration ("Spring Registration Deadline") is its abstract deadline.
    return /early|bird|hotel|author|attend|conference regist|reviewer/.test(text)
      ? deadline('registration')
      : deadline('abstract');
  if (
    /abstract/.test(text) &&
    !/(?:full|complete)[ -]?(?:text )?papers?|extended abstract|and (?:full )?paper|\/full/.test(
      text,
    )
  )
    return deadline('abstract');
  if (/proposal/.test(text)) return deadline('proposal');
  if (/commitment/.test(text) && !/submission/.test(text)) return deadline('commitment');
  if (/paper|submission|submit|\bdue\b|deadline|round|cycle|track/.test(text))
    return deadline('paper');
  return undefined;
}

/** The label of a round that has no name of its own. */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  abstract: 'Abstract deadline',
  paper: 'Paper deadline',
  supplementary: 'Supplementary material deadline',
  rebuttal: 'Rebuttal deadline',
  notification: 'Notification',
  reviews: 'Reviews released',
  'camera-ready': 'Camera-ready deadline',
  registration: 'Registration deadline',
  commitment: 'Commitment deadline',
  withdrawal: 'Withdrawal deadline',
  revision: 'Revision deadline',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? `${kind.charAt(0).toUpperCase()}${kind.slice(1)} deadline`;
}
