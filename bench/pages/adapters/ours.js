// Our timeline from the script-tag build (global SovietTurkishContacts), with the default svgMarkLimit.
window.benchAdapter = {
  name: 'ours',
  // Our chart reads the shared records through accessors: nothing to convert.
  prepare: (records) => records,
  create(el, data, ctx) {
    return SovietTurkishContacts.createTimeline(el, {
      data,
      id: (d) => d.id,
      date: (d) => d.date, // a Date: its UTC day, drawn as a point
      lane: (d) => d.lane,
      label: (d) => d.label,
      kind: (d) => d.kind,
      laneOrder: ctx.lanes,
      from: ctx.from,
      to: ctx.to,
      width: ctx.width,
      height: ctx.height,
      title: 'Benchmark',
    });
  },
  // The handle has no pan method: panning is zoomTo with the shifted span (what its drag and arrow keys also do).
  zoom: (timeline, from, to) => timeline.zoomTo({ from, to }),
  update: (timeline, data) => timeline.update({ data }),
};
