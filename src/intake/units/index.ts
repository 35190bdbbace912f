/**
 * Human units: parsers that read what people write in inventories ("32GB", "2x 4TB", "2.5GbE",
 * "65 W", "15m", "daily 02:00", "99.9%", "€500") into branded quantities, and formatters that
 * print quantities back deterministically.
 */
export { fail, succeed, type ParseResult } from './parse-result.js';
export { formatBytes, formatMemory, parseSize, type ParsedSize, type SizeConvention } from './size.js';
export { parseDiskGroup, type ParsedDiskGroup } from './disk-group.js';
export { formatRate, parseRate } from './rate.js';
export { formatPower, parsePower } from './power.js';
export { formatApparentPower, parseApparentPower } from './apparent-power.js';
export { formatEnergy, parseEnergy } from './energy.js';
export { formatDuration, parseDuration } from './duration.js';
export { parseSchedule, type Schedule } from './schedule.js';
export { formatPercent, parsePercent } from './percent.js';
export { formatMoney, parseMoney } from './money.js';
export { formatEnergyPrice, parseEnergyPrice } from './energy-price.js';
