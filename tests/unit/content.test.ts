/**
 * Tests of the live content (content/plans, data): only what must hold for ANY content, so an editor
 * adding or recoding a plan never breaks them. Behaviour is tested on the frozen fixture corpus.
 * The same checks run on a copy of the live content with one more plan, made as an editor would
 * make it: a seed copied under a new number and a new source file.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentPaths, loadCorpus, type ContentPaths } from "../../src/data/corpus.ts";
import { buildLineage } from "../../src/lib/lineage/build.ts";
import { findQuote, prepareSource } from "../../src/lib/quote-match.ts";
import { buildRows } from "../../scripts/lib/data-rows.ts";

/** Registers the checks that must hold for any content at `paths`. */
function contentInvariants(name: string, paths: ContentPaths) {
  describe(name, () => {
    const corpus = loadCorpus(paths);
    const { plans, measures, provinces, input } = corpus;
    const published = plans.filter((p) => !p.plan.draft);

    it("passes every check without an error", () => {
      expect(corpus.errors).toEqual([]);
    });

    it("validates every file of the plans folder, so none is dropped", () => {
      const files = readdirSync(paths.plansDir).filter((n) => !n.startsWith("."));
      expect(plans.map((p) => `${p.slug}.md`).sort()).toEqual(files.sort());
    });

    it("finds every quote of every plan in its source text", () => {
      for (const { plan, file } of plans) {
        if (!plan.source) continue;
        const source = prepareSource(input.sources.get(plan.source) ?? "");
        for (const [id, coding] of Object.entries(plan.measures))
          for (const quote of coding.quotes)
            expect(findQuote(source, quote.text), `${file} › ${id}: ${quote.text}`).not.toBeNull();
      }
    });

    it("puts every published plan, and each of its codings, in the database tables", () => {
      const rows = buildRows({ plans: published, measures, provinces });
      expect(rows.plans.map((r) => r.slug)).toEqual(published.map((p) => p.slug).sort());
      expect(rows.plan_measures.length).toBe(published.length * measures.length);
    });

    it("places every plan in the lineage tree", () => {
      const graph = buildLineage(published, provinces);
      const slugs = new Set(graph.nodes.map((n) => n.id));
      for (const p of published) expect(slugs.has(p.slug), p.file).toBe(true);
    });
  });
}

contentInvariants("the live content (content/plans, data)", contentPaths());

// A copy of the live content with one more plan: a seed copied under a new number and source file.
const scratch = mkdtempSync(join(tmpdir(), "content-plus-one-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
cpSync("content/plans", join(scratch, "plans"), { recursive: true });
cpSync("data", join(scratch, "data"), { recursive: true });
const seed = readdirSync("content/plans").find((n) =>
  /^number: "\d/m.test(readFileSync(join("content/plans", n), "utf8")),
)!;
const raw = readFileSync(join("content/plans", seed), "utf8");
const source = /^source: "(.+)"$/m.exec(raw)![1];
cpSync(join("data/sources", source), join(scratch, "data/sources", `copy-${source}`));
writeFileSync(
  join(scratch, "plans", `ban-sao-${seed}`),
  raw.replace(/^number: "(\d+)/m, (_m, n: string) => `number: "${Number(n) + 9000}`).replace(source, `copy-${source}`),
);
contentInvariants(
  `the live content with a copy of ${seed} as a new plan`,
  contentPaths({
    plans: join(scratch, "plans"),
    data: join(scratch, "data"),
  }),
);
