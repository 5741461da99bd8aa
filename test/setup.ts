import { Testing } from 'cdktf';
import { judgeRecorded, recordSynthesizedStacks, terraformAvailable } from './support/terraform-check';

// cdktf's matchers: toHaveResource, toHaveResourceWithProperties, toBeValidTerraform, ...
Testing.setupJest();

// Every stack a test of this file synthesizes is judged when the file ends: `terraform validate` and the pinned
// providers' rules (test/support/terraform-check.ts). Where Terraform is missing, that part is counted as skipped.
recordSynthesizedStacks();
if (!terraformAvailable()) {
  // eslint-disable-next-line no-console
  console.warn('TERRAFORM NOT INSTALLED: `terraform validate` of the synthesized stacks is SKIPPED (install Terraform 1.11 to run it).');
  test.skip('terraform validate of every stack synthesized in this file (terraform is not installed)', () => undefined);
}
afterAll(async () => {
  await judgeRecorded();
}, 120_000);
