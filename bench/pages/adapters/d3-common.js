// What both plain-D3 baselines share: margins, scales, the lane bands with their labels, and the axis.
window.benchD3 = {
  margin: { top: 8, right: 16, bottom: 32, left: 128 },
  radius: 4,

  /** The SVG frame: lane bands and labels, an axis; returns the scales and the axis group. */
  frame(el, ctx) {
    const { margin } = window.benchD3;
    const x = d3
      .scaleUtc()
      .domain([ctx.from, ctx.to])
      .range([margin.left, ctx.width - margin.right]);
    const y = d3
      .scaleBand()
      .domain(ctx.lanes)
      .range([margin.top, ctx.height - margin.bottom])
      .paddingInner(0.1);
    const svg = d3.select(el).append('svg').attr('width', ctx.width).attr('height', ctx.height);
    const lanes = svg.append('g').selectAll('g').data(ctx.lanes).join('g');
    lanes
      .append('rect')
      .attr('x', margin.left)
      .attr('width', ctx.width - margin.left - margin.right)
      .attr('y', (lane) => y(lane))
      .attr('height', y.bandwidth())
      .attr('fill', '#f4f4f4');
    lanes
      .append('text')
      .attr('x', margin.left - 8)
      .attr('y', (lane) => y(lane) + y.bandwidth() / 2)
      .attr('dy', '0.32em')
      .attr('text-anchor', 'end')
      .attr('font', '12px sans-serif')
      .text((lane) => lane);
    const axis = d3.axisBottom(x);
    const axisGroup = svg
      .append('g')
      .attr('transform', `translate(0,${ctx.height - margin.bottom})`)
      .call(axis);
    return { svg, x, y, axis, axisGroup };
  },
};
