/** The trace arithmetic of `npm --prefix bench run profile-search`: each instant counted once, for the innermost event. */
import { describe, expect, it } from 'vitest';
import { ownTimes, workByKind, workOf, type TraceEvent } from '../profile-search';

const event = (name: string, ts: number, dur: number, tid = 1, pid = 7): TraceEvent => ({ name, ph: 'X', ts, dur, pid, tid });
const threadName = (tid: number, name: string, pid = 7): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });

describe('ownTimes', () => {
  it('gives a task what its nested events leave of it, in ms', () => {
    const task = event('ThreadControllerImpl::RunTask', 0, 10_000);
    const style = event('Document::recalcStyle', 1_000, 3_000);
    const layout = event('LocalFrameView::performLayout', 5_000, 4_000);
    const own = ownTimes([layout, task, style]);
    expect(own.get(task)).toBe(3);
    expect(own.get(style)).toBe(3);
    expect(own.get(layout)).toBe(4);
  });

  it('counts an event inside a nested one once, for the innermost', () => {
    const task = event('RunTask', 0, 10_000);
    const call = event('v8.callFunction', 0, 8_000);
    const compile = event('V8.CompileCode', 2_000, 1_000);
    const own = ownTimes([task, call, compile]);
    expect([own.get(task), own.get(call), own.get(compile)]).toEqual([2, 7, 1]);
  });

  it('closes an event at its end: one that starts after it is its sibling, not its child', () => {
    const first = event('ParseHTML', 0, 2_000);
    const second = event('ParseHTML', 2_000, 2_000);
    const own = ownTimes([first, second]);
    expect([own.get(first), own.get(second)]).toEqual([2, 2]);
  });

  it('takes from a parent no more than the time the child spends inside it', () => {
    const parent = event('RunTask', 0, 1_000);
    const overhanging = event('v8.run', 500, 1_000);
    expect(ownTimes([parent, overhanging]).get(parent)).toBe(0.5);
  });

  it('leaves out events without a duration', () => {
    const instant: TraceEvent = { name: 'Mark', ph: 'I', ts: 0, pid: 7, tid: 1 };
    expect([...ownTimes([instant, event('Paint', 0, 1_000)]).keys()].map((kept) => kept.name)).toEqual(['Paint']);
  });
});

describe('workOf', () => {
  it.each([
    ['Document::recalcStyle', 'style and layout'],
    ['LocalFrameView::performLayout', 'style and layout'],
    ['Paint', 'paint'],
    ['ParseHTML', 'parsing HTML'],
    ['V8.CompileCode', 'compiling'],
    ['wasm.CompileLazy', 'compiling'],
    ['BlinkScheduler_PerformMicrotaskCheckpoint', 'script'],
    ['v8.callFunction', 'script'],
    ['MinorGC', 'garbage collection'],
    ['Receive mojo message', 'loading and messages'],
    ['DocumentLoader::CommitNavigation', 'loading and messages'],
    ['ThreadControllerImpl::RunTask', 'other'],
  ] as const)('files %s under %s', (name, work) => {
    expect(workOf(name)).toBe(work);
  });
});

describe('workByKind', () => {
  it('sums the page’s main thread and its worker, not another process or thread', () => {
    const events = [
      threadName(1, 'CrRendererMain'),
      threadName(2, 'DedicatedWorker thread'),
      threadName(3, 'Compositor'),
      threadName(1, 'CrRendererMain', 8),
      event('Layout', 0, 2_000, 1),
      event('v8.callFunction', 0, 3_000, 2),
      event('Paint', 0, 5_000, 3),
      event('Layout', 0, 7_000, 1, 8),
    ];
    const work = workByKind(events, 7);
    expect(work['style and layout']).toBe(2);
    expect(work.script).toBe(3);
    expect(work.paint).toBe(0);
  });
});
