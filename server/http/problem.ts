/** Problem details (RFC 9457) for every error the API returns: `{ type, title, status, detail, findings? }`. */
import type { Finding } from '../../core/findings';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  body(): Record<string, unknown> {
    return { type: `urn:msp-sync:problem:${this.code}`, title: this.title, status: this.status, detail: this.detail, ...this.extra };
  }
}

export function problemResponse(p: ApiProblem): Response {
  return new Response(JSON.stringify(p.body()), {
    status: p.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...p.headers },
  });
}

export const badRequest = (detail: string, findings?: Finding[]) =>
  new ApiProblem(400, 'bad_request', 'Bad request', detail, findings ? { findings } : {});
export const notFound = (detail: string) => new ApiProblem(404, 'not_found', 'Not found', detail);
export const forbidden = (detail: string) => new ApiProblem(403, 'forbidden', 'Forbidden', detail);
export const conflict = (code: string, detail: string, extra?: Record<string, unknown>) => new ApiProblem(409, code, 'Conflict', detail, extra);
