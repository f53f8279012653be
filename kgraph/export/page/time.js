// Time on the page: a date range over the graph's periods (two handles over a histogram of
// articles per period) that keeps the links and entities named in that range, and marks the
// links new in it. Only for graphs counted by period (docs/time.md); page.js hands it the page
// through window.KGraph.attachTime. Period labels are the only text it writes, as textContent.
(function () {
  "use strict";

  const NEW_COLOUR = "#e8710a";

  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined) made.textContent = String(text);
    if (className) made.className = className;
    return made;
  }

  // Per item, windows up to each period: in-range counts are one subtraction, whatever the range.
  function prefixSums(sparse, periods) {
    const sums = new Int32Array(periods + 1);
    for (let at = 0; at < sparse.length; at += 2) sums[sparse[at] + 1] += sparse[at + 1];
    for (let period = 0; period < periods; period++) sums[period + 1] += sums[period];
    return sums;
  }

  function attachTime(page) {
    const time = page.meta.time;
    if (!time || !time.periods.length) return;
    const count = time.periods.length;
    const last = count - 1;
    const range = { from: 0, to: last, marking: true };
    const nodeSums = new Map();
    page.nodes.forEach((node) => nodeSums.set(node.id, prefixSums(node.time || [], count)));
    const edgeSums = new Map();
    const firstPeriod = new Map(); // edge id -> the first period it is named in (count when none)
    page.edges.forEach((edge) => {
      const sparse = edge.time || [];
      edgeSums.set(edge.id, prefixSums(sparse, count));
      firstPeriod.set(edge.id, sparse.length ? sparse[0] : count);
    });
    const whole = () => range.from === 0 && range.to === last;
    const within = (sums) => sums[range.to + 1] - sums[range.from];
    const outside = (sums) => !whole() && sums !== undefined && within(sums) === 0;

    // The range hides what it does not name, as the page's other filters do (page.js); the whole
    // range hides nothing, undated links included.
    page.nodeFilters.push((node) => !outside(nodeSums.get(node.id)));
    page.edgeFilters.push((edge) => !outside(edgeSums.get(edge.id)));
    page.onReset(() => setRange({ from: 0, to: last }));

    // The control: a histogram of articles per period, two handles over it, what they span.
    const control = element("fieldset", undefined, "time");
    control.id = "time";
    control.append(element("legend", `Dates (by ${time.period})`));
    const bars = element("div", undefined, "bars");
    const most = Math.max(1, ...time.articles);
    const barList = time.periods.map((label, index) => {
      const bar = element("span", undefined, "bar");
      bar.style.height = `${Math.max(1, Math.round((24 * time.articles[index]) / most))}px`;
      bar.title = `${label}: ${time.articles[index]} article${time.articles[index] === 1 ? "" : "s"}`;
      bars.append(bar);
      return bar;
    });
    const handles = element("div", undefined, "handles");
    const from = rangeInput("time-from", "From period", 0);
    const to = rangeInput("time-to", "To period", last);
    handles.append(from, to);
    const track = element("div", undefined, "track");
    track.append(bars, handles);
    const shown = element("output", undefined, "span");
    shown.id = "time-range";
    const mark = element("label", undefined, "mark");
    const markBox = element("input");
    markBox.type = "checkbox";
    markBox.id = "time-new";
    markBox.checked = true;
    const newCount = element("span", "", "new");
    newCount.id = "time-new-count";
    mark.append(markBox, " mark new in this range ", newCount);
    control.append(track, shown, mark);
    document.getElementById("controls").append(control);

    function rangeInput(id, name, value) {
      const input = element("input");
      input.type = "range";
      input.id = id;
      input.min = "0";
      input.max = String(last);
      input.value = String(value);
      input.setAttribute("aria-label", name);
      return input;
    }

    // Links new in the range: named in it, never before it; drawn over the graph in their own
    // colour (on the canvas, after vis-network: recolouring thousands of links through the
    // data set would rebuild each of them).
    const marked = new Set();
    function markNew() {
      marked.clear();
      if (range.marking && range.from > 0) {
        for (const [id, first] of firstPeriod) if (first >= range.from && first <= range.to) marked.add(id);
      }
      newCount.textContent = range.from > 0 ? `(${marked.size} link${marked.size === 1 ? "" : "s"})` : "";
    }
    page.network.on("afterDrawing", (context) => {
      if (!marked.size) return;
      const edges = page.network.body.edges;
      context.save();
      context.strokeStyle = NEW_COLOUR;
      context.lineWidth = 2 / page.network.getScale();
      context.beginPath();
      for (const id of marked) {
        const edge = edges[id];
        if (!edge || edge.options.hidden || edge.from.options.hidden || edge.to.options.hidden) continue;
        context.moveTo(edge.from.x, edge.from.y);
        context.lineTo(edge.to.x, edge.to.y);
      }
      context.stroke();
      context.restore();
    });

    function show() {
      const label = time.periods[range.from] + (range.to === range.from ? "" : ` – ${time.periods[range.to]}`);
      shown.textContent = whole() && time.undated ? `${label} and ${time.undated} undated` : label;
      barList.forEach((bar, index) => bar.classList.toggle("in", index >= range.from && index <= range.to));
      from.value = String(range.from);
      to.value = String(range.to);
    }

    // Set the range (period indices, inclusive; either left as it is when not given) and refilter.
    function setRange({ from: start = range.from, to: end = range.to } = {}) {
      range.from = Math.min(Math.max(0, start), last);
      range.to = Math.min(Math.max(range.from, end), last);
      show();
      markNew();
      page.refilter();
    }

    from.addEventListener("input", () => {
      const value = Number(from.value);
      setRange({ from: value, to: Math.max(value, range.to) });
    });
    to.addEventListener("input", () => {
      const value = Number(to.value);
      setRange({ from: Math.min(value, range.from), to: value });
    });
    markBox.addEventListener("change", () => {
      range.marking = markBox.checked;
      markNew();
      page.network.redraw();
    });
    show();
    // For tests, benchmarks and tools: the range as labels, a way to set it, what is drawn.
    window.kgraphTime = {
      periods: time.periods,
      range: () => ({ from: time.periods[range.from], to: time.periods[range.to] }),
      drawn: () => ({ nodes: page.network.body.nodeIndices.length, edges: page.network.body.edgeIndices.length }),
      setRange: (start, end) => setRange({ from: time.periods.indexOf(start), to: time.periods.indexOf(end) }),
      newLinks: () => [...marked],
    };
  }

  window.KGraph = Object.assign(window.KGraph || {}, { attachTime });
})();
