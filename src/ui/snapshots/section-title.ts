import type { Messages } from '../../i18n/index.ts';
import type { SectionKey } from '../dashboard/model.ts';

const TITLES = {
  revenue: 'sectionRevenue',
  retention: 'sectionRetention',
  acquisition: 'sectionAcquisition',
  engagement: 'sectionEngagement',
  satisfaction: 'sectionSatisfaction',
  financial: 'sectionFinancial',
  custom: 'sectionCustom',
  inputs: 'sectionInputs',
} as const satisfies Record<SectionKey, keyof Messages>;

export const sectionTitle = (t: Messages, key: SectionKey): string => t[TITLES[key]];
