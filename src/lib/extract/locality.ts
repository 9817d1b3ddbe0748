/**
 * Finds the province (today's unit) a plan belongs to from the names it prints, old names included
 * ("Thừa Thiên Huế" → hue, "Quảng Bình" → quang-tri), and a registered commune, ward or unit.
 */
import type { Province } from "../../schemas/locality.ts";
import { foldSameLength, stripSameLength } from "./text.ts";

/** The locality found, with the name as written when it is not today's. */
export interface FoundLocality {
  province: Province;
  /** The name the text uses, when it differs from today's name. */
  asWritten?: string;
  /** The name matched in the text. */
  matched: string;
}

interface NameEntry {
  province: Province;
  name: string;
  re: RegExp;
  /** The same, ignoring case, for headings printed in capitals. */
  reCaps: RegExp;
}

const cache = new WeakMap<readonly Province[], NameEntry[]>();

function entries(provinces: readonly Province[]): NameEntry[] {
  let list = cache.get(provinces);
  if (!list) {
    list = provinces.flatMap((p) =>
      [...new Set([p.name, ...p.oldNames, ...p.mergedFrom])].map((name) => {
        const source = `(?<![\\p{L}\\d])${stripSameLength(name)
          .replace(/\s*-\s*/g, "\\s*-\\s*")
          .replace(/\s+/g, "\\s+")}(?![\\p{L}\\d])`;
        // Proper names keep their capitals: "Hòa Bình" (a province) is not "hòa bình" (peace).
        return { province: p, name, re: new RegExp(source, "u"), reCaps: new RegExp(source, "iu") };
      }),
    );
    // Longest names first, so "Thừa Thiên Huế" wins over "Huế".
    list.sort((a, b) => b.name.length - a.name.length);
    cache.set(provinces, list);
  }
  return list;
}

/** "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh" are today's name with its kind, not an old name. */
function sameName(written: string, today: string): boolean {
  const bare = written.replace(/^(?:Thành phố|TP\.?|Tỉnh)\s+/iu, "");
  return foldSameLength(bare) === foldSameLength(today);
}

/**
 * The first province named in `contexts` (tried in order: issuer, header, title, …). Within one
 * context the longest name wins.
 */
export function findProvince(contexts: readonly string[], provinces: readonly Province[]): FoundLocality | undefined {
  const list = entries(provinces);
  for (const context of contexts) {
    const text = stripSameLength(context.normalize("NFC"));
    const letters = text.match(/\p{L}/gu) ?? [];
    const caps = letters.length > 0 && letters.filter((c) => /\p{Lu}/u.test(c)).length / letters.length > 0.8;
    const hit = list.find((e) => (caps ? e.reCaps : e.re).test(text));
    if (hit)
      return {
        province: hit.province,
        matched: hit.name,
        asWritten: sameName(hit.name, hit.province.name) ? undefined : hit.name,
      };
  }
  return undefined;
}

/** The registered place (commune, ward, unit) of `province` that `issuer` names, if any. */
export function findPlace(issuer: string, province: Province): string | undefined {
  const text = ` ${foldSameLength(issuer)} `;
  for (const place of province.places) {
    for (const name of [place.name, ...place.oldNames]) {
      const f = foldSameLength(name);
      if (text.includes(` ${f} `) || text.includes(` ${f},`)) return place.slug;
    }
  }
  return undefined;
}
