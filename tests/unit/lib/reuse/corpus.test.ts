import { describe, expect, it } from "vitest";
import { fixtureCorpus, fixtureContent } from "../../../fixture-corpus.ts";
import { corpusReuse } from "../../../../src/lib/reuse/corpus.ts";
import { tokenize } from "../../../../src/lib/reuse/tokens.ts";
import { indexReuse, quoteReuse, reuseSummary, sharedMarks } from "../../../../src/lib/reuse/view.ts";
import { highlightQuotes, segmentsToHtml } from "../../../../src/lib/highlight.ts";

const { input } = fixtureCorpus();
const { plans } = fixtureContent();
const reuse = corpusReuse(plans, input.sources);
const folded = (text: string) => tokenize(text).words.join(" ");
const sourceOf = (slug: string) => input.sources.get(plans.find((p) => p.slug === slug)!.plan.source!)!;

describe("corpusReuse on the seeds (fixture corpus)", () => {
  it("finds shared passages, and every one really occurs (folded) at each of its offsets", () => {
    expect(reuse.passages.length).toBeGreaterThan(10);
    const byId = new Map(reuse.passages.map((p) => [p.passage_id, p]));
    for (const o of reuse.occurrences) {
      const passage = byId.get(o.passage_id)!;
      // The words of the stored text that lie between the offsets (page residue stays residue).
      const t = tokenize(sourceOf(o.plan));
      const inside = t.words.filter((_, i) => t.start[i] >= o.start && t.end[i] <= o.end);
      expect(inside.length).toBe(o.words);
      expect(o.words).toBeGreaterThanOrEqual(8);
      expect(t.start).toContain(o.start);
      expect(t.end).toContain(o.end);
      if (o.plan === passage.first_plan) expect(inside.join(" ")).toBe(folded(passage.text));
    }
  });

  it("counts documents and issuers, and lists the citations of KL 149's full name apart", () => {
    for (const p of reuse.passages) {
      const plansWith = new Set(reuse.occurrences.filter((o) => o.passage_id === p.passage_id).map((o) => o.plan));
      expect(plansWith.size).toBe(p.documents);
      expect(p.issuers).toBeLessThanOrEqual(p.documents);
    }
    expect(reuse.passages.some((p) => p.citation && /149-KL\/TW/.test(p.text))).toBe(true);
  });

  it("gives a shared share to each plan with a source text, none to the others", () => {
    for (const p of plans) {
      if (p.plan.source) expect(reuse.share.get(p.slug)).toBeGreaterThan(0);
      else expect(reuse.share.has(p.slug)).toBe(false);
    }
    // The two provincial plans that copy KL 149's wording share far more than the ward's plan.
    const dakLak = reuse.share.get("ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025")!;
    const ward = reuse.share.get("ke-hoach-ubnd-phuong-nam-do-son-thuc-hien-kl-149-2025")!;
    expect(dakLak).toBeGreaterThan(2 * ward);
  });

  it("gives the same ids on every run", () => {
    expect(corpusReuse(plans, input.sources).passages.map((p) => p.passage_id)).toEqual(
      reuse.passages.map((p) => p.passage_id),
    );
  });
});

describe("the plan page's view of reuse", () => {
  const index = indexReuse(
    reuse.passages,
    reuse.occurrences,
    plans.map((p) => p.slug),
  );
  const slug = "ke-hoach-ubnd-dak-lak-thuc-hien-kl-149-2025";
  const marks = sharedMarks(index, slug, (s) => `KH ${s.slice(0, 12)}`);
  const source = sourceOf(slug);

  it("marks passages of substance only, each with links to other plans", () => {
    expect(marks.length).toBeGreaterThan(5);
    for (const m of marks) {
      expect(index.passages.get(m.passageId)!.citation).toBe(false);
      expect(m.peers.length + m.more).toBe(m.documents - 1);
      expect(m.peers.map((p) => p.slug)).not.toContain(slug);
    }
  });

  it("counts, at the data build, each plan's summary exactly as its page would from the marks", () => {
    let checked = 0;
    for (const p of plans) {
      if (!p.plan.source) {
        expect(reuse.summaries.has(p.slug)).toBe(false);
        continue;
      }
      const own = reuseSummary(
        sourceOf(p.slug),
        sharedMarks(index, p.slug, (s) => s),
      );
      expect(reuse.summaries.get(p.slug), p.slug).toEqual(own);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it("says how much is shared and where the plan's own wording is", () => {
    const summary = reuseSummary(source, marks);
    expect(summary.sharedWords / summary.words).toBeCloseTo(reuse.share.get(slug)!, 2);
    expect(summary.sections[0].ownWords).toBeGreaterThan(summary.sections.at(-1)!.ownWords - 1);
    expect(summary.sections.some((s) => /^I+V?\. /.test(s.heading))).toBe(true);
  });

  it("tells a quote in shared wording from the plan's own", () => {
    const m = marks.find((x) => x.end - x.start > 100)!;
    expect(quoteReuse({ start: m.start + 5, end: m.end - 5 }, marks).kind).toBe("shared");
    expect(quoteReuse({ start: 0, end: 0 }, marks).kind).toBe("own");
    const one = [{ ...m, start: 100, end: 200 }];
    expect(quoteReuse({ start: 150, end: 300 }, one)).toMatchObject({ kind: "partly", coverage: 1 / 3 });
    expect(quoteReuse({ start: 120, end: 180 }, one)).toMatchObject({ kind: "shared", passageId: m.passageId });
  });

  it("renders the marks apart from the quote highlights, with an anchor per passage and links", () => {
    const { segments } = highlightQuotes(source, [], marks);
    const html = segmentsToHtml(segments, (id) => id);
    for (const id of new Set(marks.map((m) => m.passageId))) expect(html).toContain(`id="doan-${id}"`);
    expect(html).toContain('class="chung"');
    expect(html).toMatch(/<a href="\/ke-hoach\/[a-z0-9-]+\/#doan-[0-9a-f]+">/);
    expect(html).not.toContain("<mark");
  });

  it("puts one set of links after a run of overlapping passages, each other plan once", () => {
    const text = "một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba mười bốn";
    const peer = (slug: string) => ({ slug, label: slug.toUpperCase() });
    const a = { start: 0, end: 30, passageId: "aaaaaaaaaa", documents: 3, peers: [peer("x"), peer("y")], more: 0 };
    const b = { start: 20, end: 50, passageId: "bbbbbbbbbb", documents: 3, peers: [peer("y"), peer("z")], more: 0 };
    const html = segmentsToHtml(highlightQuotes(text, [], [a, b]).segments, (id) => id);
    expect(html.match(/cũng có ở/g)).toHaveLength(1);
    expect(html).toContain('href="/ke-hoach/x/#doan-aaaaaaaaaa"');
    expect(html).toContain('href="/ke-hoach/y/#doan-aaaaaaaaaa"');
    expect(html).toContain('href="/ke-hoach/z/#doan-bbbbbbbbbb"');
    expect(html).toContain('id="doan-aaaaaaaaaa"');
    expect(html).toContain('id="doan-bbbbbbbbbb"');
  });
});
