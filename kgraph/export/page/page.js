// The kgraph page: wires the graph to vis-network, the filters, the selection, the side
// panel and the search; labels.js draws the labels and share.js keeps the view in the URL
// and exports it. Names, aliases and evidence are article text: they reach the page only
// through textContent and attribute properties, never as markup.
(function () {
  "use strict";

  const DIMMED = "rgba(200, 200, 200, 0.35)";
  const ROWS_SHOWN = 100; // neighbours listed at once; "N more" lists the next ones
  const MATCHES_SHOWN = 8;
  const SUGGESTIONS = 3;

  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const meta = read("kgraph-meta");
  // vis-network gets no "label" (it would draw it over the page's own labels): the name is "name".
  const nodes = new vis.DataSet(read("kgraph-nodes").map(({ label, ...node }) => Object.assign(node, { name: label })));
  const edges = new vis.DataSet(read("kgraph-edges"));
  const $ = (id) => document.getElementById(id);
  // The data lists nodes least important first.
  const importance = nodes.getIds().reverse();
  const nodeById = new Map(nodes.get().map((node) => [node.id, node]));
  const edgeById = new Map(edges.get().map((edge) => [edge.id, edge]));
  // Each node's links, and its strongest one: read at every selection and filter, which
  // must not scan every link of a big graph.
  const linksOf = new Map(importance.map((id) => [id, []]));
  const strongest = new Map();
  for (const edge of edgeById.values()) {
    for (const end of [edge.from, edge.to]) {
      linksOf.get(end).push(edge);
      strongest.set(end, Math.max(strongest.get(end) || 0, edge.weight));
    }
  }
  const otherEnd = (edge, id) => (edge.from === id ? edge.to : edge.from);

  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined) made.textContent = String(text);
    if (className) made.className = className;
    return made;
  }

  // What vis-network draws: on a big graph only the meta.drawAtMost most important nodes and
  // the links between them (docs/page.md), and the node selected when it is not one of them;
  // search and the panel reach every node. Each node vis-network holds costs it time at every
  // frame and every change; the data and the GraphML keep the whole graph.
  const capped = new Set(importance.slice(0, meta.drawAtMost));
  let extra = null; // the selected node when it is beyond the cap
  const drawable = (id) => capped.has(id) || id === extra;
  const nodeView = new vis.DataView(nodes, { filter: (node) => drawable(node.id) });
  const edgeView = new vis.DataView(edges, { filter: (edge) => drawable(edge.from) && drawable(edge.to) });

  // Filters: a node is shown when every node filter keeps it, an edge when every edge filter
  // keeps it and both its ends are shown. A new control adds its own predicate (time.js does).
  const state = { shownTypes: new Set(meta.types.map((entry) => entry.type)), minWeight: 1, selected: null };
  const nodeFilters = [
    (node) => state.shownTypes.has(node.type),
    (node) => state.minWeight <= 1 || (strongest.get(node.id) || 0) >= state.minWeight,
  ];
  const edgeFilters = [(edge) => edge.weight >= state.minWeight];
  const shown = (id) => nodeFilters.every((keep) => keep(nodeById.get(id)));

  // The filters hide what they do not keep through vis-network's own "hidden" flag on its node
  // and edge objects, then have it remake its list of what to draw. Going through the data
  // instead (a view's filter, or updates of "hidden") makes vis-network rebuild every node and
  // link that comes or goes: seconds to bring back 17,000 links, against tens of ms.
  function hide() {
    const body = network.body;
    for (const id in body.nodes) body.nodes[id].options.hidden = !shown(id);
    for (const id in body.edges) body.edges[id].options.hidden = !edgeFilters.every((keep) => keep(edgeById.get(id)));
    network._updateVisibleIndices();
  }

  // Draw ``id`` too when it is beyond the cap (null: only the capped nodes), with its links to
  // the nodes drawn. Through vis-network's own node and edge handlers, without the data events,
  // each of which makes it rescale every node and link it holds (a quarter of a second on 2,000
  // nodes) for one node and a few links.
  let valueRange = null; // the link weights vis-network scaled the widths over
  function drawExtra(id) {
    const wanted = id === null || capped.has(id) ? null : id;
    if (wanted === extra) return;
    const body = network.body;
    if (extra !== null) {
      network.edgesHandler.remove(linksOf.get(extra).map((edge) => edge.id).filter((edgeId) => edgeId in body.edges), false);
      delete body.nodes[extra];
    }
    extra = wanted;
    if (extra !== null) {
      if (valueRange === null) {
        valueRange = [Infinity, -Infinity, 0];
        for (const edgeId in body.edges) {
          const value = body.edges[edgeId].options.value;
          valueRange = [Math.min(valueRange[0], value), Math.max(valueRange[1], value), valueRange[2] + value];
        }
      }
      network.nodesHandler.add([extra], true);
      const links = linksOf.get(extra).filter((edge) => drawable(otherEnd(edge, extra))).map((edge) => edge.id);
      network.edgesHandler.add(links, true);
      for (const edgeId of links) {
        body.edges[edgeId].connect();
        body.edges[edgeId].setValueRange(...valueRange);
      }
    }
    hide();
  }

  // Legend, which is also the type filter. Made before the network: vis-network takes the
  // size its canvas has then, and would rescale the view when the controls grew afterwards.
  const legend = $("legend");
  for (const { type, colour, count } of meta.types) {
    const label = element("label");
    const box = element("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = type;
    box.addEventListener("change", () => {
      if (box.checked) state.shownTypes.add(type); else state.shownTypes.delete(type);
      refilter();
    });
    const swatch = element("span", undefined, "swatch");
    swatch.style.backgroundColor = colour;
    label.append(box, swatch, `${type} (${count})`);
    legend.append(label);
  }

  const network = new vis.Network($("mynetwork"), { nodes: nodeView, edges: edgeView }, meta.options);
  window.network = network;

  // Selection: the node and its neighbours keep their colours, the rest fade; clearing it
  // gives every node back the colour it was built with. The colours change on vis-network's
  // node objects, as drawn: updating them in the data rebuilds every node (over a second on 4,000).
  const FADED = { background: DIMMED, border: DIMMED, highlight: { background: DIMMED, border: DIMMED },
                  hover: { background: DIMMED, border: DIMMED } };
  const builtColour = new Map(); // id -> the colour vis-network made from the data
  let kept = null; // the nodes not faded, or null when nothing is

  function highlight(id) {
    kept = id === null ? null : new Set([id, ...linksOf.get(id).map((edge) => otherEnd(edge, id))]);
    const drawnNodes = network.body.nodes;
    for (const nodeId in drawnNodes) {
      const node = drawnNodes[nodeId];
      if (!builtColour.has(nodeId)) builtColour.set(nodeId, node.options.color);
      node.options.color = !kept || kept.has(nodeId) ? builtColour.get(nodeId) : FADED;
    }
    network.body.emitter.emit("_requestRedraw");
    labelOrder = kept ? [id, ...importance.filter((other) => other !== id && kept.has(other))] : importance;
  }

  let labelOrder = importance;
  const labelBoxes = window.KGraph.attachLabels(network, {
    order: () => labelOrder,
    text: (id) => nodeById.get(id).name,
    drawn: (id) => !kept || kept.has(id),
  });
  window.kgraphLabels = labelBoxes; // for tests and tools: the label boxes on screen

  function select(id, { focus } = { focus: false }) {
    if (!nodeById.has(id) || !shown(id)) return;
    drawExtra(id);
    state.selected = id;
    network.selectNodes([id]);
    highlight(id);
    showPanel(id);
    if (focus) {
      // Centre the node in the part of the graph the panel leaves visible.
      const offset = { x: -$("panel").offsetWidth / 2, y: 0 };
      network.focus(id, { scale: Math.max(network.getScale(), 1), offset, animation: { duration: 400 } });
    }
    changed();
  }

  function clearSelection() {
    state.selected = null;
    network.selectNodes([]); // redrawn at the next frame, once (unselectAll draws at once)
    drawExtra(null);
    highlight(null);
    $("panel").hidden = true;
    changed();
  }

  network.on("click", (params) => (params.nodes.length ? select(params.nodes[0]) : clearSelection()));

  // Listeners told whenever the view changes (share.js keeps the URL up to date).
  const listeners = [];
  const changed = () => listeners.forEach((listener) => listener());

  // The side panel: plain words, every neighbour.
  const pagerankOrder = nodes.get().filter((node) => typeof node.facts.pagerank === "number")
    .sort((a, b) => b.facts.pagerank - a.facts.pagerank).map((node) => node.id);
  const pagerankRank = new Map(pagerankOrder.map((id, position) => [id, position + 1]));
  const clusters = new Map();
  for (const id of importance) {
    const cluster = nodeById.get(id).facts.community;
    if (cluster === undefined) continue;
    if (!clusters.has(cluster)) clusters.set(cluster, []);
    clusters.get(cluster).push(id);
  }

  function describe(node) {
    const facts = [["mentions", node.mentions]];
    for (const [key, value] of Object.entries(node.facts)) {
      if (key === "pagerank") {
        facts.push(["importance", `${ordinal(pagerankRank.get(node.id))} of ${pagerankOrder.length} (PageRank)`]);
      } else if (key === "community") {
        const members = clusters.get(value).filter((id) => id !== node.id);
        const named = members.slice(0, 3).map((id) => nodeById.get(id).name).join(", ");
        const more = members.length > 3 ? ` and ${members.length - 3} more` : "";
        facts.push(["cluster", members.length ? `with ${named}${more}` : "on its own"]);
      } else {
        facts.push([key.replace(/_/g, " "), value]);
      }
    }
    return facts;
  }

  function ordinal(n) {
    const ones = n % 10, teens = n % 100 >= 11 && n % 100 <= 13;
    return `${n}${teens ? "th" : ({ 1: "st", 2: "nd", 3: "rd" })[ones] || "th"}`;
  }

  const SORTS = {
    weight: (a, b) => b.weight - a.weight,
    npmi: (a, b) => (b.facts.npmi ?? -2) - (a.facts.npmi ?? -2) || b.weight - a.weight,
    date: (a, b) => String(b.facts.last_date || "").localeCompare(String(a.facts.last_date || "")) || b.weight - a.weight,
  };

  function showPanel(id) {
    const node = nodeById.get(id);
    $("panel-name").textContent = node.name;
    $("panel-type").textContent = node.type;
    const facts = $("panel-facts");
    facts.replaceChildren();
    for (const [key, value] of describe(node)) facts.append(element("dt", key), element("dd", value));
    $("panel-aliases").textContent = node.aliases.join(", ") || "—";
    listNeighbours(id);
    $("panel").hidden = false;
  }

  function listNeighbours(id) {
    const links = [...linksOf.get(id)].sort(SORTS[$("panel-sort").value]);
    $("panel-count").textContent = String(links.length);
    const list = $("panel-neighbours");
    list.replaceChildren();
    const more = $("panel-more");
    const showRows = (start) => {
      links.slice(start, start + ROWS_SHOWN).forEach((edge) => list.append(neighbourRow(edge, otherEnd(edge, id))));
      const left = links.length - start - ROWS_SHOWN;
      more.hidden = left <= 0;
      more.textContent = `${left} more`;
      more.onclick = () => showRows(start + ROWS_SHOWN);
    };
    showRows(0);
  }

  function neighbourRow(edge, otherId) {
    const other = nodeById.get(otherId);
    const row = element("li");
    const go = element("button", other.name, "link-to");
    go.type = "button";
    go.title = `Select ${other.name}`;
    go.addEventListener("click", () => select(otherId, { focus: true }));
    const swatch = element("span", undefined, "swatch");
    swatch.style.backgroundColor = other.color;
    const plural = edge.weight === 1 ? "" : "s";
    const about = [other.type, `${edge.weight} sentence${plural}`];
    if (typeof edge.facts.npmi === "number") about.push(`NPMI ${edge.facts.npmi.toFixed(2)}`);
    const first = edge.facts.first_date, last = edge.facts.last_date;
    if (first || last) about.push(first === last || !first || !last ? first || last : `${first} – ${last}`);
    if (edge.facts.source_names) about.push(String(edge.facts.source_names).split("|").join(", "));
    const said = relationText(edge.relations, edge.from === otherId ? edge.to : edge.from);
    if (said) about.push(said);
    const details = element("details");
    const cut = edge.weight - edge.evidence.length;
    const count = cut > 0 ? `${edge.evidence.length} of ${edge.weight} sentences kept` : String(edge.evidence.length);
    details.append(element("summary", `evidence (${count})`),
                   evidenceList(edge.evidence));
    row.append(swatch, go, element("span", about.join(" · "), "about"), details);
    return row;
  }

  // What one did to the other, seen from the selected entity: "→ attack (2, conflict)" it did twice, "← fire"
  // was done to it, "↔ meet" together, with the predicate's class unless "other" (kgraph build --relations).
  function relationText(relations, selectedId) {
    return (relations || []).map((r) => {
      const arrow = r.mutual ? "\u2194" : r.subject === selectedId ? "\u2192" : "\u2190";
      const notes = [r.count > 1 ? String(r.count) : "", r.class && r.class !== "other" ? r.class : ""];
      const note = notes.filter(Boolean).join(", ");
      return `${arrow} ${r.predicate}` + (note ? ` (${note})` : "");
    }).join(", ");
  }

  function evidenceList(evidence) {
    const list = element("ul", undefined, "evidence");
    for (const item of evidence) {
      const entry = element("li", item.text);
      if (item.predicate) entry.append(element("span", ` [${item.predicate}]`, "predicate"));
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

  $("panel-sort").addEventListener("change", () => state.selected !== null && listNeighbours(state.selected));
  $("close").addEventListener("click", clearSelection);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") clearSelection();
  });

  // Search by name or alias, accents and case ignored; with no match, the closest names.
  const fold = (text) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const index = nodes.get().map((node) => ({
    id: node.id, label: node.name, mentions: node.mentions,
    names: [node.name, ...node.aliases].map(fold),
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

  // Similarity of two names by their shared letter pairs (Dice's coefficient), which forgives typos.
  const pairs = (text) => {
    const found = new Set();
    for (let at = 0; at < text.length - 1; at++) found.add(text.slice(at, at + 2));
    return found;
  };

  function closest(query) {
    const wanted = pairs(fold(query.trim()));
    if (!wanted.size) return [];
    const similarity = (name) => {
      const theirs = pairs(name);
      let shared = 0;
      for (const pair of theirs) if (wanted.has(pair)) shared++;
      return (2 * shared) / (wanted.size + theirs.size);
    };
    return index.map((entry) => ({ entry, score: Math.max(...entry.names.map(similarity)) }))
      .filter((found) => found.score > 0)
      .sort((a, b) => b.score - a.score || b.entry.mentions - a.entry.mentions)
      .slice(0, SUGGESTIONS).map((found) => found.entry);
  }

  function option(entry, selectedOption) {
    const item = element("li", entry.label);
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", String(selectedOption));
    item.addEventListener("mousedown", (event) => {
      event.preventDefault();
      choose(entry.id);
    });
    return item;
  }

  function showMatches() {
    const query = search.value.trim();
    matches = findMatches(query);
    if (query && !matches.length) {
      const near = closest(query);
      const none = element("li", `No name or alias contains “${query}”.${near.length ? " Closest:" : ""}`, "none");
      matchList.replaceChildren(none, ...near.map((entry) => option(entry, false)));
      matchList.hidden = false;
      return;
    }
    matchList.replaceChildren(...matches.map((entry, position) => {
      const item = option(entry, position === 0);
      const alias = nodeById.get(entry.id).aliases.find((name) => name !== entry.label && fold(name).includes(fold(query)));
      if (alias && !fold(entry.label).includes(fold(query))) item.append(element("span", ` (${alias})`, "alias"));
      return item;
    }));
    matchList.hidden = matches.length === 0;
  }

  function choose(id) {
    matchList.hidden = true;
    search.value = nodeById.get(id).name;
    if (!shown(id)) resetFilters();
    select(id, { focus: true });
  }

  search.addEventListener("input", showMatches);
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && matches.length) choose(matches[0].id);
  });
  search.addEventListener("blur", () => { matchList.hidden = true; });

  const weightInput = $("min-weight");
  weightInput.max = String(meta.maxWeight);
  weightInput.addEventListener("input", () => setFilters({ minWeight: Number(weightInput.value) }));

  function refilter() {
    hide();
    network.redraw();
    if (state.selected !== null && !shown(state.selected)) clearSelection();
    changed();
  }

  // Set the filters (the types shown, the weakest link kept; each left as it is when not given)
  // and the controls that show them.
  function setFilters({ types = [...state.shownTypes], minWeight = state.minWeight } = {}) {
    state.shownTypes = new Set(types);
    for (const box of legend.querySelectorAll("input")) box.checked = state.shownTypes.has(box.value);
    state.minWeight = Math.min(Math.max(1, minWeight), meta.maxWeight);
    weightInput.value = String(state.minWeight);
    $("min-weight-value").textContent = String(state.minWeight);
    refilter();
  }
  // Every filter back to keeping everything; other controls (time.js) add how they reset.
  const resets = [() => setFilters({ types: meta.types.map((entry) => entry.type), minWeight: 1 })];
  const resetFilters = () => resets.forEach((reset) => reset());

  const physics = $("physics");
  physics.addEventListener("change", () => network.setOptions({ physics: { enabled: physics.checked } }));

  function resetView() {
    search.value = "";
    matchList.hidden = true;
    physics.checked = false;
    network.setOptions({ physics: { enabled: false } });
    resetFilters();
    clearSelection();
    network.fit({ animation: { duration: 300 } });
  }
  $("reset").addEventListener("click", resetView);

  // What the other modules (share.js, and later controls) work with.
  const page = {
    network, nodes, edges, nodeView, edgeView, meta, state, nodeFilters, edgeFilters,
    select, clearSelection, setFilters, refilter, onChange: (listener) => listeners.push(listener),
    onReset: (reset) => resets.push(reset),
  };
  window.KGraph.attachShare(page);
  window.KGraph.attachTime(page); // the date range, for graphs counted by period (time.js)
})();
