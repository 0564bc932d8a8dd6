// The connect-time check of /add: the address a connection goes to is checked when the name is resolved for it,
// so a name that answers with a public address at first and a private one later (DNS rebinding) is refused.
import { describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import { publicOnlyLookup } from '../../src/io/fetch-source.js';

function resolve(host: string, all: boolean): Promise<{ err: NodeJS.ErrnoException | null; address: string | LookupAddress[] }> {
  return new Promise(done => publicOnlyLookup(host, { all }, (err, address) => done({ err, address })));
}

describe('publicOnlyLookup', () => {
  it('refuses a name that resolves into the own network, with the German reason, in both lookup forms', async () => {
    for (const all of [false, true]) {
      const { err } = await resolve('localhost', all);
      expect(err?.code).toBe('EPRIVATEADDRESS');
      expect(err?.message).toBe('„localhost“ liegt im eigenen oder einem privaten Netz; solche Adressen sind gesperrt (ADD_ALLOW_PRIVATE_ADDRESSES).');
    }
  });

  it('hands a public address on as the connection asked for it (one address, or all)', async () => {
    expect(await resolve('93.184.215.14', false)).toEqual({ err: null, address: '93.184.215.14' });
    expect(await resolve('93.184.215.14', true)).toEqual({ err: null, address: [{ address: '93.184.215.14', family: 4 }] });
  });

  it('passes on what the resolver says when the name is unknown', async () => {
    const { err } = await resolve('gibt-es-nicht.invalid', false);
    expect(err?.code).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });
});
