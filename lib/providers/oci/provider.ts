import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
import { _OCI_GENERATOR_METADATA, _OCI_PROVIDER_SOURCE, _strings, _toHcl } from './_internal';

/**
 * Configuration of the `oci` provider (oracle/oci 8.28). Every argument is optional in the
 * schema; most also fall back to `OCI_*` / `TF_VAR_*` environment variables.
 */
export interface OciProviderConfig {
  /**
   * Authentication type: `ApiKey`, `InstancePrincipal`, `InstancePrincipalWithCerts`,
   * `SecurityToken`, `ResourcePrincipal`, `OKEWorkloadIdentity` or `WorkloadIdentityFederation`
   * (case-insensitive).
   * @default "ApiKey"
   */
  readonly auth?: string;
  /**
   * Profile of `~/.oci/config` to read.
   * @default "DEFAULT"
   */
  readonly configFileProfile?: string;
  /**
   * Disable automatic retries of retriable errors.
   * @default false
   */
  readonly disableAutoRetries?: boolean | cdktf.IResolvable;
  /**
   * Use dual-stack (IPv4 and IPv6) service endpoints.
   * @default - provider default
   */
  readonly dualStackEndpointEnabled?: boolean | cdktf.IResolvable;
  /**
   * Fingerprint of the API signing key (required with `ApiKey` auth).
   * @default - from `OCI_FINGERPRINT` or the config file
   */
  readonly fingerprint?: string;
  /**
   * Defined-tag keys Terraform ignores when planning (at most 100).
   * @default - none
   */
  readonly ignoreDefinedTags?: string[];
  /**
   * PEM-encoded API signing key (sensitive). Prefer `privateKeyPath`, or pass a sensitive
   * `TerraformVariable` token, so that the key is not written into `cdk.tf.json` in clear.
   * @default - from `OCI_PRIVATE_KEY`, `privateKeyPath` or the config file
   */
  readonly privateKey?: string;
  /**
   * Passphrase of the private key (sensitive).
   * @default ""
   */
  readonly privateKeyPassword?: string;
  /**
   * Path to the PEM-encoded API signing key.
   * @default - from `OCI_PRIVATE_KEY_PATH` or the config file
   */
  readonly privateKeyPath?: string;
  /**
   * Use realm-specific service endpoint templates.
   * @default - provider default
   */
  readonly realmSpecificServiceEndpointTemplateEnabled?: boolean | cdktf.IResolvable;
  /**
   * Region for API calls, e.g. `us-ashburn-1`. Optional in the schema but needed in practice.
   * @default - from `OCI_REGION` or the config file
   */
  readonly region?: string;
  /**
   * JSON file configuring retries of 4xx and 5xx responses.
   * @default - none
   */
  readonly retriesConfigFile?: string;
  /**
   * Minimum time in seconds to retry a resource operation after an error.
   * @default - provider default
   */
  readonly retryDurationSeconds?: number;
  /**
   * Tenancy OCID (required with `ApiKey` auth).
   * @default - from `OCI_TENANCY_OCID` or the config file
   */
  readonly tenancyOcid?: string;
  /**
   * Provider test hook (`test_time_maintenance_reboot_due`): not for normal use.
   * @default - unset
   */
  readonly testTimeMaintenanceRebootDue?: string;
  /**
   * Token-exchange client authentication for `WorkloadIdentityFederation`:
   * `OAuthClientCredentials` or `InstancePrincipal`.
   * @default "OAuthClientCredentials"
   */
  readonly tokenExchangeAuth?: string;
  /**
   * Token-exchange client id (`WorkloadIdentityFederation` with `OAuthClientCredentials`).
   * @default - none
   */
  readonly tokenExchangeClientId?: string;
  /**
   * Token-exchange client secret (sensitive).
   * @default - none
   */
  readonly tokenExchangeClientSecret?: string;
  /**
   * OCI IAM identity-domain URL for token exchange.
   * @default - none
   */
  readonly tokenExchangeDomainUrl?: string;
  /**
   * Public key used by the token-exchange flow.
   * @default - none
   */
  readonly tokenExchangePublicKey?: string;
  /**
   * Requested token type for token exchange.
   * @default - none
   */
  readonly tokenExchangeRequestedTokenType?: string;
  /**
   * Resource type used during token exchange.
   * @default - none
   */
  readonly tokenExchangeResourceType?: string;
  /**
   * Requested RPST expiration for token exchange.
   * @default - none
   */
  readonly tokenExchangeRpstExp?: string;
  /**
   * Subject token type of the Kubernetes service-account JWT.
   * @default "jwt"
   */
  readonly tokenExchangeSubjectTokenType?: string;
  /**
   * User OCID (required with `ApiKey` auth).
   * @default - from `OCI_USER_OCID` or the config file
   */
  readonly userOcid?: string;
  /**
   * Path to the projected Kubernetes service-account token (`WorkloadIdentityFederation`).
   * @default - none
   */
  readonly workloadIdentityTokenPath?: string;
  /**
   * Alias of this provider configuration, for several regions or tenancies in one stack.
   * @default - the default `oci` provider
   */
  readonly alias?: string;
}

/**
 * The `oci` Terraform provider (registry source `oracle/oci`, version `~> 8.28`).
 *
 * Declaring it adds `terraform.required_providers.oci = { source = "oracle/oci", version = "~> 8.28" }`.
 */
export class OciProvider extends cdktf.TerraformProvider {
  /** The Terraform provider type name. */
  public static readonly tfResourceType = 'oci';

  private readonly _config: OciProviderConfig;
  private _alias?: string;

  /**
   * @param scope the scope in which to define this provider
   * @param id the scoped construct id
   * @param config the provider arguments, all optional
   */
  public constructor(scope: Construct, id: string, config: OciProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'oci',
      terraformGeneratorMetadata: _OCI_GENERATOR_METADATA,
      terraformProviderSource: _OCI_PROVIDER_SOURCE,
    });
    this._config = config;
    this._alias = config.alias;
  }

  /** Alias of this provider configuration. */
  public get alias(): string | undefined {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }

  /** Region the provider is configured for, as given (undefined when left to the environment). */
  public get region(): string | undefined {
    return this._config.region;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this._config;
    return {
      auth: cdktf.stringToTerraform(c.auth),
      config_file_profile: cdktf.stringToTerraform(c.configFileProfile),
      disable_auto_retries: cdktf.booleanToTerraform(c.disableAutoRetries),
      dual_stack_endpoint_enabled: cdktf.booleanToTerraform(c.dualStackEndpointEnabled),
      fingerprint: cdktf.stringToTerraform(c.fingerprint),
      ignore_defined_tags: _strings(c.ignoreDefinedTags),
      private_key: cdktf.stringToTerraform(c.privateKey),
      private_key_password: cdktf.stringToTerraform(c.privateKeyPassword),
      private_key_path: cdktf.stringToTerraform(c.privateKeyPath),
      realm_specific_service_endpoint_template_enabled: cdktf.booleanToTerraform(c.realmSpecificServiceEndpointTemplateEnabled),
      region: cdktf.stringToTerraform(c.region),
      retries_config_file: cdktf.stringToTerraform(c.retriesConfigFile),
      retry_duration_seconds: cdktf.numberToTerraform(c.retryDurationSeconds),
      tenancy_ocid: cdktf.stringToTerraform(c.tenancyOcid),
      test_time_maintenance_reboot_due: cdktf.stringToTerraform(c.testTimeMaintenanceRebootDue),
      token_exchange_auth: cdktf.stringToTerraform(c.tokenExchangeAuth),
      token_exchange_client_id: cdktf.stringToTerraform(c.tokenExchangeClientId),
      token_exchange_client_secret: cdktf.stringToTerraform(c.tokenExchangeClientSecret),
      token_exchange_domain_url: cdktf.stringToTerraform(c.tokenExchangeDomainUrl),
      token_exchange_public_key: cdktf.stringToTerraform(c.tokenExchangePublicKey),
      token_exchange_requested_token_type: cdktf.stringToTerraform(c.tokenExchangeRequestedTokenType),
      token_exchange_resource_type: cdktf.stringToTerraform(c.tokenExchangeResourceType),
      token_exchange_rpst_exp: cdktf.stringToTerraform(c.tokenExchangeRpstExp),
      token_exchange_subject_token_type: cdktf.stringToTerraform(c.tokenExchangeSubjectTokenType),
      user_ocid: cdktf.stringToTerraform(c.userOcid),
      workload_identity_token_path: cdktf.stringToTerraform(c.workloadIdentityTokenPath),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return _toHcl(this.synthesizeAttributes());
  }
}
