//! The workspace settings (the reviewer's name and the report's details).

import * as api from '../api';
import type { Settings } from '../api';
import { failure, type Failure } from './failure';

export class SettingsStore {
  value = $state<Settings | null>(null);
  error = $state<Failure | null>(null);

  async load(): Promise<void> {
    try {
      this.value = await api.getSettings();
      this.error = null;
    } catch (raw) {
      this.error = failure(raw);
    }
  }

  async saveReviewerName(name: string): Promise<void> {
    if (!this.value) return;
    try {
      this.value = await api.updateSettings({ ...this.value, reviewer_name: name });
      this.error = null;
    } catch (raw) {
      this.error = failure(raw, 'Could not save the reviewer name');
    }
  }
}
