// Brownfield, shared by the AWS, Google and OCI hubs: what an existing gateway already runs (its BGP subnets, the
// VLANs on its ports), reserved so that no new link is given it again, and the plan-time checks of the declared
// facts (Terraform `lifecycle.postcondition` on the data source that reads the gateway).
import { IConstruct } from 'constructs';
import { claimPeering, claimVlan } from '../core/claims';
import { checked, isUnresolved } from '../core/context';
import { fail } from '../plan/errors';
import { PeeringKind } from '../plan/addressing/peering';

/** The VLANs already in use on one existing port: a Direct Connect connection or a Google interconnect. */
export interface ExistingVlans {
  /**
   * The port, spelled exactly as the links are given it: the Direct Connect connection id (`dxcon-...`) or the
   * interconnect (name or self link) of `interconnects`.
   */
  readonly connection: string;
  /** The VLAN ids its existing virtual interfaces or attachments use. */
  readonly vlans: number[];
}

/** One declared fact checked on the existing resource when Terraform reads it. */
export interface DeclaredFact {
  /** The Terraform condition on `self`, e.g. `self.amazon_side_asn == "64512"`. */
  readonly condition: string;
  /** What the message calls the attribute, e.g. `amazon_side_asn`. */
  readonly attribute: string;
  /** The attribute as read, a Terraform expression on `self`. */
  readonly actual: string;
  /** The declared property, e.g. `existingVpnGateway.amazonSideAsn`, and its value as text. */
  readonly property: string;
  readonly declared: string;
}

/**
 * The `lifecycle` of a data source that reads an existing resource: one postcondition per declared fact, whose
 * message names the resource, what it runs, the declared property and the fix. Terraform checks a data source's
 * postconditions when it reads it (at plan when its arguments are known) and stops the run when one is false
 * (developer.hashicorp.com/terraform/language/expressions/custom-conditions).
 */
export function declaredFacts(what: string, id: string | undefined, facts: DeclaredFact[]): { postcondition: Array<{ condition: string; errorMessage: string }> } {
  const named = id !== undefined && !isUnresolved(id) ? `${what} ${id}` : what;
  return {
    postcondition: facts.map((f) => ({
      condition: `\${${f.condition}}`,
      errorMessage: `The existing ${named} has ${f.attribute} \${${f.actual}}, but the hub declares \`${f.property}\` = ${f.declared}: correct \`${f.property}\` to what it runs.`,
    })),
  };
}

/**
 * A value inside a condition: a quoted string literal, or (a token) the bare reference, since cdktf writes a token
 * inside `${...}` as the expression itself.
 */
export function tfValue(v: string): string {
  return isUnresolved(v) ? v : JSON.stringify(v);
}

/** Fail unless `id` (when known at synth) matches `pattern`; `example` shows the form in the fix. */
export function checkId(id: string, pattern: RegExp, property: string, what: string, example: string): void {
  if (isUnresolved(id)) return;
  if (!pattern.test(id)) fail(property, id, `not the id of ${what}`, `give its id, e.g. ${example}`);
}

/**
 * Reserve the BGP subnets an existing gateway's sessions use in the app's peering allocator (each must be known at
 * synth and obey `kinds`' rules), so that no new session is given one. Keys: `<scope path>/<key>/in-use-<i>`.
 */
export function reserveInUse(scope: IConstruct, key: string, cidrs: string[] | undefined, kinds: PeeringKind[], property: string, what: string): void {
  (cidrs ?? []).forEach((cidr, i) => claimPeering(scope, {
    key: `${scope.node.path}/${key}/in-use-${i}`,
    explicit: cidr,
    explicitMustBeKnown: true,
    kinds,
    property: `${property}[${i}]`,
    what: `session ${i} ${what} already runs`,
  }));
}

/**
 * Claim the VLANs in use on existing ports in the app's VLAN registry (domain `<domain>:<connection>`, as the links
 * claim theirs), so that a new link asking for one fails and names it.
 */
export function claimVlansInUse(scope: IConstruct, domain: string, list: ExistingVlans[] | undefined, property: string): void {
  (list ?? []).forEach((port, i) => {
    checked(scope, () => {
      if (isUnresolved(port.connection)) fail(`${property}[${i}].connection`, port.connection, 'the port must be known at synth: the VLANs in use are reserved on it', 'give the connection id or interconnect as a literal');
    });
    port.vlans.forEach((vlan, j) => claimVlan(scope, { domain: `${domain}:${port.connection}`, vlan, owner: `${scope.node.path} (in use before this app, ${property}[${i}])`, property: `${property}[${i}].vlans[${j}]` }));
  });
}
