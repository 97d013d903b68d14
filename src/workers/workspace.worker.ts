/**
 * Workspace worker (issue 13): packs and unpacks workspace files (zip compression) and hashes file bytes
 * off the main thread. Wiring only; the logic lives in data/workspace-file.ts.
 */
import { expose, transfer } from 'comlink';
import { deflateBytes, fileKey, inflateBytes, readWorkspaceFile, writeWorkspaceFile } from '../data/workspace-file';
import type { WorkspaceWorkerApi } from '../types';

const api: WorkspaceWorkerApi = {
  writeWorkspaceFile: (snapshot, files) => {
    const bytes = writeWorkspaceFile(snapshot, files);
    return transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
  readWorkspaceFile: (name, bytes) => {
    const read = readWorkspaceFile(name, bytes);
    return read.ok ? transfer(read, [...read.files.values()]) : read;
  },
  fileKey,
  deflate: (bytes) => {
    const out = deflateBytes(bytes);
    return transfer(out, [out]);
  },
  inflate: (bytes) => {
    const out = inflateBytes(bytes);
    return transfer(out, [out]);
  },
};
expose(api);
