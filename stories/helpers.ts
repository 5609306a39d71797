import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Shared pieces of the stories. Data comes from the seed files (served by Storybook from
 * demo/, see .storybook/main.ts), and every story pins `now`, `time-zone` and `locale`
 * so that it looks the same on every machine and every day.
 *
 * Story tags read by test/node/stories.test.mjs, which opens every story in Chromium:
 *   state-loading  the widgets stay `loading` (only the author's fallback shows)
 *   state-error    the widgets end in `error`, and their console.error is expected
 *   dark           the story is also checked under `prefers-color-scheme: dark`
 *   missing-image  an image is missing on purpose: the browser's 404 for it is expected
 */

export const MLSYS = 'demo/mlsys-2022.json';
export const WORKSHOP = 'demo/workshop-2017.json';
export const MISSING = 'demo/no-such-file.json';

/** Moments of the MLSys 2022 calendar (zone of the data: America/Los_Angeles). */
export const MLSYS_NOW = {
  /** A month before the camera-ready deadline (2022-03-18 13:00 PDT). */
  beforeCameraReady: '2022-02-15T17:00:00Z',
  /** Six days and a few hours before it. */
  cameraReadyWeek: '2022-03-12T09:30:00Z',
  /** Between the travel grant deadline and the early-pricing deadline. */
  summer: '2022-07-01T16:00:00Z',
  /** After the conference: no deadline left. */
  after: '2022-09-15T12:00:00Z',
} as const;

/** Moments of the 2017 workshop (its deadlines are in AoE). */
export const WORKSHOP_NOW = {
  /** Five days before the submission deadline (2017-10-20, end of day AoE). */
  beforeSubmission: '2017-10-15T12:00:00Z',
  /** Submission closed, notification still ahead. */
  afterSubmission: '2017-10-25T12:00:00Z',
  /** Everything is over. */
  after: '2018-01-10T12:00:00Z',
} as const;

/** The zone and locale the stories show times in unless a story says otherwise. */
export const VIEWER = { timeZone: 'Europe/Berlin', locale: 'en' } as const;

/** A 240 px column, the narrowest sidebar the widgets promise to fit. */
export const narrow: Decorator = (story) => html`<div class="story-narrow">${story()}</div>`;

/** A dark page (the widgets take its text colour); tagged `dark` for the media query too. */
export const dark: Decorator = (story) => html`<div class="story-dark">${story()}</div>`;

/** Data that fails validation: `conference.name` is required. */
export const INVALID_DATA = { conference: { shortName: 'No name' }, dates: [] };

/** A conference with logos, photos and links (test/fixtures images, served at fixtures/). */
export const ILLUSTRATED = {
  conference: {
    name: 'Example Conference on Systems 2027',
    shortName: 'ECS 2027',
    timeZone: 'UTC',
  },
  committees: [
    {
      id: 'organizing',
      title: 'Organizing Committee',
      members: [
        {
          name: 'Ada Example',
          role: 'General Chair',
          affiliation: 'University of Somewhere',
          email: 'ada@example.org',
          url: 'https://example.org/ada',
          photo: 'fixtures/photo.svg',
        },
        {
          name: 'Grace Sample',
          role: 'Program Chair',
          affiliation: 'Example Labs',
          email: 'grace@example.org',
          photo: 'fixtures/photo.svg',
        },
        {
          name: 'Linus Missing-Photo',
          role: 'Program Chair',
          affiliation: 'Nowhere Institute',
          photo: 'fixtures/no-such-photo.svg',
        },
        { name: '<img src=x onerror=alert(1)>', role: 'Web Chair', affiliation: 'Text is text' },
      ],
      links: [{ label: 'Program Committee', url: 'https://example.org/pc' }],
    },
  ],
  sponsors: {
    tiers: [
      {
        id: 'gold',
        label: 'Gold',
        sponsors: [
          { name: 'Acme Research', url: 'https://example.com/acme', logo: 'fixtures/logo.svg' },
          { name: 'Acme Cloud', url: 'https://example.com/cloud', logo: 'fixtures/logo.svg' },
        ],
      },
      {
        id: 'silver',
        label: 'Silver',
        sponsors: [
          { name: 'Initech', url: 'https://example.com/initech' },
          { name: 'Broken Logo Ltd', logo: 'fixtures/no-such-logo.svg' },
        ],
      },
    ],
    call: {
      label: 'Become a 2027 Sponsor',
      url: 'https://example.org/sponsor',
      open: true,
      note: 'applications until June 1',
    },
  },
};
