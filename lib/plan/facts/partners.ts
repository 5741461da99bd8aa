import { guard, lookup } from '../guards';
import { fail } from '../errors';

/**
 * Known connectivity providers, as data with their sources: which providers Microsoft lists at an ExpressRoute
 * peering location, and which FastConnect partners Oracle lists in an OCI region. Pure TypeScript, no cdktf.
 *
 * The lists are snapshots of public pages that change every few months. A name is checked only where a list is
 * held for the location (never guessed for other locations), matching is forgiving (see `ProviderCatalog.matches`),
 * and every check can be overridden (`allowUnlisted`) for a provider that has joined since the snapshot.
 */

/** Where a provider list comes from. */
export interface ProviderListSource {
  /** The page (and, for a repository file, the path and commit). */
  readonly source: string;
  /** The date of the snapshot (the page's own date where it gives one). */
  readonly asOf: string;
  /** True when the list is known to hold only part of the page's entries for the location. */
  readonly partial: boolean;
}

/** The ExpressRoute connectivity providers Microsoft lists at one peering location. */
export interface ExpressRouteLocationProviders extends ProviderListSource {
  /** The peering location as `peering_location` spells it, e.g. `Washington DC`. */
  readonly peeringLocation: string;
  /** The providers as the page names them. */
  readonly providers: string[];
}

/** The FastConnect partners Oracle lists in one OCI region. */
export interface OciRegionProviders extends ProviderListSource {
  /** The OCI region identifier, e.g. `us-ashburn-1`. */
  readonly region: string;
  /** The partners as OCI names them (`provider_name` of `oci_core_fast_connect_provider_services`). */
  readonly providers: string[];
}

/** The answer to "does this location offer this provider?". */
export interface ProviderVerdict {
  /** True when a list is held for the location (so that the answer means something). */
  readonly listed: boolean;
  /** True when the provider is offered, or when no list is held (nothing to check against). */
  readonly offered: boolean;
  /** The listed name the given name matched, if any. */
  readonly matchedName?: string;
  /** The providers listed at the location (empty when no list is held). */
  readonly providers: string[];
  /** Where the list comes from (empty when no list is held). */
  readonly source: string;
}

const ER_SOURCE = 'https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers ("Providers By Location"; MicrosoftDocs/azure-docs articles/expressroute/expressroute-locations-providers.md, ms.date 04/28/2026, commit 0034968231599d97f4958cbb4ed673ea9feb4c3c)';
const ER_AS_OF = '2026-04-28';

function er(peeringLocation: string, providers: string[]): ExpressRouteLocationProviders {
  return { peeringLocation, providers, source: ER_SOURCE, asOf: ER_AS_OF, partial: false };
}

/**
 * ExpressRoute connectivity providers per peering location, for a few well-documented locations: every provider
 * the page lists there on the snapshot date (the page's names; the Azure API's `serviceProviderName` is often a
 * shorter form, e.g. `AT&T` for "AT&T NetBond", which `ProviderCatalog.matches` accepts). Other locations are not
 * held and never checked. In London the page fuses "Digital Realty" and "Equinix" (a broken `<br/` tag); both are
 * listed here.
 */
export const EXPRESSROUTE_PROVIDERS_BY_LOCATION: ExpressRouteLocationProviders[] = [
  er('Washington DC', ['Aryaka Networks', 'AT&T NetBond', 'AT&T Dynamic Exchange', 'British Telecom', 'CenturyLink Cloud Connect', 'Cogent', 'Cologix', 'Colt', 'Console Connect (PCCW Global Limited)', 'Comcast', 'Coresite', 'Cox Business Cloud Port', 'Crown Castle', 'Digital Realty', 'Equinix', 'Epsilon Global Communications', 'Flo Networks', 'GTT', 'IPC', 'Internet2', 'InterCloud', 'Iron Mountain', 'IX Reach', 'Level 3 Communications', 'Lightpath', 'Megaport', 'Momentum Telecom', 'MODMC', 'NTT DOCOMO BUSINESS', 'Orange', 'PacketFabric', 'PitChile', 'SES', 'Tata Communications', 'Arelion (Telia Carrier)', 'Telefonica', 'Verizon', 'Zayo', 'Zenlayer']),
  er('Washington DC2', ['CenturyLink Cloud Connect', 'Coresite', 'Intelsat', 'Megaport', 'Momentum Telecom', 'Viasat', 'Zayo']),
  er('Silicon Valley', ['Aryaka Networks', 'AT&T Dynamic Exchange', 'AT&T NetBond', 'British Telecom', 'CenturyLink Cloud Connect', 'China Unicom Global', 'Cogent', 'Colt', 'Comcast', 'Coresite', 'Cox Business Cloud Port', 'Digital Realty', 'Equinix', 'InterCloud', 'Internet2', 'IX Reach', 'Level 3 Communications', 'Megaport', 'MODMC', 'Momentum Telecom', 'Orange', 'Packet', 'PacketFabric', 'Tata Communications', 'Arelion (Telia Carrier)', 'Verizon', 'Vodafone', 'Zayo']),
  er('Chicago', ['Aryaka Networks', 'AT&T Dynamic Exchange', 'AT&T NetBond', 'British Telecom', 'CenturyLink Cloud Connect', 'Cogent', 'Cologix', 'Colt', 'Console Connect (PCCW Global Limited)', 'Comcast', 'Coresite', 'Equinix', 'InterCloud', 'Internet2', 'Level 3 Communications', 'Lightpath', 'IPC', 'Megaport', 'Momentum Telecom', 'PacketFabric', 'Tata Communications', 'Arelion (Telia Carrier)', 'Verizon', 'Vodafone', 'Zayo']),
  er('Dallas', ['Aryaka Networks', 'AT&T Connectivity Plus', 'AT&T Dynamic Exchange', 'AT&T NetBond', 'BICS', 'Cologix', 'Cox Business Cloud Port', 'Equinix', 'Flo Networks', 'GTT', 'Intercloud', 'Internet2', 'Level 3 Communications', 'MCM Telecom', 'Megaport', 'Momentum Telecom', 'Orange', 'PacketFabric', 'Telmex Uninet', 'Arelion (Telia Carrier)', 'Telefonica', 'Verizon', 'Vodafone', 'Zayo']),
  er('Toronto', ['AT&T NetBond', 'Bell Canada', 'CenturyLink Cloud Connect', 'Cologix', 'Equinix', 'IX Reach', 'Megaport', 'Orange', 'PacketFabric', 'Tata Communications', 'Telus', 'Verizon', 'Zayo']),
  er('Amsterdam', ['1-IX.EU', 'Aryaka Networks', 'AT&T NetBond', 'British Telecom', 'Cogent', 'Colt', 'China Unicom Global', 'DE-CIX', 'Deutsche Telekom AG', 'Equinix', 'euNetworks', 'GÉANT', 'GlobalConnect', 'InterCloud', 'Interxion (Digital Realty)', 'KPN', 'IX Reach', 'Level 3 Communications', 'Megaport', 'NTT DOCOMO BUSINESS', 'Orange', 'Tata Communications', 'Telecom Italia Sparkle', 'Telefonica', 'Telenor', 'Arelion (Telia Carrier)', 'Verizon', 'Zayo']),
  er('London', ['AT&T NetBond', 'Bezeq International', 'British Telecom', 'CenturyLink', 'Colt', 'Console Connect (PCCW Global Limited)', 'Digital Realty', 'Equinix', 'euNetworks', 'Intelsat', 'InterCloud', 'Internet Solutions - Cloud Connect', 'Interxion (Digital Realty)', 'Jisc', 'Level 3 Communications', 'Megaport', 'Momentum Telecom', 'MTN', 'NTT DOCOMO BUSINESS', 'Orange', 'PacketFabric', 'Tata Communications', 'Telefonica', 'Telehouse - KDDI', 'Telenor', 'Arelion (Telia Carrier)', 'Verizon', 'Vodafone', 'Vorboss', 'Zayo']),
  er('Frankfurt', ['AT&T NetBond', 'British Telecom', 'CenturyLink Cloud Connect', 'China Unicom Global', 'Colt', 'Console Connect (PCCW Global Limited)', 'DE-CIX', 'Deutsche Telekom AG', 'Equinix', 'euNetworks', 'GBI', 'GEANT', 'InterCloud', 'Interxion (Digital Realty)', 'Megaport', 'next layer GmbH', 'NTT Global DataCenters EMEA', 'Orange', 'Arelion (Telia Carrier)', 'T-Systems', 'Verizon', 'Zayo', 'Zenlayer']),
  er('Singapore', ['Aryaka Networks', 'AT&T NetBond', 'British Telecom', 'China Mobile International', 'China Telecom Global', 'Console Connect (PCCW Global Limited)', 'Epsilon Global Communications', 'Equinix', 'GTT', 'IPC', 'InterCloud', 'Level 3 Communications', 'Megaport', 'NTT DOCOMO BUSINESS', 'Orange', 'SingTel', 'Tata Communications', 'Telstra Corporation', 'Telefonica', 'TIME dotCom', 'Verizon', 'Vodafone', 'Zenlayer']),
  er('Tokyo', ['Aryaka Networks', 'AT&T NetBond', 'BBIX', 'British Telecom', 'CenturyLink Cloud Connect', 'Colt', 'Equinix', 'Intercloud', 'Internet Initiative Japan Inc. - IIJ', 'KDDI', 'Megaport', 'NTT DOCOMO BUSINESS', 'NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible Interconnect)', 'NTT EAST', 'Orange', 'Softbank', 'Verizon']),
  er('Sydney', ['AARNet', 'AT&T NetBond', 'British Telecom', 'Cello', 'CenturyLink Cloud Connect', 'Console Connect (PCCW Global Limited)', 'Devoli', 'Equinix', 'GTT', 'Kordia', 'Megaport', 'NEXTDC', 'NTT DOCOMO BUSINESS', 'Optus', 'Orange', 'Spark NZ', 'Telstra Corporation', 'TPG Telecom', 'Verizon', 'Vocus Group NZ']),
];

/**
 * FastConnect partners per OCI region. Oracle publishes them at https://www.oracle.com/cloud/networking/fastconnect/partners/
 * (linked from docs.oracle.com/iaas/Content/Network/Concepts/fastconnectprovider.htm), a page that could not be read
 * from the sources available when this list was made: no region is held, so OCI provider names are not checked at
 * synth. The virtual circuit's provider-service lookup (`oci_core_fast_connect_provider_services` filtered by name
 * and type) still fails `terraform plan` when the region does not offer the name (the empty list has no element 0).
 */
export const OCI_FASTCONNECT_PROVIDERS_BY_REGION: OciRegionProviders[] = [];

/**
 * Renamed providers: the Azure API (and older pages) may still use the former name. The page lists NTT
 * Communications as NTT DOCOMO BUSINESS ("NTT DOCOMO BUSINESS - Flexible Interconnect (NTT Communications - Flexible
 * Interconnect)").
 */
const FORMER_NAMES: { [name: string]: string[] } = {
  'NTT DOCOMO BUSINESS': ['NTT Communications'],
};

/** Lower case, `&` kept, every other non-alphanumeric a space, accents dropped, spaces collapsed. */
function normalise(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9&]+/g, ' ').trim();
}

/** The forms a listed name is known by: itself, the part before and inside parentheses, former names. */
function forms(listed: string): string[] {
  const out = [listed];
  const m = listed.match(/^(.*?)\s*\((.*)\)\s*$/);
  if (m) out.push(m[1], m[2]);
  for (const f of lookup(FORMER_NAMES, listed) ?? []) out.push(f);
  return out.map(normalise).filter((x) => x.length > 0);
}

/** True when `a` equals `b` or one starts with the other followed by a word boundary. */
function wordPrefix(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === short || long.startsWith(`${short} `);
}

interface ProviderList extends ProviderListSource {
  readonly providers: string[];
}

function verdict(name: string, list: ProviderList | undefined): ProviderVerdict {
  if (!list) return { listed: false, offered: true, providers: [], source: '' };
  const hit = list.providers.find((p) => ProviderCatalog.matches(name, p));
  return { listed: true, offered: hit !== undefined, matchedName: hit, providers: [...list.providers], source: `${list.source}, as of ${list.asOf}${list.partial ? ', partial list' : ''}` };
}

/** The known provider lists and the checks on them. */
export class ProviderCatalog {
  /**
   * The providers Microsoft lists at an ExpressRoute peering location, or `undefined` when no list is held for it.
   *
   * @param peeringLocation the peering location, e.g. `Washington DC` (case and spacing do not matter)
   */
  public static expressRouteProviders(peeringLocation: string): ExpressRouteLocationProviders | undefined {
    guard.string(peeringLocation, 'peeringLocation');
    const key = normalise(peeringLocation).replace(/ /g, '');
    return EXPRESSROUTE_PROVIDERS_BY_LOCATION.find((l) => normalise(l.peeringLocation).replace(/ /g, '') === key);
  }

  /**
   * The FastConnect partners Oracle lists in a region, or `undefined` when no list is held for it.
   *
   * @param region the OCI region identifier, e.g. `us-ashburn-1`
   */
  public static ociProviders(region: string): OciRegionProviders | undefined {
    guard.string(region, 'region');
    return OCI_FASTCONNECT_PROVIDERS_BY_REGION.find((r) => r.region === region.trim().toLowerCase());
  }

  /**
   * True when `given` names the provider `listed`: equal after normalisation (case, punctuation, accents), or one a
   * whole-word prefix of the other (`AT&T` and "AT&T NetBond", `Level 3 Communications - Exchange` and "Level 3
   * Communications"), or the name inside or before parentheses ("Arelion (Telia Carrier)"), or a former name.
   *
   * @param given the name as the user wrote it
   * @param listed the name as the list holds it
   */
  public static matches(given: string, listed: string): boolean {
    guard.string(given, 'given');
    guard.string(listed, 'listed');
    const g = normalise(given);
    if (g.length === 0) return false;
    return forms(listed).some((f) => wordPrefix(g, f));
  }

  /**
   * Does the ExpressRoute peering location offer the provider?
   *
   * @param serviceProviderName the provider, e.g. `AT&T` or `Verizon`
   * @param peeringLocation the peering location, e.g. `Washington DC`
   */
  public static checkExpressRoute(serviceProviderName: string, peeringLocation: string): ProviderVerdict {
    guard.string(serviceProviderName, 'serviceProviderName');
    const list = ProviderCatalog.expressRouteProviders(peeringLocation);
    return verdict(serviceProviderName, list);
  }

  /**
   * Does the OCI region offer the FastConnect partner?
   *
   * @param providerName the partner as OCI names it
   * @param region the OCI region identifier
   */
  public static checkOci(providerName: string, region: string): ProviderVerdict {
    guard.string(providerName, 'providerName');
    return verdict(providerName, ProviderCatalog.ociProviders(region));
  }

  /**
   * Throw a `ValidationError` naming `property` when the peering location's list is held and does not offer the
   * provider, unless `allowUnlisted`.
   *
   * @param serviceProviderName the provider
   * @param peeringLocation the peering location
   * @param property the property to blame
   * @param allowUnlisted accept a name the list does not hold (a provider newer than the snapshot)
   */
  public static validateExpressRoute(serviceProviderName: string, peeringLocation: string, property: string, allowUnlisted?: boolean): ProviderVerdict {
    guard.string(property, 'property');
    guard.optional(allowUnlisted, 'allowUnlisted', guard.boolean);
    const v = ProviderCatalog.checkExpressRoute(serviceProviderName, peeringLocation);
    if (!v.offered && !allowUnlisted) {
      fail(property, serviceProviderName,
        `Microsoft does not list "${serviceProviderName}" as an ExpressRoute connectivity provider at the peering location "${peeringLocation}" (it lists ${v.providers.join(', ')}; ${v.source})`,
        `choose a provider the location offers (the Azure API's exact names: az network express-route list-service-providers), another peering location, or set allowUnlistedProvider: true if the provider confirms it serves "${peeringLocation}"`);
    }
    return v;
  }

  /**
   * Throw a `ValidationError` naming `property` when the region's list is held and does not offer the partner,
   * unless `allowUnlisted`.
   *
   * @param providerName the partner as OCI names it
   * @param region the OCI region
   * @param property the property to blame
   * @param allowUnlisted accept a name the list does not hold
   */
  public static validateOci(providerName: string, region: string, property: string, allowUnlisted?: boolean): ProviderVerdict {
    guard.string(property, 'property');
    guard.optional(allowUnlisted, 'allowUnlisted', guard.boolean);
    const v = ProviderCatalog.checkOci(providerName, region);
    if (!v.offered && !allowUnlisted) {
      fail(property, providerName,
        `Oracle does not list "${providerName}" as a FastConnect partner in ${region} (it lists ${v.providers.join(', ')}; ${v.source})`,
        'choose a partner the region offers, or set allowUnlistedProvider: true if the partner confirms it serves the region');
    }
    return v;
  }

  private constructor() {}
}
