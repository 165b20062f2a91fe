import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../api', async () => (await import('../../test/apiMock')).createApiMock());

import * as api from '../../api';
import { Desk } from '../../state/desk.svelte';
import { articleView, detailFor } from '../../test/fixtures';
import { renderWithDesk, type MockedApi } from '../../test/render';
import ClaimFacts from './ClaimFacts.svelte';

const mocked = api as unknown as MockedApi;

describe('ClaimFacts', () => {
  it('shows the figure’s facts and saves a correction through update_claim_facts', async () => {
    const desk = new Desk();
    desk.reader.view = articleView();
    const claim = desk.reader.view.claims[0];
    mocked.updateClaimFacts.mockResolvedValue(detailFor({ ...claim, value: 9000, edited: true }));
    renderWithDesk(ClaimFacts, { claim }, desk);
    expect(screen.getByTestId('claim-facts')).toHaveTextContent('14,600');
    expect(screen.getByTestId('claim-facts')).toHaveTextContent('up to');
    await fireEvent.click(screen.getByTestId('facts-edit'));
    await fireEvent.input(screen.getByTestId('fact-value'), { target: { value: '9,000' } });
    await fireEvent.input(screen.getByTestId('fact-speaker'), { target: { value: 'A think tank' } });
    await fireEvent.click(screen.getByTestId('facts-save'));
    expect(mocked.updateClaimFacts).toHaveBeenCalledWith({
      claim_id: 1,
      value: 9000,
      unit: 'marchers',
      qualifier: 'up_to',
      speaker: 'A think tank',
    });
    await waitFor(() => expect(desk.reader.view?.claims[0].value).toBe(9000));
  });

  it('shows the speaker for a quote and leaves out figure fields it does not have', () => {
    const desk = new Desk();
    desk.reader.view = articleView();
    renderWithDesk(ClaimFacts, { claim: desk.reader.view.claims[1] }, desk);
    const facts = screen.getByTestId('claim-facts');
    expect(facts).toHaveTextContent('speaker Ines Haller');
    expect(facts).not.toHaveTextContent('value');
    expect(facts).not.toHaveTextContent('unit');
  });

  it('refuses a value that is not a number before calling the backend', async () => {
    const desk = new Desk();
    desk.reader.view = articleView();
    renderWithDesk(ClaimFacts, { claim: desk.reader.view.claims[0] }, desk);
    await fireEvent.click(screen.getByTestId('facts-edit'));
    await fireEvent.input(screen.getByTestId('fact-value'), { target: { value: 'lots' } });
    await fireEvent.click(screen.getByTestId('facts-save'));
    expect(screen.getByRole('alert')).toHaveTextContent('The value must be a number');
    expect(mocked.updateClaimFacts).not.toHaveBeenCalled();
  });
});
