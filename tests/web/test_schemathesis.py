"""Property-based run of schemathesis against the OpenAPI document: requests generated from every
operation's schema, valid ones and invalid ones, none of which may get a 5xx.

The read-only server is fuzzed on every operation (the pages included); a server with a token is fuzzed on
POST /api/articles with the token, so that generated articles go all the way through extraction and storage.
(Schemathesis's pytest fixture integration does not run under pytest 9, so the operations are walked here.)
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from warta.web.app import create_app

TOKEN = "schemathesis-token"
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))


def _operations(app, method: str | None = None) -> list:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    return [op for op in operations if method is None or op.method.upper() == method]


def _fuzz(operation, mode: GenerationMode, examples: int, headers: dict | None = None) -> None:
    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(FUZZ, max_examples=examples)
    def run(case) -> None:
        case.call_and_validate(checks=[not_a_server_error], headers=headers)

    run()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
def test_no_operation_answers_with_a_server_error(app, mode):
    operations = _operations(app)
    assert len(operations) >= 15  # every API route and page is in the document
    for operation in operations:
        if mode is GenerationMode.NEGATIVE and not list(operation.iter_parameters()):
            continue  # nothing to make invalid: /api/stats, the dashboard without filters
        _fuzz(operation, mode, 60)


def test_posting_generated_articles_never_answers_with_a_server_error(tmp_path):
    app = create_app(tmp_path / "fuzz.db", token=TOKEN, tile_url="")
    [post] = _operations(app, "POST")
    for mode in GenerationMode:
        _fuzz(post, mode, 12, headers={"Authorization": f"Bearer {TOKEN}"})
