//! The export dialog's choices and how each becomes a backend scope.

import type { ExportFormat, ExportScope } from '../../api';

export const EXPORT_FORMATS: { value: ExportFormat; label: string; extension: string }[] = [
  { value: 'html', label: 'Web page (HTML)', extension: 'html' },
  { value: 'md', label: 'Markdown', extension: 'md' },
  { value: 'csv', label: 'Spreadsheet (CSV)', extension: 'csv' },
  { value: 'json', label: 'JSON', extension: 'json' },
  { value: 'claimreview', label: 'ClaimReview (schema.org JSON-LD)', extension: 'json' },
];

export type ScopeChoice = 'article' | 'filter' | 'everything';

export const SCOPE_LABEL: Record<ScopeChoice, string> = {
  article: 'Current article',
  filter: 'Claims matching the current filter',
  everything: 'Everything',
};

export function extensionFor(format: ExportFormat): string {
  return EXPORT_FORMATS.find((f) => f.value === format)?.extension ?? 'txt';
}

/** The scope sent to the backend; the filter is sent as the exact claims it shows. */
export function scopeFor(
  choice: ScopeChoice,
  articleId: number | null,
  filteredClaimIds: number[],
): ExportScope {
  if (choice === 'article' && articleId !== null) return { article_id: articleId };
  if (choice === 'filter' && articleId !== null) {
    return { article_id: articleId, claim_ids: filteredClaimIds };
  }
  return {};
}
