// Build phase marks for `npm run bench`: when ARCHIVE_PHASES_FILE is set, each
// mark appends one JSON line {name, t} (epoch ms) to it. A no-op otherwise.
import { appendFileSync } from 'node:fs';
import { config } from '../config/index.ts';

export function markPhase(name: string): void {
  const file = config().phasesFile;
  if (file) appendFileSync(file, `${JSON.stringify({ name, t: Date.now() })}\n`);
}
