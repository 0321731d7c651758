// Makes this process's stdout and stderr blocking when they are pipes. Node
// writes to a pipe asynchronously, and process.exit() drops what is still
// queued: Astro's CLI ends with process.exit() (node_modules/astro/bin/astro.mjs,
// also on failure), so a build piped to a file or to `tee` lost the warnings
// and the summary written just before (issue 19: the log cut when Astro
// exits, at 20 MB of inputs). Loaded first in scripts/build.ts and, with
// `node --import`, in the Astro process it starts. Files and terminals are
// written synchronously already. `setBlocking` is the libuv stream call Node
// uses for its own stdio where it must (Windows pipes); it is not public API,
// so it is used only where present.
type WithHandle = { _handle?: { setBlocking?: (blocking: boolean) => unknown } };
for (const stream of [process.stdout, process.stderr]) (stream as unknown as WithHandle)._handle?.setBlocking?.(true);
