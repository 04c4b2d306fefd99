#!/usr/bin/env python3
"""Predicts what a course platform's HTML sanitizer would remove from a page.

Usage:
    lms_check.py canvas|moodle FILE.html...       report removals; exit 1 if any
    lms_check.py canvas|moodle FILE --apply OUT   also write FILE with the removals applied
    lms_check.py --self-test                      check the walker on small known cases

The allowlists are facts in ../shared/conformance/lms/{canvas-sanitizer,moodle-purifier}.json
(or $NBRUN_LMS_RULES); the walk follows that directory's README, steps 1-5:
parse as HTML5 (html5lib), remove elements not listed (unwrap, or drop with contents), remove
attributes not listed or whose URL scheme / value type fails, remove CSS declarations whose
property (and for Moodle value) is not allowed, and report text that was hidden (a TeX
<annotation>, SVG text, a closed <details>) and becomes visible when its container is unwrapped.
"""
import json
import os
import re
import sys

import html5lib

HERE = os.path.dirname(os.path.abspath(__file__))
RULES_DIR = os.environ.get("NBRUN_LMS_RULES", os.path.join(HERE, "..", "..", "shared", "conformance", "lms"))
RULE_FILES = {"canvas": "canvas-sanitizer.json", "moodle": "moodle-purifier.json"}

BLOCK = {"address", "blockquote", "center", "dir", "div", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
         "menu", "ol", "p", "pre", "table", "ul", "section", "article", "aside", "header", "footer", "nav",
         "figure", "details"}
INLINE_CONTAINERS = {"a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "dfn", "em", "font", "i",
                     "kbd", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var",
                     "h1", "h2", "h3", "h4", "h5", "h6", "caption", "dt"}
HIDDEN_TEXT_CONTAINERS = {"annotation", "annotation-xml", "title", "desc", "text", "tspan"}


def local(tag):
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else None


def text_of(element):
    return "".join(element.itertext()).strip()


class Walker:
    def __init__(self, lms, rules=None):
        self.lms = lms
        if rules is None:
            with open(os.path.join(RULES_DIR, RULE_FILES[lms]), encoding="utf-8") as handle:
                rules = json.load(handle)
        self.rules = rules
        self.kept = set()
        for names in rules["elements"].values():
            self.kept.update(names)
        self.drop = set(rules["removed_elements"].get("drop_with_contents", []))
        self.findings = []

    # -- reporting ------------------------------------------------------------------------------
    def found(self, kind, detail):
        self.findings.append((kind, detail))

    # -- the walk -------------------------------------------------------------------------------
    def check(self, html):
        """Walks `html`; returns the cleaned tree (removals applied) and fills self.findings."""
        root = html5lib.parseFragment(html, treebuilder="etree", namespaceHTMLElements=False)
        self.walk_children(root, ancestors=[])
        return root

    def walk_children(self, parent, ancestors):
        index = 0
        while index < len(parent):
            child = parent[index]
            name = local(child.tag)
            if name is None:  # comment
                self.found("comment", "comment removed")
                self.remove(parent, index, keep_children=False)
                continue
            if name not in self.kept or name in self.always_removed():
                if name in self.drop or name in self.always_removed():
                    self.found("element", f"<{name}> removed with its contents")
                    self.remove(parent, index, keep_children=False)
                    continue
                self.found("element", f"<{name}> unwrapped")
                self.report_hidden_text(child, name)
                self.remove(parent, index, keep_children=True)
                continue  # re-examine what moved into its place
            self.check_attributes(child, name)
            if self.lms == "moodle":
                self.check_structure(child, name, ancestors)
            self.walk_children(child, ancestors + [name])
            index += 1

    def always_removed(self):
        return set(self.rules["removed_elements"].get("always_removed", []))

    def report_hidden_text(self, element, name):
        hidden = []
        if name == "math":
            hidden += [text_of(e) for e in element.iter() if local(e.tag) in ("annotation", "annotation-xml")]
        if name == "svg":
            hidden += [text_of(e) for e in element.iter() if local(e.tag) in ("title", "desc", "text")]
        if name in HIDDEN_TEXT_CONTAINERS and local(element.tag) == name:
            hidden.append(text_of(element))
        if name == "details" and "open" not in element.attrib:
            hidden += [text_of(e) for e in element if local(e.tag) != "summary"]
        for text in hidden:
            if text:
                self.found("hidden-text", f"hidden text inside <{name}> becomes visible: {text[:60]!r}")

    @staticmethod
    def remove(parent, index, keep_children):
        child = parent[index]
        tail = child.tail or ""
        parent.remove(child)
        moved = list(child) if keep_children else []
        text = (child.text or "") if keep_children else ""
        for offset, grandchild in enumerate(moved):
            parent.insert(index + offset, grandchild)
        # Text before the first moved child and the removed element's tail join the neighbours.
        before = text
        after_owner = moved[-1] if moved else None
        if index + len(moved) > 0 and index > 0:
            previous = parent[index - 1]
            previous.tail = (previous.tail or "") + before
        else:
            parent.text = (parent.text or "") + before
        if after_owner is not None:
            after_owner.tail = (after_owner.tail or "") + tail
        elif index > 0:
            previous = parent[index - 1]
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail

    # -- attributes -----------------------------------------------------------------------------
    def allowed_attributes(self, name):
        attributes = self.rules["attributes"]
        if self.lms == "canvas":
            return set(attributes["all_elements"]) | set(attributes["per_element"].get(name, []))
        return attributes["per_element"].get(name, {})

    def check_attributes(self, element, name):
        allowed = self.allowed_attributes(name)
        for attribute in list(element.attrib):
            attr = local(attribute) if attribute.startswith("{") else attribute.lower()
            value = element.attrib[attribute]
            reason = None
            if attr not in allowed and not self.data_attribute(attr):
                reason = "not allowed"
            elif attr == "style":
                cleaned = self.clean_style(value, name)
                if cleaned:
                    element.attrib[attribute] = cleaned
                else:
                    reason = "left empty"
            elif self.url_schemes(name, attr) is not None:
                scheme = self.scheme(value)
                if scheme not in self.url_schemes(name, attr):
                    self.found("url", f"<{name} {attr}> scheme '{scheme}' not allowed: {value[:60]!r}")
                    reason = "scheme"
            elif self.lms == "moodle" and not self.value_fits(allowed[attr], value):
                reason = f"value {value!r} is not a {allowed[attr]}"
            if reason:
                if reason != "scheme":
                    self.found("attribute", f"<{name} {attr}> removed ({reason})")
                del element.attrib[attribute]
        if self.lms == "moodle" and name == "img" and "src" not in element.attrib:
            self.found("element", "<img> without a usable src removed")

    def data_attribute(self, attr):
        rule = self.rules["attributes"].get("data_attributes")
        return bool(rule and rule.get("allowed") and re.match(rule["pattern"], attr))

    def url_schemes(self, name, attr):
        schemes = self.rules["url_attributes"].get(name, {}).get(attr)
        if isinstance(schemes, str):
            schemes = self.rules[schemes]
        return schemes

    def scheme(self, value):
        if self.lms == "canvas":
            rule = self.rules["url_scheme_rule"]
            match = re.match(rule["pattern"], value, re.I)
            return match.group(1).lower() if match else "relative"
        match = re.match(r"^\s*([A-Za-z][A-Za-z0-9+.-]*):", value)
        return match.group(1).lower() if match else "relative"

    # -- CSS ------------------------------------------------------------------------------------
    def clean_style(self, style, element):
        kept = []
        for declaration in style.split(";"):
            if not declaration.strip():
                continue
            if ":" not in declaration:
                self.found("css", f"<{element} style> malformed declaration {declaration.strip()!r} removed")
                continue
            prop, value = (part.strip() for part in declaration.split(":", 1))
            prop = prop.lower()
            why = self.css_problem(prop, value, element)
            if why:
                self.found("css", f"<{element} style> '{prop}: {value}' removed ({why})")
            else:
                kept.append(f"{prop}: {value}")
        return "; ".join(kept)

    def css_problem(self, prop, value, element):
        css = self.rules["css"]
        if prop.startswith("--"):
            return "custom property"
        if re.search(r"url\(\s*['\"]?data:", value, re.I):
            return "data: URL"
        if self.lms == "canvas":
            return None if prop in css["properties"] else "property not allowed"
        rule = css["properties"].get(prop)
        if rule is None:
            return "property not allowed"
        if element == "img" and "img" in rule:
            rule = rule["img"]
        value = re.sub(r"\s*!important\s*$", "", value, flags=re.I)
        if "shorthand" in rule:
            return None if all(self.css_token_fits(token, None) for token in self.tokens(value)) else "value not accepted"
        tokens = self.tokens(value)
        if len(tokens) > rule.get("values", 1) and "font-family" not in rule.get("types", []):
            return "too many values"
        for token in tokens:
            if token.lower() in rule.get("keywords", []):
                continue
            if not any(self.css_type_fits(kind, token) for kind in rule.get("types", [])):
                return f"value {token!r} not accepted"
        return None

    @staticmethod
    def tokens(value):
        return re.findall(r"[a-zA-Z-]+\([^)]*\)|\"[^\"]*\"|'[^']*'|[^\s,]+", value)

    def css_token_fits(self, token, kind):
        lowered = token.lower()
        return not (lowered.startswith("var(") or lowered == "currentcolor" or re.fullmatch(r"#[0-9a-f]{8}", lowered))

    @staticmethod
    def css_type_fits(kind, token):
        lowered = token.lower()
        number = r"[+-]?(\d+\.?\d*|\.\d+)"
        nonneg = ">=0" in kind
        if nonneg and lowered.startswith("-"):
            return False
        if kind.startswith("color"):
            return bool(re.fullmatch(r"#[0-9a-f]{3}|#[0-9a-f]{6}|rgb\([^)]*\)|[a-z]+", lowered)) and lowered not in (
                "currentcolor", "transparent", "inherit")
        if kind.startswith("length>=0 (<= 1200px"):
            match = re.fullmatch(r"(\d+\.?\d*)(px|pt|pc|cm|mm|in)", lowered)
            return bool(match) and (match.group(2) != "px" or float(match.group(1)) <= 1200)
        if kind.startswith("length"):
            return bool(re.fullmatch(number + r"(px|em|ex|rem|pt|pc|cm|mm|in|ch|vw|vh)?", lowered)) and (
                re.fullmatch(number, lowered) is None or float(lowered) == 0)
        if kind.startswith("percentage"):
            return bool(re.fullmatch(number + "%", lowered))
        if kind.startswith("number"):
            return bool(re.fullmatch(number, lowered))
        if kind == "font-family":
            return not lowered.startswith("var(")
        if kind == "url":
            return lowered.startswith("url(") and "data:" not in lowered
        return True

    # -- Moodle attribute value types ------------------------------------------------------------
    def value_fits(self, kind, value):
        value = value.strip()
        if kind in ("text", "css", "uri", "language code", "color"):
            return True
        if kind.startswith("enum: "):
            return value in kind[len("enum: "):].split("|")
        if kind == "integer":
            return bool(re.fullmatch(r"-?\d+", value))
        if kind == "pixels":
            return bool(re.fullmatch(r"\d+(px)?", value))
        if kind.startswith("length"):
            return bool(re.fullmatch(r"\d+(\.\d+)?(px|%)?", value))
        if kind.startswith("multi-length"):
            return bool(re.fullmatch(r"\d*(\.\d+)?(px|%|\*)?", value))
        if kind == "boolean":
            return True
        return True

    # -- Moodle content models --------------------------------------------------------------------
    def check_structure(self, element, name, ancestors):
        required = self.rules["structure"]["required_children"]
        if name in ("dl", "ul", "ol", "tr", "thead", "tbody", "tfoot"):
            allowed = {child.split(" ")[0] for child in required[name]}
            for child in element:
                child_name = local(child.tag)
                if child_name is not None and child_name not in allowed and child_name in self.kept:
                    self.found("structure", f"<{child_name}> inside <{name}> breaks the {name}")
        if name == "caption" and any(local(child.tag) in BLOCK for child in element):
            self.found("structure", "a block element inside <caption> breaks its table")
        if name in BLOCK and ancestors and ancestors[-1] in INLINE_CONTAINERS:
            self.found("structure", f"<{name}> inside <{ancestors[-1]}> splits the <{ancestors[-1]}>")
        if name in ("img", "big", "small", "font") and "pre" in ancestors:
            self.found("structure", f"<{name}> inside <pre> removed with its contents")


def serialize(root):
    walker = html5lib.getTreeWalker("etree")
    serializer = html5lib.serializer.HTMLSerializer(omit_optional_tags=False, quote_attr_values="always")
    return serializer.render(walker(root))


def check_file(lms, path, apply_to=None):
    with open(path, encoding="utf-8") as handle:
        html = handle.read()
    walker = Walker(lms)
    root = walker.check(html)
    if apply_to:
        with open(apply_to, "w", encoding="utf-8") as handle:
            handle.write("<!DOCTYPE html><meta charset=utf-8>" + serialize(root))
    return walker.findings


def self_test():
    cases = [
        ("canvas", "<p>plain <strong>bold</strong></p>", []),
        ("canvas", "<style>p{}</style><p>x</p>", ["element"]),
        ("canvas", "<svg><text>a</text></svg>", ["element"]),
        ("canvas", '<p style="font-weight: 600; color: red">x</p>', ["css"]),
        ("canvas", '<p style="font: 600 14px/1.4 sans-serif">x</p>', []),
        ("canvas", '<p style="--x: 1">x</p>', ["css", "attribute"]),
        ("canvas", '<img src="data:image/png;base64,AA" alt="a">', ["url"]),
        ("canvas", '<img src="xor/figure-1.svg" alt="a" width="10" height="10">', []),
        ("canvas", '<a href="javascript:alert(1)">x</a>', ["url"]),
        ("canvas", '<a href="page?x=a:b">x</a>', ["url"]),
        ("canvas", '<p data-nb="1" onclick="x">x</p>', ["attribute"]),
        ("canvas", '<math><mspace width="1em"/><mi>x</mi></math>', ["attribute"]),
        ("canvas", '<math><mpadded width="1em"><mi>x</mi></mpadded></math>', []),
        ("canvas", "<details><summary>s</summary><p>x</p></details>", []),
        ("canvas", "<p>a<!-- c -->b</p>", ["comment"]),
        ("moodle", "<p>plain <strong>bold</strong> \\(x^2\\)</p>", []),
        ("moodle", '<math><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math>',
         ["element", "hidden-text"]),
        ("moodle", '<p id="a">x</p>', ["attribute"]),
        ("moodle", '<p style="font-weight: 600; display: flex">x</p>', ["css"]),
        ("moodle", '<p style="color: currentColor">x</p>', ["css", "attribute"]),
        ("moodle", '<img src="a.svg" alt="a" style="max-width: 100%">', ["css", "attribute"]),
        ("moodle", '<img src="a.svg" alt="a" style="max-width: 640px" width="640" height="480">', []),
        ("moodle", "<dl><div><dt>a</dt><dd>b</dd></div></dl>", ["structure"]),
        ("moodle", "<details><summary>s</summary><p>x</p></details>", ["element", "hidden-text"]),
        ("moodle", '<td align="start">x</td>', []),  # td outside table: parsed away by HTML5
        ("moodle", '<table><tr><td align="start">x</td></tr></table>', ["attribute"]),
        ("moodle", "<span><div>x</div></span>", ["structure"]),
        ("moodle", '<p style="text-align: start">x</p>', ["css", "attribute"]),
    ]
    failures = 0
    for lms, html, expected in cases:
        walker = Walker(lms)
        walker.check(html)
        kinds = sorted({kind for kind, _ in walker.findings})
        if kinds != sorted(set(expected)):
            failures += 1
            print(f"self-test FAILED [{lms}] {html!r}: expected {sorted(set(expected))}, found {walker.findings}")
    # Applying removals: the unwrapped element's text stays in place.
    walker = Walker("moodle")
    cleaned = serialize(walker.check("<p>a<figure>b<figcaption>c</figcaption></figure>d</p>"))
    if cleaned != "<p>a</p>bcd<p></p>":  # HTML5 closes the p before figure; the text stays in order
        failures += 1
        print(f"self-test FAILED: unwrapping gave {cleaned!r}")
    print(f"lms_check self-test: {len(cases) + 1 - failures}/{len(cases) + 1} cases pass")
    return 1 if failures else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) < 3 or argv[1] not in RULE_FILES:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    lms = argv[1]
    paths = argv[2:]
    apply_to = None
    if "--apply" in paths:
        at = paths.index("--apply")
        apply_to = paths[at + 1]
        paths = paths[:at]
    status = 0
    for path in paths:
        findings = check_file(lms, path, apply_to)
        if findings:
            status = 1
            print(f"{path}: {len(findings)} removal(s) by {lms}:")
            for kind, detail in findings:
                print(f"  {kind}: {detail}")
        else:
            print(f"{path}: nothing removed by {lms}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
