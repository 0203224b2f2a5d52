/** What the settings reader hands the judge: the fields found for 2FA and for retention. */
import * as z from 'zod/mini';
import { FieldFactSchema } from './opp-facts';

export const SettingsFactsSchema = z.object({
  twoFa: z.array(FieldFactSchema),
  retention: z.array(FieldFactSchema),
});
export type SettingsFacts = z.infer<typeof SettingsFactsSchema>;
