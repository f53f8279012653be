// The kgraph page. Names, aliases and evidence are article text: they reach the page only
// through textContent and attribute properties, never as markup.
(function () {
  "use strict";

  const DIMMED = "rgba(200, 200, 200, 0.35)";
  const NEIGHBOURS_SHOWN = 12;
  const MATCHES_SHOWN = 8;

  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const meta = read("kgraph-meta");
  const nodes = new vis.DataSet(read("kgraph-nodes"));
  const edges = new vis.DataSet(read("kgraph-edges"));
  const $ = (id) => document.getElementById(id);

  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined) made.textContent = String(text);
    if (className) made.className = className;
    return made;
  }

  // Filters: node types shown, and the weakest link kept.
  const shownTypes = new Set(meta.types.map((entry) => entry.type));
  let minWeight = 1;
  const strongest = new Map();
  edges.forEach((edge) => {
    for (const end of [edge.from, edge.to]) strongest.set(end, Math.max(strongest.get(end) || 0, edge.weight));
  });
  const visibleNode = (node) => shownTypes.has(node.type) && (minWeight <= 1 || (strongest.get(node.id) || 0) >= minWeight);
  const nodeView = new vis.DataView(nodes, { filter: visibleNode });
  const edgeView = new vis.DataView(edges, {
    filter: (edge) => edge.weight >= minWeight && nodeView.get(edge.from) !== null && nodeView.get(edge.to) !== null,
  });

  const network = new vis.Network($("mynetwork"), { nodes: nodeView, edges: edgeView }, meta.options);
  window.network = network;

  // Selection: the node and its neighbours keep their colours, the rest fade.
  const original = new Map(nodes.get().map((node) => [node.id, { color: node.color, font: node.font }]));
  let selected = null;

  function highlight(id) {
    const keep = new Set(id === null ? nodes.getIds() : [id, ...network.getConnectedNodes(id)]);
    nodes.update(nodes.getIds().map((nodeId) => {
      const base = original.get(nodeId);
      return keep.has(nodeId)
        ? { id: nodeId, color: base.color, font: base.font }
        : { id: nodeId, color: DIMMED, font: Object.assign({}, base.font, { color: DIMMED }) };
    }));
  }

  function select(id, { focus } = { focus: false }) {
    if (!nodeView.get(id)) return;
    selected = id;
    network.selectNodes([id]);
    highlight(id);
    showPanel(id);
    if (focus) {
      // Centre the node in the part of the graph the panel leaves visible.
      const offset = { x: -$("panel").offsetWidth / 2, y: 0 };
      network.focus(id, { scale: Math.max(network.getScale(), 1), offset, animation: { duration: 400 } });
    }
  }

  function clearSelection() {
    selected = null;
    network.unselectAll();
    highlight(null);
    $("panel").hidden = true;
  }

  network.on("click", (params) => (params.nodes.length ? select(params.nodes[0]) : clearSelection()));

  // The side panel.
  function showPanel(id) {
    const node = nodes.get(id);
    $("panel-name").textContent = node.label;
    $("panel-type").textContent = node.type;
    const facts = $("panel-facts");
    facts.replaceChildren();
    for (const [key, value] of [["mentions", node.mentions], ...Object.entries(node.facts)]) {
      facts.append(element("dt", key.replace(/_/g, " ")), element("dd", value));
    }
    $("panel-aliases").textContent = node.aliases.join(", ") || "—";
    const list = $("panel-neighbours");
    list.replaceChildren();
    const links = edges.get({ filter: (edge) => edge.from === id || edge.to === id })
      .sort((a, b) => b.weight - a.weight)
      .slice(0, NEIGHBOURS_SHOWN);
    links.forEach((edge, index) => list.append(neighbourItem(edge, edge.from === id ? edge.to : edge.from, index < 3)));
    $("panel").hidden = false;
  }

  function neighbourItem(edge, otherId, open) {
    const other = nodes.get(otherId);
    const item = element("li");
    const details = element("details");
    details.open = open;
    const summary = element("summary", other.label);
    const plural = edge.weight === 1 ? "" : "s";
    const association = typeof edge.facts.npmi === "number" ? ` · NPMI ${edge.facts.npmi.toFixed(2)}` : "";
    summary.append(element("span", ` · ${edge.weight} sentence${plural}${association}`, "strength"));
    const go = element("button", "show", "link-to");
    go.type = "button";
    go.title = `Select ${other.label}`;
    go.addEventListener("click", () => select(otherId, { focus: true }));
    details.append(summary, evidenceList(edge.evidence));
    item.append(details, go);
    return item;
  }

  function evidenceList(evidence) {
    const list = element("ul", undefined, "evidence");
    for (const item of evidence) {
      const entry = element("li", item.text);
      const source = element("span", undefined, "source");
      const title = item.title || item.article || "";
      const url = safeUrl(item.url);
      if (url) {
        const link = element("a", title || url.hostname);
        link.href = url.href;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        source.append(link);
      } else {
        source.append(title);
      }
      const about = [item.source, item.date].filter(Boolean).join(", ");
      if (about) source.append(` (${about})`);
      entry.append(source);
      list.append(entry);
    }
    return list;
  }

  // Only web addresses become links: no javascript:, data: or file: URLs from article metadata.
  function safeUrl(text) {
    if (!text) return null;
    try {
      const url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:" ? url : null;
    } catch (err) {
      return null;
    }
  }

  $("close").addEventListener("click", clearSelection);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") clearSelection();
  });

  // Search by name or alias, accents and case ignored.
  const fold = (text) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const index = nodes.get().map((node) => ({
    id: node.id, label: node.label, mentions: node.mentions,
    names: [node.label, ...node.aliases].map(fold),
  }));
  const search = $("search");
  const matchList = $("matches");
  let matches = [];

  function findMatches(query) {
    const wanted = fold(query.trim());
    if (!wanted) return [];
    const scored = [];
    for (const entry of index) {
      let score = 0;
      for (const name of entry.names) {
        if (name === wanted) score = Math.max(score, 3);
        else if (name.startsWith(wanted)) score = Math.max(score, 2);
        else if (name.includes(wanted)) score = Math.max(score, 1);
      }
      if (score) scored.push({ entry, score });
    }
    scored.sort((a, b) => b.score - a.score || b.entry.mentions - a.entry.mentions);
    return scored.slice(0, MATCHES_SHOWN).map((found) => found.entry);
  }

  function showMatches() {
    matches = findMatches(search.value);
    matchList.replaceChildren(...matches.map((entry, position) => {
      const item = element("li", entry.label);
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", String(position === 0));
      const alias = nodes.get(entry.id).aliases.find((name) => name !== entry.label && fold(name).includes(fold(search.value.trim())));
      if (alias && !fold(entry.label).includes(fold(search.value.trim()))) item.append(element("span", ` (${alias})`, "alias"));
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(entry.id);
      });
      return item;
    }));
    matchList.hidden = matches.length === 0;
  }

  function choose(id) {
    matchList.hidden = true;
    search.value = nodes.get(id).label;
    if (!nodeView.get(id)) resetFilters();
    select(id, { focus: true });
  }

  search.addEventListener("input", showMatches);
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && matches.length) choose(matches[0].id);
  });
  search.addEventListener("blur", () => { matchList.hidden = true; });

  // Legend, which is also the type filter.
  const legend = $("legend");
  for (const { type, colour, count } of meta.types) {
    const label = element("label");
    const box = element("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = type;
    box.addEventListener("change", () => {
      if (box.checked) shownTypes.add(type); else shownTypes.delete(type);
      refilter();
    });
    const swatch = element("span", undefined, "swatch");
    swatch.style.backgroundColor = colour;
    label.append(box, swatch, `${type} (${count})`);
    legend.append(label);
  }

  const weightInput = $("min-weight");
  weightInput.max = String(meta.maxWeight);
  weightInput.addEventListener("input", () => {
    minWeight = Number(weightInput.value);
    $("min-weight-value").textContent = String(minWeight);
    refilter();
  });

  function refilter() {
    nodeView.refresh();
    edgeView.refresh();
    if (selected !== null && !nodeView.get(selected)) clearSelection();
    else if (selected !== null) highlight(selected);
  }

  function resetFilters() {
    for (const box of legend.querySelectorAll("input")) box.checked = true;
    meta.types.forEach((entry) => shownTypes.add(entry.type));
    weightInput.value = "1";
    minWeight = 1;
    $("min-weight-value").textContent = "1";
    refilter();
  }

  const physics = $("physics");
  physics.addEventListener("change", () => network.setOptions({ physics: { enabled: physics.checked } }));

  $("reset").addEventListener("click", () => {
    search.value = "";
    matchList.hidden = true;
    physics.checked = false;
    network.setOptions({ physics: { enabled: false } });
    resetFilters();
    clearSelection();
    network.fit({ animation: { duration: 300 } });
  });
})();
