import { createHash } from 'node:crypto';

/**
 * The namespace of every security uuid the engine makes: UUIDv5 of the RFC 4122 URL namespace
 * (6ba7b811-...) and `https://ticker-engine/securities`, computed once and fixed here forever:
 * changing it would change every security's uuid and so every report URL.
 */
export const SECURITY_NAMESPACE = '8108216a-0509-586f-99ce-3fc34d5194fa';

/** The DNS namespace of RFC 4122 (for tests against published vectors). */
export const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a uuid in its 8-4-4-4-12 hex form. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/** RFC 4122 version 5 (SHA-1, name-based) uuid of `name` (UTF-8) in `namespace`. */
export function uuidV5(name: string, namespace: string = SECURITY_NAMESPACE): string {
  if (!isUuid(namespace)) throw new RangeError(`not a uuid: ${namespace}`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The uuid of a security without one in the securities file: v5 of `exchange:symbol`. */
export function securityUuid(key: string): string {
  return uuidV5(key, SECURITY_NAMESPACE);
}
