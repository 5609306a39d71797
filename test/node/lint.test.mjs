// Lint warnings of `conf-widgets validate`: each rule fires on a file made for it —
// at the right path, and nothing else fires there — never on the seed files, and
// never fails the validation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixture, runCli, validateJson } from './helpers/cli.mjs';

/** [rule, path] of every finding of a file, which must be valid. */
async function lint(name) {
  const { code, report } = await validateJson(fixture(name));
  const [file] = report.files;
  assert.equal(code, 0, JSON.stringify(file.findings, null, 2));
  assert.equal(file.status, 'valid');
  for (const finding of file.findings) {
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.kind, 'lint');
    assert.ok(finding.message && finding.hint, 'a message and a one-line why');
    assert.ok(!/\n/.test(finding.message + finding.hint), 'one line');
  }
  return file.findings;
}

const rulesAndPaths = (findings) => findings.map((finding) => [finding.rule, finding.path]);

describe('lint', () => {
  test('none on the seed files', async () => {
    const { report } = await validateJson('demo/mlsys-2022.json', 'demo/workshop-2017.json');
    assert.deepEqual(
      report.files.map((file) => file.findings),
      [[], []],
    );
  });

  test('fixed-offset: "UTC-7" and "Etc/GMT+8", not AoE or UTC', async () => {
    const findings = await lint('lint-fixed-offset.json');
    assert.deepEqual(rulesAndPaths(findings), [
      ['fixed-offset', 'conference.timeZone'],
      ['fixed-offset', 'dates[1].timeZone'],
    ]);
    assert.match(findings[0].hint, /"America\/Los_Angeles"/);
    assert.match(findings[1].message, /UTC−8: the Etc\/GMT sign is inverted/);
  });

  test('aoe-1159: an AoE deadline at 11:59, not an event at 11:59 or a deadline at 23:59', async () => {
    const findings = await lint('lint-aoe-1159.json');
    assert.deepEqual(rulesAndPaths(findings), [['aoe-1159', 'dates[1].at']]);
    assert.match(findings[0].hint, /23:59/);
  });

  test('deadline-after-start: only the deadline, not the events during the conference', async () => {
    const findings = await lint('lint-after-start.json');
    assert.deepEqual(rulesAndPaths(findings), [['deadline-after-start', 'dates[3].at']]);
    assert.match(findings[0].message, /"Slides due".*2022-08-29/);
  });

  test('date-order and extension-order', async () => {
    const findings = await lint('lint-order.json');
    assert.deepEqual(rulesAndPaths(findings), [
      ['date-order', 'conference.end'],
      ['date-order', 'dates[1].at'],
      ['extension-order', 'dates[3].previously[0]'],
      ['extension-order', 'dates[4].previously[0]'],
    ]);
    assert.match(findings[1].message, /listed after "submission"/);
    assert.match(findings[2].message, /the same as previously\[1\]/);
    assert.match(findings[3].message, /moves the date earlier/);
  });

  test('default-zone: once for the file, naming the dates that rely on it', async () => {
    const findings = await lint('lint-default-zone.json');
    assert.deepEqual(rulesAndPaths(findings), [['default-zone', 'conference.timeZone']]);
    // not camera-ready (own zone), registration (an offset), proceedings (TBD)
    assert.match(findings[0].message, /dates "submission", "notification" get their zone only/);
  });

  test('the text form: one line per warning, with path, why and rule', async () => {
    const { code, lines } = await runCli(['validate', fixture('lint-aoe-1159.json')]);
    assert.equal(code, 0);
    assert.equal(
      lines[0],
      'warning  dates[1].at: "2023-05-08T11:59" in AoE is 11:59 in the morning — AoE deadlines usually mean 23:59; or write the day alone ("2023-05-08"), which lasts the whole day [aoe-1159]',
    );
    assert.equal(lines[1], `${fixture('lint-aoe-1159.json')}: valid, 1 warning (3 dates)`);
  });
});
