/*
 * A module to load as a Web Worker (`new Worker(url, { type: 'module' })`): receives an
 * UncertaintyRequest ({ framework, data, spec, seed, start, end }) and posts progress and the
 * ranks of those replications. Not re-exported from the package entry: loading it installs the
 * message handler.
 */
import {
  handleUncertaintyRequest,
  type UncertaintyRequest,
  type UncertaintyResponse,
} from './worker-protocol.js';

interface WorkerScope {
  addEventListener(type: 'message', listener: (e: MessageEvent<UncertaintyRequest>) => void): void;
  postMessage(message: UncertaintyResponse, transfer: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.addEventListener('message', (e) => {
  handleUncertaintyRequest(e.data, (m, t) => scope.postMessage(m, t ?? []));
});
