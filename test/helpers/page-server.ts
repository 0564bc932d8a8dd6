// A small HTTP server on 127.0.0.1 for `/add` tests: a page, a PDF, a 404, a too-large body, a redirect loop,
// a wrong content type, one redirect to the page, and a server that never answers.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FORMATS_DIR } from './paths.js';

export interface PageServer {
  url: (p: string) => string;
  close: () => Promise<void>;
}

/** Bytes sent by `/gross.html`: more than the limit the tests set. */
export const LARGE_BYTES = 2 * 1024 * 1024;

export async function startPageServer(): Promise<PageServer> {
  const file = (name: string) => readFileSync(path.join(FORMATS_DIR, name));
  const server = http.createServer((req, res) => {
    switch (req.url) {
      case '/meldung.html': res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(file('html_jsonld_landsberg.html')); break;
      case '/release.pdf': res.writeHead(200, { 'content-type': 'application/pdf' }).end(file('pdf_schwabach.pdf')); break;
      case '/scan.pdf': res.writeHead(200, { 'content-type': 'application/pdf' }).end(file('pdf_scan.pdf')); break;
      case '/weiter': res.writeHead(302, { location: '/meldung.html' }).end(); break;
      case '/schleife': res.writeHead(302, { location: '/schleife' }).end(); break;
      case '/bild.png': res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(100)); break;
      case '/gross.html': {
        // No content-length: the limit must hold while reading, not only by the header.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        for (let sent = 0; sent < LARGE_BYTES; sent += chunk.length) res.write(chunk);
        res.end();
        break;
      }
      case '/stumm': break; // never answers
      default: res.writeHead(404, { 'content-type': 'text/plain' }).end('nicht da');
    }
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: p => `http://127.0.0.1:${port}${p}`,
    close: () => new Promise(r => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
