"""Writes the Wazuh spec as schemathesis checks `wazuh-ctl serve` against it: the spec of
../shared/wazuh-api/spec.yaml with the rules of tests/spec_corrections.json applied (the places
where the spec is wrong about the real Wazuh API, each with its reason). The Rust conformance
test (tests/it/conformance/schemas.rs) applies the same rules.

Usage: python spec_for_serve.py SPEC OUT
"""

import json
import sys
from pathlib import Path

import yaml

CORRECTIONS = Path(__file__).resolve().parent.parent / "spec_corrections.json"


def operations(spec):
    """Every operation object with its path."""
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete"):
                yield path, operation


def serve_errors_as(spec, rule):
    """Every error response documented as `rule["documented"]` is served as `rule["served"]`
    too: the shared responses of the components and each operation's own 4xx/5xx."""
    responses = list(spec["components"]["responses"].values())
    for _, operation in operations(spec):
        for status, response in operation.get("responses", {}).items():
            if str(status)[0] in "45" and "$ref" not in response:
                responses.append(response)
    for response in responses:
        content = response.get("content", {})
        if rule["documented"] in content:
            content[rule["served"]] = content[rule["documented"]]


def applies_to(rule, path):
    """Whether an `undocumented_responses` rule covers the operation at `path`."""
    if rule["operations"] == "all":
        return True
    if rule["operations"] == "with path parameters":
        return "{" in path
    raise ValueError(f"unknown operations in {rule}")


def document_response(spec, rule):
    """Every operation the rule covers documents its status, with the shared response."""
    reference = {"$ref": "#/components/responses/" + rule["response"]}
    for path, operation in operations(spec):
        if applies_to(rule, path):
            operation["responses"].setdefault(rule["status"], dict(reference))


def main(source, target):
    with open(source) as f:
        spec = yaml.safe_load(f)
    with open(CORRECTIONS) as f:
        corrections = json.load(f)
    serve_errors_as(spec, corrections["error_media_type"])
    for rule in corrections["undocumented_responses"]:
        document_response(spec, rule)
    with open(target, "w") as f:
        yaml.safe_dump(spec, f, sort_keys=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
