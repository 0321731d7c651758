// Worker thread entry: writeBesideFiles over the texts handed in (./beside-files.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { type BesideAttachments, type BesideFile, writeBesideFiles } from './beside-files.ts';

const { files, attachments, outDir, table } = workerData as { files: BesideFile[]; attachments: BesideAttachments; outDir: string; table?: string };
parentPort?.postMessage(writeBesideFiles(files, attachments, outDir, table));
