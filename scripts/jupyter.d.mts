import type { SpawnSyncReturns } from "node:child_process";
export const ROOT: string;
export const NOTEBOOK_DIR: string;
export const PYTHON: string;
export function jupyterEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export function notebooks(): string[];
export function cleanNotebook(file: string): void;
export function executeNotebook(
  file: string,
  options?: { inplace?: boolean; timeout?: number },
): SpawnSyncReturns<string>;
