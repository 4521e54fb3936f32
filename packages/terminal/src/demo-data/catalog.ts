// The fixed tables of the demo universe: countries, their exchanges and markets, the sectors and
// industries (Morningstar's names, as the seed uses), and the parts fictional names are made of.

/** One country of the demo universe and how its market behaves. */
export interface CountrySpec {
  code: string;
  currency: string;
  /** Exchanges with the share of the country's securities listed on each. */
  exchanges: readonly (readonly [string, number])[];
  /** Share of the universe's securities. */
  share: number;
  /** Sector weights within the country (they sum to 1). */
  sectors: readonly (readonly [string, number])[];
  /** Annualised volatility of the market factor. */
  marketVolatility: number;
  /** Median annualised idiosyncratic volatility of a stock. */
  stockVolatility: number;
  /** Median price at the start of the history and the spread of its logarithm. */
  price: readonly [number, number];
  /** Median market capitalisation (local currency) and the spread of its logarithm. */
  marketCap: readonly [number, number];
  /** Median daily turnover as a fraction of shares outstanding. */
  turnover: number;
  /** Volumes traded in lots of this many shares. */
  lot: number;
  /** Daily price limit as a fraction of the previous close (null: none). */
  priceLimit: number | null;
  /** Whether the demo writes a benchmark index for this country (the others get the equal-weight fallback). */
  benchmark: boolean;
  /** Level of the benchmark index on the first day. */
  benchmarkLevel: number;
  cities: readonly string[];
  /** How descriptions name the home market. */
  region: string;
}

export const COUNTRIES: readonly CountrySpec[] = [
  {
    code: 'CN',
    currency: 'CNY',
    exchanges: [
      ['SHH', 0.45],
      ['SHZ', 0.55],
    ],
    share: 0.625,
    sectors: [
      ['Basic Materials', 0.5],
      ['Industrials', 0.14],
      ['Technology', 0.11],
      ['Consumer Cyclical', 0.07],
      ['Healthcare', 0.05],
      ['Consumer Defensive', 0.04],
      ['Financial Services', 0.03],
      ['Energy', 0.02],
      ['Utilities', 0.02],
      ['Real Estate', 0.01],
      ['Communication Services', 0.01],
    ],
    marketVolatility: 0.22,
    stockVolatility: 0.3,
    price: [12, 0.7],
    marketCap: [9e9, 1.0],
    turnover: 0.015,
    lot: 100,
    priceLimit: 0.1,
    benchmark: true,
    benchmarkLevel: 3800,
    cities: ['Shanghai', 'Shenzhen', 'Beijing', 'Ganzhou', 'Changsha', 'Chengdu', 'Hangzhou', 'Xiamen', 'Baotou', 'Zhuzhou'],
    region: 'China',
  },
  {
    code: 'US',
    currency: 'USD',
    exchanges: [
      ['NYSE', 0.45],
      ['NASDAQ', 0.55],
    ],
    share: 0.2,
    sectors: [
      ['Technology', 0.22],
      ['Healthcare', 0.18],
      ['Financial Services', 0.14],
      ['Industrials', 0.12],
      ['Consumer Cyclical', 0.1],
      ['Communication Services', 0.06],
      ['Consumer Defensive', 0.05],
      ['Energy', 0.05],
      ['Real Estate', 0.04],
      ['Utilities', 0.02],
      ['Basic Materials', 0.02],
    ],
    marketVolatility: 0.17,
    stockVolatility: 0.26,
    price: [45, 0.9],
    marketCap: [4e9, 1.6],
    turnover: 0.008,
    lot: 1,
    priceLimit: null,
    benchmark: true,
    benchmarkLevel: 3100,
    cities: ['New York', 'Boston', 'Austin', 'San Jose', 'Chicago', 'Denver', 'Houston', 'Atlanta', 'Seattle', 'Pittsburgh'],
    region: 'the United States',
  },
  {
    code: 'JP',
    currency: 'JPY',
    exchanges: [['TSE', 1]],
    share: 0.1,
    sectors: [
      ['Industrials', 0.25],
      ['Consumer Cyclical', 0.18],
      ['Technology', 0.15],
      ['Basic Materials', 0.1],
      ['Consumer Defensive', 0.08],
      ['Healthcare', 0.07],
      ['Financial Services', 0.07],
      ['Communication Services', 0.04],
      ['Real Estate', 0.03],
      ['Utilities', 0.02],
      ['Energy', 0.01],
    ],
    marketVolatility: 0.18,
    stockVolatility: 0.22,
    price: [1800, 0.8],
    marketCap: [8e10, 1.4],
    turnover: 0.005,
    lot: 100,
    priceLimit: null,
    benchmark: false,
    benchmarkLevel: 1600,
    cities: ['Tokyo', 'Osaka', 'Nagoya', 'Kyoto', 'Yokohama', 'Kobe', 'Fukuoka', 'Sapporo', 'Hiroshima', 'Sendai'],
    region: 'Japan',
  },
  {
    code: 'DE',
    currency: 'EUR',
    exchanges: [['XETRA', 1]],
    share: 0.075,
    sectors: [
      ['Industrials', 0.22],
      ['Consumer Cyclical', 0.14],
      ['Technology', 0.13],
      ['Financial Services', 0.12],
      ['Healthcare', 0.1],
      ['Basic Materials', 0.1],
      ['Communication Services', 0.06],
      ['Utilities', 0.05],
      ['Real Estate', 0.04],
      ['Consumer Defensive', 0.03],
      ['Energy', 0.01],
    ],
    marketVolatility: 0.19,
    stockVolatility: 0.24,
    price: [40, 0.9],
    marketCap: [2.5e9, 1.5],
    turnover: 0.003,
    lot: 1,
    priceLimit: null,
    benchmark: false,
    benchmarkLevel: 12500,
    cities: ['Frankfurt', 'Munich', 'Hamburg', 'Stuttgart', 'Düsseldorf', 'Cologne', 'Berlin', 'Hanover', 'Leipzig', 'Mannheim'],
    region: 'Germany',
  },
];

/** One sector: its industries (with weights), how volatile its factor is, and what its companies make. */
export interface SectorSpec {
  industries: readonly (readonly [string, number])[];
  /** Annualised volatility of the sector factor. */
  volatility: number;
  /** Words for company names, and products for descriptions, per industry index (falling back to the first). */
  words: readonly string[];
  products: readonly string[];
}

export const SECTORS: Readonly<Record<string, SectorSpec>> = {
  'Basic Materials': {
    industries: [
      ['Other Industrial Metals & Mining', 0.22],
      ['Specialty Chemicals', 0.2],
      ['Chemicals', 0.12],
      ['Steel', 0.1],
      ['Aluminum', 0.06],
      ['Copper', 0.05],
      ['Gold', 0.05],
      ['Building Materials', 0.08],
      ['Agricultural Inputs', 0.05],
      ['Paper & Paper Products', 0.04],
      ['Other Precious Metals & Mining', 0.03],
    ],
    volatility: 0.16,
    words: ['Metals', 'Materials', 'Chemical', 'Mining', 'Tungsten', 'Rare Earth', 'Steel', 'Alloy', 'New Materials'],
    products: [
      'tungsten, molybdenum and rare earth concentrates and their powders, wires and cemented carbides',
      'fine and specialty chemicals, including additives, pigments and electronic-grade reagents',
      'basic chemicals such as soda ash, caustic soda and PVC resin',
      'hot- and cold-rolled steel sheet, rebar and special steel bars',
      'aluminium ingots, extrusions and rolled products',
      'copper cathode, rod and foil',
      'gold dore and refined gold from its own mines',
      'cement, glass and other building materials',
      'fertilisers and crop-protection chemicals',
      'paper, paperboard and pulp',
      'silver, platinum-group metals and by-product concentrates',
    ],
  },
  Industrials: {
    industries: [
      ['Specialty Industrial Machinery', 0.28],
      ['Electrical Equipment & Parts', 0.2],
      ['Engineering & Construction', 0.14],
      ['Aerospace & Defense', 0.08],
      ['Building Products & Equipment', 0.08],
      ['Industrial Distribution', 0.06],
      ['Marine Shipping', 0.06],
      ['Railroads', 0.04],
      ['Tools & Accessories', 0.06],
    ],
    volatility: 0.13,
    words: ['Machinery', 'Industries', 'Electric', 'Engineering', 'Heavy Industries', 'Precision', 'Systems'],
    products: [
      'industrial machinery, automation cells and precision components',
      'motors, transformers, cables and power electronics',
      'civil engineering, construction and project management services',
      'aircraft components, avionics and defence systems',
      'doors, windows, HVAC and other building products',
      'industrial parts and maintenance supplies',
      'dry bulk and container shipping services',
      'rail freight and passenger services',
      'hand and power tools',
    ],
  },
  Technology: {
    industries: [
      ['Semiconductors', 0.2],
      ['Software—Application', 0.18],
      ['Electronic Components', 0.16],
      ['Software—Infrastructure', 0.12],
      ['Communication Equipment', 0.1],
      ['Semiconductor Equipment & Materials', 0.08],
      ['Computer Hardware', 0.08],
      ['Scientific & Technical Instruments', 0.08],
    ],
    volatility: 0.17,
    words: ['Technologies', 'Micro', 'Semiconductor', 'Software', 'Systems', 'Electronics', 'Digital', 'Networks'],
    products: [
      'analog and mixed-signal chips and power semiconductors',
      'business software for planning, payroll and customer service',
      'printed circuit boards, connectors and passive components',
      'cloud infrastructure, databases and security software',
      'optical modules, routers and wireless equipment',
      'wafer processing equipment and semiconductor materials',
      'servers, storage systems and industrial computers',
      'test and measurement instruments',
    ],
  },
  'Consumer Cyclical': {
    industries: [
      ['Auto Parts', 0.26],
      ['Auto Manufacturers', 0.1],
      ['Specialty Retail', 0.16],
      ['Furnishings, Fixtures & Appliances', 0.16],
      ['Textile Manufacturing', 0.1],
      ['Restaurants', 0.1],
      ['Leisure', 0.12],
    ],
    volatility: 0.14,
    words: ['Motor', 'Auto Parts', 'Home', 'Retail', 'Textile', 'Leisure', 'Appliance'],
    products: [
      'brake systems, seats, lighting and other automotive components',
      'passenger cars and light commercial vehicles',
      'consumer goods through its stores and online shops',
      'household appliances, furniture and fixtures',
      'yarns, fabrics and garments',
      'restaurants and food-service outlets',
      'sporting goods, toys and travel services',
    ],
  },
  Healthcare: {
    industries: [
      ['Biotechnology', 0.26],
      ['Drug Manufacturers—Specialty & Generic', 0.22],
      ['Medical Devices', 0.2],
      ['Medical Instruments & Supplies', 0.14],
      ['Diagnostics & Research', 0.1],
      ['Drug Manufacturers—General', 0.08],
    ],
    volatility: 0.13,
    words: ['Therapeutics', 'Pharmaceutical', 'Biosciences', 'Medical', 'Health', 'Diagnostics'],
    products: [
      'antibody and gene therapies in clinical development',
      'generic and specialty medicines',
      'cardiovascular and orthopaedic devices',
      'surgical instruments and consumables',
      'in-vitro diagnostics and contract research services',
      'prescription and over-the-counter medicines',
    ],
  },
  'Consumer Defensive': {
    industries: [
      ['Packaged Foods', 0.32],
      ['Beverages—Non-Alcoholic', 0.16],
      ['Beverages—Wineries & Distilleries', 0.14],
      ['Household & Personal Products', 0.16],
      ['Farm Products', 0.12],
      ['Grocery Stores', 0.1],
    ],
    volatility: 0.1,
    words: ['Foods', 'Beverage', 'Brewery', 'Consumer Products', 'Agriculture', 'Dairy'],
    products: [
      'packaged foods, condiments and snacks',
      'bottled water, tea drinks and juices',
      'spirits, wine and beer',
      'detergents, cosmetics and personal-care products',
      'grain, livestock and aquaculture products',
      'groceries through its supermarkets',
    ],
  },
  'Financial Services': {
    industries: [
      ['Banks—Regional', 0.3],
      ['Capital Markets', 0.2],
      ['Asset Management', 0.16],
      ['Insurance—Life', 0.12],
      ['Credit Services', 0.12],
      ['Banks—Diversified', 0.1],
    ],
    volatility: 0.12,
    words: ['Bank', 'Securities', 'Capital', 'Financial', 'Insurance', 'Trust'],
    products: [
      'deposits, loans and payment services to households and small businesses',
      'brokerage, underwriting and advisory services',
      'mutual funds and institutional mandates',
      'life and health insurance policies',
      'consumer credit and leasing',
      'corporate, retail and investment banking services',
    ],
  },
  Energy: {
    industries: [
      ['Oil & Gas E&P', 0.35],
      ['Oil & Gas Equipment & Services', 0.25],
      ['Oil & Gas Integrated', 0.15],
      ['Thermal Coal', 0.15],
      ['Uranium', 0.1],
    ],
    volatility: 0.22,
    words: ['Energy', 'Petroleum', 'Resources', 'Oilfield', 'Coal'],
    products: [
      'crude oil and natural gas from onshore and offshore fields',
      'drilling, completion and oilfield services',
      'crude oil, refined products and petrochemicals',
      'thermal coal from its open-pit and underground mines',
      'uranium concentrate',
    ],
  },
  Utilities: {
    industries: [
      ['Utilities—Regulated Electric', 0.45],
      ['Utilities—Renewable', 0.35],
      ['Utilities—Regulated Gas', 0.2],
    ],
    volatility: 0.09,
    words: ['Power', 'Utilities', 'Renewables', 'Gas'],
    products: ['electricity to homes and businesses', 'wind and solar power', 'natural gas distribution services'],
  },
  'Real Estate': {
    industries: [
      ['Real Estate—Development', 0.45],
      ['Real Estate Services', 0.3],
      ['REIT—Office', 0.25],
    ],
    volatility: 0.13,
    words: ['Properties', 'Real Estate', 'Land', 'Realty'],
    products: [
      'residential and commercial property development',
      'property management and brokerage services',
      'office space to tenants',
    ],
  },
  'Communication Services': {
    industries: [
      ['Internet Content & Information', 0.3],
      ['Telecom Services', 0.25],
      ['Entertainment', 0.2],
      ['Electronic Gaming & Multimedia', 0.15],
      ['Advertising Agencies', 0.1],
    ],
    volatility: 0.15,
    words: ['Media', 'Interactive', 'Telecom', 'Entertainment', 'Communications'],
    products: [
      'search, social and news platforms',
      'mobile, broadband and data-centre services',
      'films, series and live events',
      'mobile and console games',
      'advertising and marketing services',
    ],
  },
};

/** Syllables for fictional company names, per country's naming style. */
export const NAME_PARTS: Readonly<Record<string, { first: readonly string[]; second: readonly string[] }>> = {
  CN: {
    first: ['Hua', 'Zhong', 'Xin', 'Jin', 'Long', 'Tai', 'Heng', 'Rui', 'Kang', 'Sheng', 'Tian', 'Yuan', 'Feng', 'Hong', 'Bao'],
    second: ['an', 'da', 'ming', 'jia', 'xing', 'yu', 'lin', 'tong', 'wei', 'hai', 'chen', 'fu', 'rong', 'yang', 'ze', 'kai'],
  },
  US: {
    first: ['Vor', 'Tal', 'Quin', 'Bren', 'Ast', 'Mar', 'Cor', 'Lum', 'Zen', 'Hal', 'Del', 'Ken', 'Sol', 'Tri', 'Ner', 'Ov'],
    second: ['ex', 'ion', 'ara', 'ant', 'ics', 'ova', 'eon', 'ia', 'ent', 'ix', 'ora', 'yst', 'ium', 'aro', 'ell', 'is'],
  },
  JP: {
    first: ['Kawa', 'Yama', 'Taka', 'Naka', 'Shima', 'Mori', 'Hoshi', 'Kita', 'Minami', 'Aki', 'Fuji', 'Haya', 'Mizu', 'Ishi'],
    second: ['mura', 'hara', 'saki', 'moto', 'kawa', 'da', 'no', 'zawa', 'oka', 'gawa', 'ta', 'shita', 'be', 'ya'],
  },
  DE: {
    first: ['Alt', 'Berg', 'Hoch', 'Stein', 'Wald', 'Rhein', 'Lind', 'Hart', 'Kron', 'Wend', 'Fels', 'Brun', 'Eich', 'Sonn'],
    second: ['tal', 'hof', 'werk', 'bach', 'feld', 'burg', 'au', 'mann', 'heim', 'stadt', 'dorf', 'ried', 'horst', 'brück'],
  },
};

/** Legal suffixes, per country. */
export const SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  CN: ['Co., Ltd.', 'Co.,Ltd', 'Group Co., Ltd.', 'Holdings Co., Ltd.'],
  US: ['Inc.', 'Corporation', 'Holdings, Inc.', 'Group, Inc.', 'Co.'],
  JP: ['Co., Ltd.', 'Corporation', 'Holdings, Inc.', 'K.K.'],
  DE: ['AG', 'SE', 'GmbH & Co. KGaA', 'Holding AG'],
};
