// Fetches a page or PDF for `/add` within limits: HTTP(S) only, no addresses of the own network unless allowed
// (checked again on the very address each connection goes to), few redirects (each one checked again), a time
// limit, a size limit, and a content type we can read.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { Agent, fetch, type Response } from 'undici';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Allow loopback and private addresses (tests, an intranet); off by default. */
  allowPrivate: boolean;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { maxBytes: 10 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 3, allowPrivate: false };

/** The content types `/add` reads, and the file extension each is kept under. */
const TYPES: Record<string, string> = {
  'text/html': '.html', 'application/xhtml+xml': '.html', 'application/pdf': '.pdf', 'text/plain': '.txt',
};

export interface Fetched {
  bytes: Uint8Array;
  extension: string;
  /** The address the content came from, after redirects. */
  url: string;
}

export class FetchError extends Error {}

/** Whether an address belongs to the open internet (not loopback, private, link-local, reserved …). */
function isPublic(address: string): boolean {
  const ip = ipaddr.process(address);
  return ip.range() === 'unicast';
}

async function checkHost(url: URL, limits: FetchLimits): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('Nur http- und https-Adressen können hinzugefügt werden.');
  if (limits.allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true })).map(a => a.address);
  } catch {
    throw new FetchError(`Der Rechner „${host}“ ist nicht bekannt.`);
  }
  if (addresses.some(a => !isPublic(a))) throw new FetchError(privateMessage(host));
}

function privateMessage(host: string): string {
  return `„${host}“ liegt im eigenen oder einem privaten Netz; solche Adressen sind gesperrt (ADD_ALLOW_PRIVATE_ADDRESSES).`;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The name lookup of every connection `/add` opens: the addresses it resolves to *now* are checked, and only a
 * public one is connected to. The check before the request alone would leave a gap: a name may answer with a public
 * address first and a private one a moment later (DNS rebinding).
 */
export function publicOnlyLookup(hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    if (addresses.length === 0 || addresses.some(a => !isPublic(a.address))) {
      return callback(Object.assign(new Error(privateMessage(hostname)), { code: 'EPRIVATEADDRESS' }), []);
    }
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

/** Connections only to the open internet (names checked at connect time; literal addresses before the request). */
const PUBLIC_ONLY = new Agent({ connect: { lookup: publicOnlyLookup as never } });

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024 * 10) / 10} MB`;
}

/** Fetches the address, or throws a FetchError with a German reason. Nothing is written here. */
export async function fetchSource(address: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError(`„${address.slice(0, 80)}“ ist keine gültige Adresse.`);
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  for (let hops = 0; ; hops++) {
    await checkHost(url, limits);
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': 'Amtsbote (/add)', accept: 'text/html,application/pdf,text/plain' },
        ...(limits.allowPrivate ? {} : { dispatcher: PUBLIC_ONLY }) });
    } catch (err) {
      const cause = (err as Error).cause as NodeJS.ErrnoException | undefined;
      if (cause?.code === 'EPRIVATEADDRESS') throw new FetchError(cause.message);
      if (signal.aborted) throw new FetchError(`Die Seite hat nicht innerhalb von ${(limits.timeoutMs / 1000).toLocaleString('de-DE')} s geantwortet.`);
      throw new FetchError(`Die Seite ist nicht erreichbar (${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}).`);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      if (hops >= limits.maxRedirects) throw new FetchError(`Zu viele Weiterleitungen (mehr als ${limits.maxRedirects}).`);
      url = new URL(response.headers.get('location')!, url);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError(`Die Seite antwortet mit ${response.status}${response.statusText ? ` (${response.statusText})` : ''}.`);
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const extension = TYPES[type];
    if (!extension) {
      await response.body?.cancel();
      throw new FetchError(`Inhaltstyp „${type || 'unbekannt'}“ wird nicht gelesen; möglich sind HTML, PDF und Text.`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limits.maxBytes) {
      await response.body?.cancel();
      throw new FetchError(`Die Datei ist zu groß (${mb(declared)}, höchstens ${mb(limits.maxBytes)}).`);
    }
    return { bytes: await readLimited(response, limits, signal), extension, url: url.href };
  }
}

/** The body, read until the size limit: a server that sends more than it said is cut off, not trusted. */
async function readLimited(response: Response, limits: FetchLimits, signal: AbortSignal): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body!.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limits.maxBytes) {
        await reader.cancel();
        throw new FetchError(`Die Datei ist zu groß (mehr als ${mb(limits.maxBytes)}).`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (signal.aborted) throw new FetchError(`Die Seite hat nicht innerhalb von ${(limits.timeoutMs / 1000).toLocaleString('de-DE')} s geantwortet.`);
    throw new FetchError(`Die Übertragung brach ab (${(err as Error).message}).`);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
