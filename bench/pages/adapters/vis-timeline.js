// vis-timeline's standalone UMD build (global vis; it injects its own CSS), default stacking, point items.
window.benchAdapter = {
  name: 'vis-timeline',
  prepare: (records, ctx) => ({
    groups: ctx.lanes.map((lane) => ({ id: lane, content: lane })),
    items: records.map((d) => ({
      id: d.id,
      start: d.date,
      content: d.label,
      group: d.lane,
      type: 'point',
      className: d.kind,
    })),
  }),
  create: (el, input, ctx) =>
    new vis.Timeline(el, input.items, input.groups, {
      width: `${ctx.width}px`,
      height: `${ctx.height}px`,
      start: ctx.from,
      end: ctx.to,
    }),
  zoom: (timeline, from, to) => timeline.setWindow(from, to, { animation: false }),
  update: (timeline, input) => timeline.setItems(input.items),
};
