/** Runs the real `msp-sync serve` as a child process on a loopback port, for socket-level tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { main } from '../../server/cli/main';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `msp-sync user add …` in-process; returns the printed token (the last line). */
export async function addUser(db: string, name: string, role: string, departments = ''): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const args = ['user', 'add', '--name', name, '--role', role, '--db', db, ...(departments ? ['--department', departments] : [])];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  if (code !== 0) throw new Error(err.join('\n'));
  return out.join('\n').trim().split('\n').at(-1)!;
}

export interface RunningServer {
  child: ChildProcess;
  url: string;
  output: () => string;
}

export async function startServer(args: string[], port: number): Promise<RunningServer> {
  const child = spawn(process.execPath, ['bin/msp-sync.js', 'serve', '--port', String(port), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${text}`)), 20_000);
    const check = () => {
      if (/MSP Sync server on/.test(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${text}`));
    });
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => text };
}

export function stop(s: RunningServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill(signal);
  });
}
