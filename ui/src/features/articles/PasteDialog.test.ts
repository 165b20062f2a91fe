import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import { primeApi, renderWithDesk, type MockedApi } from '../../test/render';
import ReviewerName from '../../shell/ReviewerName.svelte';
import PasteDialog from './PasteDialog.svelte';

const mocked = api as unknown as MockedApi;

describe('pasting text and naming the reviewer', () => {
  beforeEach(() => primeApi(mocked));

  it('imports pasted text with its title and opens the new article', async () => {
    mocked.importText.mockResolvedValue({ article_id: 1, title: 'Pasted', claims: 3, already_imported: false });
    const onclose = vi.fn();
    const { desk } = renderWithDesk(PasteDialog, { onclose });
    await fireEvent.input(screen.getByTestId('paste-title'), { target: { value: ' Pasted ' } });
    await fireEvent.input(screen.getByTestId('paste-text'), { target: { value: 'Some 40 people said so.' } });
    await fireEvent.click(screen.getByTestId('paste-import'));
    expect(mocked.importText).toHaveBeenCalledWith('Some 40 people said so.', 'Pasted');
    await waitFor(() => expect(onclose).toHaveBeenCalled());
    expect(desk.reader.view?.article.id).toBe(1);
  });

  it('asks for text before importing nothing', async () => {
    renderWithDesk(PasteDialog, { onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('paste-import'));
    expect(screen.getByRole('alert')).toHaveTextContent('Paste the article text first.');
    expect(mocked.importText).not.toHaveBeenCalled();
  });

  it('saves a new reviewer name through update_settings', async () => {
    mocked.updateSettings.mockImplementation(async (settings: unknown) => settings);
    const { desk } = renderWithDesk(ReviewerName, {});
    await desk.settings.load();
    await fireEvent.click(await screen.findByTestId('reviewer-name'));
    const input = screen.getByTestId('reviewer-input');
    await fireEvent.input(input, { target: { value: 'B. Checker' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(mocked.updateSettings).toHaveBeenCalledWith({
      reviewer_name: 'B. Checker',
      organisation_name: 'Desk',
      claimreview_base_url: '',
    });
    await waitFor(() => expect(screen.getByTestId('reviewer-name')).toHaveTextContent('Reviewer: B. Checker'));
  });
});
