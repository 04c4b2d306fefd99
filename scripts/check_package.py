#!/usr/bin/env python3
"""Checks nbrun's course packages.

Usage: check_package.py COURSE.imscc|COURSE.zip ...

For every package:
  - the ZIP reads back with matching CRC-32s, and every entry has the fixed 1980-01-01 timestamp
    and entries are sorted by name (deterministic output);
  - imsmanifest.xml is at the root; every <file href> and resource href is an entry, every
    entry is listed by some resource, every item's identifierref names a resource;
  - .imscc: the manifest validates against the IMS Common Cartridge 1.1 schemas
    (../shared/conformance/imscc-1.1/ccv1p1_imscp_v1p2_v1p0.xsd, which imports the LOM,
    authorization and xml.xsd schemas beside it), with xmlschema from PyPI;
  - .zip (IMS Content Package 1.1.4): the conformance data holds no CP 1.1.4 schema, so the
    manifest is checked for the CP namespace and metadata (schema "IMS Content", schemaversion
    1.1.4), a default organization that exists, and the structural rules above.
Exits 1 on any failure.
"""
import io
import os
import sys
import zipfile
import xml.etree.ElementTree as ElementTree

import xmlschema

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.environ.get("NBRUN_IMSCC_SCHEMAS", os.path.join(HERE, "..", "..", "shared", "conformance", "imscc-1.1"))
CC_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"


def check(path):
    problems = []
    with open(path, "rb") as handle:
        data = handle.read()
    archive = zipfile.ZipFile(io.BytesIO(data))
    bad = archive.testzip()
    if bad:
        problems.append(f"CRC mismatch in {bad}")
    names = archive.namelist()
    if names != sorted(names, key=lambda name: name.encode()):
        problems.append("entries are not sorted by name")
    for info in archive.infolist():
        if info.date_time != (1980, 1, 1, 0, 0, 0):
            problems.append(f"{info.filename}: timestamp {info.date_time}, not 1980-01-01 00:00")
    if "imsmanifest.xml" not in names:
        return problems + ["no imsmanifest.xml at the root"]
    manifest_bytes = archive.read("imsmanifest.xml")
    root = ElementTree.fromstring(manifest_bytes)
    namespace = root.tag[1:].split("}")[0]
    ns = {"m": namespace}
    resources = {r.get("identifier"): r for r in root.iterfind("m:resources/m:resource", ns)}
    listed = set()
    for identifier, resource in resources.items():
        href = resource.get("href")
        if href and href not in names:
            problems.append(f"resource {identifier}: href {href} is not in the package")
        for file in resource.iterfind("m:file", ns):
            listed.add(file.get("href"))
            if file.get("href") not in names:
                problems.append(f"resource {identifier}: file {file.get('href')} is not in the package")
    for name in names:
        if name != "imsmanifest.xml" and name not in listed:
            problems.append(f"{name} is in the package but no resource lists it")
    for item in root.iter(f"{{{namespace}}}item"):
        ref = item.get("identifierref")
        if ref and ref not in resources:
            problems.append(f"item {item.get('identifier')}: identifierref {ref} names no resource")

    if path.lower().endswith(".imscc"):
        if namespace != CC_NS:
            problems.append(f"manifest namespace {namespace}, not {CC_NS}")
        schema = xmlschema.XMLSchema(os.path.join(SCHEMAS, "ccv1p1_imscp_v1p2_v1p0.xsd"))
        for error in schema.iter_errors(manifest_bytes.decode("utf-8")):
            problems.append(f"schema: {error.reason} at {error.path}")
        # The same schema refuses a wrong version: the check can fail.
        wrong = manifest_bytes.decode("utf-8").replace("<schemaversion>1.1.0<", "<schemaversion>1.3.0<", 1)
        if schema.is_valid(wrong):
            problems.append("the schema accepted schemaversion 1.3.0: validation is not working")
    else:
        if namespace != CP_NS:
            problems.append(f"manifest namespace {namespace}, not {CP_NS}")
        schema_name = root.findtext("m:metadata/m:schema", namespaces=ns)
        version = root.findtext("m:metadata/m:schemaversion", namespaces=ns)
        if (schema_name, version) != ("IMS Content", "1.1.4"):
            problems.append(f"metadata says {schema_name} {version}, not IMS Content 1.1.4")
        organizations = root.find("m:organizations", ns)
        default = organizations.get("default") if organizations is not None else None
        ids = {o.get("identifier") for o in root.iterfind("m:organizations/m:organization", ns)}
        if default not in ids:
            problems.append(f"default organization {default} does not exist")
    return problems


def main(paths):
    status = 0
    for path in paths:
        problems = check(path)
        if problems:
            status = 1
            print(f"{path}: {len(problems)} problem(s):")
            for problem in problems:
                print(f"  {problem}")
        else:
            kind = "IMS Common Cartridge 1.1 (schema-valid)" if path.lower().endswith(".imscc") else "IMS Content Package 1.1.4"
            print(f"{path}: {kind}, every file listed and present, deterministic ZIP")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
