import { isValidationError } from '../../lib/plan/errors';
import { EXPRESSROUTE_PROVIDERS_BY_LOCATION, OCI_FASTCONNECT_PROVIDERS_BY_REGION, ProviderCatalog } from '../../lib/plan/facts/partners';

describe('ProviderCatalog', () => {
  test.each([
    ['AT&T', 'AT&T NetBond'],
    ['at&t netbond', 'AT&T NetBond'],
    ['Telia Carrier', 'Arelion (Telia Carrier)'],
    ['Arelion', 'Arelion (Telia Carrier)'],
    ['Level 3 Communications - Exchange', 'Level 3 Communications'],
    ['CenturyLink', 'CenturyLink Cloud Connect'],
    ['GEANT', 'GÉANT'],
    ['NTT Communications', 'NTT DOCOMO BUSINESS'],
    ['Equinix', 'Equinix'],
  ])('"%s" names the listed provider "%s"', (given, listed) => {
    expect(ProviderCatalog.matches(given, listed)).toBe(true);
  });

  test.each([
    ['AT', 'AT&T NetBond'],
    ['Verizon', 'Vodafone'],
    ['', 'Equinix'],
    ['Equinixx', 'Equinix'],
  ])('"%s" does not name "%s"', (given, listed) => {
    expect(ProviderCatalog.matches(given, listed)).toBe(false);
  });

  test('checks a provider against the peering location\'s list (any case and spacing of the location)', () => {
    expect(ProviderCatalog.checkExpressRoute('Equinix', 'washington dc')).toMatchObject({ listed: true, offered: true, matchedName: 'Equinix' });
    expect(ProviderCatalog.checkExpressRoute('AT&T', 'Washington DC')).toMatchObject({ offered: true, matchedName: 'AT&T NetBond' });
    expect(ProviderCatalog.checkExpressRoute('Verizon', 'WashingtonDC2')).toMatchObject({ listed: true, offered: false });
    expect(ProviderCatalog.checkExpressRoute('Telstra Corporation', 'Chicago')).toMatchObject({ listed: true, offered: false });
    expect(ProviderCatalog.checkExpressRoute('Telstra Corporation', 'Sydney').offered).toBe(true);
  });

  test('never guesses for a location or region whose list is not held', () => {
    expect(ProviderCatalog.checkExpressRoute('Anyone', 'Atlantis')).toEqual({ listed: false, offered: true, providers: [], source: '' });
    expect(ProviderCatalog.checkOci('Anyone', 'us-ashburn-1')).toMatchObject({ listed: false, offered: true });
    expect(() => ProviderCatalog.validateOci('Anyone', 'us-ashburn-1', 'ociProviderServiceName')).not.toThrow();
  });

  test('validate throws naming the property, the location, the list and its source; allowUnlisted overrides', () => {
    let error: unknown;
    try {
      ProviderCatalog.validateExpressRoute('Telstra Corporation', 'Chicago', 'serviceProviderName');
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^`serviceProviderName` = "Telstra Corporation": Microsoft does not list "Telstra Corporation" as an ExpressRoute connectivity provider at the peering location "Chicago" \(it lists Aryaka Networks, .*expressroute-locations-providers.*\)\. Fix: .*allowUnlistedProvider: true/);
    expect(() => ProviderCatalog.validateExpressRoute('Telstra Corporation', 'Chicago', 'serviceProviderName', true)).not.toThrow();
  });

  test('every list has a source and a date, unique locations and no duplicate names', () => {
    const locations = EXPRESSROUTE_PROVIDERS_BY_LOCATION.map((l) => l.peeringLocation);
    expect(new Set(locations).size).toBe(locations.length);
    for (const l of [...EXPRESSROUTE_PROVIDERS_BY_LOCATION, ...OCI_FASTCONNECT_PROVIDERS_BY_REGION]) {
      expect(l.source).toMatch(/^https:\/\//);
      expect(l.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(l.providers.length).toBeGreaterThan(0);
      expect(new Set(l.providers).size).toBe(l.providers.length);
    }
  });
});
