// In-page half of the benchmark, loaded before any library. It makes the seeded data, drives the page's adapter
// (pages/adapters/*.js sets `window.benchAdapter`) and times it. Every time is performance.now() in this page.
//
// An adapter is { prepare(records, ctx) → input, create(el, input, ctx) → chart, zoom(chart, from, to),
// update(chart, input) }: `prepare` turns the shared records into the library's own input before any timing starts,
// so only the library's own work is timed.
(() => {
  const DAY = 86_400_000;
  const START = Date.UTC(1937, 0, 1);
  const END = Date.UTC(1940, 0, 1); // exclusive: the last day is 1939-12-31
  const DAYS = Math.round((END - START) / DAY);
  const LANES = ['Lane 1', 'Lane 2', 'Lane 3', 'Lane 4', 'Lane 5'];
  // The dataset's contact kinds, so our chart gives each its usual mark.
  const KINDS = ['meeting', 'talks', 'telegram', 'letter', 'message'];

  /** mulberry32: a small, fast PRNG that gives the same sequence for the same seed in every browser. */
  function prng(seed) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** N point events on whole UTC days of 1937–1939, in 5 lanes. Ids are e0…e(N-1) in every set. */
  function makeRecords(n, seed) {
    const random = prng(seed);
    const records = new Array(n);
    for (let i = 0; i < n; i++) {
      const day = Math.floor(random() * DAYS);
      records[i] = {
        id: `e${i}`,
        date: new Date(START + day * DAY),
        lane: LANES[Math.floor(random() * LANES.length)],
        kind: KINDS[Math.floor(random() * KINDS.length)],
        label: `Event ${i}`,
      };
    }
    return records;
  }

  // Shadow roots, including closed ones, so that mutations and nodes inside them are seen too.
  const shadowRoots = new Set();
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    shadowRoots.add(root);
    if (observing) observe(root);
    return root;
  };

  // One observer for the whole document: nodes a library puts outside its container (tooltips) count as its work.
  let lastMutation = -1;
  let observing = false;
  const observer = new MutationObserver(() => {
    lastMutation = performance.now();
  });
  function observe(root) {
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  }
  function startObserving() {
    if (observing) return;
    observing = true;
    observe(document.documentElement);
    for (const root of shadowRoots) observe(root);
  }

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  /**
   * Resolves with the time at which the current task, and the rendering of the frame it is part of, are done: a
   * message posted from a rAF callback is handled right after that frame's style, layout and paint.
   */
  const afterRendering = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(null);
    });

  /** Every node of the document (elements, text, comments), shadow trees included. */
  function countNodes() {
    let count = 0;
    const visit = (node) => {
      count++;
      if (node.nodeType === 1) {
        const root = node.shadowRoot ?? findShadowRoot(node);
        if (root) visit(root);
      }
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    };
    visit(document);
    return count;
  }
  function findShadowRoot(host) {
    for (const root of shadowRoots) if (root.host === host) return root;
    return null;
  }
  function countElements() {
    let count = document.getElementsByTagName('*').length;
    for (const root of shadowRoots) if (root.isConnected) count += root.querySelectorAll('*').length;
    return count;
  }

  const state = { records: null, input: null, input2: null, chart: null, t0: 0, view: null };
  const ctx = {
    width: 1200,
    height: 600,
    lanes: LANES,
    kinds: KINDS,
    from: new Date(START),
    to: new Date(END),
    day: DAY,
  };

  /**
   * Runs `action` at the start of a frame (in a rAF callback, so that no wait for the frame is timed) and resolves
   * with, from the call: `sync`, until it returns; `work`, until the rendering of that frame is done (main thread: the
   * call, style, layout, paint); `raf2`, until the second animation frame after the call, the frame after the one it
   * changed (which also waits for that frame's raster and for the 60 Hz frame clock).
   */
  function timed(action) {
    startObserving();
    return new Promise((resolve, reject) => {
      requestAnimationFrame(async () => {
        try {
          lastMutation = -1;
          const t0 = performance.now();
          state.t0 = t0;
          action();
          const t1 = performance.now();
          const rendered = afterRendering();
          await nextFrame();
          const t3 = await nextFrame();
          const t2 = await rendered;
          // A library that changes the DOM later (in its own rAF, a timer, a transition) did work that this frame did
          // not include: no work figure then.
          resolve({ sync: t1 - t0, work: lastMutation > t2 ? null : t2 - t0, raf2: t3 - t0 });
        } catch (error) {
          reject(error);
        }
      });
    });
  }

  window.bench = {
    /** Makes both data sets and the library's input for them (untimed). */
    setup({ n, seed, seed2 }) {
      state.records = makeRecords(n, seed);
      state.records2 = makeRecords(n, seed2);
      state.input = window.benchAdapter.prepare(state.records, ctx);
      state.input2 = window.benchAdapter.prepare(state.records2, ctx);
      return { n: state.records.length, name: window.benchAdapter.name };
    },
    nodes() {
      return { nodes: countNodes(), elements: countElements() };
    },
    render() {
      const el = document.getElementById('chart');
      return timed(() => {
        state.chart = window.benchAdapter.create(el, state.input, ctx);
      });
    },
    update() {
      return timed(() => window.benchAdapter.update(state.chart, state.input2, ctx));
    },
    zoom(from, to) {
      state.view = [from, to];
      return timed(() => window.benchAdapter.zoom(state.chart, new Date(from), new Date(to), ctx));
    },
    /**
     * From the current window, `steps` pans of `fraction` of its width, one per frame: each is called at the start of
     * a frame; `frames` are the times from each call to the next frame (at least one 60 Hz period), `work` the times
     * from each call to the end of its frame's rendering (null for a step whose DOM changes came later).
     */
    async pan(steps, fraction) {
      startObserving();
      let [from, to] = state.view;
      const shift = (to - from) * fraction;
      const frames = [];
      const work = [];
      let t0 = await nextFrame();
      state.t0 = t0;
      for (let i = 0; i < steps; i++) {
        from += shift;
        to += shift;
        window.benchAdapter.zoom(state.chart, new Date(from), new Date(to), ctx);
        const rendered = afterRendering();
        const t1 = await nextFrame();
        const t2 = await rendered;
        frames.push(t1 - t0);
        work.push(lastMutation > t2 ? null : t2 - t0);
        t0 = performance.now();
      }
      state.view = [from, to];
      return { frames, work };
    },
    /**
     * Resolves once the document has had no mutation for `quietMs`, with the time from the last timed call to its
     * last mutation (0 when it made none), or null when it is still changing after `capMs`.
     */
    async quiet(quietMs, capMs) {
      const start = performance.now();
      for (;;) {
        const now = performance.now();
        const last = Math.max(lastMutation, state.t0);
        if (now - last >= quietMs) return lastMutation < state.t0 ? 0 : lastMutation - state.t0;
        if (now - start > capMs) return null;
        await sleep(Math.max(10, quietMs - (now - last)));
      }
    },
  };
})();
