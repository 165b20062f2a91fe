// Small, hand-made data in the shapes the backend returns.
import type {
  ArticleSummary,
  DeskCounts,
  ArticleView,
  ClaimDetail,
  ClaimView,
  Note,
  Settings,
  Status,
} from '../api';

export function claim(id: number, overrides: Partial<ClaimView> = {}): ClaimView {
  return {
    id,
    uuid: `claim-${id}`,
    article_id: 1,
    kind: 'statement',
    tags: [],
    text: `Claim ${id}`,
    start: id * 100,
    end: id * 100 + 10,
    speaker: null,
    value: null,
    unit: null,
    qualifier: null,
    hedge: null,
    score: 0.5,
    origin: 'extracted',
    status: 'pending',
    status_reason: null,
    edited: false,
    source_count: 0,
    note_count: 0,
    created_at: '2026-11-25T10:00:00Z',
    updated_at: '2026-11-25T10:00:00Z',
    ...overrides,
  };
}

export function summary(id: number, counts: { verified: number; disputed: number; pending: number }): ArticleSummary {
  return {
    id,
    uuid: `article-${id}`,
    title: `Article ${id}`,
    outlet: 'Example Times',
    url: null,
    author: null,
    published_at: '2026-11-20',
    imported_at: '2026-11-25T09:00:00Z',
    source_format: 'txt',
    claim_count: counts.verified + counts.disputed + counts.pending,
    ...counts,
  };
}

export const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';

/** Three claims: a pending figure, a verified quote and a disputed statement. */
export function articleView(): ArticleView {
  const figure = claim(1, {
    kind: 'quantity',
    text: 'up to 14,600 marchers',
    start: 10,
    end: 31,
    value: 14600,
    unit: 'marchers',
    qualifier: 'up_to',
    score: 0.9,
  });
  const quote = claim(2, {
    kind: 'quote',
    tags: ['threat'],
    text: '“We will walk out too”',
    start: 40,
    end: 62,
    speaker: 'Ines Haller',
    status: 'verified',
    score: 0.4,
  });
  const statement = claim(3, { text: 'Talks ended.', start: 70, end: 82, status: 'disputed', score: 0.7 });
  return {
    article: {
      id: 1,
      uuid: 'article-1',
      title: 'Talks at the depot',
      outlet: 'Example Times',
      url: null,
      author: null,
      published_at: '2026-11-20',
      imported_at: '2026-11-25T09:00:00Z',
      source_format: 'txt',
      content_hash: 'abc',
      body: '…',
    },
    segments: [
      { start: 0, end: 10, text: 'Unions say ', claim_ids: [] },
      { start: 10, end: 31, text: 'up to 14,600 marchers', claim_ids: [1] },
      { start: 31, end: 40, text: '. He said ', claim_ids: [] },
      { start: 40, end: 62, text: '“We will walk out too”', claim_ids: [2] },
      { start: 62, end: 70, text: `. ${HOSTILE_TEXT} `, claim_ids: [] },
      { start: 70, end: 82, text: 'Talks ended.', claim_ids: [3] },
    ],
    claims: [figure, quote, statement],
  };
}

export function detailFor(view: ClaimView, status: Status = view.status): ClaimDetail {
  return {
    claim: { ...view, status },
    sources: [],
    notes: [],
    history: [
      {
        id: view.id * 10,
        uuid: `change-${view.id}`,
        claim_id: view.id,
        from_status: null,
        to_status: 'pending',
        reviewer: '',
        reason: null,
        undoes_id: null,
        at: '2026-11-25T10:00:00Z',
      },
    ],
  };
}

export function note(id: number, claimId: number, body: string): Note {
  return {
    id,
    uuid: `note-${id}`,
    claim_id: claimId,
    body,
    author: 'A. Analyst',
    created_at: '2026-11-25T11:00:00Z',
    updated_at: '2026-11-25T11:00:00Z',
  };
}

export const SETTINGS: Settings = {
  reviewer_name: 'A. Analyst',
  organisation_name: 'Desk',
  claimreview_base_url: '',
};

/** Desk-wide counts, as the database's counters would give them for a filter. */
export function deskCounts(overrides: Partial<DeskCounts> = {}): DeskCounts {
  return {
    articles: 1,
    claims: 3,
    by_status: { pending: 1, verified: 1, disputed: 1, dismissed: 0 },
    by_kind: { quantity: 1, quote: 1, threat: 1, attribution: 0, statement: 1 },
    outlets: [{ outlet: 'Example Times', articles: 1 }],
    ...overrides,
  };
}
