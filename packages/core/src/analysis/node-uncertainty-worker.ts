/*
 * Node-only worker-thread entry for uncertainty replications (see node-workers.ts). Not part of
 * the browser-safe entry.
 */
import { parentPort } from 'node:worker_threads';
import { handleUncertaintyRequest, type UncertaintyRequest } from './worker-protocol.js';

parentPort?.on('message', (request: UncertaintyRequest) => {
  handleUncertaintyRequest(request, (m, t) => parentPort?.postMessage(m, t ?? []));
});
