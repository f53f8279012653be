// Sharing and export: the view (selected node, filters, zoom) lives in the URL fragment, so a
// copied link reopens it; the canvas saves as PNG; the visible subgraph downloads as GraphML
// or CSV. Everything is made in the page: nothing is fetched or sent.
(function () {
  "use strict";

  // The view as fragment parameters: node, hide (types hidden), min (weakest link), zoom, x, y.
  function viewToFragment(page) {
    const { network, meta, state } = page;
    const params = new URLSearchParams();
    if (state.selected !== null) params.set("node", state.selected);
    const hidden = meta.types.map((entry) => entry.type).filter((type) => !state.shownTypes.has(type));
    if (hidden.length) params.set("hide", hidden.join(","));
    if (state.minWeight > 1) params.set("min", String(state.minWeight));
    const centre = network.getViewPosition();
    params.set("zoom", network.getScale().toPrecision(4));
    params.set("x", centre.x.toFixed(1));
    params.set("y", centre.y.toFixed(1));
    return params.toString();
  }

  function applyFragment(page, fragment) {
    const params = new URLSearchParams(fragment);
    const hidden = new Set((params.get("hide") || "").split(",").filter(Boolean));
    page.setFilters({
      types: page.meta.types.map((entry) => entry.type).filter((type) => !hidden.has(type)),
      minWeight: Number(params.get("min")) || 1,
    });
    const node = params.get("node");
    if (node !== null && page.nodes.get(node)) page.select(node);
    const zoom = Number(params.get("zoom")), x = Number(params.get("x")), y = Number(params.get("y"));
    if (zoom > 0 && Number.isFinite(x) && Number.isFinite(y)) page.network.moveTo({ position: { x, y }, scale: zoom });
  }

  function attachShare(page) {
    const { network } = page;
    let applying = false;
    let pending = null;
    // Once the view rests: a wheel zoom fires many events, and browsers throttle history updates.
    const record = () => {
      if (applying) return;
      clearTimeout(pending);
      pending = setTimeout(() => history.replaceState(null, "", `#${viewToFragment(page)}`), 150);
    };
    if (location.hash.length > 1) {
      applying = true;
      applyFragment(page, location.hash.slice(1));
      applying = false;
    }
    page.onChange(record);
    for (const event of ["dragEnd", "zoom", "animationFinished"]) network.on(event, record);
    window.addEventListener("hashchange", () => {
      applying = true;
      applyFragment(page, location.hash.slice(1));
      applying = false;
    });

    const name = (document.title || "kgraph").replace(/[^\p{L}\p{N}._-]+/gu, "-");
    button("save-png", () => savePng(network, `${name}.png`));
    button("save-graphml", () => download(new Blob([graphml(visible(page))], { type: "application/xml" }), `${name}.graphml`));
    button("save-nodes-csv", () => download(new Blob([nodesCsv(visible(page))], { type: "text/csv" }), `${name}-nodes.csv`));
    button("save-edges-csv", () => download(new Blob([edgesCsv(visible(page))], { type: "text/csv" }), `${name}-edges.csv`));
  }

  function button(id, action) {
    document.getElementById(id).addEventListener("click", action);
  }

  function download(blob, filename) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  // The canvas as drawn (labels included), on white: the canvas itself is transparent.
  function savePng(network, filename) {
    network.redraw();
    const canvas = network.canvas.frame.canvas;
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(canvas, 0, 0);
    copy.toBlob((blob) => download(blob, filename), "image/png");
  }

  // The nodes and edges the filters leave and vis-network draws (the date range hides some:
  // time.js), with their current positions.
  function visible(page) {
    const positions = page.network.getPositions();
    const drawnNodes = new Set(page.network.body.nodeIndices);
    const drawnEdges = new Set(page.network.body.edgeIndices);
    const nodes = page.nodeView.get({ filter: (node) => drawnNodes.has(node.id) })
      .map((node) => Object.assign({}, node, positions[node.id]));
    return { nodes, edges: page.edgeView.get({ filter: (edge) => drawnEdges.has(edge.id) }) };
  }

  function nodeRecord(node) {
    return { label: node.name, name: node.name, type: node.type, mentions: node.mentions,
             aliases: node.aliases.join("|"), ...node.facts, x: node.x, y: node.y, color: node.color };
  }

  function edgeRecord(edge) {
    return { weight: edge.weight, ...edge.facts, evidence: JSON.stringify(edge.evidence) };
  }

  const XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
  const xml = (value) => String(value).replace(/[&<>"']/g, (character) => XML_ESCAPES[character]);
  const graphmlType = (value) => (typeof value === "number" ? (Number.isInteger(value) ? "long" : "double") : "string");

  function graphml({ nodes, edges }) {
    const nodeRecords = nodes.map(nodeRecord), edgeRecords = edges.map(edgeRecord);
    const keys = [];
    for (const [domain, records] of [["node", nodeRecords], ["edge", edgeRecords]]) {
      const types = new Map();
      for (const record of records) {
        for (const [key, value] of Object.entries(record)) {
          if (graphmlType(value) === "double" && types.get(key) === "long") types.set(key, "double");
          else if (!types.has(key)) types.set(key, graphmlType(value));
        }
      }
      for (const [key, type] of types) {
        keys.push(`  <key id="${domain}_${xml(key)}" for="${domain}" attr.name="${xml(key)}" attr.type="${type}"/>`);
      }
    }
    const data = (domain, record) => Object.entries(record)
      .map(([key, value]) => `      <data key="${domain}_${xml(key)}">${xml(value)}</data>`).join("\n");
    return ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">', ...keys, '  <graph edgedefault="undirected">',
      ...nodes.map((node, at) => `    <node id="${xml(node.id)}">\n${data("node", nodeRecords[at])}\n    </node>`),
      ...edges.map((edge, at) => `    <edge source="${xml(edge.from)}" target="${xml(edge.to)}">\n${data("edge", edgeRecords[at])}\n    </edge>`),
      "  </graph>", "</graphml>", ""].join("\n");
  }

  // RFC 4180 cells; text a spreadsheet would run as a formula gets a leading ' (as kgraph's own CSV).
  function cell(value) {
    let text = value === undefined || value === null ? "" : String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  function table(records, first) {
    const columns = [...new Set([...first, ...records.flatMap((record) => Object.keys(record))])];
    return [columns, ...records.map((record) => columns.map((column) => record[column]))]
      .map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
  }

  // As kgraph's own CSV writes it: the sentence, then where it comes from in brackets.
  function evidenceLine(item) {
    const where = ["title", "date", "source", "url"].map((key) => item[key]).filter(Boolean).join(", ") || item.article || "";
    return `${item.text} [${where}]`;
  }

  function nodesCsv({ nodes }) {
    return table(nodes.map((node) => ({ id: node.id, ...nodeRecord(node) })), ["id"]);
  }

  function edgesCsv({ nodes, edges }) {
    const names = new Map(nodes.map((node) => [node.id, node.name]));
    return table(edges.map((edge) => ({ source: edge.from, target: edge.to, source_label: names.get(edge.from),
                                         target_label: names.get(edge.to), ...edgeRecord(edge),
                                         evidence: edge.evidence.map(evidenceLine).join("\n") })),
                 ["source", "target"]);
  }

  window.KGraph = Object.assign(window.KGraph || {}, { attachShare });
})();
