import { FixedWindowCounter } from './fixed-window.counter.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const LIMIT = { limit: 3, ttlMs: 60_000 };

describe('FixedWindowCounter', () => {
  it('allows the limit within a window, then refuses with the time left in it', () => {
    const time = clock();
    const counter = new FixedWindowCounter(time.now);

    const allowed = [1, 2, 3].map(() => counter.hit('1.2.3.4 search', LIMIT));
    time.advance(20_000);
    const refused = counter.hit('1.2.3.4 search', LIMIT);

    expect(allowed.map(({ allowed: ok, remaining }) => [ok, remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterMs: 40_000 });
  });

  it('starts counting afresh when the window is over', () => {
    const time = clock();
    const counter = new FixedWindowCounter(time.now);
    for (let i = 0; i < 4; i++) counter.hit('client', LIMIT);

    time.advance(60_000);

    expect(counter.hit('client', LIMIT)).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
  });

  it('counts each key on its own', () => {
    const counter = new FixedWindowCounter(clock().now);
    for (let i = 0; i < 3; i++) counter.hit('1.2.3.4 search', LIMIT);

    expect(counter.hit('1.2.3.4 sign-up', LIMIT).allowed).toBe(true);
    expect(counter.hit('5.6.7.8 search', LIMIT).allowed).toBe(true);
    expect(counter.hit('1.2.3.4 search', LIMIT).allowed).toBe(false);
  });

  it('forgets finished windows, so memory does not grow with every visitor', () => {
    const time = clock();
    const counter = new FixedWindowCounter(time.now);
    for (let i = 0; i < 1000; i++) counter.hit(`visitor-${i}`, LIMIT);

    time.advance(61_000);
    counter.hit('next-visitor', LIMIT);

    expect(counter.size).toBe(1);
  });
});
