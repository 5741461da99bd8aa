import fc from 'fast-check';
import { BudgetLevel, PrefixBudget } from '../../lib/plan/routing/budget';
import { Cidr } from '../../lib/plan/addressing/cidr';
import { SessionType } from '../../lib/plan/facts/limits';

const slash24s = (n: number) => Array.from({ length: n }, (_, i) => `10.${Math.floor(i / 256)}.${i % 256}.0/24`);

describe('PrefixBudget', () => {
  test('counts against the published limit, with its source', () => {
    const r = PrefixBudget.evaluate(slash24s(50), SessionType.AWS_DX_PRIVATE_VIF);
    expect(r).toMatchObject({ used: 50, limit: 100, percent: 50, level: BudgetLevel.OK });
    expect(r.source).toMatch(/directconnect/);
  });

  test('warns from 80 % and errors above 100 %', () => {
    expect(PrefixBudget.evaluate(slash24s(80), SessionType.AWS_DX_PRIVATE_VIF).level).toBe(BudgetLevel.WARNING);
    expect(PrefixBudget.evaluate(slash24s(100), SessionType.AWS_DX_PRIVATE_VIF).level).toBe(BudgetLevel.WARNING);
    expect(PrefixBudget.evaluate(slash24s(101), SessionType.AWS_DX_PRIVATE_VIF).level).toBe(BudgetLevel.ERROR);
  });

  test('duplicates count once', () => {
    expect(PrefixBudget.evaluate(['10.0.0.0/24', '10.0.0.0/24', '10.0.0.1/24'], SessionType.AWS_VPN).used).toBe(1);
  });

  test('suggests the summary when it fits', () => {
    const r = PrefixBudget.evaluate(slash24s(120), SessionType.AWS_DX_PRIVATE_VIF);
    expect(r.level).toBe(BudgetLevel.ERROR);
    expect(r.summaryFits).toBe(true);
    expect(r.summarized).toEqual(['10.0.0.0/18', '10.0.64.0/19', '10.0.96.0/20', '10.0.112.0/21']);
    expect(r.advice).toMatch(/advertise the summary/);
  });

  test('fails when over the limit, naming the session, the count, the rule and the fix', () => {
    expect(() => PrefixBudget.enforce(slash24s(101), SessionType.AWS_DX_PRIVATE_VIF, 'aws.session')).toThrow(/`aws.session` = "101 prefixes": AWS Direct Connect private VIF sessions accept at most 100 prefixes.*Fix: advertise the summary 10.0.0.0\/18/);
  });

  test('a limit can be overridden, and unknown limits never fail', () => {
    expect(PrefixBudget.evaluate(slash24s(10), SessionType.OCI_FASTCONNECT).level).toBe(BudgetLevel.OK);
    expect(PrefixBudget.evaluate(slash24s(10), SessionType.OCI_FASTCONNECT, 8).level).toBe(BudgetLevel.ERROR);
  });

  test('level follows used/limit for any count (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 200 }), (n, limit) => {
      const r = PrefixBudget.evaluate(slash24s(n), SessionType.CUSTOMER_ROUTER, limit);
      const expected = n > limit ? BudgetLevel.ERROR : n >= 0.8 * limit ? BudgetLevel.WARNING : BudgetLevel.OK;
      expect(r.level).toBe(expected);
      expect(Cidr.summarize(r.summarized)).toEqual(r.summarized);
    }), { numRuns: 60 });
  });
});
