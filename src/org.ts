import type { OrgIdentity } from '../dialogs/contract.js';
import type { Config } from './config.js';

/**
 * The deploying organisation as dialogs/ and the plan page take it (issue 17), from the settings
 * the config schema checked (ORG_NAME required with a phone or a page). No ORG_NAME: undefined,
 * and the bot says nothing about who runs it.
 */
export function orgIdentity(config: Pick<Config, 'ORG_NAME' | 'ORG_HELP_PHONE' | 'ORG_URL'>): OrgIdentity | undefined {
  if (!config.ORG_NAME) return undefined;
  return {
    name: config.ORG_NAME,
    ...(config.ORG_HELP_PHONE ? { phone: config.ORG_HELP_PHONE } : {}),
    ...(config.ORG_URL ? { url: config.ORG_URL } : {}),
  };
}
