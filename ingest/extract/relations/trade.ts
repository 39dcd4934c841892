// ACQUIRES ("Microsoft er i gang med at købe TikTok", "let Microsoft buy the platform",
// "Microsofts køb af TikTok"), SUPPLIES ("Telia har valgt Nokia som sin leverandør",
// "Ericsson skal levere udstyret", "X will supply Y") and OWNS ("X owns Y", "Y, owned by X").
import type { EntityType } from '../../../core/ontology';
import { add, adjectiveList, after, afterPlacePrep, descriptorEnd, kindOf, openerBefore, possessed, standsForState, subjectBefore, before, canAct, clauseEnd, invertedSubject, listBack, listFrom, relativeAntecedent, RELATIVES, skipParenthetical, stateNames, COPULAS, type DocCtx, type Occ, type SentenceCtx } from './context';
import { findPhrases } from '../phrases';
import { objectRelative } from './announce';

const FIRMS: EntityType[] = ['Company'];
const BUYABLE: EntityType[] = ['Company', 'Product'];
/** Verbs of belonging ("belongs to", "tilhører"): their subject is what is owned. */
const BELONG = /^(belong|belongs|belonged|belonging|tilhører|tilhørte|tilhørt|tilhørende)$/;
const CUSTOMERS: EntityType[] = ['Company', 'Government', 'Agency'];
/** Definite articles that may open a noun phrase before a name. */
const DEFINITE = new Set(['the', 'den', 'det', 'de']);

export function acquires(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, trig } = sc;
  const toks = s.tokens;
  for (const m of findPhrases(trig.acquire, toks)) {
    // "Arm, which SoftBank bought in 2016", "Telia, som TDC købte i 2020": the buyer in an object relative clause.
    const relBuyer = sc.occs.find((o) => FIRMS.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive && o.tokEnd <= m.start && m.start - o.tokEnd <= 1);
    const relBought = relBuyer && objectRelative(sc, relBuyer, m.start, BUYABLE);
    if (relBuyer && relBought) {
      add(ctx, { subject: relBuyer.entityId, predicate: 'ACQUIRES', object: relBought.entityId, status: dealStatus(sc), rule: 'acquire.trigger', sentence: s.index });
      continue;
    }
    const bid = bidFrom(sc, m.start, m.end);
    if (bid) {
      add(ctx, { subject: bid[0].entityId, predicate: 'ACQUIRES', object: bid[1].entityId, status: 'talks', rule: 'acquire.trigger', sentence: s.index });
      continue;
    }
    // "buys from Huawei and ZTE", "købt hos Huawei": buying from a seller is trade in goods, not a takeover.
    if (['from', 'fra', 'hos'].includes(toks[m.end]?.norm ?? '')) continue;
    // "buys chips from US firms such as Qualcomm", "køber udstyr fra Huawei": goods bought are no firm taken over.
    let g = m.end;
    while (g < toks.length && g - m.end < 3 && toks[g].word && !toks[g].cap && !trig.supplyGoods.has(toks[g].norm)) g++;
    if (g < toks.length && trig.supplyGoods.has(toks[g].norm) && !trig.stakeNouns.has(toks[g].norm)) continue;
    const end = clauseEnd(sc, m.end);
    // Passive: "Arm was bought by SoftBank", "Newport Wafer Fab blev købt af Nexperia": the buyer follows "by"/"af".
    // Not a noun of buying ("Microsofts køb af TikTok", "the acquisition of Arm"): a passive auxiliary comes first,
    // or the Danish s-passive ("købes af").
    const passive = findPhrases(trig.passiveCue, toks, Math.max(0, m.start - 4), m.start).length > 0 || (s.language === 'da' && /es$/.test(toks[m.end - 1].norm));
    const by = passive ? findPhrases(trig.passiveBy, toks, m.end, Math.min(end, m.end + 1))[0] : undefined;
    if (by) {
      const buyer = after(sc, by.end, FIRMS, 4).find((o) => !(o.kind === 'adjective'));
      const bought = buyer && before(sc, m.start, BUYABLE, 8).find((o) => o.entityId !== buyer.entityId && canAct(sc, o) && o.kind !== 'adjective');
      if (buyer && bought) {
        add(ctx, { subject: buyer.entityId, predicate: 'ACQUIRES', object: bought.entityId, status: dealStatus(sc), rule: 'acquire.trigger', sentence: s.index });
      }
      continue;
    }
    // "Nvidia's $40 billion Arm takeover", "Microsofts Activision-opkøb": a name right before a noun of buying is
    // what is bought; the buyer is a firm before it.
    if (m.end - m.start === 1 && BUY_NOUNS.has(toks[m.start].norm)) {
      const k = toks[m.start - 1]?.text === '-' ? m.start - 1 : m.start;
      const bought = sc.occs.find((o) => o.tokEnd === k && BUYABLE.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
      if (bought) {
        const buyer = before(sc, bought.tokStart, FIRMS, 6).find((o) => o.entityId !== bought.entityId && o.kind !== 'adjective' && o.kind !== 'coref');
        // Between them only an amount, an article and, for a buyer that is no genitive, one verb of pursuing or dropping
        // a deal ("Nvidia abandons $40 billion Arm takeover"; "Qualcomm opposed the Arm takeover" is no bid by Qualcomm).
        const between = buyer ? toks.slice(buyer.tokEnd, bought.tokStart) : [];
        const verbs = between.filter((t) => DEAL_VERBS.has(t.norm)).length;
        const rest = between.every((t) => DEAL_VERBS.has(t.norm) || AMOUNT_WORDS.has(t.norm) || /^[\d.,$€£]+$/.test(t.text) || ['the', 'its', 'a', 'det', 'sit', 'sin', 'et', 'sit'].includes(t.norm));
        if (buyer && rest && between.length < 6 && (buyer.genitive ? verbs === 0 : verbs === 1)) {
          add(ctx, { subject: buyer.entityId, predicate: 'ACQUIRES', object: bought.entityId, status: dealStatus(sc), rule: 'acquire.trigger', sentence: s.index });
        }
        continue;
      }
    }
    // "I 2016 købte SoftBank Arm": the Danish subject may follow the verb (V2).
    const inverted = invertedSubject(sc, m, 0, FIRMS);
    // "Nexperia, a subsidiary of Wingtech, bought the plant": the subject before the apposition buys.
    const pj = skipParenthetical(sc, m.start);
    const beforeApposition = pj !== m.start ? sc.occs.find((o) => o.tokEnd === pj && FIRMS.includes(o.type)) : undefined;
    // A noun of buying with its buyer after the object: "the acquisition of Arm by Nvidia", "opkøbet af Arm af Nvidia".
    const nounBy = ['of', 'af'].includes(toks[m.end]?.norm ?? '') ? nominalBuyer(sc, m.end + 1) : undefined;
    const buyer = nounBy?.buyer ?? relativeAntecedent(sc, m.start, FIRMS) ?? beforeApposition ?? before(sc, m.start, FIRMS, 6)[0] ?? inverted;
    if (!buyer) continue;
    // "overtog fabrikken i Wales": a place after a preposition is where, not what (but a trigger may end in its own
    // preposition: "fik kontrol over Tele2").
    // "bought a majority stake in Grindr", "købte en andel i Grindr": after a noun of a part, "in"/"i" names the firm.
    const stakeIn = (o: Occ) => trig.stakeNouns.has(toks[o.tokStart - 2]?.norm ?? '') && ['in', 'i'].includes(toks[o.tokStart - 1]?.norm ?? '');
    // "buy shares from South Korea's Naver", "købe aktier fra Naver": the one bought from is the seller.
    const seller = (o: Occ) => {
      let k = o.tokStart;
      const gen = sc.occs.find((x) => x.tokEnd === k && x.genitive && x.type === 'Government');
      if (gen) k = gen.tokStart;
      while (k > 0 && ['the', 'den', 'det'].includes(toks[k - 1].norm)) k--;
      return ['from', 'fra', 'hos'].includes(toks[k - 1]?.norm ?? '');
    };
    // "bid for the contract", "købte den nye fabrik": an unnamed object that is no firm is what is bought, so no name
    // before the buyer is ("Arm, which SoftBank bought" is).
    const DETS = ['the', 'a', 'an', 'its', 'den', 'det', 'en', 'et', 'sin', 'sit'];
    let d = m.end + 1;
    while (d < toks.length && d - m.end <= 3 && toks[d].word && !toks[d].cap && !DETS.includes(toks[d].norm)) d++;
    const head = toks[d - 1];
    const thing = DETS.includes(toks[m.end]?.norm ?? '') && d > m.end + 1 && !kindOf(sc, head.norm) && !trig.stakeNouns.has(head.norm)
      && !sc.occs.some((o) => o.tokStart > m.end && o.tokStart < d) && (!toks[d] || [',', '.', ';', 'in', 'i', 'for', 'til', 'from', 'fra', 'at', 'på'].includes(toks[d].norm));
    const target = after(sc, buyer === inverted ? buyer.tokEnd : m.end, BUYABLE, 8).find((o) => o.entityId !== buyer.entityId && o.tokStart < end && (!afterPlacePrep(sc, o) || stakeIn(o) || o.tokStart === m.end) && !seller(o))
      // A fellow subject of the buyer ("Ericsson og Nokia vil købe …") is no firm bought.
      ?? (thing ? undefined : before(sc, buyer.tokStart, BUYABLE, 25).find((o) => o.entityId !== buyer.entityId && o.kind !== 'coref' && !listBack(sc, buyer, FIRMS).includes(o)));
    if (!target) continue;
    add(ctx, { subject: buyer.entityId, predicate: 'ACQUIRES', object: target.entityId, status: dealStatus(sc), rule: 'acquire.trigger', sentence: s.index });
  }
}

/** A deal's status from the sentence's words: in talks, completed, or else agreed. */
function dealStatus(sc: SentenceCtx): 'talks' | 'completed' | 'agreed' {
  if (findPhrases(sc.trig.acquireTalks, sc.s.tokens).length > 0) return 'talks';
  return findPhrases(sc.trig.acquireCompleted, sc.s.tokens).length > 0 ? 'completed' : 'agreed';
}

/**
 * "Qualcomm fights off a hostile takeover bid from Broadcom", "Qualcomm afviste et overtagelsesbud fra Broadcom": a noun
 * of buying (and of bidding) from a firm names the bidder; the firm the clause names before it is the one bid for.
 * [bidder, target], or none.
 */
function bidFrom(sc: SentenceCtx, start: number, end: number): [Occ, Occ] | undefined {
  const toks = sc.s.tokens;
  const k = sc.trig.bidNouns.has(toks[end]?.norm ?? '') ? end + 1 : end;
  // A bid noun must be there: the Danish compound ("overtagelsesbud") or a word after the trigger.
  if (k === end && !(toks[end - 1]?.norm ?? '').endsWith('bud')) return undefined;
  if (!['from', 'fra'].includes(toks[k]?.norm ?? '')) return undefined;
  const bidder = sc.occs.find((o) => o.tokStart === k + 1 && FIRMS.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
  if (!bidder) return undefined;
  const target = before(sc, start, BUYABLE, 8).find((o) => o.entityId !== bidder.entityId && o.kind !== 'adjective' && !o.genitive && canAct(sc, o));
  return target ? [bidder, target] : undefined;
}

/** Verbs whose subject pursues or drops its own deal ("abandons the Arm takeover", "opgiver Arm-opkøbet"). */
const DEAL_VERBS = new Set(['abandon', 'abandons', 'abandoned', 'drop', 'drops', 'dropped', 'scrap', 'scraps', 'scrapped', 'complete', 'completes', 'completed',
  'close', 'closes', 'closed', 'pursue', 'pursues', 'pursued', 'announce', 'announces', 'announced', 'finalise', 'finalises', 'finalised', 'finalize', 'finalizes',
  'finalized', 'call', 'calls', 'called', 'opgiver', 'opgav', 'opgivet', 'dropper', 'droppede', 'skrotter', 'skrottede', 'gennemfører', 'gennemførte', 'gennemført',
  'annoncerer', 'annoncerede', 'afslutter', 'afsluttede', 'aflyser', 'aflyste']);
const AMOUNT_WORDS = new Set(['billion', 'million', 'bn', 'mia', 'mio', 'milliarder', 'millioner', 'mia.', 'kr', 'kroner', 'dollar', 'dollars', 'euro', 'usd', 'off']);

/** Nouns of buying a name may qualify ("the Arm takeover", "Activision-opkøbet"). */
const BUY_NOUNS = new Set(['takeover', 'acquisition', 'purchase', 'buyout', 'opkøb', 'opkøbet', 'overtagelse', 'overtagelsen', 'køb', 'købet']);

/** "[acquisition of] Arm by Nvidia": the thing bought right after "of", its buyer after "by"/"af". */
function nominalBuyer(sc: SentenceCtx, k: number): { buyer: Occ } | undefined {
  const bought = sc.occs.find((o) => o.tokStart === k && BUYABLE.includes(o.type) && o.kind !== 'adjective');
  if (!bought) return undefined;
  const by = findPhrases(sc.trig.passiveBy, sc.s.tokens, bought.tokEnd, Math.min(sc.s.tokens.length, bought.tokEnd + 1))[0];
  const buyer = by ? sc.occs.find((o) => o.tokStart === by.end && FIRMS.includes(o.type)) : undefined;
  return buyer && buyer.entityId !== bought.entityId ? { buyer } : undefined;
}

export function supplies(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  makesFor(sc, ctx);
  const subjectOf = (limit: number, not: string) =>
    occs.find((o) => o.tokEnd <= limit && CUSTOMERS.includes(o.type) && o.kind !== 'adjective' && o.entityId !== not && o.kind !== 'coref' && !o.genitive);
  // Coordinated names of one kind: "BT og Vodafone, der begge bruger Huawei", "leverer til TDC og Telia",
  // not an apposition ("ByteDance, the Chinese owner of TikTok").
  // Not across an apposition that names the parent ("Telenor Norge, datterselskab af teleselskabet Telenor, har valgt").
  const coordinated = (first: Occ, types: EntityType[]) => {
    const list = listFrom(sc, first, types).filter((o) => o === first || (o.kind !== 'adjective' && o.type === first.type));
    const cut = list.findIndex((o, i) => i > 0 && toks.slice(list[i - 1].tokEnd, o.tokStart).some((t) => ['af', 'of'].includes(t.norm)));
    return qualifiedItems(sc, cut > 0 ? list.slice(0, cut) : list, types);
  };
  const pairs = (vendors: Occ[], customers: Occ[], rule: string) => {
    for (const v of vendors) for (const c of customers) {
      if (v.entityId !== c.entityId) add(ctx, { subject: v.entityId, predicate: 'SUPPLIES', object: c.entityId, rule, sentence: s.index });
    }
  };
  // "Telia har valgt Nokia som sin leverandør", "chose Ericsson as its supplier".
  for (const m of findPhrases(trig.supplyChoose, toks)) {
    const vendor = after(sc, m.end, FIRMS, 4)[0];
    if (!vendor) continue;
    const vendors = coordinated(vendor, FIRMS);
    const last = vendors[vendors.length - 1];
    const as = findPhrases(trig.supplyAs, toks, last.tokEnd, Math.min(toks.length, last.tokEnd + 2))[0];
    // "as one of its main suppliers", "som en af deres vigtigste leverandører": up to five words before the noun.
    const asRole = !!as && findPhrases(trig.supplyRoleNouns, toks, as.end, Math.min(toks.length, as.end + 6)).length > 0;
    if (!asRole && !networkPurpose(sc, last.tokEnd)) continue;
    const customer = subjectOf(m.start, vendor.entityId);
    if (customer) pairs(vendors, coordinated(customer, CUSTOMERS), 'supply.chosen');
  }
  // "Ericsson skal levere udstyret til …", "Nokia will supply Telia".
  for (const m of findPhrases(trig.supply, toks)) {
    // "den kinesiske leverandør Huawei", "supplier Nokia": a noun of supplying names the vendor after it, not before.
    const roleNoun = findPhrases(trig.supplyRoleNouns, toks, m.start, m.end).some((x) => x.start === m.start && x.end === m.end);
    const named = roleNoun ? sc.occs.find((o) => o.tokStart === m.end && FIRMS.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref') : undefined;
    if (named) {
      // "en aftale mellem Fastweb og leverandøren Huawei", "a deal between Fastweb and supplier Huawei": the other party buys.
      const partner = betweenPartner(sc, m.start);
      if (partner && partner.entityId !== named.entityId) pairs([named], [partner], 'supply.between');
      continue;
    }
    // "Intel, Qualcomm and Broadcom, all long-standing suppliers to Huawei": the names before the apposition.
    // "CATL er verdens største batteriproducent og leverer til Tesla": a verb joined by "og"/"and" has the opener as subject.
    const opener = openerBefore(sc, m.start, FIRMS, (o) => o.kind !== 'adjective' && o.kind !== 'coref' && canAct(sc, o));
    // "Ericsson, the Swedish group, supplies TDC", "Nokia, which is based in Espoo, supplies Telia": the subject over an
    // apposition (one that refers back to it too).
    const near = before(sc, m.start, FIRMS, 3)[0];
    const vendor = opener ?? (near?.kind === 'coref' ? undefined : near) ?? subjectBefore(sc, m.start, FIRMS, 3) ?? appositionHead(sc, m.start, FIRMS);
    // "Huaweis leverandører", "Huawei's biggest suppliers": a genitive on the noun is the customer, never the vendor;
    // the vendors are the names after "include"/"er"/"such as".
    if (roleNoun && vendor?.genitive && toks.slice(vendor.tokEnd, m.start).every((t) => t.word && !t.cap)) {
      const named = listedAfter(sc, m.end);
      if (named.length) pairs(named, [vendor], 'supply.customer');
      continue;
    }
    if (!vendor || vendor.kind === 'coref') continue;
    const end = clauseEnd(sc, m.end);
    // The customer after the verb is in its clause ("levere udstyr til X, har PTS besluttet": PTS only reports).
    // Not a place ("levere teletjenester i USA", "leverandører til 5G-nettet i Norge"): where, not to whom.
    const next = after(sc, m.end, CUSTOMERS, 8).find((o) => o.kind !== 'adjective' && o.tokStart < end && o.entityId !== vendor.entityId
      && !toks.slice(m.end, o.tokStart).some((t) => t.text === ','));
    if (next && next.type === 'Government' && afterPlacePrep(sc, next)) continue;
    const vendors = listBack(sc, vendor, FIRMS);
    // "Huawei og ZTE må ikke levere …": a fellow vendor of the subject is no customer.
    const customer = next ?? subjectOf(vendors[0].tokStart, vendor.entityId);
    if (customer) pairs(vendors, next ? coordinated(next, CUSTOMERS) : [customer], 'supply.verb');
  }
  // "Oracle would become TikTok's technology partner", "Ericsson er Telias største leverandør": the subject of a copula
  // before a firm's genitive on a noun of supplying is that firm's vendor.
  for (const m of findPhrases(trig.supplyRoleNouns, toks)) {
    const customer = occs.find((o) => o.genitive && o.type === 'Company' && o.kind !== 'adjective' && o.tokEnd <= m.start && m.start - o.tokEnd <= 2
      && toks.slice(o.tokEnd, m.start).every((t) => t.word && !t.cap));
    if (!customer || !BECOME.has(toks[customer.tokStart - 1]?.norm ?? '')) continue;
    let v = customer.tokStart - 1;
    while (v > 0 && customer.tokStart - v < 3 && toks[v - 1].word && !toks[v - 1].cap) v--;
    const vendor = occs.find((o) => o.tokEnd === v && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive && o.entityId !== customer.entityId);
    if (vendor) pairs([vendor], [customer], 'supply.verb');
  }
  // "Telia bruger udstyr fra Huawei", "BT og Vodafone har Huawei-udstyr i nettet", "carriers that rely on Huawei gear":
  // the firm using the goods is the vendor's customer.
  for (const m of findPhrases(trig.supplyUse, toks)) {
    // "have bought from Huawei", "har købt hos Huawei": a verb of buying with the seller right after "from"/"hos".
    const fromSeller = BUY_VERBS.has(toks[m.end - 1].norm) && ['from', 'fra', 'hos'].includes(toks[m.end]?.norm ?? '')
      ? sc.occs.find((o) => o.tokStart === m.end + 1 && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive) : undefined;
    const vendors = fromSeller ? listFrom(sc, fromSeller, FIRMS).filter((o) => o.kind !== 'adjective' && o.kind !== 'coref') : goodsVendors(sc, m.end);
    if (!vendors.length) continue;
    const vendor = vendors[0];
    // "bruger TikTok til at dele videoer", "uses Zoom to hold meetings": a firm named right after the verb, used to do
    // something that builds no network, is a service used, not a vendor's goods ("relies on TSMC for its chips" is).
    const toDo = toks[vendor.tokEnd]?.norm === 'to' || (toks[vendor.tokEnd]?.norm === 'til' && toks[vendor.tokEnd + 1]?.norm === 'at');
    if (vendor.tokStart === m.end && toDo && !networkPurpose(sc, vendor.tokEnd)) continue;
    // "Inspur, based in Jinan, is a maker of servers and relies on chips from …": a verb joined by "and"/"og" has the opener as subject.
    const user = relativeAntecedent(sc, m.start, FIRMS) ?? amongSubject(sc, m.start) ?? before(sc, m.start, FIRMS, 4).find((o) => o.kind !== 'coref' && canAct(sc, o))
      ?? openerBefore(sc, m.start, FIRMS, (o) => o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive && canAct(sc, o));
    if (user && user.entityId !== vendor.entityId) pairs(vendors.filter((v) => v.entityId !== user.entityId), coordinated(listBack(sc, user, FIRMS)[0], FIRMS), 'supply.goods');
  }
  // "TikTok is moving the data to servers run by Oracle", "TDC bruger master bygget af Huawei": goods made, run or supplied
  // by a firm are that firm's supply to the clause's subject.
  for (let g = 1; g + 2 < toks.length; g++) {
    if (!trig.supplyGoods.has(toks[g].norm) || !MADE_BY.has(toks[g + 1].norm) || !['by', 'af'].includes(toks[g + 2].norm)) continue;
    const k = descriptorEnd(sc, g + 3);
    const adj = occs.find((o) => (o.tokStart === g + 3 || (o.tokStart === g + 4 && ['the', 'a', 'den', 'det', 'et', 'en'].includes(toks[g + 3].norm))) && (o.kind === 'adjective' || o.attributive) && o.type === 'Government');
    const vendor = occs.find((o) => o.tokStart === k && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive)
      ?? (adj ? adjectiveList(sc, adj, FIRMS)[0] : undefined);
    if (!vendor) continue;
    // Only a firm: a state or a body named before the goods more often bans them ("Litauen forbyder telefoner lavet af Xiaomi").
    const user = subjectBefore(sc, g, FIRMS, 14, (o) => o.kind !== 'adjective' && !o.genitive && o.entityId !== vendor.entityId);
    if (user && !toks.slice(user.tokEnd, g).some((t) => t.text === ';')) pairs([vendor], [user], 'supply.goods');
  }
  // "Amazon og Google, hvis cloudtjenester Telegram har brugt", "Qualcomm, whose chips Xiaomi uses": the firms the relative
  // "whose"/"hvis" hangs on supply the user named in the clause.
  for (const m of findPhrases(trig.supplyUse, toks)) {
    // "hvis aktier Ericsson har solgt": "har" is the auxiliary of another verb here, not a verb of having.
    if (m.end - m.start === 1 && AUXILIARIES.has(toks[m.start].norm)) continue;
    let w = m.start - 1;
    while (w > 0 && m.start - w <= 6 && !['whose', 'hvis'].includes(toks[w].norm)) w--;
    if (!['whose', 'hvis'].includes(toks[w]?.norm ?? '') || toks[w - 1]?.text !== ',') continue;
    const vendor = occs.find((o) => o.tokEnd === w - 1 && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    if (!vendor) continue;
    // Between "whose" and the verb: the goods (lower-case words), the user, an auxiliary at most.
    let k = w + 1;
    while (k < m.start && k - w <= 3 && toks[k].word && !toks[k].cap) k++;
    const user = occs.find((o) => o.tokStart === k && CUSTOMERS.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    if (k === w + 1 || !user || !toks.slice(user.tokEnd, m.start).every((t) => AUXILIARIES.has(t.norm))) continue;
    pairs(listBack(sc, vendor, FIRMS).filter((v) => v.kind !== 'adjective' && v.kind !== 'coref'), [user], 'supply.goods');
  }
  // "Applied Materials, Lam Research og KLA, which sell tools to SMIC": goods, not a firm, are what is sold
  // ("agreed to sell TikTok to Oracle" is a sale of the business), and the buyer is a firm or body.
  for (const m of findPhrases(trig.supplySell, toks)) {
    if (occs.some((o) => o.tokStart > m.start && o.tokEnd < m.end)) continue;
    // "aftale om at sælge den til TMH", "agreed to sell it to": a pronoun for what is sold stands for a plant or a business.
    if (SOLD_PRONOUNS.has(toks[m.start + 1]?.norm ?? '')) continue;
    let buyer = occs.find((o) => (o.tokStart === m.end || (o.tokStart === m.end + 1 && toks[m.end].word && !toks[m.end].cap)) && (o.type === 'Company' || o.type === 'Agency') && o.kind !== 'adjective');
    // "sells its chips to hundreds of companies, including Apple and Qualcomm", "til en række selskaber, herunder X":
    // buyers described by a noun for firms, then named after "including"/"such as"/"herunder".
    if (!buyer) {
      let k = m.end;
      while (k < toks.length && k - m.end < 5 && (toks[k].word || /^\d+$/.test(toks[k].text)) && !toks[k].cap && !EXAMPLE_MARKERS.has(toks[k].norm) && toks[k].norm !== 'such') k++;
      const noun = toks[k - 1];
      if (toks[k]?.text === ',') k++;
      const marker = toks[k]?.norm === 'such' && toks[k + 1]?.norm === 'as' ? 2 : EXAMPLE_MARKERS.has(toks[k]?.norm ?? '') ? 1 : 0;
      if (k > m.end && marker && noun && kindOf(sc, noun.norm) === 'Company') {
        buyer = occs.find((o) => o.tokStart === k + marker && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
      }
    }
    // "It licenses its designs to …": a pronoun opening the sentence stands for the firm it refers to.
    const seller = relativeAntecedent(sc, m.start, FIRMS) ?? before(sc, m.start, FIRMS, 3).find((o) => (o.kind !== 'coref' || (o.tokStart === 0 && o.type === 'Company')) && canAct(sc, o));
    if (buyer && seller) pairs(seller.kind === 'coref' ? [seller] : listBack(sc, seller, FIRMS), coordinated(buyer, ['Company', 'Agency']), 'supply.sell');
  }
}

/**
 * "svenske Ericsson og finske Nokia", "Sweden's Ericsson and Finland's Nokia": list items each with a nationality
 * word or a state's genitive of its own, joined by "og"/"and" or a comma.
 */
function qualifiedItems(sc: SentenceCtx, list: Occ[], types: EntityType[]): Occ[] {
  const toks = sc.s.tokens;
  const out = [...list];
  for (let guard = 0; guard < 4; guard++) {
    let k = out[out.length - 1].tokEnd;
    if (toks[k]?.text === ',') k++;
    if (['og', 'and', 'or', 'eller'].includes(toks[k]?.norm ?? '')) k++;
    if (k === out[out.length - 1].tokEnd) break;
    const adj = sc.occs.find((o) => o.tokStart === k && o.type === 'Government' && (o.kind === 'adjective' || o.genitive));
    if (!adj) break;
    const next = sc.occs.find((o) => o.tokStart === adj.tokEnd && types.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    if (!next || out.includes(next)) break;
    out.push(next);
  }
  return out;
}

/** Words that open a list of examples after a noun for firms. */
const EXAMPLE_MARKERS = new Set(['including', 'herunder', 'blandt', 'bl.a.', 'deriblandt', 'inklusive']);

/** Participles of making or running goods, before "by"/"af" and the maker. */
const MADE_BY = new Set(['made', 'built', 'supplied', 'provided', 'run', 'operated', 'produced', 'manufactured', 'designed', 'lavet', 'bygget', 'leveret', 'drevet', 'produceret', 'fremstillet', 'designet', 'udviklet', 'developed']);

const AUXILIARIES = new Set(['har', 'havde', 'has', 'have', 'had', 'kan', 'can', 'could', 'will', 'vil', 'would', 'skal', 'is', 'are', 'was', 'were', 'er', 'var', 'still', 'stadig', 'also', 'også', 'long', 'længe']);

/**
 * "Bharti Airtel and Vodafone Idea are among the companies that have bought from Huawei", "TDC er et af de selskaber, der
 * bruger Nokia-udstyr": the subject of "among"/"one of" the kind of firm a relative clause at i describes.
 */
function amongSubject(sc: SentenceCtx, i: number): Occ | undefined {
  const toks = sc.s.tokens;
  let k = i - 1;
  while (k > 0 && i - k <= 3 && AUXILIARIES.has(toks[k].norm)) k--;
  if (!RELATIVES.has(toks[k]?.norm ?? '')) return undefined;
  if (toks[k - 1]?.text === ',') k--;
  // The kind noun and its article: "the companies", "de selskaber", "the Indian operators".
  let j = k - 1;
  while (j > 0 && k - j <= 3 && toks[j].word && !toks[j].cap && !AMONG.has(toks[j].norm)) j--;
  if (j === k - 1 || !kindOf(sc, toks[k - 1].norm)) return undefined;
  if (!AMONG.has(toks[j]?.norm ?? '')) return undefined;
  let c = j - 1;
  if (['of', 'af'].includes(toks[j].norm)) {
    if (!['one', 'en', 'et'].includes(toks[j - 1]?.norm ?? '')) return undefined;
    c = j - 2;
  }
  if (!COPULAS.has(toks[c]?.norm ?? '')) return undefined;
  const subject = sc.occs.find((o) => o.tokEnd === c && FIRMS.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
  return subject ? listBack(sc, subject, FIRMS)[0] : undefined;
}

const AMONG = new Set(['among', 'blandt', 'of', 'af']);

const BECOME = new Set(['become', 'becomes', 'became', 'is', 'was', 'remains', 'blive', 'bliver', 'blev', 'er', 'var', 'forbliver']);

const BUY_VERBS = new Set(['buy', 'buys', 'bought', 'buying', 'køber', 'købe', 'købte', 'købt', 'indkøber', 'indkøbte', 'indkøbt']);

/** Words for what a vendor is chosen to build: a network, its core, a cable, infrastructure ("5G-nettet", "radio network"). */
const NETWORK_WORD = /^(5g|4g|net|nettet|netværk\w*|mobilnet\w*|radionet\w*|kernenet\w*|network|networks|infrastruktur\w*|infrastructure|søkabel\w*|kabel\w*|cable|cables|core)$/;

/**
 * "valgt Ericsson til at bygge sit 5G-net", "vælger Ericsson til 5G", "chose Nokia to build its 5G network",
 * "picked Ericsson for its 5G rollout": after the chosen vendor, a purpose ("til"/"to"/"for") that names a network.
 */
function networkPurpose(sc: SentenceCtx, k: number): boolean {
  const toks = sc.s.tokens;
  if (!['til', 'to', 'for'].includes(toks[k]?.norm ?? '')) return false;
  for (let j = k + 1; j < Math.min(toks.length, k + 8); j++) {
    const t = toks[j];
    if (t.text === ',' || t.text === '.' || t.text === ';') return false;
    if (NETWORK_WORD.test(t.norm)) return true;
  }
  return false;
}

/** "mellem Fastweb og [den kinesiske leverandør]", "between Fastweb and [supplier]": the first party of the pair, for the noun at k. */
function betweenPartner(sc: SentenceCtx, k: number): Occ | undefined {
  const toks = sc.s.tokens;
  let j = k;
  while (j > 0 && k - j < 4 && toks[j - 1].word && !['og', 'and'].includes(toks[j - 1].norm) && !toks[j - 1].cap) j--;
  // A nationality word before the noun: "og den kinesiske leverandør".
  for (let guard = 0; guard < 3; guard++) {
    const adj = sc.occs.find((o) => o.tokEnd === j && o.kind === 'adjective');
    if (!adj) break;
    j = adj.tokStart;
    while (j > 0 && k - j < 6 && toks[j - 1].word && !['og', 'and'].includes(toks[j - 1].norm) && !toks[j - 1].cap) j--;
  }
  if (!['og', 'and'].includes(toks[j - 1]?.norm ?? '')) return undefined;
  const first = sc.occs.find((o) => o.tokEnd === j - 1 && CUSTOMERS.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
  if (!first) return undefined;
  // The pair opens with "mellem"/"between", a kind noun allowed before the name ("mellem teleselskabet Fastweb").
  let b = first.tokStart;
  if (b > 0 && toks[b - 1].word && !toks[b - 1].cap && !['mellem', 'between'].includes(toks[b - 1].norm)) b--;
  return ['mellem', 'between'].includes(toks[b - 1]?.norm ?? '') ? first : undefined;
}

const SOLD_PRONOUNS = new Set(['den', 'det', 'dem', 'it', 'them']);

const LIST_VERBS = new Set(['include', 'includes', 'included', 'are', 'were', 'er', 'var', 'tæller', 'omfatter', 'like', 'including', 'herunder', 'som']);

/** "… include Qualcomm and Intel", "… er Qualcomm og Intel", "such as Qualcomm": the firms listed after a verb of listing at k. */
function listedAfter(sc: SentenceCtx, k: number): Occ[] {
  const toks = sc.s.tokens;
  let j = k;
  if (toks[j]?.norm === 'such' && toks[j + 1]?.norm === 'as') j += 2;
  else if (LIST_VERBS.has(toks[j]?.norm ?? '')) j++;
  else return [];
  const first = sc.occs.find((o) => o.tokStart === j && FIRMS.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
  return first ? listFrom(sc, first, FIRMS).filter((o) => o.kind !== 'adjective') : [];
}

const MAKE_VERBS = new Set(['make', 'makes', 'made', 'making', 'produce', 'produces', 'produced', 'producing', 'manufacture', 'manufactures', 'manufactured', 'manufacturing',
  'producerer', 'producere', 'producerede', 'produceret', 'fremstiller', 'fremstille', 'fremstillede', 'laver', 'lave', 'lavede']);

/** "TSMC makes chips for Apple and Nvidia", "TSMC producerer chips til Apple": the maker supplies the firms it makes goods for. */
function makesFor(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (let k = 1; k < toks.length; k++) {
    if (!MAKE_VERBS.has(toks[k].norm)) continue;
    let g = k + 1;
    while (g < toks.length && g - k <= 4 && toks[g].word && !toks[g].cap && !sc.trig.supplyGoods.has(toks[g].norm)) g++;
    if (!sc.trig.supplyGoods.has(toks[g]?.norm ?? '') || !['for', 'til'].includes(toks[g + 1]?.norm ?? '')) continue;
    const buyer = sc.occs.find((o) => o.tokStart === g + 2 && FIRMS.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    const maker = relativeAntecedent(sc, k, FIRMS) ?? openerBefore(sc, k, FIRMS, (o) => o.kind !== 'adjective' && canAct(sc, o)) ?? before(sc, k, FIRMS, 3).find((o) => o.kind !== 'coref' && canAct(sc, o));
    if (!buyer || !maker) continue;
    for (const b of listFrom(sc, buyer, FIRMS)) if (b.kind !== 'adjective' && b.entityId !== maker.entityId) add(ctx, { subject: maker.entityId, predicate: 'SUPPLIES', object: b.entityId, rule: 'supply.makes', sentence: sc.s.index });
  }
}

/** The vendor named with the goods right after a verb of use: "Huawei-udstyr", "Huawei gear", "udstyr fra Huawei", "equipment from Nokia". */
function goodsVendors(sc: SentenceCtx, k: number): Occ[] {
  const v = goodsVendor(sc, k);
  if (!v) return [];
  // "chips from Intel and Nvidia", "udstyr fra Ericsson og Nokia", "chips from American firms such as Intel and AMD": all the names listed.
  return listFrom(sc, v, ['Company']).filter((o) => o.kind !== 'adjective' && o.kind !== 'coref' && o.type === 'Company');
}

function goodsVendor(sc: SentenceCtx, k: number): Occ | undefined {
  const toks = sc.s.tokens;
  const goods = (j: number) => !!toks[j] && sc.trig.supplyGoods.has(toks[j].norm);
  for (let j = k; j < Math.min(toks.length, k + 3); j++) {
    const o = sc.occs.find((x) => x.tokStart === j && x.type === 'Company' && x.kind !== 'coref' && x.kind !== 'adjective');
    if (o) {
      const after = toks[o.tokEnd]?.text === '-' ? o.tokEnd + 1 : o.tokEnd;
      if (goods(after)) return o;
      // "relies on TSMC for its chips", "bruger Nokia til sit radionet": the goods or the network after "for"/"til".
      if (['for', 'til'].includes(toks[after]?.norm ?? '')) {
        let g = after + 1;
        while (g < toks.length && g - after <= 4 && toks[g].word && !toks[g].cap && !goods(g) && !NETWORK_WORD.test(toks[g].norm)) g++;
        if (g < toks.length && (goods(g) || NETWORK_WORD.test(toks[g].norm))) return o;
      }
      return undefined;
    }
    if (goods(j) && ['fra', 'from'].includes(toks[j + 1]?.norm ?? '')) {
      const direct = sc.occs.find((x) => x.tokStart === j + 2 && x.type === 'Company' && x.kind !== 'coref' && x.kind !== 'adjective');
      if (direct) return direct;
      // "udstyr fra den kinesiske leverandør Huawei", "equipment from Chinese vendor ZTE": the name the description heads.
      // "machines from U.S. toolmakers such as Applied Materials": a state's name used as an adjective, too.
      const adj = sc.occs.find((x) => (x.tokStart === j + 2 || x.tokStart === j + 3) && (x.kind === 'adjective' || (x.type === 'Government' && x.attributive && !x.genitive)));
      if (adj && toks.slice(j + 2, adj.tokStart).every((t) => t.word && !t.cap)) return adjectiveList(sc, adj, ['Company'])[0];
      const d = descriptorEnd(sc, j + 2);
      return d !== j + 2 ? sc.occs.find((x) => x.tokStart === d && x.type === 'Company' && x.kind !== 'coref' && x.kind !== 'adjective') : undefined;
    }
    if (!toks[j].word || toks[j].cap) return undefined;
  }
  return undefined;
}

/** Verbs of running that say who owns an app or service ("run by", "operated by", "drives af"). */
const RUN_VERBS = new Set(['run', 'operated', 'drives', 'drevet']);

const REL_OWN_VERBS = new Set(['owns', 'owned', 'holds', 'held', 'controls', 'controlled', 'ejer', 'ejede', 'kontrollerer', 'kontrollerede', 'besidder', 'besad']);
const REL_OPENERS = [['in', 'which'], ['of', 'which'], ['which'], ['that'], ['som'], ['hvori'], ['hvoraf'], ['i', 'hvilket']];

/**
 * "Ant Group, the payments giant in which Alibaba holds about a third", "Ant Group, som Alibaba ejer en tredjedel af":
 * in a relative clause whose subject is a firm or state and whose verb is one of owning, the name the clause
 * follows (over a short apposition) is owned.
 */
function relativeOwned(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (const owner of sc.occs) {
    if ((owner.type !== 'Company' && owner.type !== 'Government') || owner.kind === 'adjective' || owner.kind === 'coref' || owner.genitive) continue;
    // The verb right after the owner (an adverb between: "som Alibaba stadig ejer").
    let v = owner.tokEnd;
    if (toks[v]?.word && !toks[v].cap && !REL_OWN_VERBS.has(toks[v].norm) && toks[v + 1] && REL_OWN_VERBS.has(toks[v + 1].norm)) v++;
    if (!REL_OWN_VERBS.has(toks[v]?.norm ?? '')) continue;
    const opener = REL_OPENERS.find((w) => w.every((x, i) => toks[owner.tokStart - w.length + i]?.norm === x));
    if (!opener) continue;
    let k = owner.tokStart - opener.length;
    // "Ant Group, the payments giant in which": a short apposition of lower-case words after the comma.
    let b = k;
    while (b > 0 && k - b < 5 && toks[b - 1].word && !toks[b - 1].cap) b--;
    if (toks[b - 1]?.text !== ',') continue;
    k = b - 1;
    const owned = sc.occs.find((o) => o.tokEnd === k && BUYABLE.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && o.entityId !== owner.entityId);
    if (owned) add(ctx, { subject: owner.entityId, predicate: 'OWNS', object: owned.entityId, rule: 'owns.relative', sentence: sc.s.index });
  }
  // "Huawei used Skycom, a company it controlled, to …", "Huawei brugte Skycom, et selskab som det kontrollerede,":
  // a pronoun as the owner in the relative clause of an apposition stands for the firm that acts on the name.
  for (let k = 1; k < toks.length - 1; k++) {
    if (!REL_PRONOUNS.has(toks[k].norm) || !REL_OWN_VERBS.has(toks[k + 1].norm)) continue;
    let b = k;
    if (['that', 'which', 'som', 'der'].includes(toks[b - 1]?.norm ?? '')) b--;
    const noun = toks[b - 1];
    if (!noun?.word || noun.cap || kindOf(sc, noun.norm) !== 'Company') continue;
    let a = b - 1;
    while (a > 0 && b - a < 4 && toks[a - 1].word && !toks[a - 1].cap && !['a', 'an', 'en', 'et'].includes(toks[a - 1].norm)) a--;
    if (!['a', 'an', 'en', 'et'].includes(toks[a - 1]?.norm ?? '') || toks[a - 2]?.text !== ',') continue;
    const owned = sc.occs.find((o) => o.tokEnd === a - 2 && BUYABLE.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref');
    if (!owned) continue;
    const owner = before(sc, owned.tokStart, ['Company'], 3).find((o) => o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive && canAct(sc, o) && o.entityId !== owned.entityId);
    if (owner && toks.slice(owner.tokEnd, owned.tokStart).every((t) => t.word && !t.cap)) add(ctx, { subject: owner.entityId, predicate: 'OWNS', object: owned.entityId, rule: 'owns.relative', sentence: sc.s.index });
  }
}

const REL_PRONOUNS = new Set(['it', 'det', 'den']);

/** Nouns for a group of firms under one parent ("the Nokia group", "Nokia-koncernen"). */
const GROUP_NOUNS = /^(group|koncern|koncernen|gruppen|conglomerate|konglomerat\w*)$/;

/**
 * "ASN er en del af den finske Nokia-koncern", "X is part of the Bouygues group": the firm whose
 * group the subject is part of owns it.
 */
function partOfGroup(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (let k = 0; k + 1 < toks.length; k++) {
    if (!((toks[k].norm === 'part' && toks[k + 1].norm === 'of') || (toks[k].norm === 'del' && toks[k + 1].norm === 'af'))) continue;
    let j = k + 2;
    while (j < toks.length && j - k < 6 && !sc.occs.some((o) => o.tokStart === j && o.type === 'Company') && (toks[j].word && (!toks[j].cap || sc.occs.some((o) => o.tokStart === j && o.kind === 'adjective')))) {
      const adj = sc.occs.find((o) => o.tokStart === j && o.kind === 'adjective');
      j = adj ? adj.tokEnd : j + 1;
    }
    const parent = sc.occs.find((o) => o.tokStart === j && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    if (!parent) continue;
    const g = toks[parent.tokEnd]?.text === '-' ? parent.tokEnd + 1 : parent.tokEnd;
    // "the Altice group" may be a name of its own, the noun inside it.
    if (!GROUP_NOUNS.test(toks[g]?.norm ?? '') && !GROUP_NOUNS.test(toks[parent.tokEnd - 1].norm)) continue;
    const owned = before(sc, k, BUYABLE, 6).find((o) => o.kind !== 'coref' && o.kind !== 'adjective' && canAct(sc, o) && o.entityId !== parent.entityId);
    if (owned) add(ctx, { subject: parent.entityId, predicate: 'OWNS', object: owned.entityId, rule: 'owns.group', sentence: sc.s.index });
  }
}

export function owns(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, trig } = sc;
  const toks = s.tokens;
  relativeOwned(sc, ctx);
  partOfGroup(sc, ctx);
  const OWNERS: EntityType[] = ['Company', 'Government'];
  for (const found of findPhrases(trig.ownedBy, toks)) {
    // "owned by a consortium led by Macquarie", "ejet af et konsortium under ledelse af Macquarie": the owners are the
    // members that lead the group of buyers, named after it.
    const m = { ...found, end: consortiumLead(toks, found.end) ?? found.end };
    // "Hikvision, the world's largest maker of cameras, is controlled by …": the subject over the apposition.
    // "Ant Financial, the payments group part-owned by …": the name, over a description that refers back to it.
    // "jobportalen Boss Zhipin, der ejes af Kanzhun": right after a relative pronoun, what is owned is the name the
    // relative hangs on; when that is a name of another kind, no firm further back.
    const rel = COPULAS.has(toks[m.start - 1]?.norm ?? '') ? m.start - 2 : m.start - 1;
    const antecedent = RELATIVES.has(toks[rel]?.norm ?? '') && toks[rel - 1]?.text === ','
      ? sc.occs.find((o) => o.tokEnd === rel - 1 && o.kind !== 'coref' && o.kind !== 'adjective') : undefined;
    if (antecedent && !BUYABLE.includes(antecedent.type)) continue;
    const owned = antecedent ?? before(sc, m.start, BUYABLE, 8).find((o) => o.kind !== 'coref') ?? subjectBefore(sc, m.start, BUYABLE, 8);
    // "ejet af schweiziske Swisscom", "datterselskab af det kinesiske Wingtech": the name, not the word qualifying it;
    // "controlled by the Chinese state": the state. "owned by China's Wingtech": the firm the state's genitive qualifies, never the state.
    // "owned by Beijing-based ByteDance": a place qualifying the owner through a hyphen is not the owner.
    const placeCompound = (o: Occ) => toks[o.tokEnd]?.text === '-' && trig.basedSuffix.has(toks[o.tokEnd + 1]?.norm ?? '');
    let owner = after(sc, m.end, OWNERS, 4).find((o) => (!(o.kind === 'adjective' && o.attributive) || standsForState(sc, o)) && !(o.type === 'Government' && sc.occs.some((x) => x.tokStart === o.tokEnd)) && !placeCompound(o));
    // "owned by Chinese gaming company Beijing Kunlun Tech": the firm the adjective's noun phrase names, not its state.
    // "a subsidiary of a Chinese state-owned operator": an unnamed firm is no state, though "state" follows the adjective.
    if (owner?.kind === 'adjective' && ['a', 'an', 'another', 'en', 'et'].includes(toks[owner.tokStart - 1]?.norm ?? '') && toks[owner.tokEnd + 1]?.text === '-') {
      owner = adjectiveList(sc, owner, ['Company'])[0];
    }
    if (owner?.kind === 'adjective' && !standsForState(sc, owner)) owner = adjectiveList(sc, owner, ['Company'])[0] ?? owner;
    // "owned by the Beijing-based company ByteDance", "ejet af det Shanghai-baserede selskab X": the name past a place
    // compound and a kind noun or two.
    if (!owner) {
      const place = after(sc, m.end, ['Government', 'Location'], 2).find((o) => placeCompound(o) && toks.slice(m.end, o.tokStart).every((t) => t.word && !t.cap));
      let j = place ? place.tokEnd + 2 : -1;
      while (place && j < toks.length && j - place.tokEnd < 5 && toks[j].word && !toks[j].cap) j++;
      if (place) owner = sc.occs.find((o) => o.tokStart === j && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    }
    // "part-owned by Chinese e-commerce giant Alibaba": the name past a longer description.
    if (!owner) {
      const adj = after(sc, m.end, ['Government'], 2).find((o) => o.kind === 'adjective' && o.attributive);
      if (adj) owner = adjectiveList(sc, adj, ['Company'])[0];
    }
    if (owner?.genitive && owner.type === 'Government') owner = possessed(sc, owner, ['Company']) ?? genitiveApposition(sc, owner);
    // "the port of Hamburg, run by HHLA": a verb of running governs the noun before "of", not the name after it.
    if (owned && RUN_VERBS.has(toks[m.start].norm) && ['of', 'af', 'in', 'i'].includes(toks[owned.tokStart - 1]?.norm ?? '')) continue;
    // "Huawei, an arm of the PRC surveillance state": an arm of a state is a figure of speech; of a firm, a unit.
    if (toks[m.start].norm === 'arm' && owner?.type === 'Government') continue;
    // "WeChat belongs to Tencent", "Instagram, der tilhører Meta,": what belongs is the name right before the verb (over a
    // relative pronoun or a parenthetical), not any name before it ("the stake, which Naver wants, belongs to IFM").
    if (owned && BELONG.test(toks[m.start].norm)) {
      const rel = RELATIVES.has(toks[m.start - 1]?.norm ?? '') && toks[m.start - 2]?.text === ',' ? m.start - 2 : m.start;
      if (owned.tokEnd !== rel && owned.tokEnd !== skipParenthetical(sc, m.start)) continue;
    }
    if (owned && owner && owned.kind !== 'coref') {
      add(ctx, { subject: owner.entityId, predicate: 'OWNS', object: owned.entityId, rule: 'owns.trigger', sentence: s.index });
      for (const co of coOwners(sc, owner)) if (co.entityId !== owned.entityId) add(ctx, { subject: co.entityId, predicate: 'OWNS', object: owned.entityId, rule: 'owns.trigger', sentence: s.index });
    }
  }
  // "its ownership of the dating app Grindr", "ByteDances ejerskab af TikTok": the genitive owns what follows "of"/"af".
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!OWNERSHIP_NOUNS.has(toks[k].norm) || !['of', 'af', 'over'].includes(toks[k + 1].norm)) continue;
    const owned = sc.occs.find((o) => (o.tokStart === k + 2 || o.tokStart === descriptorEnd(sc, k + 2)) && BUYABLE.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    if (!owned) continue;
    const gen = sc.occs.find((o) => o.tokEnd === k && o.genitive && OWNERS.includes(o.type) && o.kind !== 'adjective');
    const owner = gen ?? (POSSESSIVES.has(toks[k - 1].norm)
      ? relativeAntecedent(sc, k - 1, OWNERS) ?? before(sc, k - 1, ['Company'], 12).find((o) => o.kind !== 'adjective' && o.kind !== 'coref' && canAct(sc, o) && o.entityId !== owned.entityId)
      : undefined);
    if (owner && owner.entityId !== owned.entityId) add(ctx, { subject: owner.entityId, predicate: 'OWNS', object: owned.entityId, rule: 'owns.trigger', sentence: s.index });
  }
  for (const m of findPhrases(trig.own, toks)) {
    // "export controls", "eksportkontrol": a noun of trade, not a verb of owning.
    if (findPhrases(trig.exportNouns, toks, Math.max(0, m.start - 1), m.start).some((x) => x.end === m.start)) continue;
    // "Chinese-owned", "family-owned": a participle in a compound qualifies a name (nationality.ts).
    if (toks[m.start - 1]?.text === '-') continue;
    // "relies on its own app store": after a possessive, "own" is a determiner, not the verb.
    if (toks[m.start].norm === 'own' && (POSSESSIVES.has(toks[m.start - 1]?.norm ?? '') || ['his', 'her', 'our'].includes(toks[m.start - 1]?.norm ?? ''))) continue;
    // "dets kinesiske ejer Wingtech", "its parent": a noun of owning with its owner named after (ownerNouns).
    if (m.end - m.start === 1 && (OWNER_NOUNS.has(toks[m.start].norm) || SUB_NOUNS.has(toks[m.start].norm)) && (nounAnchor(sc, m.start) || appositionOwner(sc, m.start))) continue;
    if (findPhrases(trig.ownedBy, toks, m.start, m.end + 2).some((x) => x.start === m.start)) continue;
    // "står bag", "the company behind": only a firm, and what it makes follows at once.
    const behind = ['bag', 'behind'].includes(toks[m.end - 1].norm);
    // "Geely, der blandt andet ejer Volvo Cars": the name the relative clause hangs on.
    let owner = relativeAntecedent(sc, m.start, OWNERS) ?? before(sc, m.start, OWNERS, 3).find((o) => canAct(sc, o));
    if (behind && owner?.type !== 'Company') owner = undefined;
    if (!owner) {
      // "ByteDance, the Beijing-based owner of TikTok"
      let k = m.start;
      while (k > 0 && k > m.start - 6 && toks[k - 1].text !== ',') k--;
      if (toks[k - 1]?.text === ',') owner = sc.occs.find((o) => o.tokEnd === k - 1 && OWNERS.includes(o.type));
    }
    // Not past a comma: "built a stake in the firm, had pushed Qualcomm" owns no Qualcomm.
    const owned = after(sc, m.end, BUYABLE, behind ? 2 : 4).find((o) => (!behind || toks.slice(m.end, o.tokStart).every((t) => t.word && !t.cap)) && !toks.slice(m.end, o.tokStart).some((t) => t.text === ','));
    // "the owner of Facebook and Instagram": every name of the list.
    if (owner && owned) for (const o of listFrom(sc, owned, BUYABLE)) if (o.kind !== 'adjective') add(ctx, { subject: owner.entityId, predicate: 'OWNS', object: o.entityId, rule: 'owns.trigger', sentence: s.index });
  }
}

/**
 * "a unit of Russia's largest bank, Sberbank", "arm of China's state broadcaster, CCTV", "ejet af Kinas største bank, ICBC":
 * a state's genitive on a description of a firm, and the firm's name in apposition after the comma.
 */
function genitiveApposition(sc: SentenceCtx, g: Occ): Occ | undefined {
  const toks = sc.s.tokens;
  let k = g.tokEnd;
  while (k < toks.length && k - g.tokEnd < 4 && toks[k].word && !toks[k].cap) k++;
  const kind = k > g.tokEnd ? kindOf(sc, toks[k - 1].norm) : undefined;
  if (toks[k]?.text !== ',' || (kind !== 'Company' && kind !== 'Organization')) return undefined;
  return sc.occs.find((o) => o.tokStart === k + 1 && (o.type === 'Company' || o.type === 'Organization') && o.kind !== 'coref' && o.kind !== 'adjective' && !o.genitive);
}

const CONSORTIUM = /^(consortium|konsortium|konsortiet|investorgruppe|investorgruppen|investorkonsortium)$/;
const LED_BY = ['led by', 'headed by', 'fronted by', 'ledet af', 'anført af', 'under ledelse af', 'med deltagelse af', 'including', 'that includes', 'der omfatter', 'bestående af', 'made up of', 'comprising', 'of investors led by', 'af investorer under ledelse af', 'af investorer ledet af', 'af investorer anført af'];

/** The token after "a consortium led by" / "et konsortium under ledelse af" starting at k, if the words say so. */
function consortiumLead(toks: SentenceCtx['s']['tokens'], k: number): number | undefined {
  let j = k;
  if (['a', 'an', 'the', 'et', 'en', 'det', 'konsortiet'].includes(toks[j]?.norm ?? '') && !CONSORTIUM.test(toks[j]?.norm ?? '')) j++;
  // "a US-led consortium", "et internationalt konsortium": up to two qualifying words.
  let q = 0;
  const head = (i: number) => CONSORTIUM.test(toks[i]?.norm ?? '') || (toks[i]?.norm === 'group' && toks[i + 1]?.norm === 'of');
  while (q < 3 && toks[j] && !head(j) && (toks[j].word || toks[j].text === '-')) { j++; q++; }
  if (!head(j)) return undefined;
  j++;
  for (const phrase of LED_BY) {
    const words = phrase.split(' ');
    if (words.every((w, i) => toks[j + i]?.norm === w)) return j + words.length;
  }
  return undefined;
}

/**
 * "ejet af Macquarie sammen med de danske pensionskasser ATP, PFA og PKA", "owned by Macquarie together with
 * ATP and PFA": the firms joined to the owner by "sammen med"/"together with"/"along with" own it too.
 */
function coOwners(sc: SentenceCtx, owner: Occ): Occ[] {
  const toks = sc.s.tokens;
  let k = owner.tokEnd;
  if (toks[k]?.text === ',') k++;
  const two = `${toks[k]?.norm ?? ''} ${toks[k + 1]?.norm ?? ''}`;
  if (!['sammen med', 'together with', 'along with'].includes(two)) return [];
  k += 2;
  if (DEFINITE.has(toks[k]?.norm ?? '')) k++;
  const first = sc.occs.find((o) => o.tokStart === k || o.tokStart === descriptorEnd(sc, k));
  if (!first) return [];
  let list = first.kind === 'adjective' ? adjectiveList(sc, first, ['Company']) : first.type === 'Company' && first.kind !== 'coref' ? listFrom(sc, first, ['Company']) : [];
  // "de danske pensionskasser ATP, PFA og PKA": a nationality word and a noun or two before the names.
  if (!list.length && first.kind === 'adjective') {
    let j = first.tokEnd;
    while (j < toks.length && j - first.tokEnd < 2 && toks[j].word && !toks[j].cap) j++;
    const named = j > first.tokEnd ? sc.occs.find((o) => o.tokStart === j && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref') : undefined;
    if (named) list = listFrom(sc, named, ['Company']);
  }
  return list.filter((o) => o.kind !== 'adjective' && !o.genitive);
}

/** "X, Y og Z, alle leverandører til …": the last name before a comma that opens an apposition of lower-case words. */
function appositionHead(sc: SentenceCtx, i: number, types: EntityType[]): Occ | undefined {
  const toks = sc.s.tokens;
  let k = i;
  while (k > 0 && i - k < 5 && ((toks[k - 1].word && !toks[k - 1].cap) || toks[k - 1].text === '-')) k--;
  if (k === i || toks[k - 1]?.text !== ',') return undefined;
  return sc.occs.find((o) => o.tokEnd === k - 1 && types.includes(o.type) && o.kind !== 'coref' && o.kind !== 'adjective');
}

const OWNERSHIP_NOUNS = new Set(['ownership', 'ejerskab', 'ejerskabet']);
const OWNER_NOUNS = new Set(['owner', 'owners', 'parent', 'ejer', 'ejeren', 'ejere', 'ejerne', 'moderselskab', 'moderselskabet', 'hovedejer', 'hovedejeren', 'hovedaktionær', 'hovedaktionæren', 'storaktionær', 'storaktionæren',
  'shareholder', 'shareholders', 'aktionær', 'aktionærer', 'aktionærerne', 'storaktionærer', 'hovedaktionærer']);
/** Verbs that name the members of a noun of owning: "Didis største aktionærer er …", "its shareholders include …". */
const OWNER_LIST_VERBS = new Set(['er', 'var', 'is', 'are', 'was', 'were', 'include', 'includes', 'included', 'tæller', 'talte', 'omfatter']);
const SUB_NOUNS = new Set(['subsidiary', 'unit', 'datterselskab', 'datterselskabet']);
/** Verbs that make their subject the holder a noun of owning after them names: "X is Didi's largest shareholder". */
const HOLDER_VERBS = new Set([...COPULAS, 'remains', 'remain', 'remained', 'forbliver', 'blev', 'became', 'becomes']);

/**
 * "SoftBank and Uber are among Didi's largest shareholders", "Ant Group remains one of its largest shareholders",
 * "SoftBank er blandt Didis største aktionærer": the names before a verb of being, then a noun phrase of owning that ends
 * at token k (the noun), hold what the phrase's genitive or pronoun names.
 */
function copulaHolders(sc: SentenceCtx, k: number): Occ[] {
  const toks = sc.s.tokens;
  let j = k - 1;
  while (j >= 0 && k - j < 9 && !HOLDER_VERBS.has(toks[j].norm)) {
    const gen = sc.occs.find((o) => o.tokEnd === j + 1 && o.genitive);
    if (gen) j = gen.tokStart - 1;
    else if (toks[j].word && !toks[j].cap) j--;
    else return [];
  }
  if (j < 1 || !HOLDER_VERBS.has(toks[j].norm)) return [];
  const last = sc.occs.find((o) => o.tokEnd === j && (o.type === 'Company' || o.type === 'Government') && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
  return last ? listBack(sc, last, ['Company', 'Government']) : [];
}
const POSSESSIVES = new Set(['its', 'their', 'dets', 'dens', 'sit', 'sin', 'deres']);

/**
 * What a noun of owning at token k belongs to, looking left over at most three qualifying words
 * ("Nexperias kinesiske ejer", "its Dutch unit", "TikTok-ejeren"): a genitive name, a name joined
 * by a hyphen, or a possessive pronoun and the nearest firm or product before it.
 */
function nounAnchor(sc: SentenceCtx, k: number): Occ | undefined {
  const toks = sc.s.tokens;
  const named = (o: Occ) => BUYABLE.includes(o.type) && o.kind !== 'adjective';
  if (toks[k - 1]?.text === '-') return sc.occs.find((o) => o.tokEnd === k - 1 && named(o) && !o.genitive);
  let j = k;
  for (let steps = 0; steps < 3 && j > 0; steps++) {
    // "TikTok's Beijing-based parent": a place compound qualifies the noun.
    const place = toks[j - 2]?.text === '-' && sc.trig.basedSuffix.has(toks[j - 1].norm) ? sc.occs.find((o) => o.tokEnd === j - 2) : undefined;
    if (place) {
      j = place.tokStart;
      continue;
    }
    const adj = sc.occs.find((o) => o.tokEnd === j && o.kind === 'adjective');
    if (!adj && sc.occs.some((o) => o.tokEnd === j)) break;
    if (adj) {
      j = adj.tokStart;
      continue;
    }
    const t = toks[j - 1];
    if (t.word && !t.cap && !POSSESSIVES.has(t.norm) && !sc.trig.determiners.has(t.norm) && !['the', 'a', 'an', 'en', 'et'].includes(t.norm)) {
      j--;
      continue;
    }
    break;
  }
  const gen = sc.occs.find((o) => o.tokEnd === j && o.genitive && named(o));
  if (gen) return gen;
  if (!POSSESSIVES.has(toks[j - 1]?.norm ?? '')) return undefined;
  return before(sc, j - 1, BUYABLE, 8).find((o) => o.kind !== 'adjective' && !o.genitive);
}

/** Owner nouns that are never verbs ("ejer" is both). */
const OWNER_ONLY_NOUNS = new Set(['parent', 'ejeren', 'moderselskab', 'moderselskabet', 'hovedejeren', 'hovedaktionæren', 'storaktionæren']);

/**
 * "Google hører under moderselskabet Alphabet", "TikTok and its parent ByteDance": an owner noun
 * right before a firm's name, the clause's firm before it. Returns [owner, owned].
 */
function appositionOwner(sc: SentenceCtx, k: number): [Occ, Occ] | undefined {
  const toks = sc.s.tokens;
  if (!OWNER_ONLY_NOUNS.has(toks[k].norm)) return undefined;
  const end = toks[k].norm === 'parent' && ['company', 'firm', 'group'].includes(toks[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  const owner = sc.occs.find((o) => o.tokStart === end && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref');
  if (!owner) return undefined;
  const owned = before(sc, k, BUYABLE, 6).find((o) => o.kind !== 'adjective' && o.entityId !== owner.entityId && !o.genitive && canAct(sc, o));
  return owned ? [owner, owned] : undefined;
}

/**
 * Nouns of owning: "Nexperias kinesiske ejer Wingtech", "TikTok's parent company ByteDance",
 * "TikTok-ejeren ByteDance", "ByteDance, TikTok's owner," (the name owns the anchor), and
 * "Wingtechs hollandske datterselskab Nexperia", "its Dutch unit Nexperia", "Nexperia, Wingtech's
 * subsidiary," (the anchor owns the name).
 */
const OWNER_HINT = /owner|parent|ejer|moderselskab|subsidiar|unit|datterselskab|aktionær|shareholder/i;

export function ownerNouns(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs } = sc;
  holdings(sc, ctx);
  if (occs.length < 2 || !OWNER_HINT.test(s.text)) return;
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k].norm;
    const owner = OWNER_NOUNS.has(t);
    if (!owner && !SUB_NOUNS.has(t)) continue;
    const anchor = nounAnchor(sc, k);
    if (!anchor) {
      const pair = appositionOwner(sc, k);
      if (pair) add(ctx, { subject: pair[0].entityId, predicate: 'OWNS', object: pair[1].entityId, rule: 'owns.noun', sentence: s.index });
      continue;
    }
    let end = k + 1;
    if (t === 'parent' && ['company', 'firm', 'group'].includes(toks[end]?.norm ?? '')) end++;
    const types: EntityType[] = owner ? ['Company', 'Government'] : ['Company'];
    const ok = (o: Occ | undefined) => !!o && types.includes(o.type) && o.kind !== 'adjective' && !o.genitive && o.entityId !== anchor.entityId;
    let name = occs.find((o) => o.tokStart === (toks[end]?.text === ',' ? end + 1 : end));
    // "its parent, Beijing-based ByteDance": a place in a compound qualifies the owner's name; it owns nothing.
    if (name && toks[name.tokEnd]?.text === '-' && sc.trig.basedSuffix.has(toks[name.tokEnd + 1]?.norm ?? '')) continue;
    // "Blandt Didis største aktionærer er den japanske SoftBank, … og Uber", "Didi's shareholders include SoftBank and Uber":
    // each name of the list after the verb owns the anchor.
    if (!ok(name) && owner && OWNER_LIST_VERBS.has(toks[end]?.norm ?? '')) {
      let j = end + 1;
      if (DEFINITE.has(toks[j]?.norm ?? '')) j++;
      // Items each with a description of their own: "den japanske SoftBank, den kinesiske internetgigant Tencent og det amerikanske Uber".
      for (let step = 0; step < 6 && j < toks.length; step++) {
        const first = occs.find((o) => o.tokStart === j || o.tokStart === descriptorEnd(sc, j));
        const list = !first ? [] : first.kind === 'adjective' ? adjectiveList(sc, first, ['Company']) : ok(first) ? listFrom(sc, first, ['Company']) : [];
        if (!list.length) break;
        for (const o of list) if (ok(o)) add(ctx, { subject: o.entityId, predicate: 'OWNS', object: anchor.entityId, rule: 'owns.noun', sentence: s.index });
        j = list[list.length - 1].tokEnd;
        if (toks[j]?.text === ',') j++;
        if (['og', 'and'].includes(toks[j]?.norm ?? '')) j++;
        if (j === list[list.length - 1].tokEnd) break;
        if (DEFINITE.has(toks[j]?.norm ?? '')) j++;
      }
      continue;
    }
    const holders = owner && !ok(name) ? copulaHolders(sc, k).filter(ok) : [];
    for (const o of holders) add(ctx, { subject: o.entityId, predicate: 'OWNS', object: anchor.entityId, rule: 'owns.noun', sentence: s.index });
    if (holders.length) continue;
    if (!ok(name)) {
      // "ByteDance, TikTok's owner": the name before the apposition.
      let a = anchor.tokStart;
      while (a > 0 && a > anchor.tokStart - 2 && ['the', 'den', 'det'].includes(toks[a - 1].norm)) a--;
      name = toks[a - 1]?.text === ',' && anchor.genitive ? occs.find((o) => o.tokEnd === a - 1) : undefined;
    }
    if (!ok(name)) continue;
    const [subject, object] = owner ? [name!, anchor] : [anchor, name!];
    if (subject.type === 'Product') continue;
    add(ctx, { subject: subject.entityId, predicate: 'OWNS', object: object.entityId, rule: 'owns.noun', sentence: s.index });
  }
}

/**
 * "Raytheon Technologies has large civilian businesses, including engine maker Pratt & Whitney and Collins Aerospace",
 * "Koncernen har flere datterselskaber, herunder A og B": the subject that has the parts owns each firm listed.
 */
function holdings(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (let k = 2; k < toks.length; k++) {
    if (!sc.trig.holdingNouns.has(toks[k].norm)) continue;
    // The verb of having a few lower-case words before the noun, right after the owner's name.
    let v = k - 1;
    while (v > 0 && k - v <= 4 && toks[v].word && !toks[v].cap && !sc.trig.holdVerbs.has(toks[v].norm)) v--;
    if (!sc.trig.holdVerbs.has(toks[v]?.norm ?? '')) continue;
    // "Raytheon Technologies, however, has …": over a parenthetical.
    const at = skipParenthetical(sc, v);
    const owner = sc.occs.find((o) => (o.tokEnd === v || o.tokEnd === at) && o.type === 'Company' && o.kind !== 'adjective' && !o.genitive);
    if (!owner) continue;
    let j = toks[k + 1]?.text === ',' ? k + 2 : k + 1;
    const intro = findPhrases(sc.trig.listIntro, toks, j, Math.min(toks.length, j + 3)).find((m) => m.start === j);
    if (!intro || intro.end - intro.start > 2 || toks[j].text === '-' || toks[j].text === '(') continue;
    j = intro.end;
    const first = sc.occs.find((o) => (o.tokStart === j || o.tokStart === descriptorEnd(sc, j)) && (o.type === 'Company' || o.type === 'Product') && o.kind !== 'adjective' && o.kind !== 'coref');
    if (!first) continue;
    for (const o of listFrom(sc, first, ['Company', 'Product'])) {
      if (o.entityId !== owner.entityId && o.kind !== 'adjective') add(ctx, { subject: owner.entityId, predicate: 'OWNS', object: o.entityId, rule: 'owns.noun', sentence: sc.s.index });
    }
  }
}

/** "STMicroelectronics er blandt LPE's kunder", "Y's customers include X": Y supplies X. */
export function customers(sc: SentenceCtx, ctx: DocCtx): void {
  const { s, occs, trig } = sc;
  const toks = s.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (!trig.customerNouns.has(toks[k].norm)) continue;
    // "LPE's kunder", "Ericsson's biggest customers".
    // "LPE's kunder": the apostrophe and "s" of a genitive written apart from the name are no words between.
    const gen = (o: Occ) => (/^['’]$/.test(toks[o.tokEnd]?.text ?? '') && toks[o.tokEnd + 1]?.norm === 's' ? o.tokEnd + 2 : o.tokEnd);
    const supplier = occs.find((o) => (o.genitive || gen(o) !== o.tokEnd) && o.type === 'Company' && gen(o) <= k && k - gen(o) <= 2 && toks.slice(gen(o), k).every((t) => t.word && !t.cap))
    const topic = !supplier && TOPIC_CUSTOMERS.has(toks[k - 1]?.norm ?? '') ? topicCompany(sc, ctx, k) : undefined;
    const vendor = supplier ?? topic;
    if (!vendor) continue;
    const end = clauseEnd(sc, k);
    const customer = after(sc, k + 1, CUSTOMERS, 8).find((o) => o.tokStart < end && o.entityId !== vendor.entityId && o.kind !== 'adjective' && !afterPlacePrep(sc, o))
      ?? (topic ? undefined : before(sc, vendor.tokStart, CUSTOMERS, 6).find((o) => o.entityId !== vendor.entityId && canAct(sc, o) && o.kind !== 'adjective'));
    if (customer) add(ctx, { subject: vendor.entityId, predicate: 'SUPPLIES', object: customer.entityId, rule: topic ? 'supply.topic' : 'supply.customer', sentence: s.index });
  }
}

// "Blandt kunderne er SMIC", "its customers include SMIC": whose customers is the firm in focus.
const TOPIC_CUSTOMERS = new Set(['blandt', 'among']);

/** The firm the text is about at token k: the last one named before it in this sentence or the two before. */
function topicCompany(sc: SentenceCtx, ctx: DocCtx, k: number): Occ | undefined {
  const named = (o: Occ) => o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref';
  const here = sc.occs.filter((o) => o.tokEnd <= k && named(o)).pop();
  if (here) return here;
  const i = ctx.sentences.indexOf(sc);
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const last = ctx.sentences[j].occs.filter(named).pop();
    if (last) return last;
  }
  return undefined;
}

const OWN_PRONOUNS = new Set(['its', 'sin', 'sit', 'sine']);

/** "Apple … outside its App Store", "Google … sin søgemaskine Chrome": the clause's firm owns the product its pronoun names. */
export function pronounOwns(sc: SentenceCtx, ctx: DocCtx): void {
  if (sc.occs.length < 2 || !/\b(its|sin|sit|sine)\b/i.test(sc.s.text)) return;
  const toks = sc.s.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (!OWN_PRONOUNS.has(toks[k].norm)) continue;
    let j = k + 1;
    // "its own App Store", not "its chips in iPhones" nor "its control of the iPhone": the product heads the phrase.
    while (j < toks.length && j - k <= 3 && toks[j].word && !toks[j].cap && !sc.trig.pronounPhraseBreaks.has(toks[j].norm)) j++;
    let products = sc.occs.filter((o) => o.tokStart === j && o.type === 'Product' && o.kind !== 'coref' && o.kind !== 'adjective');
    if (!products.length) {
      // "its two most powerful data-centre processors, the A100 and H100": a description, then the names in apposition.
      let d = k + 1;
      while (d < toks.length && d - k <= 7 && ((toks[d].word && !toks[d].cap) || toks[d].text === '-')) d++;
      if (d > k + 1 && toks[d]?.text === ',' && DEFINITE.has(toks[d + 1]?.norm ?? '')) {
        const first = sc.occs.find((o) => o.tokStart === d + 2 && o.type === 'Product' && o.kind !== 'coref' && o.kind !== 'adjective');
        if (first) products = listFrom(sc, first, ['Product']).filter((o) => o.kind !== 'adjective');
      }
    }
    if (!products.length) continue;
    const owner = sc.occs.find((o) => o.tokEnd <= k && o.type === 'Company' && o.kind !== 'adjective' && canAct(sc, o) && !afterPlacePrep(sc, o));
    for (const product of products) if (owner) add(ctx, { subject: owner.entityId, predicate: 'OWNS', object: product.entityId, rule: 'owns.pronoun', sentence: sc.s.index });
  }
}

/**
 * A product or unit named after its maker: "Google Workspace", "Huawei Canada", "OnePlus 8T 5G".
 * The company whose whole name opens the other's owns it.
 */
export function namedAfterOwner(ctx: DocCtx): void {
  const firms = [...ctx.entities.values()].filter((e) => e.type === 'Company');
  // A firm named after another and a country ("Huawei Canada", "Telefónica Deutschland") is its national unit;
  // a firm named after another and a word ("Huawei Marine") may have been sold since.
  const places = new Set<string>();
  for (const e of ctx.entities.values()) if (e.type === 'Government' || e.type === 'Location') for (const n of [e.name, ...e.surfaces]) places.add(n);
  // "China Mobile", "China Unicom Americas", "Korea Telecom": a firm or outlet whose name opens with a state's name
  // (the state named in the text) is of that state.
  const states = [...ctx.entities.values()].filter((e) => e.type === 'Government').map((g) => ({ g, own: stateNames(ctx, g) }));
  for (const f of ctx.entities.values()) {
    if (f.type !== 'Company' && f.type !== 'Organization') continue;
    for (const { g, own } of states) {
      if (own.some((n) => f.name.startsWith(n + ' '))) {
        add(ctx, { subject: f.id, predicate: 'BASED_IN', object: g.id, rule: 'basedin.named', sentence: f.mentions[0]?.sentence ?? 0 });
      }
      // "Hikvision Canada", "Telenor Norge", "Meta Platforms Ireland": a firm named with a state's name last is the
      // group's unit in that state, and seated there.
      if (f.type === 'Company' && own.some((n) => f.name.endsWith(' ' + n) && f.name.length > n.length + 2)) {
        add(ctx, { subject: f.id, predicate: 'BASED_IN', object: g.id, rule: 'basedin.unitnamed', sentence: f.mentions[0]?.sentence ?? 0 });
      }
    }
  }
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Product' && e.type !== 'Company') continue;
    for (const c of firms) {
      if (c.id === e.id || !e.name.startsWith(c.name + ' ')) continue;
      if (e.type === 'Company' && e.lexId && !places.has(e.name.slice(c.name.length + 1))) continue;
      // "Intellexa Limited", "Intellexa Consortium", "X Holdings": a legal form or a word for the whole group names the firm
      // itself or a sibling of it, not a unit the shorter name owns.
      if (LEGAL_FORM.test(e.name.slice(c.name.length + 1))) continue;
      // "Uber solgte Uber China til Didi": a unit the text says another firm bought is no longer the namesake's.
      if (ctx.relations.some((r) => r.predicate === 'ACQUIRES' && r.status !== 'talks' && r.object === e.id && r.subject !== c.id)) continue;
      add(ctx, { subject: c.id, predicate: 'OWNS', object: e.id, rule: 'owns.named', sentence: e.mentions[0]?.sentence ?? 0 });
    }
  }
}

const LEGAL_FORM = /^(inc|inc\.|incorporated|ltd|ltd\.|limited|llc|plc|corp|corp\.|corporation|co|co\.|company|s\.?a\.?|ag|ad|ab|a\/s|as|aps|gmbh|nv|n\.v\.|bv|b\.v\.|spa|s\.p\.a\.|holding|holdings|group|consortium|konsortium|koncern|koncernen)$/i;

const SELL_VERBS = new Set(['sell', 'sells', 'selling', 'sold', 'sælge', 'sælger', 'solgte', 'solgt']);
const SALE_WORDS = new Set(['sale', 'salget', 'salg', ...SELL_VERBS]);

/**
 * "the sale of Lattice Semiconductor to Canyon Bridge", "salget af Bergen Engines, der producerer motorer, til
 * det russiske selskab TMH", "agreed to sell Grindr to …": the firm the sale goes to acquires what is sold.
 * The thing sold is a named firm or product making the whole object ("the sale of chips to Huawei" is no deal).
 */
export function saleTo(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  ownSaleTo(sc, ctx);
  orderedToDivest(sc, ctx);
  for (let k = 0; k < toks.length; k++) {
    if (!SALE_WORDS.has(toks[k].norm)) continue;
    let j = k + 1;
    if (['of', 'af'].includes(toks[j]?.norm ?? '')) j++;
    else if (!SELL_VERBS.has(toks[k].norm)) continue;
    // A descriptive noun or two before the name ("the sale of chipmaker Lattice").
    let d = j;
    while (d < toks.length && d - j < 2 && toks[d].word && !toks[d].cap && !sc.occs.some((o) => o.tokStart === d)) d++;
    const sold = sc.occs.find((o) => (o.tokStart === j || o.tokStart === d) && BUYABLE.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
    if (!sold) continue;
    // After the name: "to"/"til" at once, or after one relative clause in commas.
    let t = sold.tokEnd;
    if (toks[t]?.text === ',') {
      const close = toks.findIndex((x, i) => i > t && i - t <= 15 && x.text === ',');
      if (close < 0) continue;
      t = close + 1;
    }
    if (!['to', 'til'].includes(toks[t]?.norm ?? '')) continue;
    let b = t + 1;
    if (['the', 'a', 'an', 'det', 'den', 'et', 'en'].includes(toks[b]?.norm ?? '')) b++;
    // "det russiske selskab TMH", "US rival X": a qualifier and a kind noun before the buyer's name.
    let buyer = sc.occs.find((o) => o.tokStart === b && FIRMS.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
    if (!buyer) {
      let e = b;
      while (e < toks.length && e - b < 3 && (toks[e].word && (!toks[e].cap || sc.occs.some((o) => o.tokStart === e && o.kind === 'adjective')))) e++;
      buyer = sc.occs.find((o) => o.tokStart === e && FIRMS.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
    }
    if (!buyer || buyer.entityId === sold.entityId) continue;
    add(ctx, { subject: buyer.entityId, predicate: 'ACQUIRES', object: sold.entityId, status: dealStatus(sc), rule: 'acquire.sale', sentence: sc.s.index });
  }
}

/** Verbs of ordering a firm to do something ("ordered X to sell", "har beordret X til at sælge", "pålagt X at sælge"). */
const ORDER_VERBS = new Set(['ordered', 'orders', 'order', 'told', 'forced', 'forces', 'required', 'requires', 'compelled', 'directed',
  'beordret', 'beordrede', 'beordrer', 'pålagt', 'pålagde', 'pålægger', 'tvunget', 'tvang', 'tvinger']);
const DIVEST_VERBS = new Set([...SELL_VERBS, 'divest', 'dispose', 'afhænde', 'frasælge', 'afstå']);
const PERCENT = new Set(['percent', 'per', '%', 'procent', 'pct', 'pct.']);

/**
 * "ordered iCarbonX to sell its majority stake in PatientsLikeMe", "har beordret Nexperia til at sælge mindst 86 procent
 * af Newport Wafer Fab": a firm ordered to sell its holding in another has bought into it (a completed acquisition).
 * Only a holding (a stake, shares, a percentage) is read: a firm ordered to sell a whole named business may have built it.
 */
function orderedToDivest(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  const firm = (k: number) => sc.occs.find((o) => o.tokStart === k && o.type === 'Company' && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
  for (let k = 0; k + 3 < toks.length; k++) {
    if (!ORDER_VERBS.has(toks[k].norm)) continue;
    // "beordret den hollandske chipproducent Nexperia": a description, a nationality word in it, before the name.
    let d = k + 1;
    if (['the', 'a', 'an', 'den', 'det', 'en', 'et'].includes(toks[d]?.norm ?? '')) d++;
    for (let a = sc.occs.find((o) => o.tokStart === d && o.kind === 'adjective'); a; a = sc.occs.find((o) => o.tokStart === d && o.kind === 'adjective')) d = a.tokEnd;
    const seller = firm(k + 1) ?? (d > k + 1 ? firm(descriptorEnd(sc, d)) ?? firm(d + 1) : firm(descriptorEnd(sc, k + 1)));
    if (!seller) continue;
    // "to sell", "til at sælge", "at sælge", after a description of the firm in commas at most.
    let v = seller.tokEnd;
    if (toks[v]?.text === ',') {
      const close = toks.findIndex((x, i) => i > v && i - v <= 8 && x.text === ',');
      if (close < 0) continue;
      v = close + 1;
    }
    if (toks[v]?.norm === 'til' && toks[v + 1]?.norm === 'at') v += 2;
    else if (['to', 'at'].includes(toks[v]?.norm ?? '')) v++;
    else continue;
    if (!DIVEST_VERBS.has(toks[v]?.norm ?? '')) continue;
    // The holding: a few words with a noun for a stake or a percentage, then "in"/"of"/"i"/"af" and the firm.
    let h = v + 1;
    if (toks[h]?.norm === 'of') h++;
    let holding = false;
    while (h < toks.length && h - v <= 7 && !['in', 'of', 'i', 'af'].includes(toks[h].norm) && (toks[h].word || /^[\d.,%]+$/.test(toks[h].text))) {
      if (sc.trig.stakeNouns.has(toks[h].norm) || PERCENT.has(toks[h].norm) || /%$/.test(toks[h].text)) holding = true;
      h++;
    }
    if (!holding || !['in', 'of', 'i', 'af'].includes(toks[h]?.norm ?? '')) continue;
    const held = sc.occs.find((o) => o.tokStart === h + 1 && BUYABLE.includes(o.type) && o.kind !== 'adjective' && o.kind !== 'coref' && !o.genitive);
    if (!held || held.entityId === seller.entityId) continue;
    add(ctx, { subject: seller.entityId, predicate: 'ACQUIRES', object: held.entityId, status: 'completed', rule: 'acquire.divest', sentence: sc.s.index });
  }
}

/**
 * "MoneyGram called off its sale to Ant Financial", "Grindr har aflyst sit salg til X": a firm's own sale,
 * by its possessive, goes to the buyer named after "to"/"til".
 */
function ownSaleTo(sc: SentenceCtx, ctx: DocCtx): void {
  const toks = sc.s.tokens;
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!['sale', 'salg', 'salget'].includes(toks[k].norm) || !['its', 'sit', 'dets', 'dens'].includes(toks[k - 1].norm)) continue;
    if (!['to', 'til'].includes(toks[k + 1].norm)) continue;
    let b = k + 2;
    if (['the', 'a', 'an', 'det', 'den', 'et', 'en'].includes(toks[b]?.norm ?? '')) b++;
    const buyer = sc.occs.find((o) => o.tokStart === b && FIRMS.includes(o.type) && o.kind !== 'adjective' && !o.genitive);
    const sold = relativeAntecedent(sc, k - 1, BUYABLE) ?? subjectBefore(sc, k - 1, BUYABLE, 10, (o) => o.kind !== 'adjective' && o.kind !== 'coref');
    if (!buyer || !sold || buyer.entityId === sold.entityId) continue;
    const talks = findPhrases(sc.trig.acquireTalks, toks).length > 0;
    add(ctx, { subject: buyer.entityId, predicate: 'ACQUIRES', object: sold.entityId, status: talks ? 'talks' : 'agreed', rule: 'acquire.sale', sentence: sc.s.index });
  }
}
