// The checks stage's entry point: the no-text-lost check (./text-lost.ts), in
// worker threads for a build (./check-threads.ts).
export { checkTextLost, lossMessage, removedText, type TextLoss } from './text-lost.ts';
export { checkTextLostInThreads } from './check-threads.ts';
