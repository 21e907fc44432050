// Makes a PNG small enough to commit: decodes the 8-bit RGBA/RGB PNG that
// resvg writes, puts it on white, reduces it to at most 256 colours (median cut
// over a 15-bit colour histogram) and writes it again as a palette PNG at
// maximum compression. Screenshots and diagrams have few real colours, so this
// keeps them sharp at a third of the size — without an image library.
import { deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width, height and RGBA pixels of a non-interlaced 8-bit RGB or RGBA PNG. */
export function decodePng(png) {
    if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
    let at = 8;
    let header;
    const data = [];
    while (at < png.length) {
        const length = png.readUInt32BE(at);
        const type = png.toString('latin1', at + 4, at + 8);
        const body = png.subarray(at + 8, at + 8 + length);
        if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colour: body[9], interlace: body[12] };
        else if (type === 'IDAT') data.push(body);
        else if (type === 'IEND') break;
        at += 12 + length;
    }
    if (!header || header.depth !== 8 || ![2, 6].includes(header.colour) || header.interlace !== 0) {
        throw new Error('only 8-bit, non-interlaced RGB or RGBA PNGs are supported');
    }
    const { width, height } = header;
    const channels = header.colour === 6 ? 4 : 3;
    const raw = inflateSync(Buffer.concat(data));
    const stride = width * channels;
    const pixels = Buffer.alloc(width * height * 4);
    let previous = Buffer.alloc(stride);
    for (let y = 0; y < height; y++) {
        const filter = raw[y * (stride + 1)];
        const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
        unfilter(filter, line, previous, channels);
        for (let x = 0; x < width; x++) {
            const o = (y * width + x) * 4;
            line.copy(pixels, o, x * channels, x * channels + 3);
            pixels[o + 3] = channels === 4 ? line[x * channels + 3] : 255;
        }
        previous = line;
    }
    return { width, height, pixels };
}

function unfilter(filter, line, previous, bpp) {
    for (let i = 0; i < line.length; i++) {
        const left = i >= bpp ? line[i - bpp] : 0;
        const up = previous[i];
        const upLeft = i >= bpp ? previous[i - bpp] : 0;
        let add = 0;
        if (filter === 1) add = left;
        else if (filter === 2) add = up;
        else if (filter === 3) add = (left + up) >> 1;
        else if (filter === 4) {
            const p = left + up - upLeft;
            const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
            add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
        }
        line[i] = (line[i] + add) & 0xff;
    }
}

/** The PNG again with at most 256 colours, on a white background. */
export function paletted(png) {
    const { width, height, pixels } = decodePng(png);
    const count = width * height;
    // Per 15-bit bin: how many pixels, and the sum of their real colours.
    const bins = new Float64Array(32768 * 4);
    const keys = new Uint16Array(count);
    for (let i = 0; i < count; i++) {
        const a = pixels[i * 4 + 3] / 255;
        const r = Math.round(pixels[i * 4] * a + 255 * (1 - a));
        const g = Math.round(pixels[i * 4 + 1] * a + 255 * (1 - a));
        const b = Math.round(pixels[i * 4 + 2] * a + 255 * (1 - a));
        const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
        keys[i] = key;
        bins[key * 4] += 1;
        bins[key * 4 + 1] += r;
        bins[key * 4 + 2] += g;
        bins[key * 4 + 3] += b;
    }
    const used = [];
    for (let key = 0; key < 32768; key++) if (bins[key * 4] > 0) used.push(key);
    const palette = medianCut(used, bins, 256);
    // Each bin maps to the palette colour nearest to its mean.
    const indexOf = new Uint8Array(32768);
    for (const key of used) {
        const n = bins[key * 4];
        const [r, g, b] = [bins[key * 4 + 1] / n, bins[key * 4 + 2] / n, bins[key * 4 + 3] / n];
        let best = 0, distance = Infinity;
        palette.forEach(([pr, pg, pb], index) => {
            const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
            if (d < distance) { distance = d; best = index; }
        });
        indexOf[key] = best;
    }
    const raw = Buffer.alloc((width + 1) * height);
    for (let y = 0; y < height; y++) {
        raw[y * (width + 1)] = 0; // filter "none": the best for palette images
        for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = indexOf[keys[y * width + x]];
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header[8] = 8;
    header[9] = 3; // indexed colour
    return Buffer.concat([
        SIGNATURE,
        chunk('IHDR', header),
        chunk('PLTE', Buffer.from(palette.flat())),
        chunk('IDAT', deflateSync(raw, { level: 9 })),
        chunk('IEND', Buffer.alloc(0)),
    ]);
}

/** Up to `size` colours: the boxes of bins are split at the median of their widest channel, the most populous box first. */
function medianCut(keys, bins, size) {
    const channel = (key, c) => (key >> (10 - 5 * c)) & 31;
    const weight = box => box.reduce((sum, key) => sum + bins[key * 4], 0);
    let boxes = [keys];
    while (boxes.length < size) {
        const splittable = boxes.filter(box => box.length > 1);
        if (splittable.length === 0) break;
        const box = splittable.reduce((a, b) => (weight(a) >= weight(b) ? a : b));
        const ranges = [0, 1, 2].map(c => {
            const values = box.map(key => channel(key, c));
            return Math.max(...values) - Math.min(...values);
        });
        const c = ranges.indexOf(Math.max(...ranges));
        const sorted = [...box].sort((a, b) => channel(a, c) - channel(b, c));
        const half = weight(sorted) / 2;
        let running = 0, cut = 1;
        for (; cut < sorted.length - 1; cut++) {
            running += bins[sorted[cut - 1] * 4];
            if (running >= half) break;
        }
        boxes = boxes.filter(b => b !== box).concat([sorted.slice(0, cut), sorted.slice(cut)]);
    }
    return boxes.map(box => {
        let n = 0, r = 0, g = 0, b = 0;
        for (const key of box) {
            n += bins[key * 4]; r += bins[key * 4 + 1]; g += bins[key * 4 + 2]; b += bins[key * 4 + 3];
        }
        return [Math.round(r / n), Math.round(g / n), Math.round(b / n)];
    });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});

function crc32(bytes) {
    let c = 0xffffffff;
    for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, body) {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
}
