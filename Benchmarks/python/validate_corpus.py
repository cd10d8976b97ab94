#!/usr/bin/env python3
"""The Python baseline of aftale-bench for validation: what a secretariat might script with
python-frontmatter, PyYAML (its C loader) and jsonschema instead of `aftale validate`.

    python3 validate_corpus.py TEMPLATES AGREEMENTS_FOLDER

For every *.md file: front matter parsed and checked against a JSON Schema built from
Templates/ (kinds, vocabulary, workplan and budget ids, required fields per kind), the `## `
sections each kind needs, block uses expanded with their parameters checked, and the rule that
an approved status needs an approving decision. Prints "files=N errors=E". It does not parse the
Danish period expressions (Python has no parser for them), so it does a little less than Aftaler.
"""
import datetime
import os
import re
import sys

import frontmatter
import jsonschema
import yaml

USE = re.compile(r"\{\{>\s*([a-z0-9-]+)((?:\s+[^\s=}]+=\"(?:[^\"\\]|\\.)*\")*)\s*\}\}")
ARGUMENT = re.compile(r"([^\s=]+)=\"((?:[^\"\\]|\\.)*)\"")
PARAMETER = re.compile(r"\{\{([^>{}\s][^{}\s]*)\}\}")
STATUSES = ["ikke igangsat", "under udarbejdelse", "i høring", "godkendt", "under implementering",
            "implementeret", "evalueret", "pauseret", "afsluttet", "udgået"]
NEEDS_APPROVAL = {"godkendt", "under implementering", "implementeret", "evalueret"}
OUTCOMES = ["godkendt", "afvist", "besluttet", "anbefalet", "drøftet", "taget til efterretning", "udsat"]
COMMON_SECTIONS = ["Hvad", "Betydning for borgerne", "Status"]
COMMON_FIELDS = ["type", "titel", "indsatsområde", "status"]


def load_yaml(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


def plain(value):
    """YAML dates and integer keys as JSON would have them."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def load_templates(folder):
    vocabulary = load_yaml(os.path.join(folder, "vocabulary.yaml"))
    kinds = load_yaml(os.path.join(folder, "kinds.yaml"))
    blocks = {}
    for name in sorted(os.listdir(os.path.join(folder, "blocks"))):
        if name.endswith(".md"):
            post = frontmatter.load(os.path.join(folder, "blocks", name))
            blocks[name[:-3]] = (list((post.metadata.get("parametre") or {}).keys()), post.content.strip())
    workplans, budgets = [], []
    for name in sorted(os.listdir(os.path.join(folder, "layouts"))):
        layout = load_yaml(os.path.join(folder, "layouts", name))
        (workplans if "arbejdsplan" in layout else budgets).append(layout.get("arbejdsplan") or layout["budget"])
    return vocabulary, kinds, blocks, workplans, budgets


def schema(vocabulary, kinds, workplans, budgets):
    text = {"type": "string", "minLength": 1}
    def terms(key):
        return {"enum": list(vocabulary[key].keys())}
    entry = {"type": "object", "additionalProperties": False, "properties": {
        "nr": {"type": "integer", "minimum": 0, "maximum": 9999}, "målsætning": text, "indsats": text,
        "status": text, "bestillinger": text, "kategori": terms("beslutningskategorier"), "tid": text,
        "forslag": text}}
    entries = {"oneOf": [entry, {"type": "array", "items": entry}]}
    follow_ups = {"type": "array", "items": {"type": "object", "required": ["tid", "hvad"], "additionalProperties": False,
                                             "properties": {"tid": text, "hvad": text, "udført": text, "resultat": text}}}
    decision = {"type": "object", "required": ["organ", "dato", "udfald"], "additionalProperties": False,
                "properties": {"organ": terms("organer"), "dato": text, "udfald": {"enum": OUTCOMES}, "note": text}}
    rules = [{"if": {"properties": {"type": {"const": kind}}},
              "then": {"required": COMMON_FIELDS + list(spec.get("felter") or [])}} for kind, spec in kinds.items()]
    return {
        "type": "object", "additionalProperties": False, "required": COMMON_FIELDS, "allOf": rules,
        "properties": {
            "type": {"enum": list(kinds.keys())}, "titel": text, "indsatsområde": terms("indsatsområder"),
            "status": {"oneOf": [{"enum": STATUSES}, {"type": "array", "minItems": 1, "items": {
                "type": "object", "required": ["status"], "additionalProperties": False,
                "properties": {"dato": {"type": ["string", "integer"]}, "status": {"enum": STATUSES}}}}]},
            "sundhedsaftaler": {"type": "array", "items": terms("sundhedsaftaler")},
            "parter": {"type": "array", "uniqueItems": True, "items": terms("parter")},
            "ikrafttrædelse": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}, "evaluering": text,
            "opfølgning": follow_ups,
            # A kommissorium's timetable has the shape of its follow-ups (the corpus writes one).
            "milepæle": follow_ups,
            "beslutninger": {"type": "array", "items": decision},
            "links": {"type": "array", "items": {"type": "object", "required": ["titel", "url"],
                                                 "properties": {"titel": text,
                                                                "url": {"type": "string", "pattern": r"^https?://\S+$"}}}},
            "arbejdsplaner": {"type": "object", "propertyNames": {"enum": workplans},
                              "additionalProperties": entries},
            "budget": {"type": "object", "propertyNames": {"enum": budgets},
                       "additionalProperties": {"type": "object", "propertyNames": {"pattern": r"^\d{4}$"},
                                                "additionalProperties": {"type": "integer"}}},
            "overdragelse": terms("modtagere"),
        }}


def expand(text, blocks, parameters, depth, errors):
    """Expands block uses, checking names and parameters; returns the expanded text."""
    if depth > 32:
        errors.append("blocks nested too deep")
        return text
    text = PARAMETER.sub(lambda match: parameters.get(match.group(1), match.group(0)), text)
    def use(match):
        name = match.group(1)
        if name not in blocks:
            errors.append("unknown block " + name)
            return ""
        declared, body = blocks[name]
        arguments = {key: value.replace('\\"', '"') for key, value in ARGUMENT.findall(match.group(2))}
        for key in arguments:
            if key not in declared:
                errors.append("unknown parameter %s of %s" % (key, name))
        for key in declared:
            if key not in arguments:
                errors.append("missing parameter %s of %s" % (key, name))
        return expand(body, blocks, arguments, depth + 1, errors)
    return USE.sub(use, text)


def check(path, validator, kinds, blocks):
    errors = []
    post = frontmatter.load(path)
    data = plain(post.metadata)
    errors += [error.message for error in validator.iter_errors(data)]
    sections, heading = {}, None
    for line in post.content.split("\n"):
        if line.startswith("## "):
            heading = line[3:].strip()
            if heading in sections:
                errors.append("duplicate section " + heading)
            sections[heading] = []
        elif heading is None:
            if line.strip():
                errors.append("text before the first section")
        else:
            sections[heading].append(line)
    kind = kinds.get(data.get("type")) or {}
    for required in COMMON_SECTIONS + list(kind.get("sektioner") or []):
        body = "\n".join(sections.get(required, [])).strip()
        if not body:
            errors.append("missing or empty section " + required)
    for name, lines in sections.items():
        expand("\n".join(lines).strip(), blocks, {}, 0, errors)
    status = data.get("status")
    if isinstance(status, list):  # a dated history: the last entry is the current status
        status = status[-1].get("status") if status else None
    if status in NEEDS_APPROVAL:
        if not any(d.get("udfald") in ("godkendt", "besluttet") for d in data.get("beslutninger") or []):
            errors.append("status needs an approving decision")
    return errors


def main(templates, folder):
    vocabulary, kinds, blocks, workplans, budgets = load_templates(templates)
    validator = jsonschema.Draft202012Validator(schema(vocabulary, kinds, workplans, budgets))
    files = errors = 0
    for name in sorted(os.listdir(folder)):
        if name.endswith(".md"):
            files += 1
            problems = check(os.path.join(folder, name), validator, kinds, blocks)
            errors += len(problems)
            for problem in problems[:3]:
                print("%s: %s" % (name, problem), file=sys.stderr)
    print("files=%d errors=%d" % (files, errors))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: validate_corpus.py TEMPLATES AGREEMENTS_FOLDER")
    main(sys.argv[1], sys.argv[2])
