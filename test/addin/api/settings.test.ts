import { describe, expect, it } from 'vitest';
import { normaliseUrl, settingsStore } from '../../../addin/api/settings';
import { MemoryStorage } from './memory-storage';

describe('settingsStore', () => {
  it('defaults to the page origin and no token', () => {
    const s = settingsStore({ inOffice: false, origin: 'http://127.0.0.1:3000', session: new MemoryStorage() });
    expect(s.load()).toEqual({ url: 'http://127.0.0.1:3000', token: '' });
  });

  it('inside Office keeps the token in localStorage under the partition key', () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const a = settingsStore({ inOffice: true, partitionKey: 'userA', origin: 'https://x', local, session });
    const b = settingsStore({ inOffice: true, partitionKey: 'userB', origin: 'https://x', local, session });
    a.save({ url: 'https://msp.example.com/ ', token: ' tokA ' });
    expect(a.load()).toEqual({ url: 'https://msp.example.com', token: 'tokA' });
    // Another user of the same storage does not see it.
    expect(b.load()).toEqual({ url: 'https://x', token: '' });
    expect(local.keys()).toEqual(['userA/msp-sync/server']);
    expect(session.length).toBe(0);
  });

  it('outside Office keeps it in sessionStorage only', () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const s = settingsStore({ inOffice: false, origin: 'https://x', local, session });
    s.save({ url: '', token: 't' });
    expect(local.length).toBe(0);
    expect(s.load()).toEqual({ url: 'https://x', token: 't' });
  });

  it('survives garbage in storage', () => {
    const session = new MemoryStorage();
    session.setItem('msp-sync/server', '{not json');
    expect(settingsStore({ inOffice: false, origin: 'https://x', session }).load()).toEqual({ url: 'https://x', token: '' });
  });

  it('normalises URLs', () => {
    expect(normaliseUrl(' https://a.b:3000// ')).toBe('https://a.b:3000');
  });
});
