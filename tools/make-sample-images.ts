/**
 * Draws the sample newsroom's illustrations: simple original scenes rendered from SVG to JPEG.
 * Run once by a maintainer; the JPEGs are committed under public/images/sample/.
 *
 *   npx tsx tools/make-sample-images.ts
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

const W = 1200
const H = 675
const out = path.join(process.cwd(), 'public', 'images', 'sample')

function seeded(seed: number) {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

const scenes: Record<string, (r: () => number) => string> = {
  river: (r) => {
    const hills = Array.from(
      { length: 6 },
      (_, i) =>
        `<ellipse cx="${i * 240 + r() * 80}" cy="${380 + r() * 30}" rx="${180 + r() * 80}" ry="${70 + r() * 40}" fill="#c9a86b"/>`,
    ).join('')
    return `<rect width="${W}" height="${H}" fill="#f3d9a4"/><circle cx="900" cy="170" r="80" fill="#f7b733"/>${hills}
      <path d="M0 470 C 300 420, 500 560, 800 500 S 1100 440, 1200 470 L1200 675 L0 675 Z" fill="#3b7ea1"/>
      <path d="M0 520 C 300 480, 520 600, 820 545 S 1100 500, 1200 525" stroke="#9fd3e8" stroke-width="6" fill="none"/>
      ${Array.from({ length: 9 }, (_, i) => `<rect x="${60 + i * 125}" y="${360 - r() * 50}" width="14" height="${70 + r() * 40}" fill="#5d4a2f"/><circle cx="${67 + i * 125}" cy="${350 - r() * 50}" r="${26 + r() * 10}" fill="#4f7a3a"/>`).join('')}`
  },
  skyline: (r) => {
    const towers = Array.from({ length: 18 }, (_, i) => {
      const h = 120 + r() * 260
      const w = 50 + r() * 30
      return `<rect x="${i * 68}" y="${560 - h}" width="${w}" height="${h}" fill="#2d3a4a"/>${Array.from({ length: Math.floor(h / 40) }, (_, j) => `<rect x="${i * 68 + 10}" y="${575 - h + j * 40}" width="10" height="14" fill="${r() > 0.4 ? '#ffd27a' : '#3f5266'}"/>`).join('')}`
    }).join('')
    return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1b2845"/><stop offset="1" stop-color="#e07a5f"/></linearGradient></defs>
      <rect width="${W}" height="${H}" fill="url(#sky)"/><path d="M520 300 Q 600 200 680 300 Z" fill="#3d5a80"/><rect x="585" y="170" width="30" height="140" fill="#3d5a80"/>${towers}<rect y="560" width="${W}" height="115" fill="#14213d"/>`
  },
  chart: (r) => {
    let y = 420
    const points = Array.from({ length: 13 }, (_, i) => {
      y = Math.min(560, Math.max(160, y + (r() - 0.55) * 90))
      return `${100 + i * 85},${y}`
    })
    const bars = Array.from(
      { length: 13 },
      (_, i) =>
        `<rect x="${88 + i * 85}" y="${600 - 40 - r() * 90}" width="26" height="${40 + r() * 90}" fill="#cfd8dc"/>`,
    ).join('')
    return `<rect width="${W}" height="${H}" fill="#fbfaf7"/>${Array.from({ length: 6 }, (_, i) => `<line x1="80" x2="1140" y1="${140 + i * 90}" y2="${140 + i * 90}" stroke="#e2ded6" stroke-width="2"/>`).join('')}
      ${bars}<polyline points="${points.join(' ')}" fill="none" stroke="#a0141b" stroke-width="8" stroke-linejoin="round"/>
      ${points.map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="9" fill="#a0141b"/>`).join('')}`
  },
  stadium: (r) => {
    const crowd = Array.from(
      { length: 260 },
      () =>
        `<circle cx="${r() * W}" cy="${60 + r() * 170}" r="${6 + r() * 5}" fill="${['#e63946', '#f1faee', '#2a9d8f', '#1d3557', '#f4a261'][Math.floor(r() * 5)]}"/>`,
    ).join('')
    return `<rect width="${W}" height="${H}" fill="#24323f"/>${crowd}<rect y="250" width="${W}" height="425" fill="#2e8b3d"/>
      ${Array.from({ length: 6 }, (_, i) => `<rect x="${i * 200}" y="250" width="100" height="425" fill="#34a046"/>`).join('')}
      <rect x="100" y="290" width="1000" height="350" fill="none" stroke="#ffffff" stroke-width="6"/><line x1="600" y1="290" x2="600" y2="640" stroke="#ffffff" stroke-width="6"/>
      <circle cx="600" cy="465" r="80" fill="none" stroke="#ffffff" stroke-width="6"/><circle cx="${520 + r() * 160}" cy="${420 + r() * 80}" r="14" fill="#ffffff"/>`
  },
  market: (r) => {
    const stalls = Array.from({ length: 6 }, (_, i) => {
      const colour = ['#e76f51', '#2a9d8f', '#e9c46a', '#264653', '#f4a261', '#8ab17d'][i]
      const fruit = Array.from(
        { length: 14 },
        () =>
          `<circle cx="${i * 200 + 30 + r() * 140}" cy="${470 + r() * 50}" r="${10 + r() * 6}" fill="${['#d62828', '#fcbf49', '#f77f00', '#6a994e'][Math.floor(r() * 4)]}"/>`,
      ).join('')
      return `<path d="M${i * 200 + 10} 300 L${i * 200 + 190} 300 L${i * 200 + 170} 380 L${i * 200 + 30} 380 Z" fill="${colour}"/><rect x="${i * 200 + 35}" y="380" width="10" height="200" fill="#6d597a"/><rect x="${i * 200 + 155}" y="380" width="10" height="200" fill="#6d597a"/><rect x="${i * 200 + 20}" y="480" width="160" height="80" fill="#b08968"/>${fruit}`
    }).join('')
    return `<rect width="${W}" height="${H}" fill="#fdf0d5"/><rect y="580" width="${W}" height="95" fill="#c9ada7"/>${stalls}`
  },
  books: (r) => {
    const books = Array.from({ length: 22 }, (_, i) => {
      const h = 220 + r() * 130
      return `<rect x="${90 + i * 47}" y="${520 - h}" width="${36 + r() * 8}" height="${h}" fill="${['#7f5539', '#9c6644', '#386641', '#6a4c93', '#bc4749', '#1d3557', '#e9c46a'][Math.floor(r() * 7)]}"/><rect x="${96 + i * 47}" y="${540 - h}" width="24" height="6" fill="#f1e3c8"/>`
    }).join('')
    return `<rect width="${W}" height="${H}" fill="#efe6d8"/>${books}<rect x="60" y="520" width="1080" height="24" fill="#5e3c24"/><rect x="60" y="544" width="1080" height="131" fill="#d9c9b0"/>`
  },
  parliament: (r) => {
    const columns = Array.from(
      { length: 10 },
      (_, i) => `<rect x="${230 + i * 78}" y="300" width="34" height="240" fill="#e9e4d8"/>`,
    ).join('')
    const flags = Array.from(
      { length: 5 },
      (_, i) =>
        `<rect x="${280 + i * 160}" y="${140 + r() * 20}" width="4" height="90" fill="#555"/><rect x="${284 + i * 160}" y="${140 + r() * 20}" width="60" height="38" fill="#${['ce1126', 'ffffff', '000000', '007a3d', 'ce1126'][i]}"/>`,
    ).join('')
    return `<rect width="${W}" height="${H}" fill="#bcd4e6"/>${flags}<path d="M200 300 L600 190 L1000 300 Z" fill="#d6cfc0"/><rect x="200" y="300" width="800" height="20" fill="#c2b9a7"/>${columns}<rect x="180" y="540" width="840" height="40" fill="#c2b9a7"/><rect y="580" width="${W}" height="95" fill="#8d99ae"/>`
  },
  desert: (r) => {
    const dunes = Array.from(
      { length: 4 },
      (_, i) =>
        `<path d="M0 ${420 + i * 60} Q ${300 + r() * 200} ${340 + i * 60} 600 ${420 + i * 60} T 1200 ${410 + i * 60} L1200 675 L0 675 Z" fill="${['#e9c46a', '#e0b15a', '#d49c45', '#c98b3c'][i]}"/>`,
    ).join('')
    return `<rect width="${W}" height="${H}" fill="#f6e7c1"/><circle cx="260" cy="180" r="90" fill="#fff3b0"/>${dunes}
      <rect x="820" y="330" width="8" height="90" fill="#6b4f2c"/><path d="M824 330 q -50 -10 -80 20 M824 330 q 50 -10 80 20 M824 330 q -30 -40 -60 -40 M824 330 q 30 -40 60 -40" stroke="#4f772d" stroke-width="12" fill="none"/>`
  },
}

mkdirSync(out, { recursive: true })
let seed = 7
for (const [name, draw] of Object.entries(scenes)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${draw(seeded(seed++))}</svg>`
  await sharp(Buffer.from(svg))
    .jpeg({ quality: 72, mozjpeg: true })
    .toFile(path.join(out, `${name}.jpg`))
  console.log(`public/images/sample/${name}.jpg`)
}
