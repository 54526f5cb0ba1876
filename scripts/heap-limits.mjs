// The production server's V8 heap limits, passed on the command line wherever it is started
// (package.json's `start`, the Dockerfile, docs/DEPLOY.md; the e2e, fault, bench and quick-start
// runs spawn it with them too, so they measure what is deployed). Without them, V8 sizes its
// heap to the allocation rate: 600-800 MB under 20 connections, most of it garbage not yet
// collected. With them the server stayed under 350 MB at ~8% fewer team pages a second
// (docs/SCALING.md, "Memory"): no request needs more, since downloads are written a page at a
// time and the CSV import is planned a chunk at a time. A server with memory to spare may be
// started with larger values; lib/runtime/heap-limits.test.ts keeps every place in step.
export const HEAP_FLAGS = ["--max-semi-space-size=16", "--max-old-space-size=256"];
