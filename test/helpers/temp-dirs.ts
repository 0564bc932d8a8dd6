// Temporary folders for tests: empty, or holding a copy of the seeds; removed together afterwards.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SEEDS_DIR } from './paths.js';

export class TempDirs {
  private readonly made: string[] = [];

  async empty(prefix: string): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), `amtsbote-${prefix}-`));
    this.made.push(dir);
    return dir;
  }

  async withSeeds(prefix: string): Promise<string> {
    const dir = await this.empty(prefix);
    await cp(SEEDS_DIR, dir, { recursive: true });
    return dir;
  }

  async removeAll(): Promise<void> {
    await Promise.all(this.made.splice(0).map(d => rm(d, { recursive: true, force: true })));
  }
}
