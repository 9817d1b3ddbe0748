/**
 * The look-ups plan pages share at scale give the answers of the per-page scans they replaced, on the
 * fixture corpus: shared passages' carriers, the lineage's cited documents, and the checked corpus
 * handed from the data build to Astro.
 */
import { cpSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE_DATA, FIXTURE_PLANS, fixtureContent, fixtureCorpus } from "../../fixture-corpus.ts";
import { corpusReuse } from "../../../src/lib/reuse/corpus.ts";
import { indexReuse, MAX_PASSAGE_LINKS, sharedMarks } from "../../../src/lib/reuse/view.ts";
import type { OccurrenceRow } from "../../../src/lib/reuse/corpus.ts";
import { buildLineage } from "../../../src/lib/lineage/build.ts";
import { indexGraph, planLineage } from "../../../src/lib/lineage/plan-view.ts";
import { compareNodes } from "../../../src/lib/lineage/tree.ts";
import { contentPaths, loadCorpus } from "../../../src/data/corpus.ts";
import { checkedContent, contentStamp, readChecked, writeChecked } from "../../../src/data/checked-cache.ts";

const { input, provinces } = fixtureCorpus();
const { plans } = fixtureContent();
const reuse = corpusReuse(plans, input.sources);
const order = plans.map((p) => p.slug).reverse();

/** The old indexing: a scan of the list for each occurrence. */
function scannedCarriers(occurrences: readonly OccurrenceRow[]): Map<string, string[]> {
  const rank = new Map(order.map((s, i) => [s, i]));
  const out = new Map<string, string[]>();
  for (const o of occurrences) {
    const list = out.get(o.passage_id) ?? [];
    if (!list.includes(o.plan)) list.push(o.plan);
    out.set(o.passage_id, list);
  }
  for (const list of out.values()) list.sort((a, b) => rank.get(a)! - rank.get(b)! || (a < b ? -1 : 1));
  return out;
}

describe("shared passages: carriers indexed once", () => {
  const index = indexReuse(reuse.passages, reuse.occurrences, order);

  it("lists each passage's plans as the per-occurrence scan did", () => {
    expect(index.plansOf).toEqual(scannedCarriers(reuse.occurrences));
  });

  it("names the same peers and counts the same others as filtering every carrier", () => {
    let compared = 0;
    for (const { slug } of plans)
      for (const mark of sharedMarks(index, slug, (s) => `KH ${s}`)) {
        const others = index.plansOf.get(mark.passageId)!.filter((s) => s !== slug);
        expect(mark.peers).toEqual(others.slice(0, MAX_PASSAGE_LINKS).map((s) => ({ slug: s, label: `KH ${s}` })));
        expect(mark.more).toBe(Math.max(0, others.length - MAX_PASSAGE_LINKS));
        compared++;
      }
    expect(compared).toBeGreaterThan(10);
  });
});

describe("lineage: the documents a plan cites, from the edge index", () => {
  const graph = buildLineage(plans, provinces);
  const index = indexGraph(graph);

  it("gives every plan the cited documents a scan of all edges gives", () => {
    for (const { slug } of plans) {
      const view = planLineage(graph, index, slug);
      if (!view) continue;
      const onChain = new Set(view.chain.map((n) => n.id));
      const scanned = graph.edges
        .filter((e) => e.from === slug && !onChain.has(e.to))
        .map((e) => index.byId.get(e.to)!)
        .filter(Boolean)
        .sort(compareNodes);
      expect(view.cited).toEqual(scanned);
    }
  });
});

describe("the checked corpus handed from the data build to Astro", () => {
  const root = mkdtempSync(join(tmpdir(), "checked-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const plansDir = join(root, "plans");
  cpSync(FIXTURE_PLANS, plansDir, { recursive: true });
  const paths = contentPaths({ plans: plansDir, data: FIXTURE_DATA });
  const store = join(root, "store");

  it("is read back whole while the files are unchanged", () => {
    const stamp = contentStamp(paths);
    const content = checkedContent(loadCorpus(paths));
    writeChecked(paths, stamp, content, store);
    expect(readChecked(paths, contentStamp(paths), store)).toEqual(content);
  });

  it("is not used once a plan file changes", () => {
    const file = join(plansDir, "ke-hoach-btv-tinh-uy-ha-tinh-thuc-hien-kl-149-2025.md");
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(readChecked(paths, contentStamp(paths), store)).toBeUndefined();
  });
});
