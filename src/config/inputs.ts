// The input settings checked against the disk before anything is built: the
// bulletins folder must be a folder, and a redaction list named by
// REDACTIONS_FILE must be a readable file (SPEC §8: a list silently not read
// would publish the text it blanks). Only the default list may be absent.
import { accessSync, constants, type Stats, statSync } from 'node:fs';
import { ConfigError, type Config } from './index.ts';

const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

export function checkInputs(config: Config): void {
  const dir = config.bulletinsDir;
  let st: Stats;
  try {
    st = statSync(dir);
  } catch (err) {
    throw new ConfigError(`BULLETINS_DIR: ${dir} ${code(err) === 'ENOENT' ? 'does not exist' : `cannot be read (${code(err)})`}; set BULLETINS_DIR to the folder that holds the *.txt bulletins`);
  }
  if (!st.isDirectory()) throw new ConfigError(`BULLETINS_DIR: ${dir} is not a folder; set BULLETINS_DIR to the folder that holds the *.txt bulletins`);

  const { file, named } = config.redactions;
  const what = named ? 'REDACTIONS_FILE' : 'the redaction list';
  const fix = named ? 'set REDACTIONS_FILE to the redaction list (a YAML file with "redact:"), or unset it' : `make ${file} the redaction list (a YAML file with "redact:") or remove it`;
  let list: Stats;
  try {
    list = statSync(file);
  } catch (err) {
    if (!named && code(err) === 'ENOENT') return; // the default list may be absent
    throw new ConfigError(`${what}: ${file} ${code(err) === 'ENOENT' ? 'does not exist' : `cannot be read (${code(err)})`}; ${fix}`);
  }
  if (!list.isFile()) throw new ConfigError(`${what}: ${file} is not a file; ${fix}`);
  try {
    accessSync(file, constants.R_OK);
  } catch (err) {
    throw new ConfigError(`${what}: ${file} cannot be read (${code(err)}); ${fix}`);
  }
}
