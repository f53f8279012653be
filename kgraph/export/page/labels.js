// Node labels, drawn by the page rather than by vis-network: by importance, each only where
// it overlaps no label already drawn, so no two ever collide, and more of them find room
// as one zooms in. Dark text on a white outline: readable over edges and over any fill.
(function () {
  "use strict";

  const FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  const LINE = 16; // the height of a label's box, for a 13px font
  // Space kept around each label: wide at the sides, so that two labels on one line
  // never read as one name ("Starmer Vladimir Putin").
  const PAD_X = 5;
  const PAD_Y = 1;
  const CELL = 64; // side of the grid cells that index the boxes drawn, in screen pixels
  // At most one label per this many square pixels of canvas: a screen of names is not a map.
  // Zooming in brings lesser nodes' labels, as the greater ones leave the screen or move apart.
  const AREA_PER_LABEL = 18000;

  // options.order(): node ids, most important first; options.text(id): the label;
  // options.drawn(id): whether the node is on the canvas and not faded.
  // Returns the boxes of the labels on screen (page pixels, relative to the canvas), updated at every frame.
  function attachLabels(network, { order, text, drawn }) {
    const widths = new Map();
    const boxes = [];
    network.on("afterDrawing", (context) => {
      const canvas = network.canvas.frame.canvas;
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      const { scale, translation } = network.body.view;
      context.save();
      context.setTransform(network.canvas.pixelRatio, 0, 0, network.canvas.pixelRatio, 0, 0);
      context.font = FONT;
      context.textAlign = "center";
      context.textBaseline = "top";
      context.lineJoin = "round";
      context.lineWidth = 4;
      context.strokeStyle = "rgba(255, 255, 255, 0.92)";
      context.fillStyle = "#202124";
      const grid = new Map();
      boxes.length = 0;
      const budget = Math.max(8, Math.round((width * height) / AREA_PER_LABEL));
      for (const id of order()) {
        if (boxes.length >= budget) break;
        const node = network.body.nodes[id];
        if (!node || node.options.hidden || !drawn(id)) continue; // not drawn, or hidden by a filter (page.js)
        const label = text(id);
        if (!widths.has(id)) widths.set(id, context.measureText(label).width);
        const x = node.x * scale + translation.x;
        const y = node.y * scale + translation.y;
        const radius = node.options.size * scale;
        const box = place(grid, id, x, y, radius, widths.get(id), width, height);
        if (!box) continue;
        remember(grid, box);
        boxes.push(box);
        context.strokeText(label, box.x, box.y);
        context.fillText(label, box.x, box.y);
      }
      context.restore();
    });
    return boxes;
  }

  // The first free place for the label among: under the disc, over it, right of it, left of it.
  // Returns its box (with x, y where the text is drawn: its top centre), or null.
  function place(grid, id, x, y, radius, textWidth, width, height) {
    const half = textWidth / 2;
    const places = [[x, y + radius + 2], [x, y - radius - 2 - LINE], [x + radius + 3 + half, y - LINE / 2],
                    [x - radius - 3 - half, y - LINE / 2]];
    for (const [left, top] of places) {
      const box = { id, x: left, y: top, left: left - half - PAD_X, top: top - PAD_Y, right: left + half + PAD_X,
                    bottom: top + LINE + PAD_Y };
      if (box.left < 0 || box.right > width || box.top < 0 || box.bottom > height) continue; // whole on screen
      if (!collides(grid, box)) return box;
    }
    return null;
  }

  function cells(box, visit) {
    for (let column = Math.floor(box.left / CELL); column <= Math.floor(box.right / CELL); column++) {
      for (let row = Math.floor(box.top / CELL); row <= Math.floor(box.bottom / CELL); row++) {
        if (visit(`${column},${row}`)) return true;
      }
    }
    return false;
  }

  function collides(grid, box) {
    return cells(box, (key) => (grid.get(key) || []).some((other) =>
      box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom));
  }

  function remember(grid, box) {
    cells(box, (key) => {
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(box);
      return false;
    });
  }

  window.KGraph = Object.assign(window.KGraph || {}, { attachLabels });
})();
