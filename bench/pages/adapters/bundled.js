// Our script-tag build drawing its bundled dataset: a timeline and a chord diagram, with no options (as the README's
// embedding example does). The synthetic data is not used; zoom and update are not measured on this page.
window.benchAdapter = {
  name: 'bundled',
  prepare: () => null,
  create: (el) => ({
    timeline: SovietTurkishContacts.createTimeline(el),
    chord: SovietTurkishContacts.createChord(document.getElementById('chart2')),
  }),
  zoom() {},
  update() {},
};
