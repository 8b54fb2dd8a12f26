/** Errors of the HTTP API as the pane shows them: one plain sentence, plus findings when the server sent some. */
import type { Finding } from '../../core/findings';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly findings: Finding[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Problem JSON (`{ type, title, status, detail, findings? }`) or anything else → a readable message. */
export function problemMessage(status: number, body: unknown, baseUrl: string): ApiError {
  const p = (body && typeof body === 'object' ? body : {}) as { title?: unknown; detail?: unknown; findings?: unknown };
  const detail = typeof p.detail === 'string' && p.detail ? p.detail : typeof p.title === 'string' ? p.title : '';
  const findings = Array.isArray(p.findings) ? (p.findings as Finding[]) : [];
  const lead: Record<number, string> = {
    401: `The server at ${baseUrl} rejected the token: set a valid one in Settings`,
    403: 'Not allowed for your role or department',
    404: 'Not found on the server',
    409: 'Conflict',
    412: 'Someone else changed this in the meantime: reloaded, try again',
    428: 'The server wants the current version (If-Match)',
  };
  const head = lead[status] ?? `The server answered ${status}`;
  return new ApiError(status, detail && status !== 401 ? `${head}: ${detail}` : head, findings);
}

export function unreachable(baseUrl: string, cause: unknown): ApiError {
  const why = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return new ApiError(0, `Cannot reach the server at ${baseUrl}${why}: is it running, and is the URL in Settings right?`);
}
