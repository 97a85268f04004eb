// How long decoding a 10 MB contacts CSV that is not UTF-8 takes (decodeFile: the code-page choice and the
// decoding), for a Western (Windows-1252) and a Japanese (Shift_JIS) file. Run: npx tsx bench/imports/decode.ts
import iconv from 'iconv-lite';
import { decodeFile } from '../../src/imports/decode';
import * as formats from '../../src/imports/formats/index';

const MB10 = 10_000_000;
const FILES: [string, string, string][] = [
  [
    'windows-1252',
    'Prénom,Nom,Courriel,Téléphone,Société,Fonction,Notes\n',
    'Hélène,Béranger,helene@x.example,+33 1 23 45 67 89,Société Générale,Directrice,"très à l’écoute"\n',
  ],
  [
    'shift_jis',
    '姓,名,電子メール アドレス,携帯電話,会社名,役職,メモ\n',
    '山田,太郎,taro@x.example,090-5555-0101,株式会社さくら商事,部長,"展示会で名刺交換、提携に関心あり"\n',
  ],
];
// The column names a reading spells: undefined when this runs in a checkout from before it existed (the
// same-run baseline), where the choice was made without them.
const recognised = formats.recognisedColumns;

for (const [page, header, row] of FILES) {
  const bytes = iconv.encode(header + row.repeat(Math.ceil(MB10 / Buffer.byteLength(row))), page);
  const times: number[] = [];
  let encoding = '';
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    encoding = decodeFile(bytes, recognised).encoding;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${page}: ${(bytes.length / 1e6).toFixed(1)} MB read as ${encoding}; median ${times[3]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[6]!.toFixed(0)})`,
  );
}
