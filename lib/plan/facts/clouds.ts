/** The clouds (and the customer's own network) the library connects. */
export enum Cloud {
  /** Microsoft Azure. */
  AZURE = 'Azure',
  /** Amazon Web Services. */
  AWS = 'AWS',
  /** Google Cloud. */
  GCP = 'Google Cloud',
  /** Oracle Cloud Infrastructure. */
  OCI = 'OCI',
  /** The customer's own router or data centre (on-premises). */
  CUSTOMER = 'Customer',
}
