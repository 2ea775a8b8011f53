import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLifecycle, type Lifecycle } from '../../src/shared/lifecycle';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const hosts: HTMLElement[] = [];
const lifecycles: Lifecycle[] = [];

function host(): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  hosts.push(div);
  return div;
}

function lifecycle(): Lifecycle {
  const created = createLifecycle();
  lifecycles.push(created);
  return created;
}

afterEach(() => {
  for (const l of lifecycles.splice(0)) l.destroy();
  for (const h of hosts.splice(0)) h.remove();
});

describe('createLifecycle in Chromium', () => {
  it('removes DOM listeners on element, document and window: events after destroy call nothing', () => {
    const element = host();
    const onClick = vi.fn();
    const onKey = vi.fn();
    const onResize = vi.fn();
    const onCapture = vi.fn();
    const l = lifecycle();
    l.listen(element, 'click', (event) => onClick(event.button)); // typed as a MouseEvent
    l.listen(document, 'keydown', (event) => onKey(event.key));
    l.listen(window, 'resize', onResize);
    l.listen(document.body, 'click', onCapture, true);

    element.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    window.dispatchEvent(new Event('resize'));
    expect([onClick, onKey, onResize, onCapture].map((f) => f.mock.calls.length)).toEqual([1, 1, 1, 1]);
    expect(onClick).toHaveBeenCalledWith(0);
    expect(onKey).toHaveBeenCalledWith('Escape');

    l.destroy();
    element.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    window.dispatchEvent(new Event('resize'));
    expect([onClick, onKey, onResize, onCapture].map((f) => f.mock.calls.length)).toEqual([1, 1, 1, 1]);
  });

  it('disconnects observers: a resize or mutation after destroy reports nothing', async () => {
    const element = host();
    element.style.setProperty('width', '100px');
    element.style.setProperty('height', '20px');
    const resized = vi.fn();
    const mutated = vi.fn();
    const l = lifecycle();
    const resizeObserver = l.observe(new ResizeObserver(resized));
    resizeObserver.observe(element);
    const mutationObserver = l.observe(new MutationObserver(mutated));
    mutationObserver.observe(element, { attributes: true });
    const disconnect = vi.spyOn(resizeObserver, 'disconnect');

    await vi.waitFor(() => expect(resized).toHaveBeenCalledTimes(1)); // the initial observation
    element.dataset.step = '1';
    await vi.waitFor(() => expect(mutated).toHaveBeenCalledTimes(1));

    l.destroy();
    expect(disconnect).toHaveBeenCalledTimes(1);
    element.style.setProperty('width', '300px');
    element.dataset.step = '2';
    await nextFrame();
    await nextFrame();
    await wait(20);
    expect(resized).toHaveBeenCalledTimes(1);
    expect(mutated).toHaveBeenCalledTimes(1);
  });

  it('clears timeouts and animation frames on destroy', async () => {
    const l = lifecycle();
    const timed = vi.fn();
    const framed = vi.fn();
    l.timeout(timed, 10);
    l.frame(framed);
    l.destroy();
    await nextFrame();
    await nextFrame();
    await wait(40);
    expect(timed).not.toHaveBeenCalled();
    expect(framed).not.toHaveBeenCalled();
  });

  it('runs timeouts and frames that are not cleared, and a frame gets its timestamp', async () => {
    const l = lifecycle();
    const timed = vi.fn();
    const framed = vi.fn();
    l.timeout(timed, 5);
    l.frame(framed);
    await vi.waitFor(() => {
      expect(timed).toHaveBeenCalledTimes(1);
      expect(framed).toHaveBeenCalledTimes(1);
    });
    expect(typeof framed.mock.calls[0]?.[0]).toBe('number');
  });

  it('cancels one frame early without touching the others', async () => {
    const l = lifecycle();
    const kept = vi.fn();
    const dropped = vi.fn();
    l.frame(kept);
    l.frame(dropped)();
    await nextFrame();
    await nextFrame();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('refuses new registrations after destroy, even of an observer', () => {
    const l = lifecycle();
    l.destroy();
    l.destroy();
    expect(() => l.listen(document, 'click', () => {})).toThrow('after destroy()');
    expect(() => l.observe(new ResizeObserver(() => {}))).toThrow('lifecycle: cannot add an observer after destroy()');
  });
});
