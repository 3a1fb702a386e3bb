"""Reads a Parquet file's footer with the standard library alone, independently of our Java writer.

Prints one JSON object: the key-value metadata, the row count, and each top-level column as the
Arrow type a Parquet reader such as pyarrow derives from the schema (a LIST-annotated group with a
repeated child becomes list<...>, a group struct<...>, BYTE_ARRAY with a STRING annotation string,
without one binary), next to the Hugging Face feature the 'huggingface' metadata gives that column
and the Arrow type `datasets` makes of that feature: `datasets` uses a feature only where the two agree.

The footer is Thrift's compact protocol (parquet.thrift: FileMetaData, SchemaElement, KeyValue).
Usage: python3 parquet_footer.py FILE.parquet
"""

import json
import struct
import sys

# compact protocol type ids
BOOL_TRUE, BOOL_FALSE, BYTE, I16, I32, I64, DOUBLE, BINARY, LIST, SET, MAP, STRUCT = range(1, 13)
# parquet.thrift enums
PHYSICAL = {0: "boolean", 1: "int32", 2: "int64", 3: "int96", 4: "float", 5: "double", 6: "binary", 7: "fixed"}
CONVERTED_UTF8, CONVERTED_LIST = 0, 3


class Compact:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def varint(self):
        shift = result = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            if not b & 0x80:
                return result
            shift += 7

    def zigzag(self):
        n = self.varint()
        return (n >> 1) ^ -(n & 1)

    def value(self, kind):
        if kind in (BOOL_TRUE, BOOL_FALSE):
            return kind == BOOL_TRUE
        if kind == BYTE:
            return self.byte()
        if kind in (I16, I32, I64):
            return self.zigzag()
        if kind == DOUBLE:
            self.pos += 8
            return struct.unpack_from("<d", self.data, self.pos - 8)[0]
        if kind == BINARY:
            n = self.varint()
            self.pos += n
            return bytes(self.data[self.pos - n:self.pos])
        if kind in (LIST, SET):
            header = self.byte()
            size, element = header >> 4, header & 0x0F
            if size == 15:
                size = self.varint()
            # booleans inside a list are one byte each
            return [self.byte() == 1 if element in (BOOL_TRUE, BOOL_FALSE) else self.value(element) for _ in range(size)]
        if kind == MAP:
            size = self.varint()
            if size == 0:
                return {}
            types = self.byte()
            return dict((self.value(types >> 4), self.value(types & 0x0F)) for _ in range(size))
        if kind == STRUCT:
            return self.struct()
        raise ValueError("unknown compact type %d at byte %d" % (kind, self.pos))

    def struct(self):
        fields, last = {}, 0
        while True:
            header = self.byte()
            if header == 0:
                return fields
            delta, kind = header >> 4, header & 0x0F
            last = last + delta if delta else self.zigzag()
            fields[last] = self.value(kind)


def footer(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"PAR1" or data[-4:] != b"PAR1":
        raise SystemExit("%s: not a Parquet file (no PAR1 magic)" % path)
    length = struct.unpack_from("<i", data, len(data) - 8)[0]
    return Compact(data[len(data) - 8 - length:len(data) - 8]).struct()


def tree(elements, at=0):
    """The schema element at index `at` with its children, and the index after its subtree."""
    children, nxt = [], at + 1
    for _ in range(elements[at].get(5, 0)):
        child, nxt = tree(elements, nxt)
        children.append(child)
    return (elements[at], children), nxt


def arrow_type(node):
    element, children = node
    if not children:
        physical = PHYSICAL[element[1]]
        if physical == "binary" and (element.get(6) == CONVERTED_UTF8 or 1 in element.get(10, {})):
            return "string"
        return physical
    if element.get(6) == CONVERTED_LIST or 3 in element.get(10, {}):
        (repeated,) = children
        # three-level list: the repeated group holds one element; two-level: the repeated field is it
        item = repeated[1][0] if len(repeated[1]) == 1 else repeated
        return "list<%s>" % arrow_type(item)
    return "struct<%s>" % ", ".join("%s: %s" % (c[0][4].decode(), arrow_type(c)) for c in children)


def feature_arrow(feature):
    """The Arrow type `datasets` gives a feature (Features.arrow_schema), to compare with the file's."""
    if feature is None:
        return None
    if isinstance(feature, list):
        return "list<%s>" % feature_arrow(feature[0])
    kind = feature.get("_type")
    if kind == "Image":
        return "struct<bytes: binary, path: string>"
    if kind == "Value":
        return feature["dtype"]
    if kind in ("List", "Sequence"):
        return "list<%s>" % feature_arrow(feature["feature"])
    return "struct<%s>" % ", ".join("%s: %s" % (k, feature_arrow(v)) for k, v in feature.items())


def main(path):
    meta = footer(path)
    elements = meta[2]
    key_value = {kv[1].decode(): kv.get(2, b"").decode() for kv in meta.get(5, [])}
    features = {}
    if "huggingface" in key_value:
        features = json.loads(key_value["huggingface"]).get("info", {}).get("features", {})
    (_, top), _ = tree(elements)
    columns = {}
    for column in top:
        name = column[0][4].decode()
        columns[name] = {"arrow": arrow_type(column), "feature": features.get(name),
                         "feature_arrow": feature_arrow(features.get(name))}
    print(json.dumps({"num_rows": meta[3], "metadata_keys": sorted(key_value), "columns": columns}))


if __name__ == "__main__":
    main(sys.argv[1])
