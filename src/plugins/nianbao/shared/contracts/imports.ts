/** Request and response of the import endpoint, for the server and the admin alike. */
import type { ImportOutcome } from '#format/import';

/**
 * POST /nianbao/import: a file (multipart `file`, or `base64` with its `name`) or pasted `text`;
 * `agency` and `year` when the title does not say; `dryRun` reads and checks without saving.
 */
export interface ImportRequestBody {
  name?: string;
  base64?: string;
  text?: string;
  agency?: string;
  year?: number | string;
  dryRun?: boolean | 'true' | 'false';
}

/** What was read (and the standard view of it), every note and finding, and the draft written. */
export interface ImportResponse {
  data: ImportOutcome;
}
