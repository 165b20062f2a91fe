//! Words and marks for statuses, kinds, stances and bounds, so every pane names them alike.

import type { ClaimKind, Qualifier, Stance, Status } from '../api';

export const REVIEW_STATUSES = ['pending', 'verified', 'disputed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const STATUS_LABEL: Record<Status, string> = {
  pending: 'Pending',
  verified: 'Verified',
  disputed: 'Disputed',
  dismissed: 'Dismissed',
};

export const STATUS_KEY: Record<ReviewStatus, string> = {
  verified: 'v',
  disputed: 'd',
  pending: 'p',
};

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'quantity',
  'quote',
  'threat',
  'attribution',
  'statement',
];

export const KIND_LABEL: Record<ClaimKind, string> = {
  quantity: 'Figure',
  quote: 'Quote',
  threat: 'Threat',
  attribution: 'Attribution',
  statement: 'Statement',
};

export const KIND_PLURAL: Record<ClaimKind, string> = {
  quantity: 'figures',
  quote: 'quotes',
  threat: 'threats',
  attribution: 'attributions',
  statement: 'statements',
};

/** Small marks that tell kinds apart without another colour. */
export const KIND_MARK: Record<ClaimKind, string> = {
  quantity: '#',
  quote: '“ ”',
  threat: '⚠',
  attribution: '@',
  statement: '◆',
};

export const STANCES: readonly Stance[] = ['supports', 'refutes', 'context'];

export const STANCE_LABEL: Record<Stance, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Context',
};

export const QUALIFIERS: readonly Qualifier[] = [
  'exact',
  'about',
  'at_least',
  'more_than',
  'up_to',
  'fewer_than',
  'between',
];

export const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exact: 'exactly',
  about: 'about',
  at_least: 'at least',
  more_than: 'more than',
  up_to: 'up to',
  fewer_than: 'fewer than',
  between: 'between',
};
