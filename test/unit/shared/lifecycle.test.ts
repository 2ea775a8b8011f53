import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLifecycle } from '../../../src/shared/lifecycle';

// Node has EventTarget and timers: the bookkeeping is tested here; real DOM listeners and observers in Chromium.

describe('createLifecycle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('removes listeners on destroy, with the capture flag they were added with', () => {
    const target = new EventTarget();
    const plain = vi.fn();
    const captured = vi.fn();
    const lifecycle = createLifecycle();
    lifecycle.listen(target, 'ping', plain);
    lifecycle.listen(target, 'ping', captured, { capture: true, passive: true });
    target.dispatchEvent(new Event('ping'));
    lifecycle.destroy();
    target.dispatchEvent(new Event('ping'));
    expect(plain).toHaveBeenCalledTimes(1);
    expect(captured).toHaveBeenCalledTimes(1);
  });

  it('cancels one registration early, and the cancel is idempotent', () => {
    const target = new EventTarget();
    const listener = vi.fn();
    const lifecycle = createLifecycle();
    const cancel = lifecycle.listen(target, 'ping', listener);
    cancel();
    cancel();
    target.dispatchEvent(new Event('ping'));
    expect(listener).not.toHaveBeenCalled();
  });

  it('clears pending timeouts on destroy, and forgets fired ones', () => {
    const lifecycle = createLifecycle();
    const fired = vi.fn();
    const pending = vi.fn();
    lifecycle.timeout(fired, 10);
    lifecycle.timeout(pending, 100);
    vi.advanceTimersByTime(50);
    expect(fired).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
    lifecycle.destroy();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(100);
    expect(pending).not.toHaveBeenCalled();
  });

  it('disconnects observers and runs disposers, last added first', () => {
    const lifecycle = createLifecycle();
    const calls: string[] = [];
    const observer = { disconnect: () => calls.push('observer') };
    expect(lifecycle.observe(observer)).toBe(observer);
    lifecycle.add(() => calls.push('second'));
    const cancelled = lifecycle.add(() => calls.push('cancelled'));
    cancelled();
    lifecycle.destroy();
    expect(calls).toEqual(['cancelled', 'second', 'observer']);
  });

  it('is idempotent: a second destroy does nothing', () => {
    const lifecycle = createLifecycle();
    const dispose = vi.fn();
    lifecycle.add(dispose);
    lifecycle.destroy();
    lifecycle.destroy();
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(lifecycle.destroyed).toBe(true);
  });

  it('throws on any registration after destroy', () => {
    const lifecycle = createLifecycle();
    lifecycle.destroy();
    const target = new EventTarget();
    expect(() => lifecycle.listen(target, 'ping', () => {})).toThrow(
      'lifecycle: cannot add a "ping" listener after destroy()',
    );
    expect(() => lifecycle.timeout(() => {}, 1)).toThrow('lifecycle: cannot add a timeout after destroy()');
    expect(() => lifecycle.frame(() => {})).toThrow('lifecycle: cannot add an animation frame after destroy()');
    expect(() => lifecycle.add(() => {})).toThrow('lifecycle: cannot add a disposer after destroy()');
    expect(() => lifecycle.observe({ disconnect() {} })).toThrow('lifecycle: cannot add an observer after destroy()');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs every disposer even when some throw, then reports the failures', () => {
    const lifecycle = createLifecycle();
    const last = vi.fn();
    lifecycle.add(last);
    lifecycle.add(() => {
      throw new Error('first failure');
    });
    expect(() => lifecycle.destroy()).toThrow('first failure');
    expect(last).toHaveBeenCalled();

    const twice = createLifecycle();
    twice.add(() => {
      throw new Error('a');
    });
    twice.add(() => {
      throw new Error('b');
    });
    expect(() => twice.destroy()).toThrow(AggregateError);
  });

  it('lets a timeout callback destroy its own lifecycle', () => {
    const lifecycle = createLifecycle();
    const other = vi.fn();
    lifecycle.timeout(() => lifecycle.destroy(), 5);
    lifecycle.timeout(other, 10);
    vi.advanceTimersByTime(20);
    expect(lifecycle.destroyed).toBe(true);
    expect(other).not.toHaveBeenCalled();
  });
});
