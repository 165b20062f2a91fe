//! Domain types shared with the Rust core, all generated from Rust into src/api/bindings/
//! (checked for drift by a Rust test).

export type * from './bindings';
