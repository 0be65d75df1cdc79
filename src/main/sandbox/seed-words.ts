// Word lists for the sandbox seed: realistic variety including accents, CJK and emoji, so grids,
// CSV and search are exercised with non-ASCII text. Pure data.

export const ADJECTIVES = [
  'Classic', 'Vintage', 'Organic', 'Handmade', 'Premium', 'Rustic', 'Modern', 'Cozy', 'Deluxe',
  'Eco', 'Mini', 'Giant', 'Smart', 'Wireless', 'Ceramic', 'Bamboo', 'Linen', 'Crème', 'Café',
  'Naïve', 'Señor', 'Über', 'Øresund', 'Ærø', 'Smörgås', 'Jalapeño', 'Piñata', 'Façade'
] as const

export const NOUNS = [
  'Mug', 'Teapot', 'Candle', 'Notebook', 'Backpack', 'Scarf', 'Lamp', 'Blanket', 'Wallet',
  'Headphones', 'Keyboard', 'Poster', 'Sneakers', 'Jacket', 'Bottle', 'Planter', 'Clock',
  'Cushion', 'Apron', 'Tote Bag', 'Sunglasses', 'Umbrella', 'Puzzle', 'Chessboard'
] as const

/** Fully non-Latin or decorated names, used for a share of products. */
export const SPECIAL_NAMES = [
  '抹茶 Tea Set', '緑茶ティーカップ', '手工陶瓷碗', '한국 전통 부채', 'Чайник «Самовар»',
  '☕ Coffee Lover Mug', '🌵 Desert Cactus Pot', '🎧 Studio Headphones', '🧦 Cozy Socks 3-pack',
  'Crème Brûlée Candle', 'Pâtisserie Apron', 'Zürich Wall Clock', 'Smørrebrød Board',
  'Ελληνικό Ελαιόλαδο', 'مصباح نحاسي', 'Café au Lait Bowl', '🚲 Bike Bell — Retro', 'Ñandú Plush'
] as const

export const COLORS = ['Red', 'Blue', 'Green', 'Black', 'White', 'Sand', 'Teal'] as const
export const SIZES = ['XS', 'S', 'M', 'L', 'XL'] as const
export const MATERIALS = ['Cotton', 'Wool', 'Oak', 'Steel', 'Glass'] as const

export const CATEGORY_ROOTS = [
  'Kitchen', 'Home Décor', 'Apparel', 'Electronics', 'Stationery', 'Outdoor', 'Toys & Games',
  'Beauty', 'Garden', '食品 Food'
] as const

export const CATEGORY_CHILDREN = [
  'New Arrivals', 'Best Sellers', 'Sale', 'Gifts', 'Essentials', 'Accessories', 'Limited Édition'
] as const

export const FIRST_NAMES = [
  'Alice', 'Bob', 'Chloé', 'Dmitri', 'Émile', 'Fatima', 'Günter', 'Hiro', 'Inés', 'José', 'Katarzyna',
  'Liam', 'Mei', 'Noah', 'Olga', 'Priya', 'Quentin', 'Rosa', 'Søren', 'Tomás', 'Uma', 'Véronique',
  'Wei', 'Xavier', 'Yuki', 'Zoë', '太郎', '美咲', '민준', 'Анна'
] as const

export const LAST_NAMES = [
  'Smith', 'Müller', 'García', 'Nguyen', 'Kowalski', "O'Brien", 'Rossi', 'Dubois', 'Andersson',
  'Tanaka', 'Kim', 'Ivanova', 'Silva', 'Øvergaard', 'Çelik', 'Núñez', '山田', '王', 'Brown', 'Lefèvre'
] as const

export const CITIES: readonly { city: string; countryCode: string; countryName: string; state: string; postal: string }[] = [
  { city: 'New York', countryCode: 'US', countryName: 'United States', state: 'NY', postal: '10001' },
  { city: 'San Francisco', countryCode: 'US', countryName: 'United States', state: 'CA', postal: '94103' },
  { city: 'Austin', countryCode: 'US', countryName: 'United States', state: 'TX', postal: '73301' },
  { city: 'Toronto', countryCode: 'CA', countryName: 'Canada', state: 'ON', postal: 'M5H 2N2' },
  { city: 'Berlin', countryCode: 'DE', countryName: 'Germany', state: 'BE', postal: '10115' },
  { city: 'Paris', countryCode: 'FR', countryName: 'France', state: 'IDF', postal: '75001' },
  { city: 'Tokyo', countryCode: 'JP', countryName: 'Japan', state: '13', postal: '100-0001' },
  { city: 'São Paulo', countryCode: 'BR', countryName: 'Brazil', state: 'SP', postal: '01000-000' },
  { city: 'Kraków', countryCode: 'PL', countryName: 'Poland', state: 'MA', postal: '30-001' },
  { city: 'Malmö', countryCode: 'SE', countryName: 'Sweden', state: 'M', postal: '211 20' }
]

export const STREETS = ['Main St', 'Rue de Rivoli', 'Königstraße', 'Oak Ave', 'Calle Mayor', 'High Street'] as const

export const DESCRIPTION_SNIPPETS = [
  'Made by hand in small batches.',
  'Dishwasher safe. Ships in <b>2–3 days</b>.',
  'Perfect as a gift — comes wrapped.',
  'Sustainably sourced materials & fair wages.',
  'Limited run: once it’s gone, it’s gone!',
  'Care: wipe with a damp cloth; avoid direct sunlight.'
] as const

export const SHIPPING_METHODS = ['Standard', 'Express', 'Pickup', 'Free shipping'] as const
export const PAYMENT_METHODS = ['Credit card', 'PayPal', 'Bank transfer', 'Cash on delivery'] as const
