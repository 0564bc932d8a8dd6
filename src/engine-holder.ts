// Holds the engine the front ends answer from: empty while the corpus loads, swapped whole when it changes.
import type { Engine } from './core/engine.js';

export class EngineHolder {
  private engine: Engine | null = null;
  private waiting: ((engine: Engine) => void)[] = [];

  get current(): Engine | null {
    return this.engine;
  }

  /** Swaps in a fully built engine; queries already running keep the one they started with. */
  set(engine: Engine): void {
    this.engine = engine;
    for (const resolve of this.waiting.splice(0)) resolve(engine);
  }

  ready(): Promise<Engine> {
    return this.engine ? Promise.resolve(this.engine) : new Promise(resolve => this.waiting.push(resolve));
  }
}
