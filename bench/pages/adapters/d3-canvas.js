// Plain D3, canvas: the SVG frame (lanes, axis) of the SVG baseline, and the marks on a canvas, one path per lane.
// Zoom rescales x, redraws the axis and repaints the canvas (marks outside the view are skipped).
window.benchAdapter = {
  name: 'd3-canvas',
  prepare: (records) => records,
  create(el, data, ctx) {
    const { margin } = window.benchD3;
    el.style.position = 'relative';
    const chart = window.benchD3.frame(el, ctx);
    const width = ctx.width - margin.left - margin.right;
    const height = ctx.height - margin.top - margin.bottom;
    const ratio = window.devicePixelRatio || 1;
    const canvas = d3
      .select(el)
      .append('canvas')
      .attr('width', Math.round(width * ratio))
      .attr('height', Math.round(height * ratio))
      .style('position', 'absolute')
      .style('left', `${margin.left}px`)
      .style('top', `${margin.top}px`)
      .style('width', `${width}px`)
      .style('height', `${height}px`)
      .node();
    Object.assign(chart, { canvas, width, height, ratio, color: d3.scaleOrdinal(ctx.lanes, d3.schemeTableau10) });
    chart.setData = (records) => {
      const byLane = d3.group(records, (d) => d.lane);
      chart.lanes = ctx.lanes.map((lane) => ({ lane, records: byLane.get(lane) ?? [] }));
    };
    chart.setData(data);
    paint(chart);
    return chart;
  },
  zoom(chart, from, to) {
    chart.x.domain([from, to]);
    chart.axisGroup.call(chart.axis);
    paint(chart);
  },
  update(chart, data) {
    chart.setData(data);
    paint(chart);
  },
};

function paint(chart) {
  const { canvas, width, height, ratio, x, y, color } = chart;
  const { margin, radius } = window.benchD3;
  const context = canvas.getContext('2d');
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  const dy = y.bandwidth() / 2 - margin.top;
  for (const { lane, records } of chart.lanes) {
    const cy = y(lane) + dy;
    context.beginPath();
    for (const d of records) {
      const cx = x(d.date) - margin.left;
      if (cx < -radius || cx > width + radius) continue;
      context.moveTo(cx + radius, cy);
      context.arc(cx, cy, radius, 0, 2 * Math.PI);
    }
    context.fillStyle = color(lane);
    context.fill();
  }
}
