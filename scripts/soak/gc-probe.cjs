// Preloaded into the soak test's server (node --expose-gc --require …): every SOAK_GC_INTERVAL_MS a full
// garbage collection, then one line "<epoch ms> <live heap bytes> <rss bytes>" appended to
// SOAK_HEAP_LOG. Without it V8 may run no major collection for minutes, so RSS grows with garbage that is
// never collected and a leak cannot be told from a lazy collector. Test instrumentation only.
const { appendFileSync } = require("node:fs");

const file = process.env.SOAK_HEAP_LOG;
const interval = Number(process.env.SOAK_GC_INTERVAL_MS || 2000);
if (file && typeof global.gc === "function") {
  setInterval(() => {
    global.gc();
    const { heapUsed, rss } = process.memoryUsage();
    appendFileSync(file, `${Date.now()} ${heapUsed} ${rss}\n`);
  }, interval).unref();
}
