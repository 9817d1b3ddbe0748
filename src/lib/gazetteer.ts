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

/** A place of a plan: a unit registered in data/localities.yaml, or a commune of the gazetteer. */
export interface ResolvedPlace {
  /** The value of `locality.place`. */
  key: string;
  name: string;
  /** The gazetteer's code, when the place is one of its communes. */
  code?: string;
}

/**
 * What a plan's `locality.place` names in `province`: a place registered in localities.yaml (schools,
 * agencies, communes with old names), else a commune of the gazetteer by code or slug.
 */
export function placeOf(
  province: { slug: string; places: readonly { slug: string; name: string }[] },
  place: string,
  gazetteer?: Gazetteer,
): ResolvedPlace | undefined {
  const registered = province.places.find((p) => p.slug === place);
  const commune = gazetteer ? communeOf(gazetteer, province.slug, place) : undefined;
  if (registered) return { key: place, name: registered.name, code: commune?.code };
  return commune ? { key: place, name: commune.name, code: commune.code } : undefined;
}

/** A commune named in a text, and every unit of the gazetteer that bears that name. */
export interface CommuneMention {
  /** The name as the gazetteer writes it ("Xã Tân Lập"). */
  name: string;
  candidates: Commune[];
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*|\d+`;
const MENTION = new RegExp(
  // No "i" flag: with it, \p{Lu} would match small letters too.
  String.raw`(?<![\p{L}\p{M}])([Xx]ã|XÃ|[Pp]hường|PHƯỜNG|[Đđ]ặc khu|ĐẶC KHU)[^\S\n]+((?:${WORD})(?:[^\S\n]+(?:${WORD})){0,4})`,
  "gu",
);

/**
 * The first commune, ward or special zone named in `contexts` (tried in order: issuer, headers,
 * opening): "UBND XÃ TÂN LẬP", "ĐẢNG BỘ PHƯỜNG NAM ĐỒ SƠN", "Đảng ủy xã Tân Lập". Each word of the name
 * must start with a capital, so that "xã có" in running text is no name; of the words that follow, the
 * longest run that is a name in the gazetteer wins.
 */
export function findCommune(contexts: readonly string[], gazetteer: Gazetteer): CommuneMention | undefined {
  for (const context of contexts) {
    for (const m of context.normalize("NFC").matchAll(MENTION)) {
      const words = m[2].split(/[^\S\n]+/u);
      for (let n = words.length; n > 0; n--) {
        const candidates = gazetteer.byName.get(foldVietnamese(`${m[1]} ${words.slice(0, n).join(" ")}`));
        if (candidates) return { name: candidates[0].name, candidates };
      }
    }
  }
  return undefined;
}
