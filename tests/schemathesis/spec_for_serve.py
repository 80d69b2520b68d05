"""Writes the Wazuh spec as schemathesis checks `wazuh-ctl serve` against it: the spec of
../shared/wazuh-api/spec.yaml with the few places where the spec is wrong about the real Wazuh
API corrected. Each correction says why; keep the list short.

Usage: python spec_for_serve.py SPEC OUT
"""

import sys

import yaml

JSON = "application/json"
PROBLEM = "application/problem+json"


def errors_are_problem_json(spec):
    """Wazuh answers every error with `application/problem+json` (connexion's problem
    documents, NOTES.md section 2); the spec documents them as `application/json`."""
    responses = list(spec["components"]["responses"].values())
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                for status, response in operation.get("responses", {}).items():
                    if str(status)[0] in "45" and "$ref" not in response:
                        responses.append(response)
    for response in responses:
        content = response.get("content", {})
        if JSON in content:
            content[PROBLEM] = content[JSON]


def operations(spec):
    """Every operation object with its path."""
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete"):
                yield path, operation


def every_operation_needs_credentials(spec):
    """Every operation takes a token (or, for logins, basic credentials) and answers 401
    without one; `GET /` and `GET /tasks/status` do not document it."""
    for _, operation in operations(spec):
        operation["responses"].setdefault(
            "401", {"$ref": "#/components/responses/UnauthorizedResponse"}
        )


def invalid_parameters_are_400(spec):
    """connexion validates every operation's parameters strictly (an unknown or ill-typed one
    is a 400); a few operations (`GET /`, `GET /tasks/status`) do not document it."""
    for _, operation in operations(spec):
        operation["responses"].setdefault("400", {"$ref": "#/components/responses/ResponseError"})


def unknown_resources_are_404(spec):
    """An operation naming a resource in its path answers Wazuh's 404 when there is no such
    resource (agent 1701, node 1730, role 4002, ...); the spec documents few of them."""
    for path, operation in operations(spec):
        if "{" in path:
            operation["responses"].setdefault(
                "404", {"$ref": "#/components/responses/ResourceNotFoundResponse"}
            )


def main(source, target):
    with open(source) as f:
        spec = yaml.safe_load(f)
    errors_are_problem_json(spec)
    every_operation_needs_credentials(spec)
    invalid_parameters_are_400(spec)
    unknown_resources_are_404(spec)
    with open(target, "w") as f:
        yaml.safe_dump(spec, f, sort_keys=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
