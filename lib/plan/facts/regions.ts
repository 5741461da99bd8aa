// Published cloud location names, used to check that a plan names places that exist.
// Data only: each list is sorted (JavaScript default string order), has no duplicates, and
// records where it was read and the date of the version read. Regenerate by re-reading the
// sources named in `source`; do not hand-edit single entries without updating `snapshot`.

/** One published list of names, with its source and the date it was read. */
export interface NameList {
  readonly names: readonly string[];
  /** URL(s) of the page(s) or the repo+path the list was read from. */
  readonly source: string;
  /** 'YYYY-MM-DD' of the source version read. */
  readonly snapshot: string;
}

/**
 * Azure public-cloud regions as ARM location names (the form azurerm `location` takes:
 * lower-case, no spaces). All physical regions in the Azure regions list, including
 * access-restricted ones (e.g. australiacentral2, germanynorth, uaecentral) and the newest
 * (austriaeast, belgiumcentral, chilecentral, denmarkeast, indiasouthcentral,
 * indonesiacentral, malaysiawest, newzealandnorth). Also jioindiacentral/jioindiawest, which
 * ARM lists as physical regions but the docs page omits. Left out on purpose: logical
 * locations (e.g. 'global', 'europe', 'unitedstates'), staging/canary locations
 * (*stage, *stg, *euap) and sovereign clouds (US Gov, China).
 */
export const AZURE_LOCATIONS: NameList = {
  names: [
    'australiacentral', 'australiacentral2', 'australiaeast', 'australiasoutheast',
    'austriaeast', 'belgiumcentral', 'brazilsouth', 'brazilsoutheast',
    'canadacentral', 'canadaeast', 'centralindia', 'centralus',
    'chilecentral', 'denmarkeast', 'eastasia', 'eastus',
    'eastus2', 'francecentral', 'francesouth', 'germanynorth',
    'germanywestcentral', 'indiasouthcentral', 'indonesiacentral', 'israelcentral',
    'italynorth', 'japaneast', 'japanwest', 'jioindiacentral',
    'jioindiawest', 'koreacentral', 'koreasouth', 'malaysiawest',
    'mexicocentral', 'newzealandnorth', 'northcentralus', 'northeurope',
    'norwayeast', 'norwaywest', 'polandcentral', 'qatarcentral',
    'southafricanorth', 'southafricawest', 'southcentralus', 'southeastasia',
    'southindia', 'spaincentral', 'swedencentral', 'switzerlandnorth',
    'switzerlandwest', 'uaecentral', 'uaenorth', 'uksouth',
    'ukwest', 'westcentralus', 'westeurope', 'westindia',
    'westus', 'westus2', 'westus3',
  ],
  source:
    "https://github.com/MicrosoftDocs/reliability-docs/blob/e92155a11a1c0304ccf1b7fb2b0e135c87d0194a/articles/reliability/regions-list.md" +
    " ('Programmatic name' column; file last changed 2026-07-28, ms.date 09/23/2025); plus ARM list-locations cache" +
    " https://github.com/Azure/terraform-azurerm-avm-utl-regions/blob/9064b20bc601af2754cea78f25f7b6e22858ef24/modules/cached-data/locations.tf.json" +
    " (regionType 'Physical', data refreshed 2026-03-12) for jioindiacentral and jioindiawest",
  snapshot: '2026-07-28',
};

/**
 * AWS regions: the commercial partition 'aws' plus 'aws-us-gov' (us-gov-east-1,
 * us-gov-west-1) and 'aws-cn' (cn-north-1, cn-northwest-1). Left out: the ISO partitions
 * (us-iso-*, us-isob-*, us-isof-*, eu-isoe-*) and the European Sovereign Cloud partition
 * 'aws-eusc' (eusc-de-east-1).
 */
export const AWS_REGIONS: NameList = {
  names: [
    'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1',
    'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2',
    'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4',
    'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7', 'ca-central-1',
    'ca-west-1', 'cn-north-1', 'cn-northwest-1', 'eu-central-1',
    'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2',
    'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1',
    'me-central-1', 'me-south-1', 'mx-central-1', 'sa-east-1',
    'us-east-1', 'us-east-2', 'us-gov-east-1', 'us-gov-west-1',
    'us-west-1', 'us-west-2',
  ],
  source:
    "https://github.com/boto/botocore/blob/0e6e2404b85dc336dd2889814e089bde7d1a4c55/botocore/data/endpoints.json" +
    " (partitions aws, aws-us-gov, aws-cn -> regions)",
  snapshot: '2026-08-07',
};

/**
 * Google Cloud (Compute Engine) regions. Left out: restricted/unlisted regions that appear in
 * some product-specific tables only (e.g. us-east7, us-west8, us-central2).
 */
export const GCP_REGIONS: NameList = {
  names: [
    'africa-south1', 'asia-east1', 'asia-east2', 'asia-northeast1',
    'asia-northeast2', 'asia-northeast3', 'asia-south1', 'asia-south2',
    'asia-southeast1', 'asia-southeast2', 'asia-southeast3', 'australia-southeast1',
    'australia-southeast2', 'europe-central2', 'europe-north1', 'europe-north2',
    'europe-southwest1', 'europe-west1', 'europe-west10', 'europe-west12',
    'europe-west2', 'europe-west3', 'europe-west4', 'europe-west6',
    'europe-west8', 'europe-west9', 'me-central1', 'me-central2',
    'me-west1', 'northamerica-northeast1', 'northamerica-northeast2', 'northamerica-south1',
    'southamerica-east1', 'southamerica-west1', 'us-central1', 'us-east1',
    'us-east4', 'us-east5', 'us-south1', 'us-west1',
    'us-west2', 'us-west3', 'us-west4',
  ],
  source:
    "https://cloud.google.com/compute/docs/regions-zones ('Available regions and zones' table, page last updated 2026-09-30;" +
    " read through a repository transcription of that table, as no full stored copy of the page was available)," +
    " cross-checked against https://docs.cloud.google.com/app-lifecycle-manager/locations," +
    " https://cloud.google.com/workload-manager/docs/evaluate/locations and https://cloud.google.com/run/docs/locations",
  snapshot: '2026-09-30',
};

/**
 * Oracle Cloud Infrastructure region identifiers in the commercial realm OC1. Left out:
 * government, sovereign and dedicated realms (oc2, oc3, oc4, oc8, oc9, oc10, oc14, oc15,
 * oc19, oc20, oc21, oc23, oc24, oc26, oc29, oc35, oc42, oc51, oc52), which the same file
 * also lists (e.g. us-langley-1, us-gov-ashburn-1, uk-gov-london-1, eu-frankfurt-2).
 */
export const OCI_REGIONS: NameList = {
  names: [
    'af-casablanca-1', 'af-johannesburg-1', 'ap-batam-1',
    'ap-chuncheon-1', 'ap-delhi-1', 'ap-hyderabad-1',
    'ap-kulai-2', 'ap-melbourne-1', 'ap-mumbai-1',
    'ap-osaka-1', 'ap-seoul-1', 'ap-singapore-1',
    'ap-singapore-2', 'ap-sydney-1', 'ap-tokyo-1',
    'ca-montreal-1', 'ca-toronto-1', 'eu-amsterdam-1',
    'eu-frankfurt-1', 'eu-madrid-1', 'eu-madrid-3',
    'eu-marseille-1', 'eu-milan-1', 'eu-paris-1',
    'eu-stockholm-1', 'eu-turin-1', 'eu-zurich-1',
    'il-jerusalem-1', 'me-abudhabi-1', 'me-dubai-1',
    'me-jeddah-1', 'me-riyadh-1', 'mx-monterrey-1',
    'mx-queretaro-1', 'sa-bogota-1', 'sa-santiago-1',
    'sa-saopaulo-1', 'sa-valparaiso-1', 'sa-vinhedo-1',
    'uk-cardiff-1', 'uk-london-1', 'us-ashburn-1',
    'us-chicago-1', 'us-phoenix-1', 'us-saltlake-2',
    'us-sanjose-1',
  ],
  source:
    "https://github.com/oracle/oci-go-sdk/blob/7ce2eb7c4688c212b7d1bdf8e7c759f52477cffa/common/regions.go" +
    " (Region constants whose regionRealm is 'oc1')",
  snapshot: '2026-06-09',
};

/**
 * ExpressRoute peering locations (global commercial Azure), spelled as the 'Location' column
 * of Microsoft's providers-by-location page lists them, which is the spelling azurerm
 * `peering_location` / the ARM API uses. The US Government cloud locations on the same page
 * are all in this list too; the China cloud locations (Beijing, Beijing2, Shanghai,
 * Shanghai2) are left out. Exchange-only metros from the page's 'additional service
 * providers' table (Hamburg, Slough) are not peering locations and are left out.
 */
export const EXPRESSROUTE_PEERING_LOCATIONS: NameList = {
  names: [
    'Abu Dhabi', 'Amsterdam', 'Amsterdam2', 'Atlanta',
    'Atlanta2', 'Auckland', 'Bangkok', 'Berlin',
    'Brussels', 'Brussels2', 'Busan', 'Campinas',
    'Canberra', 'Canberra2', 'Cape Town', 'Chennai',
    'Chennai2', 'Chicago', 'Chicago2', 'Copenhagen',
    'Dallas', 'Dallas2', 'Denver', 'Doha',
    'Doha2', 'Dubai', 'Dubai2', 'Dublin',
    'Dublin2', 'Frankfurt', 'Frankfurt2', 'Geneva',
    'Hong Kong', 'Hong Kong2', 'Jakarta', 'Jakarta2',
    'Johannesburg', 'Kuala Lumpur', 'Kuala Lumpur2', 'Las Vegas',
    'London', 'London2', 'Los Angeles', 'Los Angeles2',
    'Madrid', 'Madrid2', 'Marseille', 'Melbourne',
    'Melbourne2', 'Miami', 'Milan', 'Milan2',
    'Minneapolis', 'Montreal', 'Mumbai', 'Mumbai2',
    'Munich', 'New York', 'Newport(Wales)', 'Osaka',
    'Oslo', 'Paris', 'Paris2', 'Perth',
    'Phoenix', 'Phoenix2', 'Portland', 'Pune',
    'Quebec City', 'Queretaro (Mexico)', 'Quincy', 'Rio de Janeiro',
    'San Antonio', 'Santiago', 'Sao Paulo', 'Sao Paulo2',
    'Seattle', 'Seoul', 'Seoul2', 'Silicon Valley',
    'Silicon Valley2', 'Singapore', 'Singapore2', 'Stavanger',
    'Stockholm', 'Stockholm2', 'Sydney', 'Sydney2',
    'Taipei', 'Taipei2', 'Tel Aviv', 'Tel Aviv2',
    'Tokyo', 'Tokyo2', 'Tokyo3', 'Toronto',
    'Toronto2', 'Vancouver', 'Vienna', 'Vienna2',
    'Warsaw', 'Washington DC', 'Washington DC2', 'Zurich',
    'Zurich2',
  ],
  source:
    "https://github.com/MicrosoftDocs/azure-docs/blob/0034968231599d97f4958cbb4ed673ea9feb4c3c/articles/expressroute/expressroute-locations-providers.md" +
    " (tables under 'Global commercial Azure', column 'Location'; ms.date 04/28/2026)" +
    " = https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers",
  snapshot: '2026-04-28',
};

/**
 * ExpressRoute Direct port locations (azurerm_express_route_port `peering_location`, the
 * names Get-AzExpressRoutePortsLocation returns). PARTIAL: Microsoft publishes no full list
 * (it is only available from the live API), so this holds only the names confirmed in public
 * sources. Use it to recognise known names, never to reject an unknown one.
 */
export const EXPRESSROUTE_DIRECT_LOCATIONS: NameList = {
  names: [
    'CDC-Canberra-CBR20', 'Cologix-Montreal-MTL3', 'Cologix-Toronto-TOR1',
    'CoreSite-Reston-VA2', 'CoreSite-Reston-VA3', 'CoreSite-Santa-Clara-SV7',
    'CyrusOne-San-Antonio-1', 'EdgeConneX-Portland-POR01', 'Equinix-Amsterdam-AM5',
    'Equinix-Ashburn-DC2', 'Equinix-Ashburn-DC6', 'Equinix-Chicago-CH1',
    'Equinix-Dallas-DA3', 'Equinix-Frankfurt-FR7', 'Equinix-Hong-Kong-HK1',
    'Equinix-London-LD5', 'Equinix-Osaka-OS1', 'Equinix-Paris-PA4',
    'Equinix-San-Jose-SV1', 'Equinix-Seattle-SE2', 'Equinix-Singapore-SG1',
    'Equinix-Sydney-SY2', 'Equinix-Tokyo-TY4', 'Global-Switch-Singapore',
    'Interxion-Frankfurt-FRA11', 'Interxion-Paris-PAR5', 'Interxion-Zurich-ZUR2',
    'KINX-Seoul-Gasan', 'NextDC-Sydney-S1', 'Switch-Las-Vegas',
    'Tata-Mumbai-LVSB',
  ],
  source:
    "PARTIAL (no published full list; the full set comes only from Get-AzExpressRoutePortsLocation /" +
    " az network express-route port location list). Names from: Google Cloud 'Cross-Cloud Interconnect: Choose your" +
    " locations' for Azure (https://docs.cloud.google.com/network-connectivity/docs/interconnect/how-to/cci/azure/choose-locations," +
    " last updated 2026-04-02; Azure remote-location names and the Interxion-Frankfurt-FRA11 example);" +
    " https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/expressroute/expressroute-howto-erdirect.md" +
    " (example output: Equinix-Ashburn-DC2, Equinix-Dallas-DA3, Equinix-San-Jose-SV1, Equinix-Seattle-SE2);" +
    " Get-ExpressRouteLocationSpeedOfferings.ps1 scripts (CDC-Canberra-CBR20, Equinix-Paris-PA4)",
  snapshot: '2026-04-02',
};
