/**
 * 10,000 made-up services in Open Referral UK 3.0 JSON, the shape the importer reads, with a
 * spread like a real region's: local groups and drop-ins at addresses across England, local and
 * national phone, text and online lines, every age band, topic and THRIVE grouping, and opening
 * hours of every kind the directory meets. Seeded, so every run measures the same data.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDistricts, type District } from '../src/features/directory/places/districts.ts'
import { THRIVE_GROUPINGS } from '../src/features/directory/service-model.ts'
import { TOPIC_IDS, TOPICS, type Topic } from '../src/lib/topics.ts'
import { chance, pick, seededRandom, uuid, type Random } from './directory-random.ts'
import { openingHours } from './directory-schedules.ts'

/** England's districts from the app's own table, read from disk as Node cannot import it lazily. */
export function englishDistricts(root: string): District[] {
  const file = path.join(root, 'src/features/directory/places/postcode-districts.json')
  const districts = parseDistricts(JSON.parse(readFileSync(file, 'utf8')))
  return [...districts.byOutcode.values()].filter((d) => d.country === 'England')
}

const TOWNS: Record<string, string> = {
  B: 'Birmingham',
  BA: 'Bath',
  BN: 'Brighton',
  BS: 'Bristol',
  CB: 'Cambridge',
  CV: 'Coventry',
  DE: 'Derby',
  EX: 'Exeter',
  GL: 'Gloucester',
  HU: 'Hull',
  L: 'Liverpool',
  LE: 'Leicester',
  LS: 'Leeds',
  M: 'Manchester',
  NE: 'Newcastle',
  NG: 'Nottingham',
  NR: 'Norwich',
  OX: 'Oxford',
  PL: 'Plymouth',
  PO: 'Portsmouth',
  S: 'Sheffield',
  SO: 'Southampton',
  ST: 'Stoke',
  TA: 'Taunton',
  YO: 'York',
  E: 'East London',
  N: 'North London',
  SE: 'South London',
  SW: 'South West London',
  W: 'West London',
  NW: 'North West London',
}
const townOf = (outcode: string) => TOWNS[outcode.replace(/[0-9].*$/, '')] ?? `${outcode} area`

const KINDS = [
  ['Youth Counselling', 'one-to-one counselling'],
  ['Wellbeing Group', 'a weekly group'],
  ['Young Carers Club', 'a club for young carers'],
  ['Drop-in', 'a drop-in where you can just turn up'],
  ['Family Support', 'support for the whole family'],
  ['Text Line', 'a text line'],
  ['Online Chat', 'online chat with a trained worker'],
  ['Parent Helpline', 'a helpline for parents and carers'],
  ['Peer Support', 'peer support from people who have been there'],
  ['Mentoring', 'a mentor who meets you regularly'],
  ['Youth Café', 'a youth café with workers to talk to'],
  ['Bereavement Service', 'support after someone dies'],
] as const
const ORG_TYPES = ['Council', 'Mind', 'Youth Trust', 'Family Hubs', 'NHS Foundation Trust', 'CIC']
const AGE_BANDS: readonly (readonly [number | undefined, number | undefined])[] = [
  [undefined, undefined],
  [0, 4],
  [5, 10],
  [7, 11],
  [11, 18],
  [11, 25],
  [13, 19],
  [16, 25],
  [18, 25],
  [undefined, 18],
  [14, undefined],
]
const ATTENDING_IN_PERSON = [
  'In person, book an appointment',
  'In person, group: book a place',
  'In person, drop-in: just turn up',
  'Home visits',
  'In person, face to face',
]

function place(random: Random, base: District, near: boolean) {
  const jitter = () => (random() - 0.5) * (near ? 0.04 : 0.002)
  const inward = `${Math.floor(random() * 10)}${pick(random, ['AB', 'DF', 'HJ', 'LN', 'PQ', 'RS', 'TU', 'WX'])}`
  return {
    id: uuid(random),
    location_type: 'physical',
    name: `${townOf(base.outcode)} ${pick(random, ['Youth Centre', 'Family Hub', 'Community Centre', 'Library', 'Health Centre'])}`,
    latitude: Math.round((base.latitude + jitter()) * 1e5) / 1e5,
    longitude: Math.round((base.longitude + jitter()) * 1e5) / 1e5,
    addresses: [
      {
        address_1: `${1 + Math.floor(random() * 200)} Example Street`,
        city: townOf(base.outcode),
        postal_code: `${base.outcode} ${inward}`,
        address_type: 'physical',
      },
    ],
    accessibility: chance(random, 0.6)
      ? [{ description: 'Step-free access and an accessible toilet.' }]
      : [],
  }
}

const term = (taxonomy: string, code: string, name: string) => ({
  taxonomy_term: { id: code, code, name, term: name, taxonomy },
})

/** One service in ORUK 3.0 JSON. */
function service(random: Random, districts: readonly District[]) {
  const base = pick(random, districts)
  const town = townOf(base.outcode)
  const shape = random()
  const national = shape < 0.1
  const inPerson = shape >= 0.3
  const online = shape < 0.3 || shape >= 0.8
  const [kindName, kindWords] = pick(random, KINDS)
  const topics = new Set<Topic>([pick(random, TOPIC_IDS)])
  while (topics.size < 4 && chance(random, 0.5)) topics.add(pick(random, TOPIC_IDS))
  const thrive = new Set([pick(random, THRIVE_GROUPINGS)])
  if (chance(random, 0.2)) thrive.add(pick(random, THRIVE_GROUPINGS))
  const [min, max] =
    kindName === 'Parent Helpline' ? [undefined, undefined] : pick(random, AGE_BANDS)
  const ages =
    min === undefined && max === undefined ? 'all ages' : `ages ${min ?? 'up'} to ${max ?? 'adult'}`
  const topicWords = [...topics].map((t) => TOPICS[t].toLowerCase()).join(', ')
  const locations = inPerson
    ? Array.from({ length: 1 + Math.floor(random() * random() * 3) }, (_, i) =>
        place(random, base, i > 0),
      )
    : []
  const links = online
    ? [
        {
          id: uuid(random),
          location_type: 'virtual',
          url: `https://example.org/${base.outcode.toLowerCase()}/chat`,
        },
      ]
    : []
  const phones = [
    ...(chance(random, national ? 0.9 : 0.6)
      ? [
          {
            number: `0${1000 + Math.floor(random() * 9000)} ${100000 + Math.floor(random() * 900000)}`,
            type: 'voice',
          },
        ]
      : []),
    ...(chance(random, 0.15)
      ? [{ number: String(80000 + Math.floor(random() * 9999)), type: 'text' }]
      : []),
  ]
  const schedules = openingHours(random).map((s) => ({
    id: uuid(random),
    ...s,
    ...(inPerson && { attending_type: pick(random, ATTENDING_IN_PERSON) }),
  }))
  const name = national
    ? `${pick(random, ['Young People’s', 'National', 'Harbourside', 'Open Door'])} ${kindName}`
    : `${town} ${kindName}`
  return {
    id: uuid(random),
    name,
    status: 'active',
    description: `${kindWords[0]?.toUpperCase()}${kindWords.slice(1)} for ${kindName === 'Parent Helpline' ? 'parents and carers' : 'children and young people'} (${ages}) in ${national ? 'England' : town}. We can help with ${topicWords}. ${pick(random, ['Our workers are trained and friendly.', 'You can bring a friend.', 'Everything you say is confidential unless someone is at risk.', 'Meet others who understand, with tea and toast at the café.'])}`,
    url: `https://example.org/${base.outcode.toLowerCase()}/${kindName.toLowerCase().replace(/\W+/g, '-')}`,
    application_process: pick(random, [
      'Self-referral: get in touch and we will arrange a first chat.',
      'Referral needed from a GP, school or social worker.',
      'You do not need a referral. Just call or turn up.',
      'Ask your school to contact us.',
    ]),
    ...(chance(random, 0.85)
      ? { fees_description: chance(random, 0.9) ? 'Free.' : '£3 per session.' }
      : {}),
    ...(kindName === 'Parent Helpline'
      ? { eligibility_description: 'Parents and carers of children and young people.' }
      : {}),
    ...(min !== undefined && { minimum_age: min }),
    ...(max !== undefined && { maximum_age: max }),
    organization: {
      id: uuid(random),
      name: `${national ? 'National' : town} ${pick(random, ORG_TYPES)}`,
    },
    phones,
    schedules,
    service_areas: [{ name: national ? 'England' : town }],
    service_at_locations: [...locations, ...links].map((location) => ({
      id: uuid(random),
      location,
    })),
    languages: [{ name: 'English', code: 'en' }],
    attributes: [
      ...[...thrive].map((label) =>
        term('thrive', `thrive-${label.toLowerCase().replace(/ /g, '-')}`, label),
      ),
      ...[...topics].map((topic) => term('harbour-topics', topic, TOPICS[topic])),
    ],
  }
}

export function generateOrukServices(count: number, districts: readonly District[], seed = 2026) {
  const random = seededRandom(seed)
  return Array.from({ length: count }, () => service(random, districts))
}
