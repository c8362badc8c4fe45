/**
 * The one HTTP client of the web app: JSON over `fetch` to the same origin, the session cookie
 * sent by the browser, the CSRF token added to every write, and every non-2xx turned into an
 * `ApiError` that carries the server's stable code and the fields it names.
 */

/** A field the server named in a 4xx, e.g. `body.painDuring`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one field, matched on its path without the `body.` prefix. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.path === `body.${field}` || f.path === field)?.message;
  }
}

let csrfToken: string | null = null;

/** Remembered from `/api/auth/me` or sign-in; sent as `x-csrf-token` on writes. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: FieldError[] };
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'offline', 'The server could not be reached. Check your connection.');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (!res.ok) {
    const e = (parsed as ErrorBody | null)?.error;
    throw new ApiError(
      res.status,
      e?.code ?? `http-${String(res.status)}`,
      e?.message ?? res.statusText,
      e?.fields ?? [],
    );
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
};
