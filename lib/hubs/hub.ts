import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { Cloud } from '../plan/facts/clouds';

/**
 * What every hub offers the links and patterns that attach to it: AzureHub, AwsHub, GcpHub and OciHub implement it,
 * and nothing outside a hub reads the hub's props. Per-cloud members (an AWS hub's gateway, a Google hub's project,
 * an OCI hub's compartment) sit on the hub classes themselves.
 */
export interface IHub extends IConstruct {
  /** The cloud of the network. */
  readonly cloud: Cloud;
  /**
   * The network's address ranges, as given: the VNet address space, the VPC CIDRs, the Google subnet CIDRs or the
   * VCN CIDRs. Other networks must not overlap them.
   */
  readonly ranges: string[];
  /** The user's property that holds `ranges`, e.g. `vpcCidrs` (what an overlap error names). */
  readonly rangesProperty: string;
  /** The prefixes the cloud advertises for this network over its links (known at synth, tokens left out). */
  readonly advertisedPrefixes: string[];
  /** The user's property that holds what the hub advertises, e.g. `subnetCidrs` (what a budget error names). */
  readonly advertisedProperty: string;
  /** The prefix of the names of the resources the hub and its links create. */
  readonly namePrefix: string;
  /** The Terraform provider of the hub's cloud. @default - the stack's default provider of that cloud */
  readonly provider?: TerraformProvider;
  /** Tags (OCI: freeform tags) for the resources the hub and its links create. @default - none */
  readonly tags?: { [key: string]: string };
  /** The region (Azure: the location). @default - unknown at synth */
  readonly region?: string;
}
