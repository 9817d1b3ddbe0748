/**
 * <lineage-tree>: the browser side of /pha-he/. Reads the tree's first file, then redraws the tree with
 * the same layout and markup as the build (src/lib/lineage/), and adds zoom and pan (d3-zoom), opening
 * and closing families, the path of the hovered or focused node up to the top, arrow-key navigation
 * (the APG tree-view pattern), search and `?chon=<id>`. A large tree comes in parts (chunks.ts): a
 * closed family's part is fetched when it is opened, searched into or chosen by `?chon=`.
 */
import type { Layout, PlacedItem } from "../lib/lineage/layout.ts";
import {
  addChunk,
  chunkPath,
  foundOf,
  shardOf,
  treeFromSkeleton,
  type WireChunk,
  type WireFound,
  type WireSkeleton,
} from "../lib/lineage/chunks.ts";
import { renderContent } from "../lib/lineage/render-svg.ts";
import {
  buildTreeSearch,
  memoryLoader,
  treeSearchFile,
  TreeSearch,
  TREE_SEARCH_HEAD,
  type TreeSearchHead,
} from "../lib/lineage/search.ts";
import { formatNumber } from "../lib/format.ts";
import { hasChildren, pathTo, type LineageTree, type TreeItem } from "../lib/lineage/tree.ts";
import type { LineageGraph, LineageNode } from "../lib/lineage/types.ts";
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
  private skeleton!: WireSkeleton;
  /** Parts fetched or on their way, by number. */
  private parts = new Map<number, Promise<void>>();
  private loaded = new Set<number>();
  private searcher: Promise<TreeSearch> | undefined;

  private url(file: string): string {
    return (this.dataset.base ?? "/pha-he/") + file;
  }

  private async text(file: string): Promise<string> {
    const response = await fetch(this.url(file));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }

  private async json<T>(file: string): Promise<T> {
    return JSON.parse(await this.text(file)) as T;
  }

  /** Fetches part `k` and those it hangs in, outermost first, and hangs them in the tree. */
  private async loadPart(k: number): Promise<void> {
    for (const at of chunkPath(this.skeleton.parents, k, this.loaded)) {
      let part = this.parts.get(at);
      if (!part) {
        part = this.json<WireChunk>(`nhanh/${at}.json`).then((chunk) => {
          addChunk({ tree: this.tree, graph: this.graph, byNode: this.byId }, at, chunk);
          this.loaded.add(at);
        });
        // A part that failed to arrive is asked for again next time.
        part.catch(() => this.parts.delete(at));
        this.parts.set(at, part);
      }
      await part;
    }
  }

  /**
   * The tree's search: made here from the loaded graph when it is the whole tree, else read from the
   * search files (tim/, lib/lineage/search.ts) as the reader types.
   */
  private treeSearch(): Promise<TreeSearch> {
    if (this.searcher) return this.searcher;
    if (this.skeleton.parents.length === 0) {
      const files = buildTreeSearch(
        this.graph.nodes.map((n) => foundOf(n, -1)),
        this.graph.provinces,
      );
      this.searcher = Promise.resolve(new TreeSearch(files.head, memoryLoader(files)));
      return this.searcher;
    }
    this.searcher = this.json<TreeSearchHead>(treeSearchFile(TREE_SEARCH_HEAD)).then(
      (head) =>
        new TreeSearch(head, {
          shard: (name) => this.text(treeSearchFile(name)),
          chunk: (n) => this.json<WireFound[]>(treeSearchFile(`c-${n}`)),
        }),
    );
    this.searcher.catch(() => (this.searcher = undefined));
    return this.searcher;
  }

  /** Makes sure `id` is in the loaded tree (fetching its part); false when the tree has no such item. */
  private async reveal(id: string): Promise<boolean> {
    if (this.tree.byId.has(id)) return true;
    if (this.skeleton.parents.length === 0) return false;
    const positions = await this.json<Record<string, number>>(`vi-tri/${shardOf(id)}.json`).catch(() => undefined);
    const part = positions && Object.hasOwn(positions, id) ? positions[id] : undefined;
    if (part === undefined) return false;
    await this.loadPart(part);
    return this.tree.byId.has(id);
  }

  connectedCallback(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    const svg = this.querySelector<SVGSVGElement>("svg.ln-svg");
    const viewport = svg?.querySelector<SVGGElement>(".ln-viewport");
    if (!svg || !viewport) return;
    try {
      this.skeleton = await this.json<WireSkeleton>("du-lieu.json");
      const state = treeFromSkeleton(this.skeleton);
      this.graph = state.graph;
      this.tree = state.tree;
      this.byId = state.byNode;
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
    this.expanded = new Set(this.skeleton.open);
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
    connectSearch(
      this,
      () => this.treeSearch(),
      (id) => void this.choose(id, { center: true, focus: true, remember: true }),
    );
    const expandAll = this.querySelector<HTMLButtonElement>('[data-action="expand-all"]');
    if (expandAll && this.skeleton.total > EXPAND_ALL_LIMIT) {
      expandAll.disabled = true;
      expandAll.title = `Cây có ${formatNumber(this.skeleton.total)} mục, quá nhiều để mở hết; hãy mở từng nhánh hoặc tìm văn bản.`;
    }
    const wanted = new URLSearchParams(location.search).get("chon");
    const found = wanted !== null && (await this.reveal(wanted)) && this.tree.byId.get(wanted)?.node !== undefined;
    if (found) for (const above of pathTo(this.tree.byId.get(wanted) as TreeItem)) this.expanded.add(above.id);
    this.render();
    this.view.initial(this.layout);
    if (found) void this.choose(wanted, { center: !this.isInView(wanted), focus: true });
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
  private async choose(id: string, how: { center?: boolean; focus?: boolean; remember?: boolean } = {}): Promise<void> {
    if (!this.tree.byId.has(id)) await this.reveal(id).catch(() => false);
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

  private async toggle(id: string, open = !this.expanded.has(id)): Promise<void> {
    const item = this.tree.byId.get(id);
    if (!item || !hasChildren(item) || open === this.expanded.has(id)) return;
    const before = this.placed.get(id);
    if (open && item.lazy !== undefined) {
      const card = this.cardOf(id);
      card?.setAttribute("aria-busy", "true");
      try {
        await this.loadPart(item.lazy);
      } catch {
        showDetail(this, item, this.lookup, "Không tải được nhánh này; hãy thử lại.");
        return;
      } finally {
        card?.removeAttribute("aria-busy");
      }
    }
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
    const closed = !this.expanded.has(from) && hasChildren(item);
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
        if (!open && !closed) return undefined;
        if (closed) void this.toggle(from, true);
        return open ? item.children[0].id : undefined;
      case "ArrowLeft":
        if (open) void this.toggle(from, false);
        return open || !item.parent?.id ? undefined : item.parent.id;
    }
    return undefined;
  }

  private listen(): void {
    const idOf = (target: EventTarget | null) =>
      (target as Element | null)?.closest<SVGElement>(".ln-node")?.dataset.id ?? "";
    this.svg.addEventListener("click", (e) => {
      const toggle = (e.target as Element).closest<SVGElement>(".ln-toggle");
      if (toggle) return void this.toggle(toggle.dataset.toggle ?? "");
      const id = idOf(e.target);
      if (!id || (e.target as Element).closest("a")) return; // a plan's card is a link: let it open
      if (!this.tree.byId.get(id)?.node) void this.toggle(id);
      else void this.choose(id);
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
        return void this.toggle(id);
      }
      if (!["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
      e.preventDefault();
      const next = this.move(id, e.key);
      if (next) void this.choose(next, { center: !this.isInView(next), focus: true });
    });
    this.querySelector(".ln-buttons")?.addEventListener("click", (e) => {
      const action = (e.target as Element).closest<HTMLButtonElement>("button")?.dataset.action;
      if (action === "zoom-in") this.view.zoomBy(1.3);
      else if (action === "zoom-out") this.view.zoomBy(1 / 1.3);
      else if (action === "fit") this.view.fit(this.layout);
      else if (action === "expand-all") void this.expandAll();
      else if (action === "reset") {
        this.expanded = new Set(this.skeleton.open);
        this.chosen = "";
        this.render();
        this.view.initial(this.layout);
        showDetail(this, undefined, this.lookup);
      }
    });
  }

  /** Opens every family (the tree is small enough: every part is fetched first). */
  private async expandAll(): Promise<void> {
    try {
      for (let k = 0; k < this.skeleton.parents.length; k++) await this.loadPart(k);
    } catch {
      showDetail(this, undefined, this.lookup, "Không tải được hết các nhánh; hãy thử lại.");
      return;
    }
    for (const item of this.tree.byId.values()) if (item.children.length) this.expanded.add(item.id);
    this.render();
    this.view.fit(this.layout);
  }

  private isInView(id: string): boolean {
    const p = this.placed.get(id);
    return p !== undefined && this.view.isInView(p);
  }
}

if (!customElements.get("lineage-tree")) customElements.define("lineage-tree", LineageTreeElement);
