import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildLineage } from "../../../../src/lib/lineage/build.ts";
import { CARD, layoutIndented, layoutTidy } from "../../../../src/lib/lineage/layout.ts";
import { indexGraph, planLineage } from "../../../../src/lib/lineage/plan-view.ts";
import { renderList } from "../../../../src/lib/lineage/render-list.ts";
import { renderSvg } from "../../../../src/lib/lineage/render-svg.ts";
import { buildTree, defaultExpanded } from "../../../../src/lib/lineage/tree.ts";
import { KL149, NQ21, nationalPlans, plan, ref } from "./make.ts";

const graph = buildLineage([
  ...nationalPlans(),
  plan("truong", {
    number: "07-KH/ĐU-CDSL",
    issuerShort: "ĐU <Trường> & CĐ",
    issuerLevel: "don-vi",
    issued: { date: "2025-06-28" },
    references: [
      ref("thuc-hien", "26-KH/ĐU", "Đảng ủy Ủy ban nhân dân tỉnh Sơn La", "2025-06-11"),
      ref("can-cu", "341-KH/TU", "Ban Thường vụ Tỉnh ủy Sơn La", "2025-06-03"),
      KL149,
      NQ21,
    ],
  }),
  plan("p2", { references: [{ ...KL149, relation: "thuc-hien" }] }),
  plan("p3", {
    references: [{ ...KL149, relation: "thuc-hien" }, ref("can-cu", "955-CTr/TU", "Tỉnh ủy Hà Tĩnh", "2018-03-16")],
  }),
]);
const index = indexGraph(graph);
const lookup = (id: string) => index.byId.get(id);
const tree = buildTree(graph);
const ghostId = (number: string) => graph.nodes.find((n) => n.number === number)?.id ?? "";

function drawing(interactive = false) {
  const layout = layoutTidy(tree.root, defaultExpanded(tree), graph);
  const { document } = parseHTML(
    `<!doctype html><html><body>${renderSvg(layout, { lookup, interactive, label: "Cây" })}</body></html>`,
  );
  return { layout, document };
}

describe("layoutTidy(root, expanded, graph)", () => {
  it("puts each level in its own column, no two cards overlapping", () => {
    const { layout } = drawing();
    for (const a of layout.items)
      for (const b of layout.items)
        if (a !== b && a.x === b.x) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(CARD.height);
    expect(new Set(layout.items.map((p) => p.x)).size).toBe(5);
  });

  it("hides the children of a closed family", () => {
    // 955-CTr/TU is a root: its only citer cites nothing else but its own parent.
    const layout = layoutTidy(tree.root, new Set(["nq-21"]), graph);
    expect(layout.items.map((p) => p.item.id)).toEqual(["nq-21", ghostId("955-CTr/TU"), "kl-149"]);
  });
});

describe("renderSvg(layout, options)", () => {
  it("draws the path from the school's plan up to NQ 21 as tree links", () => {
    const { document } = drawing();
    const links = [...document.querySelectorAll("path.ln-link--tree")].map(
      (p) => `${p.getAttribute("data-from")}>${p.getAttribute("data-to")}`,
    );
    const g26 = ghostId("26-KH/ĐU");
    const g341 = ghostId("341-KH/TU");
    expect(links).toEqual(
      expect.arrayContaining([`nq-21>kl-149`, `kl-149>${g341}`, `${g341}>${g26}`, `${g26}>truong`]),
    );
  });

  it("dashes links the tree inferred and draws other citations as thin links", () => {
    const { document } = drawing();
    const to26 = document.querySelector(`path.ln-link--tree[data-to="${ghostId("26-KH/ĐU")}"]`);
    expect(to26?.getAttribute("class")).toContain("ln-link--inferred");
    const toSchool = document.querySelector(`path.ln-link--tree[data-to="truong"]`);
    expect(toSchool?.getAttribute("class")).toContain("ln-link--stated");
    expect(document.querySelectorAll(`path.ln-link--cited[data-to="truong"]`)).toHaveLength(3);
  });

  it("links summarised documents to their pages and marks ghosts", () => {
    const { document } = drawing();
    expect(document.querySelector('[data-id="truong"] a')?.getAttribute("href")).toBe("/ke-hoach/truong/");
    const ghost = document.querySelector(`[data-id="${ghostId("26-KH/ĐU")}"]`);
    expect(ghost?.getAttribute("class")).toContain("ln-ghost");
    expect(ghost?.querySelector("a")).toBeNull();
    expect(ghost?.querySelector(".ln-card")?.getAttribute("aria-label")).toContain("chưa có tóm tắt");
  });

  it("names each card by the text it shows and describes it with the node's tooltip", () => {
    const { document } = drawing();
    const card = document.querySelector('[data-id="truong"] > .ln-card');
    // The card's text content is what the checkers compare with the name: its lines, one word apart.
    expect(card?.getAttribute("aria-label")).toBe(card?.textContent);
    expect(card?.querySelector("title")).toBeNull();
    const description = document.getElementById(card?.getAttribute("aria-describedby") ?? "");
    expect(description?.tagName.toLowerCase()).toBe("title");
    expect(description?.textContent).toContain("Thực hiện 26-KH/ĐU");
  });

  it("squeezes a number too long for its card instead of cutting it", () => {
    const layout = layoutIndented(tree.root, 220);
    const { document } = parseHTML(`<svg>${renderSvg(layout, { lookup, label: "Cây" })}</svg>`);
    const num = document.querySelector('[data-id="truong"] .ln-num');
    expect(num?.textContent).toBe("07-KH/ĐU-CDSL · 28/6/2025");
    expect(num?.getAttribute("lengthAdjust")).toBe("spacingAndGlyphs");
  });

  it("escapes the text it writes", () => {
    const { document } = drawing();
    expect(document.querySelector('[data-id="truong"] .ln-sub')?.textContent).toBe("ĐU <Trường> & CĐ");
  });

  it("makes cards tree items reachable by the keyboard only in the browser", () => {
    expect(drawing(false).document.querySelector('[role="treeitem"]')).toBeNull();
    const live = drawing(true).document;
    const item = live.querySelector('[data-id="kl-149"] > .ln-card');
    expect(item?.getAttribute("role")).toBe("treeitem");
    expect(item?.getAttribute("aria-expanded")).toBe("true");
    expect(item?.getAttribute("aria-level")).toBe("2");
  });
});

describe("planLineage(graph, index, id)", () => {
  it("gives the chain from NQ 21 down to the plan and the plan's children", () => {
    const view = planLineage(graph, index, "kl-149");
    expect(view?.chain.map((n) => n.id)).toEqual(["nq-21", "kl-149"]);
    expect(view?.children.map((n) => n.id)).toEqual(["p2", "p3", ghostId("341-KH/TU")]);
  });

  it("lists the documents a plan cites that are not on its chain", () => {
    expect(planLineage(graph, index, "p3")?.cited.map((n) => n.number)).toEqual(["955-CTr/TU"]);
    expect(planLineage(graph, index, "truong")?.cited).toEqual([]);
  });

  it("shows at most the number of children asked and counts the rest", () => {
    const view = planLineage(graph, index, "kl-149", 1);
    expect(view?.children).toHaveLength(1);
    expect(view?.more).toBe(2);
  });

  it("lays the chain out one row per document, each deeper one indented", () => {
    const view = planLineage(graph, index, "truong");
    const layout = view && layoutIndented(view.root, 340);
    expect(layout?.items.map((p) => p.x)).toEqual([12, 28, 44, 60, 76]);
    expect(layout?.items.every((p) => p.x + p.width <= 340)).toBe(true);
  });
});

describe("renderList(root, options)", () => {
  it("nests every document under its parent, open where asked, ghosts badged", () => {
    const html = renderList(tree.root, { lookup, open: new Set(["nq-21"]) });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(document.querySelectorAll("li")).toHaveLength(graph.nodes.length);
    expect(document.querySelector("details")?.hasAttribute("open")).toBe(true);
    expect(document.querySelectorAll(".ln-badge")).toHaveLength(3);
    expect(document.body.textContent).toContain("Vị trí suy luận");
  });
});
