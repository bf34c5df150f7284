// Preloaded into a `pmf` process by hostile-spawn.test.ts (node --require): when the process exits, writes
// its peak resident memory (process.resourceUsage().maxRSS, in kilobytes) to file descriptor 3.
const { writeSync } = require('fs');

process.on('exit', () => {
  try {
    writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {
    // no descriptor 3: run by hand
  }
});
