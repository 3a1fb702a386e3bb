package org.puzzlelens.puzzles.render;

import java.util.Arrays;

/**
 * The tokens of one deflate block and their frequencies, written as a block with its own Huffman code
 * (RFC 1951, 3.2.7). Made for Up-filtered RGB scanlines, the block holds three kinds of token, each
 * in one int: a pixel's three filtered bytes as three literals, a single literal byte (a row's filter
 * type), and a run: a copy at distance 3, which repeats the previous pixel's filtered bytes (a stretch
 * of one colour continued from the row above is a run of zero bytes, an edge along a row a run of one
 * colour change). Distance 3 is the only distance, so its code is one bit.
 */
final class DeflateBlock {
    private static final int MAX_PIXEL = 0xffffff;
    private static final int SINGLE_LITERAL = 1 << 30;
    private static final int RUN = Integer.MIN_VALUE;

    /** Deflate's longest copy; a multiple of 3, so a run of whole pixels splits into whole-pixel copies. */
    private static final int MAX_COPY = 258;

    private static final int END_OF_BLOCK = 256;
    private static final int LITERAL_LENGTH_SYMBOLS = 286;
    private static final int MAX_CODE_LENGTH = 15;
    private static final int MAX_CODE_LENGTH_CODE_LENGTH = 7;

    /** Distance codes 0..2 with lengths 1, 0, 1: a complete code in which distance 3 (code 2) is the bit 1. */
    private static final int DISTANCE_CODES = 3;

    private static final int DISTANCE_3_CODE = 1;
    private static final int DISTANCE_3_CODE_LENGTH = 1;
    private static final int[] DISTANCE_CODE_LENGTHS = {1, 0, 1};

    /** The order in which the code-length code's lengths are sent (RFC 1951, 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    /** For each copy length 3..258: its symbol (257..285), extra bit count and extra bits value. */
    private static final int[] LENGTH_SYMBOL = new int[MAX_COPY + 1];

    private static final int[] LENGTH_EXTRA_BITS = new int[MAX_COPY + 1];
    private static final int[] LENGTH_EXTRA_VALUE = new int[MAX_COPY + 1];

    static {
        int[] base = {
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227, 258
        };
        for (int code = 0; code < base.length; code++) {
            int extraBits = code < 8 || code == base.length - 1 ? 0 : (code - 4) / 4;
            for (int length = base[code]; length < base[code] + (1 << extraBits) && length <= MAX_COPY; length++) {
                LENGTH_SYMBOL[length] = 257 + code;
                LENGTH_EXTRA_BITS[length] = extraBits;
                LENGTH_EXTRA_VALUE[length] = length - base[code];
            }
        }
    }

    private final int[] tokens;
    private int count;
    private final int[] frequencies = new int[LITERAL_LENGTH_SYMBOLS];

    /** @param capacity the most tokens the block will hold */
    DeflateBlock(int capacity) {
        tokens = new int[capacity];
    }

    int tokenCount() {
        return count;
    }

    /** A pixel's three filtered bytes ({@code 0xRRGGBB}) as literals. */
    void addPixel(int filtered) {
        tokens[count++] = filtered;
        frequencies[filtered >>> 16]++;
        frequencies[(filtered >>> 8) & 0xff]++;
        frequencies[filtered & 0xff]++;
    }

    void addLiteral(int value) {
        tokens[count++] = SINGLE_LITERAL | value;
        frequencies[value]++;
    }

    /** A copy of {@code bytes} bytes (a positive multiple of 3) from 3 bytes back. */
    void addRun(int bytes) {
        tokens[count++] = RUN | bytes;
        frequencies[LENGTH_SYMBOL[MAX_COPY]] += bytes / MAX_COPY;
        int rest = bytes % MAX_COPY;
        if (rest > 0) {
            frequencies[LENGTH_SYMBOL[rest]]++;
        }
    }

    /** Writes the block (header, codes, tokens, end of block) and empties it for the next one. */
    void writeTo(BitWriter out, boolean last) {
        frequencies[END_OF_BLOCK] = 1;
        HuffmanCode code = HuffmanCode.of(frequencies, MAX_CODE_LENGTH);
        writeHeader(out, last, code.lengths);
        writeTokens(out, code);
        out.writeBits(code.codes[END_OF_BLOCK], code.lengths[END_OF_BLOCK]);
        Arrays.fill(frequencies, 0);
        count = 0;
    }

    private void writeTokens(BitWriter out, HuffmanCode code) {
        int[] codes = code.codes;
        int[] lengths = code.lengths;
        // each copy length's whole code (length symbol, extra bits, distance code), looked up once per block
        long[] copyBits = new long[MAX_COPY + 1];
        int[] copyBitCounts = new int[MAX_COPY + 1];
        for (int length = 3; length <= MAX_COPY; length++) {
            int symbol = LENGTH_SYMBOL[length];
            int symbolLength = lengths[symbol];
            int extraBits = LENGTH_EXTRA_BITS[length];
            copyBits[length] = codes[symbol]
                    | (long) LENGTH_EXTRA_VALUE[length] << symbolLength
                    | (long) DISTANCE_3_CODE << (symbolLength + extraBits);
            copyBitCounts[length] = symbolLength + extraBits + DISTANCE_3_CODE_LENGTH;
        }
        for (int i = 0; i < count; i++) {
            int token = tokens[i];
            if (token < 0) {
                int bytes = token & Integer.MAX_VALUE;
                for (; bytes > MAX_COPY; bytes -= MAX_COPY) {
                    out.writeBits(copyBits[MAX_COPY], copyBitCounts[MAX_COPY]);
                }
                out.writeBits(copyBits[bytes], copyBitCounts[bytes]);
            } else if (token <= MAX_PIXEL) {
                int red = token >>> 16;
                int green = (token >>> 8) & 0xff;
                int blue = token & 0xff;
                out.writeBits(codes[red] | (long) codes[green] << lengths[red], lengths[red] + lengths[green]);
                out.writeBits(codes[blue], lengths[blue]);
            } else {
                int value = token & 0xff;
                out.writeBits(codes[value], lengths[value]);
            }
        }
    }

    /**
     * The block header: the number of literal/length and distance codes, then both codes' lengths,
     * run-length coded with symbols 16-18 and sent in a Huffman code of their own, whose lengths come first.
     */
    private static void writeHeader(BitWriter out, boolean last, int[] literalLengths) {
        int literalCodes = LITERAL_LENGTH_SYMBOLS;
        while (literalCodes > END_OF_BLOCK + 1 && literalLengths[literalCodes - 1] == 0) {
            literalCodes--;
        }
        int[] allLengths = new int[literalCodes + DISTANCE_CODES];
        System.arraycopy(literalLengths, 0, allLengths, 0, literalCodes);
        System.arraycopy(DISTANCE_CODE_LENGTHS, 0, allLengths, literalCodes, DISTANCE_CODES);
        int[] symbols = new int[allLengths.length];
        int symbolCount = runLengthCode(allLengths, symbols);
        int[] frequencies = new int[CODE_LENGTH_ORDER.length];
        for (int i = 0; i < symbolCount; i++) {
            frequencies[symbols[i] & 0x1f]++;
        }
        HuffmanCode lengthCode = HuffmanCode.of(frequencies, MAX_CODE_LENGTH_CODE_LENGTH);
        int sentLengths = CODE_LENGTH_ORDER.length;
        while (sentLengths > 4 && lengthCode.lengths[CODE_LENGTH_ORDER[sentLengths - 1]] == 0) {
            sentLengths--;
        }
        out.writeBits((last ? 1 : 0) | 2 << 1, 3); // BFINAL, then BTYPE 2: dynamic Huffman codes
        out.writeBits(literalCodes - 257, 5);
        out.writeBits(DISTANCE_CODES - 1, 5);
        out.writeBits(sentLengths - 4, 4);
        for (int i = 0; i < sentLengths; i++) {
            out.writeBits(lengthCode.lengths[CODE_LENGTH_ORDER[i]], 3);
        }
        for (int i = 0; i < symbolCount; i++) {
            int symbol = symbols[i] & 0x1f;
            out.writeBits(lengthCode.codes[symbol], lengthCode.lengths[symbol]);
            int extraBits = switch (symbol) {
                case 16 -> 2;
                case 17 -> 3;
                case 18 -> 7;
                default -> 0;
            };
            out.writeBits(symbols[i] >>> 5, extraBits);
        }
    }

    /**
     * Code lengths as code-length symbols, each {@code symbol | extra << 5}: 0-15 a length, 16 the
     * previous length 3-6 times more, 17 a run of 3-10 zeros, 18 a run of 11-138 zeros.
     *
     * @return how many symbols were written into {@code symbols}
     */
    private static int runLengthCode(int[] lengths, int[] symbols) {
        int n = 0;
        for (int i = 0; i < lengths.length; ) {
            int value = lengths[i];
            int run = 1;
            while (i + run < lengths.length && lengths[i + run] == value) {
                run++;
            }
            i += run;
            if (value == 0) {
                for (; run >= 11; run -= Math.min(run, 138)) {
                    symbols[n++] = 18 | (Math.min(run, 138) - 11) << 5;
                }
                if (run >= 3) {
                    symbols[n++] = 17 | (run - 3) << 5;
                    run = 0;
                }
            } else {
                symbols[n++] = value;
                for (run--; run >= 3; run -= Math.min(run, 6)) {
                    symbols[n++] = 16 | (Math.min(run, 6) - 3) << 5;
                }
            }
            for (; run > 0; run--) {
                symbols[n++] = value;
            }
        }
        return n;
    }
}
