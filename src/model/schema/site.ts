import { z } from 'zod';
import { energyPrice, text } from './fields.js';

/** The site: its name, where it is and what a kWh costs there. */
export const siteSchema = z
  .strictObject({
    name: text('Name of the site, e.g. "Home lab" or "Office".'),
    location: text('Where the site is (city, building); used only as context.').optional(),
    electricityPrice: energyPrice('Price of one kWh of electricity.').optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'a three-letter ISO 4217 currency code such as EUR' })
      .optional()
      .describe('Currency for costs when a figure has none, e.g. EUR.'),
    notes: text('Free notes.').optional(),
  })
  .describe('The site being planned.');
