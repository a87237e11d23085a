/*
 * The studio's uncertainty worker (`new Worker(url, { type: 'module' })`): answers the engine's
 * UncertaintyRequest with progress and ranks (handleUncertaintyRequest of @takar/core). zod's JIT
 * goes off before the engine loads, since the worker runs under the page's strict CSP too; the
 * message listener is installed at once, so no request is lost while the engine loads.
 */
import './config/zod-jitless.js';
import type { UncertaintyRequest, UncertaintyResponse } from '@takar/core';

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<UncertaintyRequest>) => void): void;
  postMessage(message: UncertaintyResponse, transfer: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const engine = import('@takar/core');
scope.addEventListener('message', (e) => {
  void engine.then(({ handleUncertaintyRequest }) =>
    handleUncertaintyRequest(e.data, (m, t) => scope.postMessage(m, t ?? [])),
  );
});
