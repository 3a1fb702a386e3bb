"""An independent reader of TensorBoard event files, Python standard library only.

Checks the TFRecord framing (both masked CRC32C checksums of every record) and decodes the
tensorflow.Event protocol buffers enough to print, as JSON, the file version and every scalar:
[{"step": s, "tag": t, "value": v}, ...]. Written from the TFRecord and event.proto specifications,
not from the Java writer, so that the two can disagree.
"""
import json
import struct
import sys


def crc32c_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


TABLE = crc32c_table()


def crc32c(data):
    c = 0xFFFFFFFF
    for b in data:
        c = TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def masked(data):
    c = crc32c(data)
    return (((c >> 15) | (c << 17)) + 0xA282EAD8) & 0xFFFFFFFF


def varint(buf, i):
    shift = result = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, i


def fields(buf):
    """Yields (field number, wire type, value) of one message."""
    i = 0
    while i < len(buf):
        key, i = varint(buf, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = varint(buf, i)
        elif wire == 1:
            value, i = buf[i:i + 8], i + 8
        elif wire == 5:
            value, i = buf[i:i + 4], i + 4
        elif wire == 2:
            length, i = varint(buf, i)
            value, i = buf[i:i + length], i + length
        else:
            raise ValueError("wire type %d" % wire)
        yield number, wire, value


def main(path):
    data = open(path, "rb").read()
    i = 0
    version = None
    scalars = []
    while i < len(data):
        header = data[i:i + 8]
        (length,) = struct.unpack("<Q", header)
        (length_crc,) = struct.unpack("<I", data[i + 8:i + 12])
        if masked(header) != length_crc:
            raise SystemExit("bad length CRC at byte %d" % i)
        record = data[i + 12:i + 12 + length]
        (data_crc,) = struct.unpack("<I", data[i + 12 + length:i + 16 + length])
        if masked(record) != data_crc:
            raise SystemExit("bad data CRC at byte %d" % i)
        i += 16 + length
        step = 0
        for number, wire, value in fields(record):
            if number == 2:
                step = value
            elif number == 3:
                version = value.decode()
            elif number == 5:
                for _, _, summary_value in fields(value):
                    tag, simple = None, None
                    for n, w, v in fields(summary_value):
                        if n == 1:
                            tag = v.decode()
                        elif n == 2 and w == 5:
                            (simple,) = struct.unpack("<f", v)
                    scalars.append({"step": step, "tag": tag, "value": simple})
    print(json.dumps({"version": version, "scalars": scalars}))


if __name__ == "__main__":
    main(sys.argv[1])
