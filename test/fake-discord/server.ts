// A small fake Discord on 127.0.0.1: REST routes the bot uses and a WebSocket gateway, with fault injection.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const APP_ID = '111111111111111111';
export const BOT_USER = { id: APP_ID, username: 'Amtsbote', discriminator: '0', global_name: 'Amtsbote', avatar: null, bot: true };

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  /** Files sent with the request (multipart), by name. */
  files: { name: string; bytes: Buffer }[];
  at: number;
}

/** A fault for the next matching REST call. */
export interface Fault {
  match: (method: string, path: string) => boolean;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many calls it applies to. */
  times: number;
}

let snowflake = 1_000_000_000_000_000_000n;
export const nextId = () => String(++snowflake);

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  /** Requests by interaction token, for fast lookups under load. */
  private readonly byToken = new Map<string, RecordedRequest[]>();
  /** Holds interaction callbacks this long before answering (to keep replies in flight). */
  callbackDelayMs = 0;
  private http!: Server;
  private wss!: WebSocketServer;
  private socket: WebSocket | null = null;
  private seq = 0;
  private sessionId = 'session-1';
  identifies = 0;
  resumes = 0;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.http = createServer((req, res) => void this.route(req, res));
    this.wss = new WebSocketServer({ server: this.http, path: '/gateway' });
    this.wss.on('connection', ws => this.onConnection(ws));
    await new Promise<void>(resolve => this.http.listen(0, '127.0.0.1', resolve));
    this.port = (this.http.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>(resolve => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>(resolve => this.http.close(() => resolve()));
  }

  // ---------------------------------------------------------------- gateway

  private send(payload: object): void {
    this.socket?.send(JSON.stringify(payload));
  }

  private onConnection(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 30000 } }));
    ws.on('message', raw => {
      const msg = JSON.parse(String(raw)) as { op: number; d: any };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        this.identifies++;
        this.seq = 0;
        this.send({ op: 0, t: 'READY', s: ++this.seq, d: {
          v: 10, user: BOT_USER, guilds: [], session_id: this.sessionId,
          resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`, application: { id: APP_ID, flags: 0 },
        } });
      }
      if (msg.op === 6) {
        this.resumes++;
        this.send({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} });
      }
      this.notify();
    });
  }

  /** Drops the gateway connection as Discord does on a restart (close code 4000 allows a resume). */
  dropGateway(): void {
    this.socket?.close(4000, 'fake restart');
    this.socket = null;
  }

  connected(): boolean {
    return this.socket !== null && this.socket.readyState === 1;
  }

  dispatch(type: string, data: object): void {
    this.send({ op: 0, t: type, s: ++this.seq, d: data });
  }

  // ------------------------------------------------------------------- REST

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const text = raw.toString('utf8');
    let body: unknown = null;
    const files: { name: string; bytes: Buffer }[] = [];
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      // A message with files: the JSON in `payload_json`, the files beside it (parsed by the platform's FormData).
      const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
      for (const [key, value] of form) {
        if (key === 'payload_json') body = JSON.parse(String(value));
        else if (typeof value !== 'string') files.push({ name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
      }
    } else {
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
    }
    const path = url.pathname.replace(/^\/api\/v\d+/, '');
    const method = req.method ?? 'GET';
    const record = { method, path, query: url.searchParams, body, files, at: Date.now() };
    this.requests.push(record);
    const token = /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(path)?.[1];
    if (token) this.byToken.set(token, [...(this.byToken.get(token) ?? []), record]);
    this.notify();

    const fault = this.faults.find(f => f.times > 0 && f.match(method, path));
    if (fault) {
      fault.times--;
      return this.json(res, fault.status, fault.body ?? { message: 'fake fault', code: 0 }, fault.headers);
    }
    if (method === 'GET' && path === '/gateway/bot') {
      return this.json(res, 200, { url: `ws://127.0.0.1:${this.port}/gateway`, shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (method === 'GET' && path === '/gateway') return this.json(res, 200, { url: `ws://127.0.0.1:${this.port}/gateway` });
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      if (this.callbackDelayMs) await new Promise(r => setTimeout(r, this.callbackDelayMs));
      res.writeHead(204);
      return void res.end();
    }
    if (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/(%40original|@original|\d+)$/.test(path)) return this.json(res, 200, this.message(body));
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return this.json(res, 200, this.message(body));
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return this.json(res, 200, (body as object[]).map(c => ({ ...c, id: nextId(), application_id: APP_ID, version: nextId() })));
    }
    return this.json(res, 404, { message: '404: Not Found', code: 0 });
  }

  private message(body: any) {
    return {
      id: nextId(), channel_id: '222222222222222222', type: 0, content: body?.content ?? '', embeds: body?.embeds ?? [],
      components: body?.components ?? [], author: BOT_USER, timestamp: new Date().toISOString(), edited_timestamp: null,
      tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, flags: body?.flags ?? 0,
    };
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  // --------------------------------------------------------------- waiting

  private notify(): void {
    for (const w of [...this.waiters]) {
      if (w.check()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Waits until the condition holds (checked on every request and gateway message). */
  async until(check: () => boolean, timeoutMs = 5000, what = 'Bedingung'): Promise<void> {
    if (check()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Zeitüberschreitung beim Warten auf: ${what}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  /** The requests for one interaction token, in order. */
  forToken(token: string): RecordedRequest[] {
    return this.byToken.get(token) ?? [];
  }
}

// ------------------------------------------------------------ interactions

const USER = { id: '333333333333333333', username: 'tester', discriminator: '0', global_name: 'Test', avatar: null };

function base(type: number, data: object, extra: object = {}) {
  const id = nextId();
  return {
    id, token: `tok-${id}`, application_id: APP_ID, type, version: 1, data,
    channel_id: '222222222222222222', channel: { id: '222222222222222222', type: 1 },
    user: USER, locale: 'de', app_permissions: '0', entitlements: [], authorizing_integration_owners: { 1: USER.id }, context: 1,
    ...extra,
  };
}

const OPTION_TYPES: Record<string, number> = { string: 3, number: 4, boolean: 5 };

/** A user of its own, for tests that send as many people. */
export function userNumber(n: number) {
  return { ...USER, id: String(400000000000000000n + BigInt(n)), username: `nutzer${n}` };
}

export function slashCommand(name: string, options: Record<string, string | number | boolean> = {}, user = USER) {
  return base(2, {
    id: nextId(), name, type: 1,
    options: Object.entries(options).map(([n, value]) => ({ name: n, type: OPTION_TYPES[typeof value], value })),
  }, { user });
}

/** A slash command with a file attached to one of its options (option type 11, the file in `resolved`). */
export function slashCommandWithFile(name: string, option: string, file: { filename: string; url: string; contentType: string; size: number }) {
  const id = nextId();
  return base(2, {
    id: nextId(), name, type: 1,
    options: [{ name: option, type: 11, value: id }],
    resolved: { attachments: { [id]: { id, filename: file.filename, size: file.size, url: file.url, proxy_url: file.url, content_type: file.contentType } } },
  });
}

export function autocomplete(name: string, option: string, typed: string) {
  return base(4, { id: nextId(), name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] });
}

export function buttonClick(customId: string, user = USER) {
  return base(3, { custom_id: customId, component_type: 2 }, {
    user,
    message: { id: nextId(), channel_id: '222222222222222222', type: 0, content: '', embeds: [], components: [], author: BOT_USER,
      timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [],
      mention_roles: [], attachments: [], pinned: false, flags: 0 },
  });
}
