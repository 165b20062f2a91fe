//! The UI's only door to the Tauri side. Features import from here, never from @tauri-apps.

export * from './commands';
export * from './events';
export * from './system';
export { ApiError, errorSentence, toApiError } from './errors';
export type * from './types';
