// Plain D3, SVG: one <circle> per event (clipped to the plot), an axis, lanes. Zoom rescales x and moves every circle.
window.benchAdapter = {
  name: 'd3-svg',
  prepare: (records) => records,
  create(el, data, ctx) {
    const { margin, radius } = window.benchD3;
    const chart = window.benchD3.frame(el, ctx);
    chart.color = d3.scaleOrdinal(ctx.kinds, d3.schemeTableau10);
    chart.svg
      .append('clipPath')
      .attr('id', 'plot')
      .append('rect')
      .attr('x', margin.left)
      .attr('y', margin.top)
      .attr('width', ctx.width - margin.left - margin.right)
      .attr('height', ctx.height - margin.top - margin.bottom);
    chart.marks = chart.svg.append('g').attr('clip-path', 'url(#plot)');
    chart.draw = (records) => {
      const { x, y, color } = chart;
      const dy = y.bandwidth() / 2;
      chart.circles = chart.marks
        .selectAll('circle')
        .data(records, (d) => d.id)
        .join('circle')
        .attr('r', radius)
        .attr('cx', (d) => x(d.date))
        .attr('cy', (d) => y(d.lane) + dy)
        .attr('fill', (d) => color(d.kind));
    };
    chart.draw(data);
    return chart;
  },
  zoom(chart, from, to) {
    const { x, axis, axisGroup, circles } = chart;
    x.domain([from, to]);
    axisGroup.call(axis);
    circles.attr('cx', (d) => x(d.date));
  },
  update: (chart, data) => chart.draw(data),
};
