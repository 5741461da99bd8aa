import type { ExpressRoutePort } from '@cdktf/provider-azurerm/lib/express-route-port';
import { Construct } from 'constructs';
import { checked, isUnresolved } from '../core/context';
import { AzureHubBase } from '../hubs/azure-hub-base';
import { fail } from '../plan/errors';
import { ProviderRules } from '../plan/facts/provider-rules';
import { EXPRESSROUTE_DIRECT_CIRCUIT_GBPS } from '../plan/facts/limits';
import { propName } from './link-util';
import { nameSlug } from '../plan/documents/text';
import { guardArgs } from '../core/guard-props';
import { providerModule } from '../core/providers-load';
import { skipCreationStacks } from '../core/creation-stacks';

/** How circuits are tagged on an ExpressRoute Direct port. */
export enum ExpressRoutePortEncapsulation {
  /** 802.1Q: one tag; a VLAN (C-tag) is unique across the whole port pair. */
  DOT1Q = 'Dot1Q',
  /** QinQ: Azure assigns each circuit an outer S-tag, and the inner C-tag is unique per circuit. */
  QINQ = 'QinQ',
}

/** MACsec ciphers of an ExpressRoute Direct port (azurerm `macsec_cipher`). */
export enum MacsecCipher {
  /** GCM-AES-128. */
  GCM_AES_128 = 'GcmAes128',
  /** GCM-AES-256. */
  GCM_AES_256 = 'GcmAes256',
  /**
   * GCM-AES-XPN-128 (extended packet numbering). Refused at synth while the library pins azurerm 4.x: azurerm
   * 4.55 accepts only `GcmAes128` and `GcmAes256`; the XPN ciphers arrive in azurerm 4.60 (CHANGELOG 4.60.0).
   */
  GCM_AES_XPN_128 = 'GcmAesXpn128',
  /**
   * GCM-AES-XPN-256 (extended packet numbering). Refused at synth while the library pins azurerm 4.x (see
   * `GCM_AES_XPN_128`).
   */
  GCM_AES_XPN_256 = 'GcmAesXpn256',
}

/** Props of an `ExpressRouteDirectPort`. */
export interface ExpressRouteDirectPortProps {
  /** The hub whose resource group, region, provider and tags the port uses. */
  readonly hub: AzureHubBase;
  /** The ExpressRoute Direct peering location, e.g. `Equinix-Ashburn-DC2`. */
  readonly peeringLocation: string;
  /** The port pair's speed: 10 or 100 Gbit/s. */
  readonly bandwidthGbps: number;
  /** The encapsulation. @default ExpressRoutePortEncapsulation.DOT1Q */
  readonly encapsulation?: ExpressRoutePortEncapsulation;
  /** The port's name. @default - `<hub name prefix>-<construct id>-erd` */
  readonly name?: string;
  /** MACsec on both links with this cipher. @default - no MACsec */
  readonly macsecCipher?: MacsecCipher;
  /** The Key Vault secret id of the MACsec CKN (with `macsecCipher`). Accepts a Terraform token. @default - none */
  readonly macsecCknKeyVaultSecretId?: string;
  /** The Key Vault secret id of the MACsec CAK (with `macsecCipher`). Accepts a Terraform token. @default - none */
  readonly macsecCakKeyVaultSecretId?: string;
  /** Include the SCI in MACsec frames. @default false */
  readonly macsecSciEnabled?: boolean;
  /**
   * The user-assigned managed identity that may read the MACsec secrets from Key Vault (with `macsecCipher`).
   * Accepts a Terraform token.
   * @default - none
   */
  readonly macsecIdentityId?: string;
  /** The prefix of the property names in error messages, e.g. `expressRoutePort`. @default - none */
  readonly propertyPrefix?: string;
}

/**
 * A new ExpressRoute Direct port pair (`azurerm_express_route_port`), optionally with MACsec from Key Vault.
 * The child is `Resource`.
 */
export class ExpressRouteDirectPort extends Construct {
  /** The port. */
  public readonly resource: ExpressRoutePort;
  /** The port speed, Gbit/s. */
  public readonly bandwidthGbps: number;
  /** The encapsulation. */
  public readonly encapsulation: ExpressRoutePortEncapsulation;

  constructor(scope: Construct, id: string, props: ExpressRouteDirectPortProps) {
    guardArgs('ExpressRouteDirectPort', [scope, id, props]);
    super(scope, id);
    const endSkip = skipCreationStacks();
    try {
      const hub = props.hub;
      const p = (n: string) => propName(props.propertyPrefix, n);
      this.bandwidthGbps = props.bandwidthGbps;
      this.encapsulation = props.encapsulation ?? ExpressRoutePortEncapsulation.DOT1Q;

      checked(this, () => {
        ExpressRouteDirectPort.validateBandwidth(props.bandwidthGbps, p('bandwidthGbps'));
        const macsec = [props.macsecCknKeyVaultSecretId, props.macsecCakKeyVaultSecretId, props.macsecIdentityId];
        if (props.macsecCipher === undefined && (macsec.some((x) => x !== undefined) || props.macsecSciEnabled !== undefined)) {
          fail('macsecCipher', undefined, 'the MACsec secrets, identity and SCI setting only apply with a cipher', 'set macsecCipher, or leave the MACsec settings out');
        }
        if (props.macsecCipher !== undefined) {
          ProviderRules.enforce('azurerm_express_route_port', 'link1.macsec_cipher', props.macsecCipher, 'macsecCipher', 'use MacsecCipher.GCM_AES_256 (or GCM_AES_128)');
          if (props.macsecCknKeyVaultSecretId === undefined) fail('macsecCknKeyVaultSecretId', undefined, 'MACsec on ExpressRoute Direct needs the CKN and the CAK as Key Vault secrets (learn.microsoft.com/azure/expressroute/expressroute-howto-macsec)', 'store the CKN in Key Vault and give its secret id');
          if (props.macsecCakKeyVaultSecretId === undefined) fail('macsecCakKeyVaultSecretId', undefined, 'MACsec on ExpressRoute Direct needs the CKN and the CAK as Key Vault secrets (learn.microsoft.com/azure/expressroute/expressroute-howto-macsec)', 'store the CAK in Key Vault and give its secret id');
          if (props.macsecIdentityId === undefined) fail('macsecIdentityId', undefined, 'the port reads the MACsec secrets with a user-assigned managed identity that has Get on them', 'create a user-assigned identity, grant it access to the secrets and give its id');
          if (!isUnresolved(props.macsecIdentityId)) {
            ProviderRules.enforce('azurerm_express_route_port', 'identity.identity_ids', props.macsecIdentityId, p('macsecIdentityId'),
              'give the identity\'s full resource id, /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>');
          }
        }
      });

      const link = props.macsecCipher !== undefined ? {
        adminEnabled: true,
        macsecCipher: props.macsecCipher,
        macsecCknKeyvaultSecretId: props.macsecCknKeyVaultSecretId,
        macsecCakKeyvaultSecretId: props.macsecCakKeyVaultSecretId,
        macsecSciEnabled: props.macsecSciEnabled ?? false,
      } : undefined;
      const { ExpressRoutePort } = providerModule(this, 'azurerm/express-route-port');
      this.resource = new ExpressRoutePort(this, 'Resource', {
        name: props.name ?? `${hub.namePrefix}-${nameSlug(scope.node.id, 'a-z0-9_.-', 48)}-erd`,
        resourceGroupName: hub.resourceGroupName,
        location: hub.location,
        peeringLocation: props.peeringLocation,
        bandwidthInGbps: props.bandwidthGbps,
        encapsulation: this.encapsulation,
        identity: props.macsecIdentityId !== undefined ? { type: 'UserAssigned', identityIds: [props.macsecIdentityId] } : undefined,
        link1: link,
        link2: link,
        tags: hub.tags,
        provider: hub.provider,
      });
    } finally {
      endSkip();
    }
  }

  /**
   * Throws unless `portGbps` is an ExpressRoute Direct port speed (10 or 100 Gbit/s) and, when given, `circuitGbps`
   * is a circuit size that port carries.
   *
   * @param portGbps the port speed
   * @param property the property holding it
   * @param circuitGbps the circuit bandwidth
   * @param circuitProperty the property holding the circuit bandwidth
   */
  public static validateBandwidth(portGbps: number, property: string, circuitGbps?: number, circuitProperty?: string): void {
    if (isUnresolved(portGbps)) return;
    const allowed = EXPRESSROUTE_DIRECT_CIRCUIT_GBPS[portGbps];
    if (!allowed) {
      fail(property, portGbps, `ExpressRoute Direct ports are ${Object.keys(EXPRESSROUTE_DIRECT_CIRCUIT_GBPS).join(' or ')} Gbit/s (learn.microsoft.com/azure/expressroute/expressroute-erdirect-about)`, 'use 10 or 100');
    }
    if (circuitGbps !== undefined && !isUnresolved(circuitGbps) && !allowed.includes(circuitGbps)) {
      fail(circuitProperty ?? 'bandwidthGbps', circuitGbps, `a ${portGbps} Gbit/s ExpressRoute Direct port carries circuits of ${allowed.join(', ')} Gbit/s (learn.microsoft.com/azure/expressroute/expressroute-erdirect-about)`, `use one of ${allowed.join(', ')}, or a ${portGbps === 10 ? 100 : 10} Gbit/s port`);
    }
  }
}
