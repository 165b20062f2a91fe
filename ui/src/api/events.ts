//! Progress events emitted by long-running commands.

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type {
  ImportPathsProgress,
  BulkReviewProgress,
  ExportProgress,
  ImportProgress,
} from './types';

export type { UnlistenFn };

export const onImportProgress = (handler: (progress: ImportProgress) => void) =>
  listen<ImportProgress>('import-progress', (event) => handler(event.payload));

export const onExportProgress = (handler: (progress: ExportProgress) => void) =>
  listen<ExportProgress>('export-progress', (event) => handler(event.payload));

export const onImportPathsProgress = (handler: (progress: ImportPathsProgress) => void) =>
  listen<ImportPathsProgress>('import-paths-progress', (event) => handler(event.payload));

export const onBulkReviewProgress = (handler: (progress: BulkReviewProgress) => void) =>
  listen<BulkReviewProgress>('bulk-review-progress', (event) => handler(event.payload));
