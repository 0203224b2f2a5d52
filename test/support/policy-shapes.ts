/**
 * The shapes of the browsers' own policies that docs/uitrol.md shows, as JSON schemas, each
 * from the browser's public policy description. Only what the guide uses is described, and
 * strictly (no other keys), so a typo in a snippet fails the test instead of a rollout.
 */

/** A Chrome/Edge extension id: 32 letters a–p (Chrome's id alphabet). */
export const EXTENSION_ID = '^[a-p]{32}$';

/**
 * ExtensionInstallForcelist (Chrome and Edge): a list of "id;update URL"; the update URL is an
 * http, https or file URL of an update manifest (Chromium policy definition
 * Extensions/ExtensionInstallForcelist.yaml; Edge reads the same policy).
 */
export const FORCELIST_ENTRY = '^[a-p]{32}(;(https?|file)://\\S+)?$';

/**
 * A Chrome policy file (Linux /etc/opt/chrome/policies/managed/*.json): the force-install list
 * and the "3rdparty" policy, `3rdparty.extensions.<id>` holding the extension's managed storage
 * (Chrome Enterprise: "Configure extensions with policies", managed storage).
 */
export const chromePolicyFile = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ExtensionInstallForcelist: { type: 'array', items: { type: 'string', pattern: FORCELIST_ENTRY } },
    '3rdparty': {
      type: 'object',
      additionalProperties: false,
      required: ['extensions'],
      properties: { extensions: { type: 'object', propertyNames: { pattern: EXTENSION_ID }, additionalProperties: { type: 'object' } } },
    },
  },
};

/**
 * Google Admin console, "Policy for extensions": the managed configuration with every value
 * wrapped as { "Value": … } (Google's Admin console help for app and extension policies).
 */
export const googleAdminPolicy = {
  type: 'object',
  additionalProperties: { type: 'object', required: ['Value'], additionalProperties: false, properties: { Value: {} } },
};

/**
 * Firefox policies.json (Mozilla's enterprise policy reference): `policies.ExtensionSettings`
 * maps an add-on id to `installation_mode` (allowed, blocked, force_installed, normal_installed)
 * and, to install, `install_url` (https or file URL of a signed .xpi); `policies.3rdparty.Extensions`
 * maps an add-on id to what storage.managed gives it (Extension Workshop, "Enterprise development").
 */
export const firefoxPolicies = {
  type: 'object',
  additionalProperties: false,
  required: ['policies'],
  properties: {
    policies: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ExtensionSettings: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['installation_mode'],
            properties: {
              installation_mode: { enum: ['allowed', 'blocked', 'force_installed', 'normal_installed'] },
              install_url: { type: 'string', pattern: '^(https|file)://\\S+\\.xpi$' },
            },
            if: { properties: { installation_mode: { enum: ['force_installed', 'normal_installed'] } } },
            then: { required: ['install_url'] },
          },
        },
        '3rdparty': {
          type: 'object',
          additionalProperties: false,
          required: ['Extensions'],
          properties: { Extensions: { type: 'object', additionalProperties: { type: 'object' } } },
        },
      },
    },
  },
};
