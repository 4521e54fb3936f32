import type { Security } from '../types.js';
import { normalizeName, parseCsv, readTextFile } from './csv.js';
import { InputError, quote } from './errors.js';
import { isUuid, securityUuid } from './uuid.js';

const REQUIRED = ['symbol', 'exchange', 'name', 'country', 'currency', 'sector', 'industry'] as const;
const OPTIONAL = ['marketcap', 'description', 'assettype', 'uuid'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/**
 * Reads the securities CSV: one security per row, keyed by `exchange:symbol` (compared without
 * regard to case: `xnys:abc` repeats `XNYS:ABC`). Country and currency are upper-cased and must
 * look like ISO codes (2 and 3 letters). A missing uuid is the UUIDv5 of the key.
 */
export function readSecurities(file: string): Security[] {
  const records = parseCsv(readTextFile(file), file);
  if (records.length === 0) throw new InputError(file, null, 'the file is empty');
  const [header, ...rows] = records;
  const index = columnIndex(header.fields, file, header.line);
  if (rows.length === 0) throw new InputError(file, header.line + 1, 'no securities after the header');

  const securities: Security[] = [];
  const seenKeys = new Map<string, number>();
  const seenUuids = new Map<string, number>();
  for (const { line, fields } of rows) {
    if (fields.length !== header.fields.length) {
      throw new InputError(file, line, `${fields.length} fields, the header has ${header.fields.length}`);
    }
    const cell = (column: Column): string => {
      const i = index.get(column);
      return i === undefined ? '' : fields[i].trim();
    };
    for (const column of REQUIRED) {
      if (cell(column) === '') throw new InputError(file, line, `${column} is empty`);
    }
    const symbol = cell('symbol');
    const exchange = cell('exchange');
    const key = `${exchange}:${symbol}`;
    const first = seenKeys.get(key.toUpperCase());
    if (first !== undefined) throw new InputError(file, line, `duplicate security ${key} (first on line ${first})`);
    seenKeys.set(key.toUpperCase(), line);

    const country = cell('country').toUpperCase();
    if (!/^[A-Z]{2}$/.test(country))
      throw new InputError(file, line, `country ${quote(cell('country'))} is not an ISO 3166 alpha-2 code`);
    const currency = cell('currency').toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency))
      throw new InputError(file, line, `currency ${quote(cell('currency'))} is not an ISO 4217 code`);

    let marketCap: number | null = null;
    const capText = cell('marketcap');
    if (capText !== '') {
      marketCap = Number(capText);
      if (!Number.isFinite(marketCap)) throw new InputError(file, line, `market_cap ${quote(capText)} is not a number`);
      if (marketCap < 0) throw new InputError(file, line, `market_cap ${quote(capText)} is negative`);
    }

    let uuid = cell('uuid').toLowerCase();
    if (uuid === '') uuid = securityUuid(key);
    else if (!isUuid(uuid)) throw new InputError(file, line, `uuid ${quote(cell('uuid'))} is not a uuid`);
    const firstUuid = seenUuids.get(uuid);
    if (firstUuid !== undefined) throw new InputError(file, line, `duplicate uuid ${uuid} (first on line ${firstUuid})`);
    seenUuids.set(uuid, line);

    securities.push({
      key,
      symbol,
      exchange,
      name: cell('name'),
      country,
      currency,
      sector: cell('sector'),
      industry: cell('industry'),
      marketCap,
      description: cell('description') || null,
      assetType: cell('assettype') || 'equity',
      uuid,
    });
  }
  return securities;
}

function columnIndex(names: string[], file: string, line: number): Map<Column, number> {
  const known = new Set<string>([...REQUIRED, ...OPTIONAL]);
  const index = new Map<Column, number>();
  names.forEach((name, i) => {
    const column = normalizeName(name);
    if (!known.has(column)) return;
    if (index.has(column as Column)) throw new InputError(file, line, `column ${quote(name)} appears twice`);
    index.set(column as Column, i);
  });
  for (const column of REQUIRED) {
    if (!index.has(column)) throw new InputError(file, line, `missing column ${column}`);
  }
  return index;
}
