/**
 * <lineage-tree>: the browser side of /pha-he/. Reads the graph's data file, then redraws the tree with
 * the same layout and markup as the build (src/lib/lineage/), and adds zoom and pan (d3-zoom), opening
 * and closing families, the path of the hovered or focused node up to the top, arrow-key navigation
 * (the APG tree-view pattern), search and `?chon=<id>`.
 */
import type { Layout, PlacedItem } from "../lib/lineage/layout.ts";
import { renderContent } from "../lib/lineage/render-svg.ts";
import { buildTree, defaultExpanded, pathTo, type LineageTree, type TreeItem } from "../lib/lineage/tree.ts";
import type { LineageGraph, LineageNode } from "../lib/lineage/types.ts";
import { fromWire, type WireGraph } from "../lib/lineage/wire.ts";
import { showDetail } from "./lineage-detail.ts";
import { connectSearch } from "./lineage-search.ts";
import { indentedView, tidyView, type View } from "./lineage-view.ts";

/** Screens narrower than this get the indented tree. */
const NARROW = "(max-width: 639px)";

/** Above this many items, "open everything" would draw too much to stay usable. */
const EXPAND_ALL_LIMIT = 1500;

class LineageTreeElement extends HTMLElement {
  private graph!: LineageGraph;
  private tree!: LineageTree;
  private byId = new Map<string, LineageNode>();
  private expanded = new Set<string>();
  private layout!: Layout;
  private placed = new Map<string, PlacedItem>();
  private svg!: SVGSVGElement;
  private viewport!: SVGGElement;
  private frame!: HTMLElement;
  private view!: View;
  /** The chosen item: highlighted when nothing is hovered, and where Tab lands. */
  private chosen = "";

  connectedCallback(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    const svg = this.querySelector<SVGSVGElement>("svg.ln-svg");
    const viewport = svg?.querySelector<SVGGElement>(".ln-viewport");
    if (!svg || !viewport) return;
    try {
      const response = await fetch(this.dataset.src ?? "");
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.graph = fromWire((await response.json()) as WireGraph);
    } catch {
      const detail = this.querySelector<HTMLElement>(".ln-detail");
      if (detail) {
        detail.hidden = false;
        detail.textContent = "Không tải được dữ liệu của cây; hình vẽ và danh sách bên dưới vẫn xem được.";
      }
      return;
    }
    this.svg = svg;
    this.viewport = viewport;
    this.frame = svg.parentElement as HTMLElement;
    this.byId = new Map(this.graph.nodes.map((n) => [n.id, n]));
    this.tree = buildTree(this.graph);
    this.expanded = defaultExpanded(this.tree);
    this.classList.add("is-ready");
    for (const hidden of this.querySelectorAll<HTMLElement>(".ln-tools, .ln-hint")) hidden.hidden = false;
    const narrow = matchMedia(NARROW);
    this.useView(narrow.matches);
    narrow.addEventListener("change", (e) => {
      this.useView(e.matches);
      this.render();
      if (this.chosen) this.view.center(this.placed.get(this.chosen) as PlacedItem);
      else this.view.initial(this.layout);
    });
    this.listen();
    connectSearch(this, this.graph, (id) => this.choose(id, { center: true, focus: true, remember: true }));
    const expandAll = this.querySelector<HTMLButtonElement>('[data-action="expand-all"]');
    if (expandAll && this.tree.byId.size > EXPAND_ALL_LIMIT) {
      expandAll.disabled = true;
      expandAll.title = `Cây có ${this.tree.byId.size} mục, quá nhiều để mở hết; hãy mở từng nhánh hoặc tìm văn bản.`;
    }
    const wanted = new URLSearchParams(location.search).get("chon");
    const found = wanted !== null && this.tree.byId.get(wanted)?.node !== undefined;
    if (found) for (const above of pathTo(this.tree.byId.get(wanted) as TreeItem)) this.expanded.add(above.id);
    this.render();
    this.view.initial(this.layout);
    if (found) this.choose(wanted, { center: !this.isInView(wanted), focus: true });
    else if (wanted) showDetail(this, undefined, this.lookup, `Không có văn bản “${wanted}” trong cây.`);
  }

  private useView(narrow: boolean): void {
    this.view?.detach();
    this.view = narrow ? indentedView(this.frame, this.svg) : tidyView(this.frame, this.svg, this.viewport);
    this.classList.toggle("is-narrow", narrow);
  }

  private lookup = (id: string): LineageNode | undefined => this.byId.get(id);

  private render(): void {
    this.layout = this.view.layout(this.tree.root, this.expanded, this.graph);
    this.placed = new Map(this.layout.items.map((p) => [p.item.id, p]));
    this.viewport.innerHTML = renderContent(this.layout, {
      lookup: this.lookup,
      interactive: true,
      current: this.chosen || undefined,
    });
    this.view.sized(this.layout);
    if (!this.placed.has(this.chosen)) this.chosen = "";
    this.highlight(this.chosen);
    const stop = this.cardOf(this.chosen) ?? this.viewport.querySelector<SVGElement>(".ln-card");
    stop?.setAttribute("tabindex", "0");
  }

  private cardOf(id: string): SVGElement | null {
    if (!id) return null;
    return this.viewport.querySelector<SVGElement>(`.ln-node[data-id="${CSS.escape(id)}"] > .ln-card`);
  }

  /** Marks the path of `id` up to the top, and the other documents it cites. */
  private highlight(id: string): void {
    const item = this.tree.byId.get(id);
    const path = new Set(item ? pathTo(item).map((i) => i.id) : []);
    for (const el of this.viewport.querySelectorAll<SVGElement>(".ln-node"))
      el.classList.toggle("is-path", path.has(el.dataset.id ?? ""));
    for (const el of this.viewport.querySelectorAll<SVGElement>(".ln-link")) {
      const tree = el.classList.contains("ln-link--tree");
      el.classList.toggle("is-path", tree && path.has(el.dataset.to ?? "") && path.has(el.dataset.from ?? ""));
      el.classList.toggle("is-cited", !tree && el.dataset.to === id);
    }
  }

  /** Chooses `id`: opens the families above it, marks it and its path, and shows what it is. */
  private choose(id: string, how: { center?: boolean; focus?: boolean; remember?: boolean } = {}): void {
    const item = this.tree.byId.get(id);
    if (!item) return;
    let opened = false;
    for (const above of pathTo(item).slice(0, -1))
      if (!this.expanded.has(above.id)) {
        this.expanded.add(above.id);
        opened = true;
      }
    const changed = opened || this.chosen !== id;
    this.chosen = id;
    if (changed) this.render();
    const placed = this.placed.get(id);
    if (how.center && placed) this.view.center(placed);
    if (how.focus) this.cardOf(id)?.focus({ preventScroll: true });
    if (how.remember && item.node) history.replaceState(null, "", `?chon=${encodeURIComponent(id)}`);
    showDetail(this, item, this.lookup);
  }

  private toggle(id: string, open = !this.expanded.has(id)): void {
    const item = this.tree.byId.get(id);
    if (!item || item.children.length === 0 || open === this.expanded.has(id)) return;
    const before = this.placed.get(id);
    if (open) this.expanded.add(id);
    else this.expanded.delete(id);
    this.chosen = id;
    this.render();
    const after = this.placed.get(id);
    // Keep the toggled card where it was on screen.
    if (before && after) this.view.keep(before, after);
    this.cardOf(id)?.focus({ preventScroll: true });
    showDetail(this, item, this.lookup);
  }

  /** Visible items in reading order (depth first), for the arrow keys. */
  private order(): TreeItem[] {
    const out: TreeItem[] = [];
    const walk = (item: TreeItem) => {
      if (item.id !== "") out.push(item);
      if (item.id === "" || this.expanded.has(item.id)) item.children.forEach(walk);
    };
    walk(this.tree.root);
    return out;
  }

  private move(from: string, key: string): string | undefined {
    const item = this.tree.byId.get(from);
    if (!item) return undefined;
    const order = this.order();
    const at = order.indexOf(item);
    const open = this.expanded.has(from) && item.children.length > 0;
    switch (key) {
      case "ArrowDown":
        return order[at + 1]?.id;
      case "ArrowUp":
        return order[at - 1]?.id;
      case "Home":
        return order[0]?.id;
      case "End":
        return order.at(-1)?.id;
      case "ArrowRight":
        if (item.children.length === 0) return undefined;
        if (!open) this.toggle(from, true);
        return open ? item.children[0].id : undefined;
      case "ArrowLeft":
        if (open) this.toggle(from, false);
        return open || !item.parent?.id ? undefined : item.parent.id;
    }
    return undefined;
  }

  private listen(): void {
    const idOf = (target: EventTarget | null) =>
      (target as Element | null)?.closest<SVGElement>(".ln-node")?.dataset.id ?? "";
    this.svg.addEventListener("click", (e) => {
      const toggle = (e.target as Element).closest<SVGElement>(".ln-toggle");
      if (toggle) return this.toggle(toggle.dataset.toggle ?? "");
      const id = idOf(e.target);
      if (!id || (e.target as Element).closest("a")) return; // a plan's card is a link: let it open
      if (!this.tree.byId.get(id)?.node) this.toggle(id);
      else this.choose(id);
    });
    this.svg.addEventListener("pointerover", (e) => {
      const id = idOf(e.target);
      if (id) this.highlight(id);
    });
    this.svg.addEventListener("pointerleave", () => this.highlight(this.chosen));
    this.svg.addEventListener("focusin", (e) => {
      const id = idOf(e.target);
      if (!id || id === this.chosen) return;
      this.cardOf(this.chosen)?.setAttribute("tabindex", "-1");
      (e.target as SVGElement).setAttribute("tabindex", "0");
      this.chosen = id;
      for (const el of this.viewport.querySelectorAll(".ln-node.is-current")) el.classList.remove("is-current");
      this.cardOf(id)?.parentElement?.classList.add("is-current");
      this.highlight(id);
      showDetail(this, this.tree.byId.get(id), this.lookup);
    });
    this.svg.addEventListener("keydown", (e) => {
      const id = idOf(e.target);
      if (!id) return;
      const item = this.tree.byId.get(id);
      if ((e.key === "Enter" && !item?.node?.slug) || e.key === " ") {
        e.preventDefault();
        return this.toggle(id);
      }
      if (!["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
      e.preventDefault();
      const next = this.move(id, e.key);
      if (next) this.choose(next, { center: !this.isInView(next), focus: true });
    });
    this.querySelector(".ln-buttons")?.addEventListener("click", (e) => {
      const action = (e.target as Element).closest<HTMLButtonElement>("button")?.dataset.action;
      if (action === "zoom-in") this.view.zoomBy(1.3);
      else if (action === "zoom-out") this.view.zoomBy(1 / 1.3);
      else if (action === "fit") this.view.fit(this.layout);
      else if (action === "expand-all") {
        for (const item of this.tree.byId.values()) if (item.children.length) this.expanded.add(item.id);
        this.render();
        this.view.fit(this.layout);
      } else if (action === "reset") {
        this.expanded = defaultExpanded(this.tree);
        this.chosen = "";
        this.render();
        this.view.initial(this.layout);
        showDetail(this, undefined, this.lookup);
      }
    });
  }

  private isInView(id: string): boolean {
    const p = this.placed.get(id);
    return p !== undefined && this.view.isInView(p);
  }
}

if (!customElements.get("lineage-tree")) customElements.define("lineage-tree", LineageTreeElement);
