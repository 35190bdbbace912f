/** A purchase line from a price-book entry. */
import type { Purchase } from './blueprint.js';
import type { Assumption } from '../model/types.js';
import type { PriceBook, PriceEntry } from './price-book.js';

/** `quantity` × `price`, for `forEntity` when it becomes an entity of the target. */
export function purchase(price: PriceEntry, quantity: number, forEntity?: string, id = forEntity === undefined ? price.id : `${price.id}:${forEntity}`): Purchase {
  return {
    id,
    item: price.item,
    quantity,
    unitCost: price.price,
    cost: { amount: Math.round(price.price.amount * quantity * 100) / 100, currency: price.price.currency },
    ...(forEntity !== undefined ? { forEntity } : {}),
    priceSource: price.source,
    priceNote: price.note,
  };
}

/** The assumptions behind the assumed prices of `purchases`. */
export function purchaseAssumptions(prices: PriceBook, purchases: readonly Purchase[]): Assumption[] {
  return prices.assumptions(purchases.map((line) => ({ id: line.id.split(':')[0] ?? line.id, item: line.item, price: line.unitCost, source: line.priceSource, note: line.priceNote })));
}
