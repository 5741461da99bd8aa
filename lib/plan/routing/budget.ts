import { Cidr } from '../addressing/cidr';
import { fail } from '../errors';
import { guard, lookup } from '../guards';
import { Cloud } from '../facts/clouds';
import { PREFIX_LIMITS, SessionType } from '../facts/limits';
import { parseCached } from './util';

/** How full a session's prefix budget is. */
export enum BudgetLevel {
  /** Below 80 % of the limit (or no known limit). */
  OK = 'ok',
  /** 80 % of the limit or more: one more spoke or subnet can drop the session. */
  WARNING = 'warning',
  /** Over the limit: the cloud drops the session. */
  ERROR = 'error',
}

/** The prefix budget of one BGP session, from the receiver's point of view. */
export interface PrefixBudgetResult {
  /** The session type whose limit applies. */
  readonly sessionType: SessionType;
  /** The prefixes the receiver gets, as advertised. */
  readonly prefixes: string[];
  /** How many prefixes the receiver gets. */
  readonly used: number;
  /** The limit, when one is known. */
  readonly limit?: number;
  /** `used / limit * 100`, rounded to one decimal: undefined without a limit. */
  readonly percent?: number;
  /** Where the limit comes from. */
  readonly source: string;
  /** OK, WARNING (>= 80 %) or ERROR (> 100 %). */
  readonly level: BudgetLevel;
  /** The fewest prefixes that cover the same addresses. */
  readonly summarized: string[];
  /** True when advertising `summarized` instead brings the session under its limit. */
  readonly summaryFits: boolean;
  /** A human-readable advice line. */
  readonly advice: string;
}

/** The prefix budget of one session, from one receiving side. */
export interface SessionBudget {
  /** The session. */
  readonly session: string;
  /** Its link. */
  readonly link: string;
  /** The receiving speaker. */
  readonly receiverNode: string;
  /** Its display label. */
  readonly receiverLabel: string;
  /** Its cloud. */
  readonly receiverCloud: Cloud;
  /** The receiving speaker's hub, if any. */
  readonly receiverHub?: string;
  /** The sending speaker. */
  readonly senderNode: string;
  /** Its display label. */
  readonly senderLabel: string;
  /** The session type whose limit applies. */
  readonly sessionType: SessionType;
  /** The prefixes the sender advertises on the session (what the receiving cloud counts). */
  readonly prefixes: string[];
  /** How many. */
  readonly used: number;
  /** The limit, when one is known. */
  readonly limit?: number;
  /** `used / limit` in percent, one decimal. */
  readonly percent?: number;
  /** Where the limit comes from ("set explicitly" for an override). */
  readonly source: string;
  /** True when the published figure is marked "verify" (secondary source). */
  readonly verify: boolean;
  /** OK, WARNING (>= 80 %) or ERROR (> 100 %). */
  readonly level: BudgetLevel;
  /** The fewest prefixes that cover the same addresses. */
  readonly summarized: string[];
  /** True when advertising `summarized` instead fits the limit. */
  readonly summaryFits: boolean;
  /** A one-line advice. */
  readonly advice: string;
  /**
   * The user's property that holds most of the counted prefixes (`prefixesProperty` of the origin that contributes
   * the most, the sender's on a tie), when the model records one: what a budget error or warning names.
   */
  readonly property?: string;
  /** How many of the counted prefixes each origin contributes, largest first (origin speaker's label). */
  readonly contributors: BudgetContributor[];
}

/** What one origin contributes to a session's budget. */
export interface BudgetContributor {
  /** The originating speaker. */
  readonly node: string;
  /** Its label. */
  readonly label: string;
  /** The property that holds its prefixes, when recorded. */
  readonly property?: string;
  /** How many prefixes. */
  readonly count: number;
}

/** The fraction of a limit at which a budget becomes a warning. */
export const WARNING_THRESHOLD = 0.8;

/** Prefix budgets: how many routes a session carries against its cloud's limit. */
export class PrefixBudget {
  /**
   * Count `prefixes` against the limit of `sessionType` (or `limitOverride`).
   *
   * @param prefixes the prefixes the receiving side will get on the session (duplicates count once)
   * @param sessionType whose limit applies
   * @param limitOverride a limit to use instead of the published one (for figures marked `verify`, or a customer router)
   * @param inUse routes the receiver already holds from elsewhere (an existing gateway's), counted towards the limit
   */
  public static evaluate(prefixes: string[], sessionType: SessionType, limitOverride?: number, inUse?: number): PrefixBudgetResult {
    guard.array(prefixes, 'prefixes');
    guard.enumValue(sessionType, 'sessionType', SessionType);
    guard.optional(limitOverride, 'limitOverride', (v, p) => guard.integer(v, p, { min: 0 }));
    guard.optional(inUse, 'inUse', (v, p) => guard.integer(v, p, { min: 0 }));
    const held = inUse ?? 0;
    const parsed = new Map<string, Cidr>();
    prefixes.forEach((p, i) => {
      const c = parseCached(p, `prefixes[${i}]`);
      parsed.set(c.toString(), c);
    });
    const unique = [...parsed.keys()];
    const published = lookup(PREFIX_LIMITS, sessionType)!;
    const limit = limitOverride ?? published.value;
    const source = limitOverride !== undefined ? 'set explicitly' : published.source;
    const used = unique.length + held;
    const summarized = Cidr._summarizeParsed([...parsed.values()]);
    const percent = limit !== undefined && limit > 0 ? Math.round((used / limit) * 1000) / 10 : undefined;
    const level = limit === undefined ? BudgetLevel.OK : used > limit ? BudgetLevel.ERROR : used >= WARNING_THRESHOLD * limit ? BudgetLevel.WARNING : BudgetLevel.OK;
    const summaryFits = limit !== undefined && summarized.length + held <= limit;
    const withHeld = held > 0 ? `, ${held} of them already in use` : '';
    let advice: string;
    if (limit === undefined) {
      advice = `${used} prefixes${withHeld}; no published limit for ${sessionType}`;
    } else if (level === BudgetLevel.OK) {
      advice = `${used} of ${limit} prefixes (${percent} %${withHeld})`;
    } else if (summarized.length + held < used && summaryFits) {
      advice = `${used} of ${limit} prefixes (${percent} %): advertise the summary ${summarized.join(', ')} (${summarized.length} prefixes) instead`;
    } else {
      advice = `${used} of ${limit} prefixes (${percent} %${withHeld}): summarising does not bring it under ${limit}; filter prefixes on the sending side or advertise a default route`;
    }
    return { sessionType, prefixes: unique, used, limit, percent, source, level, summarized, summaryFits, advice };
  }

  /**
   * Like `evaluate`, but throws a `ValidationError` when the session is over its limit.
   *
   * @param prefixes the prefixes the receiving side will get
   * @param sessionType whose limit applies
   * @param property the property (or session) to blame in the error
   * @param limitOverride a limit to use instead of the published one
   */
  public static enforce(prefixes: string[], sessionType: SessionType, property: string, limitOverride?: number): PrefixBudgetResult {
    guard.string(property, 'property');
    const r = PrefixBudget.evaluate(prefixes, sessionType, limitOverride);
    if (r.level === BudgetLevel.ERROR) {
      const fix = r.summaryFits
        ? `advertise the summary ${r.summarized.length <= 12 ? r.summarized.join(', ') : `(${r.summarized.length} prefixes)`} instead, or filter what is re-advertised to this session`
        : 'filter the prefixes re-advertised to this session (or advertise a default route); summarising alone does not fit';
      fail(property, `${r.used} prefixes`, `${sessionType} sessions accept at most ${r.limit} prefixes and the session is dropped above that (${r.source})`, fix);
    }
    return r;
  }
}
