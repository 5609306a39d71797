// The server-rendered widget (`conf-widgets render --format dsd`, SPEC §6) in a real
// page: with scripts off it shows the styled widget; with the page's script the live
// element takes it over with no blank moment, no layout shift and no console error.
// The markup comes from the CLI itself (test/trust/render.mjs), rendered for this moment
// and this browser's zone, as a site's build would render it for its readers.
import { expect } from '@open-wc/testing';

const env = (globalThis as { __TEST_ENV__?: { timeZone: string } }).__TEST_ENV__!;
/** One moment for the whole file: the server renders each widget once. */
const NOW = new Date().toISOString();

interface Case {
  readonly element: string;
  readonly file: string;
  /** Text the widget shows, before and after the script. */
  readonly shows: string;
  readonly attributes?: readonly string[];
}

const CASES: readonly Case[] = [
  {
    element: 'countdown',
    file: 'demo/mlsys-2022.json',
    shows: 'Camera-ready deadline',
    attributes: ['date=camera-ready'],
  },
  { element: 'dates', file: 'demo/mlsys-2022.json', shows: 'Camera-ready deadline' },
  { element: 'committee', file: 'demo/workshop-2017.json', shows: 'Sarah Bird' },
  { element: 'sponsors', file: 'demo/mlsys-2022.json', shows: 'National Science Foundation' },
  { element: 'topics', file: 'demo/mlsys-2022.json', shows: 'Efficient model training' },
  { element: 'cfp', file: 'demo/workshop-2017.json', shows: 'Call for Papers' },
];

/** The server's markup of one widget, for now and this browser's zone. */
async function serverMarkup(test: Case): Promise<string> {
  const query = new URLSearchParams({
    file: test.file,
    element: test.element,
    format: 'dsd',
    now: NOW,
    'time-zone': env.timeZone,
    locale: 'en',
  });
  for (const attribute of [`src=/${test.file}`, ...(test.attributes ?? [])])
    query.append('attr', attribute);
  const response = await fetch(`/__render?${query}`);
  const body = await response.text();
  expect(response.status, body).to.equal(200);
  return body;
}

/** An iframe showing `html`, loaded; `sandbox` as given (none: scripts allowed). */
async function frame(html: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.width = '640px';
  iframe.style.height = '900px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = html;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>dsd</title>${head}</head><body>${body}</body></html>`;

/** Each part of a shadow root, with its box: what must not move when the script takes over. */
function boxes(host: Element): string[] {
  const round = (n: number) => Math.round(n);
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return `${round(r.left)},${round(r.top)} ${round(r.width)}×${round(r.height)}`;
  };
  return [
    `host ${box(host)}`,
    ...[...host.shadowRoot!.querySelectorAll('[part]')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => `${el.getAttribute('part')} ${box(el)}`),
  ];
}

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

// What runs in the page before the widget: records errors and layout shifts (where the
// engine reports them).
const WATCH = `<script>
  const log = (window.__log = { errors: [], shift: 0, shiftsReported: false, frames: 0, blank: 0, moved: 0, heights: [] });
  const error = console.error;
  console.error = (...args) => { log.errors.push(args.map(String).join(' ')); error(...args); };
  addEventListener('error', (event) => log.errors.push(String(event.message)));
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) log.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    log.shiftsReported = true;
  } catch {}
</script>`;

// What runs right after the server's markup, before the script: from the first frame
// with the whole markup parsed, counts every frame in which the widget does not show
// its text.
const SAMPLE = (shows: string) => `<script>
  function sample() {
    const log = window.__log;
    const host = document.body.firstElementChild;
    if (host) {
      log.frames++;
      if (!(host.shadowRoot?.textContent ?? '').includes(${JSON.stringify(shows)})) log.blank++;
      // What a reader sees of it (cards below the fold render lazily: content-visibility),
      // from the third frame on.
      const rect = host.getBoundingClientRect();
      const height = Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0);
      if (log.frames === 3) log.height = height;
      if (log.frames > 3 && Math.abs(height - log.height) > 1) {
        log.moved++;
        log.heights.push(\`frame \${log.frames}: \${Math.round(height)} px, not \${Math.round(log.height)}\`);
      }
    }
    if (!log.done) requestAnimationFrame(sample);
  }
  requestAnimationFrame(sample);
</script>`;

interface Log {
  errors: string[];
  shift: number;
  shiftsReported: boolean;
  frames: number;
  blank: number;
  /** Frames in which the widget's visible height differed from the third frame's. */
  moved: number;
  heights: string[];
  done?: boolean;
}

describe('declarative shadow DOM from conf-widgets render --format dsd', function () {
  // The first test waits for the CLI's build and a server render, beside two other engines.
  this.timeout(60_000);

  for (const test of CASES) {
    it(`<conf-${test.element}> with scripts off shows the styled widget`, async () => {
      const markup = await serverMarkup(test);
      const iframe = await frame(page(markup), 'allow-same-origin');
      try {
        const doc = iframe.contentDocument!;
        const host = doc.querySelector(`conf-${test.element}`)!;
        expect(iframe.contentWindow!.customElements.get(`conf-${test.element}`)).to.equal(
          undefined,
        );
        expect(host.shadowRoot, 'a declarative shadow root').to.not.equal(null);
        expect(host.shadowRoot!.textContent).to.contain(test.shows);
        // the widget's own styles apply (an unstyled custom element is inline)
        expect(iframe.contentWindow!.getComputedStyle(host).display).to.equal('block');
        expect(host.getBoundingClientRect().height).to.be.above(20);
        for (const el of host.shadowRoot!.querySelectorAll('[part~="date"],[part~="member"]'))
          expect(iframe.contentWindow!.getComputedStyle(el).listStyleType).to.equal('none');
      } finally {
        iframe.remove();
      }
    });

    it(`<conf-${test.element}>: the script takes over with no blank moment, no layout shift, no error`, async () => {
      // The author's no-JS fallback inside the tag, as the README suggests: the live
      // element must not show it while it loads, over the server's markup.
      const fallback = '<p>The dates are on the conference site.</p>';
      const markup = (await serverMarkup(test)).replace(/(<\/conf-[a-z]+>\s*)$/, `${fallback}$1`);
      const script = `<script type="module" src="${location.origin}/src/index.ts"></script>`;
      // The script comes last, as on a page, so the browser paints the markup first.
      const iframe = await frame(page(`${markup}${SAMPLE(test.shows)}${script}`, WATCH));
      try {
        const win = iframe.contentWindow! as Window & { __log: Log };
        const host = iframe.contentDocument!.querySelector(`conf-${test.element}`)!;
        const before = boxes(host);
        for (let waited = 0; host.getAttribute('state') !== 'ready'; waited += 20) {
          expect(waited, 'the live element is ready').to.be.below(20_000);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        for (let i = 0; i < 3; i++) await nextFrame(win);
        win.__log.done = true;
        const log = win.__log;
        expect(win.customElements.get(`conf-${test.element}`), 'defined').to.not.equal(undefined);
        expect(host.shadowRoot!.querySelector('style'), 'the server markup is gone').to.equal(null);
        expect(host.shadowRoot!.textContent).to.contain(test.shows);
        expect(log.errors).to.deep.equal([]);
        expect(log.frames).to.be.above(0);
        expect(
          log.blank,
          `${log.blank} of ${log.frames} frames without the widget's text`,
        ).to.equal(0);
        expect(log.heights, `frames at another height, of ${log.frames}`).to.deep.equal([]);
        expect(boxes(host)).to.deep.equal(before);
        if (log.shiftsReported) expect(log.shift).to.be.at.most(0.01);
      } finally {
        iframe.remove();
      }
    });
  }
});
