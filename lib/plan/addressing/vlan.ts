import { fail } from '../errors';
import { guard } from '../guards';

/** 802.1Q VLAN IDs. */
export class Vlan {
  /** The lowest usable VLAN ID. */
  public static readonly MIN = 1;
  /** The highest usable VLAN ID (4095 is reserved by 802.1Q). */
  public static readonly MAX = 4094;

  /**
   * Throws unless `vlan` is a whole number from 1 to 4094 (802.1Q; 0 and 4095 are reserved, although some modules
   * accept them; https://learn.microsoft.com/azure/expressroute/expressroute-howto-routing-arm).
   *
   * @param vlan the VLAN ID
   * @param property the property that holds it
   */
  public static validate(vlan: number, property: string): void {
    guard.string(property, 'property');
    if (!Number.isInteger(vlan) || vlan < Vlan.MIN || vlan > Vlan.MAX) {
      fail(property, vlan, 'an 802.1Q VLAN ID is a whole number from 1 to 4094 (0 and 4095 are reserved)', 'use the VLAN your provider or port assigned, in 1-4094');
    }
  }
}

/**
 * Remembers which VLANs are taken on each circuit or port (the "domain"), so that no two peerings or
 * attachments on one circuit or port share a VLAN (ExpressRoute: "Ensure that no other peering in the circuit
 * uses the same VLAN ID").
 */
export class VlanRegistry {
  private readonly taken = new Map<string, Map<number, string>>();

  /**
   * Record `vlan` on `domain` for `owner`: throws when another owner already has it.
   *
   * @param domain the circuit or port, e.g. the ExpressRoute circuit's construct path
   * @param vlan the VLAN ID
   * @param owner who uses it (construct path and session)
   * @param property the property that holds it
   */
  public claim(domain: string, vlan: number, owner: string, property: string): void {
    Vlan.validate(vlan, property);
    guard.string(domain, 'domain');
    guard.string(owner, 'owner');
    let m = this.taken.get(domain);
    if (!m) {
      m = new Map();
      this.taken.set(domain, m);
    }
    const holder = m.get(vlan);
    if (holder !== undefined && holder !== owner) {
      fail(property, vlan, `VLAN ${vlan} is already used on ${domain} by ${holder}; a VLAN ID is unique per circuit or port`, 'pick a VLAN that no other peering or attachment on that circuit or port uses');
    }
    m.set(vlan, owner);
  }

  /** The VLANs in use on `domain`. */
  public used(domain: string): number[] {
    guard.string(domain, 'domain');
    return [...(this.taken.get(domain)?.keys() ?? [])].sort((a, b) => a - b);
  }
}
