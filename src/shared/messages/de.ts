import type { Messages } from '../messages.js';

/** German: a chunk of its own, loaded by `loadMessages` when a widget speaks German. */
export const de: Messages = {
  pause: 'Anhalten',
  resume: 'Fortsetzen',
  endOfDay: 'Ende des Tages',
  extended: 'verlängert',
  previously: 'zuvor',
  toBeAnnounced: 'wird noch bekannt gegeben',
  yourTime: 'Ihre Zeit',
  dayShift: (days) =>
    days > 0 ? `+${days} Tag${days > 1 ? 'e' : ''}` : `${days} Tag${days < -1 ? 'e' : ''}`,
  addToCalendar: 'Zum Kalender hinzufügen',
  addAllToCalendar: 'Alle Termine zum Kalender hinzufügen',
  addDateToCalendar: (label) => `${label} zum Kalender hinzufügen`,
  timeLeft: (label, duration) => `${label}: noch ${duration}`,
  deadlinePassed: 'Diese Frist ist abgelaufen.',
  noDeadlinesLeft: 'Keine offenen Fristen.',
  passed: 'vorbei',
  next: 'als Nächstes',
  unit: (count, unit) =>
    count === 1
      ? { day: 'Tag', hour: 'Stunde', minute: 'Minute', second: 'Sekunde' }[unit]
      : { day: 'Tage', hour: 'Stunden', minute: 'Minuten', second: 'Sekunden' }[unit],
  importantDates: 'Wichtige Termine',
  noDates: 'Keine Termine.',
  sponsorsClosed: 'geschlossen',
  emailPerson: (name, address) => `E-Mail an ${name}: ${address}`,
  noCommittee: (id) => `Kein Gremium „${id}“ in der Datendatei.`,
  noSponsorTier: (id) => `Keine Sponsorenstufe „${id}“ in der Datendatei.`,
  callForPapers: 'Call for Papers',
  submissionDetails: 'Einreichung',
  pageLimit: (pages, note) => `Bis zu ${pages} Seiten${note ? ` (${note})` : ''}`,
  anonymous: 'Einreichungen müssen anonymisiert sein.',
  notAnonymous: 'Einreichungen müssen nicht anonymisiert sein.',
  format: (format) => `Format: ${format}`,
  styleFiles: 'Vorlagen',
  submit: 'Beitrag einreichen',
  submissionsClosed: 'Die Einreichung ist geschlossen.',
  errorNetwork: (url) => `${url} konnte nicht geladen werden.`,
  errorTimeout: (url) => `${url} konnte nicht geladen werden: keine Antwort.`,
  errorHttp: (url, status) => `${url} konnte nicht geladen werden (${status}).`,
  errorJson: (url) => `${url} ist keine gültige Datendatei (kein JSON).`,
  errorInvalid: (where, problem) => `${where} ist keine gültige Datendatei: ${problem}`,
  errorMissingDate: (id) => `Kein Termin „${id}“ in der Datendatei.`,
  theData: 'Die Daten',
};
