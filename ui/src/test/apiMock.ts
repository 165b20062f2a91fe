// A stand-in for src/api: every command is a vi.fn(); errors and the error type are real.
import { vi } from 'vitest';
import { ApiError, errorSentence, toApiError } from '../api/errors';

export function createApiMock() {
  return {
    ApiError,
    errorSentence,
    toApiError,
    listArticles: vi.fn(),
    getArticle: vi.fn(),
    importFiles: vi.fn(),
    cancelImport: vi.fn(),
    importText: vi.fn(),
    importSample: vi.fn(),
    updateArticle: vi.fn(),
    listClaims: vi.fn(),
    getClaim: vi.fn(),
    setClaimStatus: vi.fn(),
    undoStatusChange: vi.fn(),
    updateClaimFacts: vi.fn(),
    createManualClaim: vi.fn(),
    dismissClaim: vi.fn(),
    addSource: vi.fn(),
    updateSource: vi.fn(),
    removeSource: vi.fn(),
    addNote: vi.fn(),
    updateNote: vi.fn(),
    deleteNote: vi.fn(),
    getSettings: vi.fn(),
    updateSettings: vi.fn(),
    search: vi.fn(),
    rerunExtraction: vi.fn(),
    previewExport: vi.fn(),
    exportReport: vi.fn(),
    onImportProgress: vi.fn(),
    onExportProgress: vi.fn(),
    chooseArticleFiles: vi.fn(),
    chooseSavePath: vi.fn(),
    openInBrowser: vi.fn(),
  };
}
