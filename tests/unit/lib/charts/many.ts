/** Deterministic large corpora for the charts at scale (at-scale.test.ts, snapshots.test.ts). */
import type { SharePoint } from "../../../../src/lib/charts/shared-share.ts";
import type { PlanMeasureRow } from "../../../../src/lib/charts/types.ts";

const LEVELS = ["trung-uong", "tinh", "huyen", "xa", "don-vi"] as const;
const KINDS = ["party", "government", "unit"] as const;

/** A linear congruential generator: the same numbers on every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** `n` plans with the first fixture plan's measures, issued 2017–2026 at every level and kind. */
export function manyPlans(rows: readonly PlanMeasureRow[], n: number): PlanMeasureRow[] {
  const template = rows.filter((r) => r.slug === rows[0].slug);
  const rnd = random(7);
  const out: PlanMeasureRow[] = [];
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2017 + Math.floor(rnd() * 10), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)))
      .toISOString()
      .slice(0, 10);
    const plan = {
      slug: `ke-hoach-${i}`,
      shortTitle: `KH ${i}`,
      date,
      estimated: rnd() < 0.05,
      issuerLevel: LEVELS[Math.floor(rnd() * LEVELS.length)],
      issuerKind: KINDS[Math.floor(rnd() * KINDS.length)],
    };
    for (const r of template) out.push({ ...r, ...plan });
  }
  return out;
}

/** `n` plans with a shared share, higher on average at lower levels. */
export function manySharePoints(n: number): SharePoint[] {
  const rnd = random(11);
  return Array.from({ length: n }, (_, i) => {
    const level = Math.floor(rnd() * LEVELS.length);
    return {
      slug: `ke-hoach-${i}`,
      shortTitle: `KH ${i}`,
      issuerKind: KINDS[Math.floor(rnd() * KINDS.length)],
      issuerLevel: LEVELS[level],
      date: `${2017 + Math.floor(rnd() * 10)}-0${1 + Math.floor(rnd() * 9)}-15`,
      share: Math.round(Math.min(1, Math.max(0, 0.15 + level * 0.1 + (rnd() - 0.5) * 0.4)) * 10000) / 10000,
    };
  });
}
