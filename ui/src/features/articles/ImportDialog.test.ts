import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import type { ImportPathsProgress, ImportSummary } from '../../api';
import { primeApi, renderWithDesk, type MockedApi } from '../../test/render';
import EmptyState from './EmptyState.svelte';
import ImportDialog from './ImportDialog.svelte';

const mocked = api as unknown as MockedApi;

describe('importing articles', () => {
  beforeEach(() => primeApi(mocked));

  const summaryOf = (overrides: Partial<ImportSummary> = {}): ImportSummary => ({
    imported: [],
    duplicates: [],
    refused: [],
    skipped: 0,
    cancelled: false,
    claims_added: 0,
    merged: [],
    bytes: 0,
    elapsed_ms: 0,
    ...overrides,
  });

  const progressOf = (overrides: Partial<ImportPathsProgress>): ImportPathsProgress => ({
    files_done: 0,
    files_total: 0,
    bytes_done: 0,
    bytes_total: 0,
    imported: 0,
    duplicates: 0,
    refused: 0,
    skipped: 0,
    elapsed_ms: 0,
    ...overrides,
  });

  it('imports a typed path, file or folder, and opens what it imported', async () => {
    mocked.importPaths.mockResolvedValue(
      summaryOf({ imported: [{ path: '/a/typed.txt', article_id: 3, title: 'Typed', claims: 1 }], claims_added: 1 }),
    );
    renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.input(screen.getByTestId('import-path'), { target: { value: '  /a/folder ' } });
    await fireEvent.click(screen.getByTestId('import-path-go'));
    expect(mocked.importPaths).toHaveBeenCalledWith(['/a/folder']);
    await waitFor(() => expect(screen.getByTestId('import-summary')).toHaveTextContent('1 article imported with 1 claims'));
    await waitFor(() => expect(mocked.getArticle).toHaveBeenCalledWith(3));
  });

  it('shows counts, rate and time left while it runs, then what became of the files', async () => {
    mocked.chooseArticleFolder.mockResolvedValue('/a/archive');
    let report: (p: ImportPathsProgress) => void = () => {};
    mocked.onImportPathsProgress.mockImplementation(async (handler: (p: ImportPathsProgress) => void) => {
      report = handler;
      return () => {};
    });
    let finish: (summary: ImportSummary) => void = () => {};
    mocked.importPaths.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const { desk } = renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-choose-folder'));
    await waitFor(() => expect(mocked.importPaths).toHaveBeenCalledWith(['/a/archive']));
    report(progressOf({ files_done: 200, files_total: 1000, bytes_done: 1024 * 1024, bytes_total: 5 * 1024 * 1024, imported: 190, duplicates: 8, refused: 2, elapsed_ms: 2000 }));
    await waitFor(() => expect(screen.getByTestId('import-progress')).toHaveTextContent('200 of 1,000 files'));
    const running = screen.getByTestId('import-progress');
    expect(running).toHaveTextContent('100 files/s');
    expect(running).toHaveTextContent('about 8 s left');
    expect(running).toHaveTextContent('190 imported · 8 already there · 2 refused · 0 skipped');
    expect(screen.getByTestId('import-choose')).toBeDisabled();
    finish(
      summaryOf({
        imported: [{ path: '/a/archive/new.txt', article_id: 3, title: 'New one', claims: 4 }],
        duplicates: [{ path: '/a/archive/old.md', article_id: 1, title: 'Old one', claims: 2 }],
        refused: [{ path: '/a/archive/deep/bin.txt', code: 'invalid_input', reason: 'This file is not text.' }],
        skipped: 5,
        claims_added: 4,
      }),
    );
    await waitFor(() => expect(screen.getByTestId('import-summary')).toBeInTheDocument());
    expect(screen.getByTestId('import-imported')).toHaveTextContent('1');
    expect(screen.getByTestId('import-duplicates')).toHaveTextContent('1');
    expect(screen.getByTestId('import-refused')).toHaveTextContent('1');
    expect(screen.getByTestId('import-refused-file')).toHaveTextContent('bin.txt This file is not text.');
    expect(screen.getByTestId('import-summary')).toHaveTextContent('5 skipped');
    await waitFor(() => expect(mocked.getArticle).toHaveBeenCalledWith(3));
    // The list starts over from its first page to show the new articles.
    expect(mocked.listArticlesPage.mock.calls.at(-1)![0]).toMatchObject({ offset: 0 });
    expect(desk.list.total).toBe(1);
  });

  it('cancels a running import and says every finished article was kept', async () => {
    mocked.chooseArticleFiles.mockResolvedValue(['/a/one.txt', '/a/two.txt', '/a/three.txt']);
    let finish: (summary: ImportSummary) => void = () => {};
    mocked.importPaths.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-choose'));
    await waitFor(() => expect(mocked.importPaths).toHaveBeenCalled());
    await fireEvent.click(screen.getByTestId('import-cancel'));
    expect(mocked.cancelImport).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('import-cancel')).toHaveTextContent('Cancelling…');
    finish(summaryOf({ imported: [{ path: '/a/one.txt', article_id: 3, title: 'One', claims: 1 }], cancelled: true, claims_added: 1 }));
    await waitFor(() => expect(screen.getByTestId('import-summary')).toHaveTextContent('Import cancelled.'));
    expect(screen.getByTestId('import-summary')).toHaveTextContent('every finished article was kept');
    await waitFor(() => expect(screen.queryByTestId('import-cancel')).toBeNull());
  });

  it('imports the files chosen in the system dialog', async () => {
    mocked.chooseArticleFiles.mockResolvedValue(['/x/one.html', '/x/two.txt']);
    mocked.importPaths.mockResolvedValue(summaryOf());
    renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-choose'));
    await waitFor(() => expect(mocked.importPaths).toHaveBeenCalledWith(['/x/one.html', '/x/two.txt']));
  });

  it('says in words when the import fails as a whole', async () => {
    mocked.importPaths.mockRejectedValue({ code: 'io', message: 'The folder /gone cannot be read' });
    renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.input(screen.getByTestId('import-path'), { target: { value: '/gone' } });
    await fireEvent.click(screen.getByTestId('import-path-go'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Import failed: The folder /gone cannot be read.'));
    expect(screen.getByRole('alert')).not.toHaveTextContent('io');
  });

  it('does nothing when the file dialog is cancelled', async () => {
    mocked.chooseArticleFiles.mockResolvedValue([]);
    renderWithDesk(ImportDialog, { onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-choose'));
    await Promise.resolve();
    expect(mocked.importPaths).not.toHaveBeenCalled();
  });

  it('opens the sample article from the empty state', async () => {
    mocked.importSample.mockResolvedValue({ article_id: 1, title: 'Sample', claims: 3, already_imported: false });
    const { desk } = renderWithDesk(EmptyState, {});
    await fireEvent.click(screen.getByTestId('import-sample'));
    await waitFor(() => expect(desk.reader.view?.article.id).toBe(1));
    expect(desk.reader.currentClaimId).toBe(1);
  });

  it('says in words when the sample cannot be opened', async () => {
    mocked.importSample.mockRejectedValue({ code: 'internal', message: '' });
    renderWithDesk(EmptyState, {});
    await fireEvent.click(screen.getByTestId('import-sample'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Could not open the sample article: Something went wrong'));
  });
});
