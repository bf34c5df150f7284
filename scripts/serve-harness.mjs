// Serves dist/harness/ on 127.0.0.1 (PORT, default 3100) with no outside resources.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../dist/harness/', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.css': 'text/css',
};

export function startHarnessServer(port = Number(process.env.PORT ?? 3100)) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startHarnessServer();
  console.log(`The PMF harness is at http://127.0.0.1:${server.address().port}/ (Ctrl+C to stop)`);
} else if (process.argv[1] && process.argv[1].endsWith('start.mjs')) {
  const server = await startHarnessServer();
  console.log(
    `\nThe PMF harness is at http://127.0.0.1:${server.address().port}/ : the task pane beside the bundled sample workbook, on the headless Excel. Ctrl+C to stop.`,
  );
}
