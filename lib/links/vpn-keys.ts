import type { Password } from '@cdktf/provider-random/lib/password';
import { Fn, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { requireSecretVariable } from './link-util';
import { fail } from '../plan/errors';
import { providerModule } from '../core/providers-load';

/** Where the pre-shared keys of a site-to-site VPN's tunnels come from. */
export interface VpnPreSharedKeyOptions {
  /**
   * A Terraform variable declared with `sensitive: true` that holds the pre-shared key of every tunnel. A plain
   * string is refused: it would land in `cdk.tf.json` and in version control. The key must suit every cloud in the
   * link: with AWS 8-64 letters, digits, `.` or `_`, not starting with `0`; with OCI only letters, digits and spaces
   * (the library adds `validation` blocks to the variable that check this at plan time).
   * @default - a random key per tunnel (`random_password`, 32 letters)
   */
  readonly preSharedKey?: TerraformVariable;
  /**
   * A keeper of every generated key: change it (e.g. to `"2"`) to rotate all generated keys on the next apply. Ignored
   * with `preSharedKey`.
   * @default '1'
   */
  readonly preSharedKeyVersion?: string;
}

/** Length of the generated pre-shared keys. */
export const GENERATED_PSK_LENGTH = 32;

/**
 * AWS accepts a pre-shared key of 8-64 characters from letters, digits, `.` and `_` that does not start with `0`.
 * Source: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpnTunnelOptionsSpecification.html (`PreSharedKey`); aws-cdk `aws-ec2/lib/vpn.ts`.
 */
export const AWS_PSK_PATTERN = '^[A-Za-z1-9._][A-Za-z0-9._]{7,63}$';

const AWS_PSK_MESSAGE = 'The pre-shared key must be 8-64 letters, digits, "." or "_", and must not start with "0" (AWS Site-to-Site VPN rule).';

/**
 * OCI accepts a tunnel shared secret of numbers, letters and spaces only. Source: OCI API
 * `UpdateIPSecConnectionTunnelSharedSecretDetails.sharedSecret` ("Only numbers, letters, and spaces are allowed"),
 * docs.oracle.com/iaas/tools/python/latest/api/core/models/oci.core.models.UpdateIPSecConnectionTunnelSharedSecretDetails.html.
 */
export const OCI_PSK_PATTERN = '^[A-Za-z0-9 ]+$';

const OCI_PSK_MESSAGE = 'The pre-shared key may contain only letters, digits and spaces (OCI IPSec rule).';

/** A cloud whose pre-shared-key rule the user's variable is checked against at plan time. @internal */
export enum _PskRule {
  /** AWS: 8-64 letters, digits, `.`, `_`, not starting with `0`. */
  AWS = 'aws',
  /** OCI: letters, digits and spaces. */
  OCI = 'oci',
}

const PSK_RULES: Record<_PskRule, [string, string]> = {
  [_PskRule.AWS]: [AWS_PSK_PATTERN, AWS_PSK_MESSAGE],
  [_PskRule.OCI]: [OCI_PSK_PATTERN, OCI_PSK_MESSAGE],
};

/**
 * Refuse a pre-shared key given as a plain string (or as anything other than a sensitive `TerraformVariable`).
 * Throws a `ValidationError` for `preSharedKey`; never echoes the key.
 *
 * @internal
 */
export function _validatePreSharedKey(options: VpnPreSharedKeyOptions): void {
  const key: unknown = options.preSharedKey;
  if (key === undefined) return;
  if (typeof key === 'string') {
    fail('preSharedKey', Token.isUnresolved(key) ? '(a token)' : '(a plain string; not shown)',
      'a pre-shared key may not be given as a string: it would be written to cdk.tf.json, Terraform plans and version control',
      'declare a TerraformVariable with `sensitive: true` and pass the variable itself, or leave preSharedKey out to generate a random key per tunnel');
  }
  if (!(key instanceof TerraformVariable)) {
    fail('preSharedKey', '(not shown)', 'the pre-shared key must be a TerraformVariable', 'declare a TerraformVariable with `sensitive: true`, or leave preSharedKey out to generate a random key per tunnel');
  }
  requireSecretVariable(key, 'preSharedKey');
}

/**
 * The keys of a set of tunnels: the generated passwords (if any) and the key of each tunnel as a token.
 *
 * @internal
 */
export interface _TunnelKeys {
  /** The generated `random_password`s, one per tunnel; empty when a variable supplies the key. */
  readonly passwords: Password[];
  /** The key of each tunnel, as a Terraform reference (never a literal). */
  readonly keys: string[];
}

/**
 * One pre-shared key per tunnel, as children `Psk0`, `Psk1`, ... of `scope`, or the user's sensitive variable for
 * every tunnel.
 *
 * The generated key is 32 characters drawn from upper- and lower-case letters only (`special`, `numeric` off, at
 * least one of each case). That is the set every cloud accepts: AWS allows letters, digits, `.` and `_` and forbids a
 * leading `0` (a key without digits can never start with one, so no first-character trick is needed); OCI allows
 * only letters, digits and spaces (`OCI_PSK_PATTERN`); Azure and Google accept any printable ASCII. 32 letters from 52 give about 182 bits,
 * well above the 128 bits a PSK should carry. Each password has keepers (the tunnel's name and
 * `preSharedKeyVersion`) so that rotating is a one-line change.
 *
 * @param scope where the passwords go
 * @param count the number of tunnels
 * @param tunnelName a stable name of the tunnel set, e.g. `aws`, kept in each password's keepers
 * @param options the key options
 * @param rule the cloud whose key format is checked on the user's variable at plan time (a `validation` block)
 * @internal
 */
export function _tunnelKeys(scope: Construct, count: number, tunnelName: string, options: VpnPreSharedKeyOptions, rule?: _PskRule): _TunnelKeys {
  _validatePreSharedKey(options);
  const variable = options.preSharedKey;
  if (variable) {
    if (rule !== undefined) {
      const [pattern, message] = PSK_RULES[rule];
      if (!(variable.validation ?? []).some((v) => v.errorMessage === message)) {
        variable.addValidation({ condition: Fn.can(Fn.regex(pattern, variable.stringValue)), errorMessage: message });
      }
    }
    return { passwords: [], keys: Array.from({ length: count }, () => variable.stringValue) };
  }
  const version = options.preSharedKeyVersion ?? '1';
  const { Password } = providerModule(scope, 'random/password');
  const passwords = Array.from({ length: count }, (_, i) => new Password(scope, `Psk${i}`, {
    length: GENERATED_PSK_LENGTH,
    special: false,
    numeric: false,
    upper: true,
    lower: true,
    minUpper: 1,
    minLower: 1,
    keepers: { tunnel: `${tunnelName}-tunnel${i}`, version },
  }));
  return { passwords, keys: passwords.map((p) => p.result) };
}
