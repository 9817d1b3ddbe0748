/**
 * The gazetteer of today's units: 34 provinces and cities, their 3,321 communes, wards and special zones
 * (from the MIT-licensed dataset thanglequoc/vietnamese-provinces-database, copied into
 * `data/gazetteer/`). Pure: the caller reads `communes.csv` and passes its rows.
 */
import { foldVietnamese, slugify } from "./vietnamese.ts";

/** Name of the object holding the 34 boundaries in `data/gazetteer/provinces.topo.json`. */
export const GAZETTEER_OBJECT = "provinces";

/**
 * True for a point of the Hoàng Sa or Trường Sa archipelagos: east of 110.5°E (both), or south of 11°N
 * and east of 109.2°E (the western reefs of Trường Sa, beyond the coast of Khánh Hòa, which ends near 11.3°N).
 */
export function inArchipelago(point: readonly number[]): boolean {
  const [lon, lat] = point;
  return lon >= 110.5 || (lat < 11 && lon > 109.2);
}

/** Kind of a commune-level unit, from its name: xa, phuong or dac-khu (special zone). */
export type CommuneKind = "xa" | "phuong" | "dac-khu";

/** One commune, ward or special zone of the gazetteer. */
export interface Commune {
  /** Official code, five digits ("00004"). */
  code: string;
  /** Full name ("Phường Ba Đình", "Xã Tân Lập", "Đặc khu Hoàng Sa"). */
  name: string;
  kind: CommuneKind;
  /** Slug of today's province it lies in. */
  province: string;
}

/** "Phường Ba Đình" → phuong, "Đặc khu Côn Đảo" → dac-khu, anything else → xa. */
export function communeKind(name: string): CommuneKind {
  if (/^Phường\s/u.test(name)) return "phuong";
  if (/^Đặc khu\s/u.test(name)) return "dac-khu";
  return "xa";
}

/** Rows of `data/gazetteer/communes.csv` (code, name, kind, province_code, province) as communes. */
export function communesFromRows(rows: readonly Record<string, string | undefined>[]): Commune[] {
  return rows.map((r) => ({
    code: r.code ?? "",
    name: (r.name ?? "").normalize("NFC"),
    kind: communeKind(r.name ?? ""),
    province: r.province ?? "",
  }));
}

/** The slug of a commune's name, as plans cite it in `locality.place` ("phuong-nam-do-son"). */
export const communeSlug = (c: Pick<Commune, "name">): string => slugify(c.name);

/** The bare name, without "Xã", "Phường" or "Đặc khu", folded: "tan lap". */
export const bareFolded = (name: string): string =>
  foldVietnamese(name.replace(/^(?:xã|phường|đặc khu)\s+/iu, "")).trim();

/** Communes indexed for lookups by code, slug and folded name. */
export interface Gazetteer {
  communes: readonly Commune[];
  byCode: ReadonlyMap<string, Commune>;
  /** `province/slug` → commune. */
  bySlug: ReadonlyMap<string, Commune>;
  /** Folded full name ("xa tan lap") → every commune of that name, in all provinces. */
  byName: ReadonlyMap<string, Commune[]>;
}

/** Builds the lookups of `communes`. */
export function createGazetteer(communes: readonly Commune[]): Gazetteer {
  const byName = new Map<string, Commune[]>();
  for (const c of communes) {
    const key = foldVietnamese(c.name);
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  return {
    communes,
    byCode: new Map(communes.map((c) => [c.code, c])),
    bySlug: new Map(communes.map((c) => [`${c.province}/${communeSlug(c)}`, c])),
    byName,
  };
}

/**
 * The commune a plan's `locality.place` names inside `province`: its code ("00004") or the slug of its
 * name ("phuong-ba-dinh"). Undefined when the gazetteer has no such commune in that province.
 */
export function communeOf(gazetteer: Gazetteer, province: string, place: string): Commune | undefined {
  const byCode = gazetteer.byCode.get(place);
  if (byCode) return byCode.province === province ? byCode : undefined;
  return gazetteer.bySlug.get(`${province}/${place}`);
}
