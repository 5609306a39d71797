import { collectionReport, readCollectionSource } from './collection.js';
import { InputError, readSource, type ReadOptions, type Source } from './input.js';
import { fileReport, unreadableReport, type FileReport } from './report.js';
import { isCollection } from '../data/collection.js';
import { parseConference } from '../data/normalize.js';
import { lintConference } from '../lint/lint.js';
import { loadTemporal } from '../time/temporal.js';

/** A file read and checked as `validate` checks it; `source` when it could be read. */
export interface Checked {
  readonly report: FileReport;
  readonly source?: Source;
}

/**
 * Reads and checks one input (a path, a URL or `-`), a data file or a collection:
 * every problem with its JSON path, lint warnings. `validate` prints the report; the
 * commands that publish a file (`render`, `embed`) print it and stop unless it is valid.
 */
export async function checkInput(input: string, read: ReadOptions): Promise<Checked> {
  let source: Source;
  try {
    source = await readSource(input, read);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const label = input === '-' ? 'standard input' : input;
    return { report: unreadableReport(label, error.reason, error.message) };
  }
  if (isCollection(source.json)) {
    const collection = await readCollectionSource(source, await loadTemporal(), read);
    return { source, report: collectionReport(source.label, source.baseUrl, collection) };
  }
  const { data, problems } = await parseConference(source.json, { baseUrl: source.baseUrl });
  return {
    source,
    report: fileReport(
      source.label,
      source.baseUrl,
      data,
      problems,
      data ? lintConference(data) : [],
    ),
  };
}
