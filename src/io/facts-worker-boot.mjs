// Starts a worker thread that runs TypeScript: registers tsx, then loads the worker module it was given.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
