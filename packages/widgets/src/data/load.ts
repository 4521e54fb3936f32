/**
 * Fetching a report. Requests for the same absolute URL that overlap in time are made
 * once and shared; each caller keeps its own `AbortSignal` and timeout, and the shared
 * request is aborted when its last caller leaves.
 */
import { ReportError } from './errors.js';
import { toReport, type Report } from './validate.js';

export interface LoadOptions<T = Report> {
  /** Aborting it rejects this caller's promise with an `AbortError`. */
  signal?: AbortSignal;
  /** Milliseconds before this caller gives up with a `timeout` error; 0 waits forever. */
  timeout?: number;
  /** Base for a relative `url`; defaults to `document.baseURI` in a browser. */
  base?: string;
  /** Validates the JSON and builds the model (default `toReport`); throws a `ReportError`. */
  parse?: (json: unknown, url: string) => T;
}

/** Status codes worth asking again, up to `MAX_RETRIES` times, with backoff. */
const RETRY_STATUS = new Set([429, 502, 503, 504]);
const MAX_RETRIES = 3;
const BACKOFF_MS = 400;
const MAX_WAIT_MS = 10_000;

interface Entry {
  controller: AbortController;
  /** The answer's JSON, validated by each caller (`toReport` caches per object, so once). */
  promise: Promise<unknown>;
  users: number;
  settled: boolean;
}

const inflight = new Map<string, Entry>();

/** Requests currently on the wire (shared ones count once). For tests and diagnostics. */
export function pendingRequests(): number {
  return inflight.size;
}

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** Seconds or an HTTP date in `Retry-After`, as milliseconds from now (capped). */
export function retryDelay(header: string | null, attempt: number): number {
  const fallback = BACKOFF_MS * 2 ** attempt;
  if (!header) return fallback;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_WAIT_MS) : fallback;
}

function preview(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

async function request(url: string, signal: AbortSignal): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw abortError();
      const reason = error instanceof Error ? error.message : String(error);
      throw new ReportError('network', `Could not reach ${url} (${reason}; offline, or blocked by CORS?).`);
    }
    if (!response.ok) {
      if (RETRY_STATUS.has(response.status) && attempt < MAX_RETRIES) {
        await sleep(retryDelay(response.headers.get('retry-after'), attempt), signal);
        continue;
      }
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new ReportError('http', `The server answered ${status} for ${url}.`, { status: response.status });
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      if (signal.aborted) throw abortError();
      throw new ReportError('network', `The answer from ${url} broke off while loading.`);
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      const type = response.headers.get('content-type') ?? 'no content type';
      const what = body.trim() ? `it begins "${preview(body)}"` : 'it is empty';
      const reason = error instanceof Error ? ` (${error.message})` : '';
      throw new ReportError('parse', `The answer from ${url} is not JSON: ${type}, ${what}${reason}.`);
    }
    return json;
  }
}

function start(url: string): Entry {
  const controller = new AbortController();
  const entry: Entry = { controller, users: 0, settled: false, promise: request(url, controller.signal) };
  entry.promise
    .finally(() => {
      entry.settled = true;
      if (inflight.get(url) === entry) inflight.delete(url);
    })
    .catch(() => undefined);
  return entry;
}

/** The absolute form of a report URL. */
export function absoluteUrl(url: string, base?: string): string {
  const fallback = typeof document === 'undefined' ? undefined : document.baseURI;
  try {
    return new URL(url, base ?? fallback).href;
  } catch {
    throw new ReportError('network', `"${url}" is not a URL that can be fetched.`);
  }
}

/**
 * Fetches, parses and validates the report at `url`. Rejects with a `ReportError`
 * (`network`, `http`, `timeout`, `parse`, `validation`) or, when `signal` aborts, with
 * a `DOMException` named `AbortError`.
 */
export function loadReport<T = Report>(url: string, options: LoadOptions<T> = {}): Promise<T> {
  const { signal, timeout = 15_000, parse = toReport as unknown as (json: unknown, url: string) => T } = options;
  let absolute: string;
  try {
    absolute = absoluteUrl(url, options.base);
  } catch (error) {
    return Promise.reject(error);
  }
  if (signal?.aborted) return Promise.reject(abortError());
  let entry = inflight.get(absolute);
  if (!entry) {
    entry = start(absolute);
    inflight.set(absolute, entry);
  }
  const shared = entry;
  shared.users++;

  return new Promise<T>((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (): boolean => {
      if (done) return false;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      shared.users--;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (inflight.get(absolute) === shared) inflight.delete(absolute);
      }
      return true;
    };
    const onAbort = () => finish() && reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeout > 0) {
      timer = setTimeout(() => {
        if (finish()) reject(new ReportError('timeout', `No answer from ${absolute} within ${timeout} ms.`));
      }, timeout);
    }
    shared.promise.then(
      (json) => {
        if (!finish()) return;
        try {
          resolve(parse(json, absolute));
        } catch (error) {
          reject(error);
        }
      },
      (error: unknown) => finish() && reject(error),
    );
  });
}
