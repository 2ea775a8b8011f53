// timelines-chart's UMD build (global TimelinesChart, d3 inside), default options but the size: one group with a
// line per lane, each event a one-day segment coloured by kind.
window.benchAdapter = {
  name: 'timelines-chart',
  prepare(records, ctx) {
    const lines = new Map(ctx.lanes.map((lane) => [lane, []]));
    for (const d of records) {
      lines.get(d.lane).push({ timeRange: [d.date, new Date(d.date.getTime() + ctx.day)], val: d.kind });
    }
    return [{ group: 'Events', data: ctx.lanes.map((lane) => ({ label: lane, data: lines.get(lane) })) }];
  },
  create: (el, data, ctx) =>
    new TimelinesChart(el)
      .width(ctx.width)
      .maxHeight(ctx.height)
      .maxLineHeight(ctx.height / ctx.lanes.length)
      .useUtc(true)
      .zQualitative(true)
      .data(data),
  zoom: (chart, from, to) => chart.zoomX([from, to]),
  update: (chart, data) => chart.data(data),
};
